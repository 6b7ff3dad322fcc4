// 应报未报 by hand (seed 002 第八条: 特别重要 weekly, 比较重要 monthly, 一般重要 quarterly), on the 2026
// calendar: 4–6 April (清明) off; 1–3 January off, Sunday 4 January a working day.
import { formatDay } from '../../../src/engine/calendar/dates';
import type { CellValue, Ledger, Period, RuleParams } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';
import { missedReports, reportTallies } from '../../../src/engine/score/reports';
import { day, item, ledger, unit, withReports as reported, type ItemDates } from './scoringFixtures';

const STREET = '街道类';
const at = (asOf: string): Period => {
  const d = day(asOf);
  const [year, month] = asOf.split('-').map(Number);
  return { year, month, asOf: d };
};
type Row = [string, string, string];
const report = (unitName: string, id: string, date: string): Row => [unitName, id, date];

function withReports(dates: ItemDates, reports: Row[], params: Partial<RuleParams> = {}): Ledger {
  return reported(ledger('district-dynamic', [unit('甲街道', STREET), unit('乙街道', STREET)], [item('甲街道', 'T-1', dates)], [], params), reports);
}

const missedPeriods = (l: Ledger, p: Period) => missedReports(l, p).map((m) => `${formatDay(m.start)}~${formatDay(m.end)}`);

describe('a 特别重要 item assigned Wednesday 4 March, reported on 13 and 23 March', () => {
  // Weeks that began after 4 March: W1 9–15 Mar, W2 16–22, W3 23–29, W4 30 Mar–5 Apr, W5 6–12 Apr
  // (the week of 2–8 March began before the item was assigned).
  const dates: ItemDates = { assigned: '2026-03-04', deadline: '2026-06-30', importance: '特别重要' };
  const reports = [report('甲街道', 'T-1', '2026-03-13'), report('甲街道', 'T-1', '2026-03-23')];

  it('2 grace working days: the Monday 23 March report is late for W2 (due Tue 24 March) and counts for it; W3–W5 missing', () => {
    // W4 is due 2 working days after Sunday 5 April: 6 April is 清明 → 7, 8 April. W5: Tue 14 April.
    const l = withReports(dates, reports, { reportGraceWorkdays: 2 });
    expect(reportTallies(l, at('2026-04-15'))?.get('甲街道')).toEqual({ due: 5, missing: 3 });
    expect(missedPeriods(l, at('2026-04-15'))).toEqual(['2026-03-23~2026-03-29', '2026-03-30~2026-04-05', '2026-04-06~2026-04-12']);
    expect(missedReports(l, at('2026-04-15')).map((m) => formatDay(m.due))).toEqual(['2026-03-31', '2026-04-08', '2026-04-14']);
  });

  it('on 13 April W5 is not due yet (due 14 April): 4 due, 2 missing', () => {
    const l = withReports(dates, reports, { reportGraceWorkdays: 2 });
    expect(reportTallies(l, at('2026-04-13'))?.get('甲街道')).toEqual({ due: 4, missing: 2 });
  });

  it('without grace days the 23 March report counts for its own week W3: W2, W4, W5 missing', () => {
    const l = withReports(dates, reports);
    expect(reportTallies(l, at('2026-04-15'))?.get('甲街道')).toEqual({ due: 5, missing: 3 });
    expect(missedPeriods(l, at('2026-04-15'))).toEqual(['2026-03-16~2026-03-22', '2026-03-30~2026-04-05', '2026-04-06~2026-04-12']);
  });

  it('two reports in one week still answer one week; 乙街道, responsible for nothing, has nothing due', () => {
    const l = withReports(dates, [...reports, report('甲街道', 'T-1', '2026-03-14')]);
    // 13 and 14 March both fall in W1 only.
    expect(reportTallies(l, at('2026-04-15'))?.get('甲街道')).toEqual({ due: 5, missing: 3 });
    expect(reportTallies(l, at('2026-04-15'))?.get('乙街道')).toEqual({ due: 0, missing: 0 });
  });
});

describe('a 比较重要 item (monthly) assigned 20 January and completed 15 May, mid-quarter', () => {
  const dates: ItemDates = { assigned: '2026-01-20', deadline: '2026-06-30', completed: '2026-05-15', importance: '比较重要' };

  it('due for February, March and April; May ended after the completion; reported in February and April → March missing', () => {
    const l = withReports(dates, [report('甲街道', 'T-1', '2026-02-10'), report('甲街道', 'T-1', '2026-04-28')]);
    expect(reportTallies(l, at('2026-06-30'))?.get('甲街道')).toEqual({ due: 3, missing: 1 });
    expect(missedPeriods(l, at('2026-06-30'))).toEqual(['2026-03-01~2026-03-31']);
  });

  it('a report after the completion answers no period', () => {
    const l = withReports(dates, [report('甲街道', 'T-1', '2026-02-10'), report('甲街道', 'T-1', '2026-04-28'), report('甲街道', 'T-1', '2026-05-20')]);
    expect(reportTallies(l, at('2026-06-30'))?.get('甲街道')).toEqual({ due: 3, missing: 1 });
  });
});

