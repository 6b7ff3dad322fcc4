// DUBAN.MISSED over the fixtures' ledger (every item 一般重要, assigned Monday 2 March 2026;
// sanmenxia-2019 asks a report every month), worked by hand.
import { MISSED } from '../../src/functions/functions';
import { errorOf, LEDGER, serial } from './fixtures';

const REPORTS = [
  ['日期', '编号', '单位', '内容'],
  [serial('2026-04-25'), 'A2', '甲县', '四月进展'],
  [serial('2026-05-20'), 'A3', '甲县', '五月进展'],
  [serial('2026-04-28'), 'C1', '交通局', '四月进展'],
  [serial('2026-05-07'), 'B1', '乙县', '四月进展（迟报）'],
];
const MAY_31 = serial('2026-05-31');

describe('MISSED', () => {
  it('counts each unit’s months without a report, up to 31 May: April and May began after 2 March', () => {
    // 甲县: A1 done 20 April (no month due); A2 done 10 May, April due, reported 25 April; A3 open,
    // April and May due, May reported → 1. 乙县: B1 open, April and May due; the 7 May report
    // lies in May → April missing → 1. 交通局: C1 done 18 May, April due, reported 28 April → 0.
    expect(MISSED('甲县', LEDGER, REPORTS, MAY_31)).toBe(1);
    expect(MISSED('乙县', LEDGER, REPORTS, MAY_31)).toBe(1);
    expect(MISSED('交通局', LEDGER, REPORTS, MAY_31)).toBe(0);
  });

  it('counts only periods due by the date: on 30 April only April is, and April ends that day', () => {
    // 乙县: April due on 30 April, unanswered; the 7 May report has not happened yet.
    expect(MISSED('乙县', LEDGER, REPORTS, serial('2026-04-30'))).toBe(1);
    expect(MISSED('乙县', LEDGER, REPORTS, serial('2026-04-29'))).toBe(0);
  });

  it('with 报送宽限工作日 = 3 the 7 May report counts for April (due 8 May: 1–5 May off), and May stays missing', () => {
    const rules = [['参数', '值'], ['报送宽限工作日', 3]];
    // On 31 May, May is not due yet (3 working days after 31 May): only April, answered → 0.
    expect(MISSED('乙县', LEDGER, REPORTS, MAY_31, rules)).toBe(0);
    // On 3 June May is due: 1 June (1), 2 June (2), 3 June (3) → missing 1.
    expect(MISSED('乙县', LEDGER, REPORTS, serial('2026-06-03'), rules)).toBe(1);
  });

  it('refuses a report of a unit not responsible for its item, a missing 报送 table and an unknown unit', () => {
    const wrong = [...REPORTS, [serial('2026-05-08'), 'B1', '甲县', '']];
    expect(errorOf(() => MISSED('甲县', LEDGER, wrong, MAY_31)).message).toContain('单位「甲县」不是事项「B1」的责任单位');
    expect(errorOf(() => MISSED('甲县', LEDGER, null as never, MAY_31)).message).toBe('「报送」不能为空，请填写。');
    expect(errorOf(() => MISSED('丙县', LEDGER, REPORTS, MAY_31)).message).toContain('单位「丙县」不在「单位」表中');
  });
});