describe('an 一般重要 item (quarterly) carried over from 2025, assigned 10 August 2025 and still open', () => {
  const dates: ItemDates = { assigned: '2025-08-10', deadline: '2026-12-31' };
  const reports = [report('甲街道', 'T-1', '2025-12-20'), report('甲街道', 'T-1', '2026-04-02')];

  it('without grace days 2025 Q4 belongs to 2025: due Q1 and Q2 of 2026, the 2 April report answers Q2 → Q1 missing', () => {
    const l = withReports(dates, reports);
    expect(reportTallies(l, at('2026-06-30'))?.get('甲街道')).toEqual({ due: 2, missing: 1 });
    expect(missedPeriods(l, at('2026-06-30'))).toEqual(['2026-01-01~2026-03-31']);
    // In 2025's own report, Q4 was due on 31 December and answered on 20 December; Q3 (1 July)
    // began before the item was assigned.
    expect(reportTallies(l, at('2025-12-31'))?.get('甲街道')).toEqual({ due: 1, missing: 0 });
  });

  it('3 grace working days: 2025 Q4 falls due on 6 January 2026 (1–3 Jan off, Sunday 4 Jan worked) and counts in 2026', () => {
    // Q4 2025: due 4, 5, 6 January → 2026-01-06, answered on 20 December. Q1: due 1, 2, 3 April,
    // answered on 2 April, in its grace days. Q2: due 3 July, after the report date.
    const l = withReports(dates, reports, { reportGraceWorkdays: 3 });
    expect(missedReports(l, at('2026-06-30'))).toEqual([]);
    expect(reportTallies(l, at('2026-06-30'))?.get('甲街道')).toEqual({ due: 2, missing: 0 });
    // …and so not in 2025's report, whose Q4 was not due by 31 December.
    expect(reportTallies(l, at('2025-12-31'))?.get('甲街道')).toEqual({ due: 0, missing: 0 });
  });
});

describe('what needs no report', () => {
  it('a 销号 item, an item assigned after the report date, and a workbook without a 报送 sheet', () => {
    const base = ledger('district-dynamic', [unit('甲街道', STREET)], [
      item('甲街道', 'X-1', { assigned: '2026-01-05', deadline: '2026-12-31', cancelled: true, importance: '特别重要' }),
      item('甲街道', 'X-2', { assigned: '2026-05-05', deadline: '2026-12-31', importance: '特别重要' }),
    ]);
    expect(reportTallies({ ...base, reports: [] }, at('2026-04-30'))?.get('甲街道')).toEqual({ due: 0, missing: 0 });
    expect(reportTallies(base, at('2026-04-30'))).toBeNull();
    expect(missedReports(base, at('2026-04-30'))).toEqual([]);
  });

  it('sanmenxia-2019 asks every level monthly (seed 004: 每月): a 特别重要 item assigned 15 January is due for Feb–Apr', () => {
    const l = reported(
      ledger('sanmenxia-2019', [unit('市水利局', '市直单位')], [
        item('市水利局', 'S-1', { assigned: '2026-01-15', deadline: '2026-12-31', importance: '特别重要' }),
      ]),
      [report('市水利局', 'S-1', '2026-03-05')],
    );
    expect(reportTallies(l, at('2026-04-30'))?.get('市水利局')).toEqual({ due: 3, missing: 2 });
  });
});

describe('报送频次 rows of the 规则 sheet', () => {
  const book = (rules: CellValue[][]) => ({
    sheets: [
      { name: '台账', values: [['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限'], ['W-1', '事项', '甲街道', '比较重要', '2026-03-04', '2026-12-31']] },
      { name: '单位', values: [['单位名称', '单位类别'], ['甲街道', STREET]] },
      { name: '报送', values: [['日期', '编号', '单位', '内容'], ['2026-03-18', 'W-1', '甲街道', '进展']] },
      { name: '规则', values: [['参数', '值'], ['规则集', 'district-dynamic'], ...rules] },
    ],
  });
  const tally = (rules: CellValue[][]) => {
    const { ledger: read } = readLedger(book(rules), { reportYear: 2026 });
    return reportTallies(read!, at('2026-03-31'))?.get('甲街道');
  };

  it('比较重要 每周 instead of 每月: weeks 9–15, 16–22, 23–29 March are due by 31 March, the 18 March report answers one', () => {
    // Monthly (the preset): March began before 4 March and April has not ended, so nothing is due.
    expect(tally([])).toEqual({ due: 0, missing: 0 });
    expect(tally([['报送频次：比较', '每周']])).toEqual({ due: 3, missing: 2 });
  });

  it('an unknown 督查等级, an unknown period or no level is an 错误 at its cell; the preset’s cadence stays', () => {
    const { ledger: read, problems } = readLedger(
      book([['报送频次:重要', '每周'], ['报送频次:比较重要', '每半月'], ['报送频次:', '每月'], ['报送频次:一般重要', '无']]),
      { reportYear: 2026 },
    );
    expect(problems.filter((p) => p.sheet === '规则').map((p) => [p.cell, p.message])).toEqual([
      ['A3', '「报送频次:」后应写督查等级（特别重要、比较重要或一般重要），「重要」无效：例如「报送频次:特别重要」。'],
      ['B4', '报送频次「每半月」无效：请填写「每周」「每月」或「每季度」。'],
      ['A5', '「报送频次:」后面没有写督查等级：请补全，例如「报送频次:特别重要」。'],
      ['B6', '报送频次「无」无效：请填写「每周」「每月」或「每季度」。'],
    ]);
    expect(read?.rules.reportCadence).toEqual({ 特别重要: 'week', 比较重要: 'month', 一般重要: 'quarter' });
  });
});
