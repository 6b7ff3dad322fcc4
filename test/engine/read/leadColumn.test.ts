// A 台账 with both a 牵头单位 and a 责任单位 column (FIELD-LEDGERS: a city 督查考核 platform's export,
// 事项名称 · 责任领导 · 牵头单位 · 责任单位): each row's lead and the other responsible units of its item.
import { dayOf } from '../../../src/engine/calendar/dates';
import type { CellValue, Problem, WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';
import { rankMonth } from '../../../src/engine/score/rank';

const ROSTER: CellValue[][] = [
  ['单位名称', '单位类别'],
  ['市发改委', '市直单位'],
  ['市财政局', '市直单位'],
  ['市住建局', '市直单位'],
];

const HEADER = ['编号', '事项名称', '责任领导', '牵头单位', '责任单位', '交办日期', '办理时限', '办结日期'];

const ROWS: CellValue[][] = [
  ['DC-1', '重点项目建设', '张副市长', '市发改委', '市财政局、市住建局', '2026-03-01', '2026-05-31', null],
  // The lead written again among the 责任单位: one item for it, as the lead.
  ['DC-2', '城市更新', '李副市长', '市住建局', '市住建局、市财政局', '2026-03-01', '2026-06-30', '2026-06-10'],
  ['DC-3', '预算绩效', '王副市长', null, '市财政局', '2026-03-01', '2026-06-30', null],
  ['DC-4', '项目审批提速', '张副市长', '市发改委', null, '2026-03-01', '2026-04-30', '2026-05-20'],
];

const JUNE = { year: 2026, month: 6, asOf: dayOf(2026, 6, 30) };

const book = (rows: CellValue[][], rules: CellValue[][] = []): WorkbookInput => ({
  sheets: [
    { name: '台账', values: [HEADER, ...rows] },
    { name: '单位', values: ROSTER },
    ...(rules.length > 0 ? [{ name: '规则', values: [['参数', '值'], ...rules] }] : []),
  ],
});
const read = (b: WorkbookInput) => readLedger(b, { reportYear: 2026, asOf: JUNE.asOf });
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === '错误');

describe('a 牵头单位 column beside the 责任单位 column', () => {
  it('scores the lead and every 责任单位 (全部计分), the lead first, each unit once', () => {
    const result = read(book(ROWS));
    expect(errors(result.problems)).toEqual([]);
    expect(result.ledger?.items.map((i) => `${i.id} ${i.unit}`)).toEqual([
      'DC-1 市发改委',
      'DC-1 市财政局',
      'DC-1 市住建局',
      'DC-2 市住建局',
      'DC-2 市财政局',
      'DC-3 市财政局',
      'DC-4 市发改委',
    ]);
    const reading = result.readings[0].columns;
    expect(reading.find((c) => c.key === 'lead')).toMatchObject({ column: 3, header: '牵头单位', via: 'name' });
    expect(reading.find((c) => c.key === 'unit')).toMatchObject({ column: 4, header: '责任单位', via: 'name' });
  });

  it('ranks by hand-worked numbers (sanmenxia-2019, June 2026)', () => {
    const ledger = read(book(ROWS)).ledger!;
    const scores = new Map(rankMonth(ledger, JUNE).map((s) => [s.unit, s]));
    // 市发改委: DC-1 open past 31 May (逾期未办结); DC-4 completed 20 May, after 30 April (逾期办结).
    expect(scores.get('市发改委')).toMatchObject({ items: 2, completed: 1, onTime: 0, late: 1, overdue: 1, open: 0 });
    // 市财政局: DC-1 逾期未办结; DC-2 completed 10 June by 30 June (按期); DC-3 due 30 June, 在办 on the report date.
    expect(scores.get('市财政局')).toMatchObject({ items: 3, completed: 1, onTime: 1, late: 0, overdue: 1, open: 1 });
    // 市住建局: DC-1 逾期未办结, DC-2 按期办结 (the lead, counted once).
    expect(scores.get('市住建局')).toMatchObject({ items: 2, completed: 1, onTime: 1, late: 0, overdue: 1, open: 0 });
  });

  it('with 多责任单位 = 仅第一个, scores the 牵头单位 alone; the 责任单位 co-handle', () => {
    const result = read(book(ROWS, [['多责任单位', '仅第一个']]));
    expect(errors(result.problems)).toEqual([]);
    const dc1 = result.ledger!.items.filter((i) => i.id === 'DC-1');
    expect(dc1.map((i) => i.unit)).toEqual(['市发改委']);
    expect(dc1[0].cooperators).toEqual(['市财政局', '市住建局']);
  });

  it('names the cell of an unknown unit: the 牵头单位 cell or the 责任单位 cell', () => {
    const result = read(book([['DC-9', '示例', null, '市交通局', '市财政局、市水务局', '2026-03-01', '2026-06-30', null]]));
    expect(errors(result.problems).map((p) => `${p.cell} ${p.message}`)).toEqual([
      expect.stringMatching(/^D2 .*市交通局/),
      expect.stringMatching(/^E2 .*市水务局/),
    ]);
  });

  it('requires one of the two cells of a row', () => {
    const result = read(book([['DC-9', '示例', null, null, null, '2026-03-01', '2026-06-30', null]]));
    expect(errors(result.problems).map((p) => p.cell)).toEqual(['E2']);
  });

  it('alone, without a 责任单位 column, is the 责任单位 column', () => {
    const header = HEADER.filter((h) => h !== '责任单位');
    // DC-3 names its unit only under 责任单位: not in this ledger.
    const rows = ROWS.filter((row) => row[0] !== 'DC-3').map((row) => row.filter((_, c) => c !== 4));
    const result = read({ sheets: [{ name: '台账', values: [header, ...rows] }, { name: '单位', values: ROSTER }] });
    expect(errors(result.problems)).toEqual([]);
    expect(result.ledger?.items.map((i) => `${i.id} ${i.unit}`)).toEqual(['DC-1 市发改委', 'DC-2 市住建局', 'DC-4 市发改委']);
    expect(result.readings[0].columns.find((c) => c.key === 'unit')).toMatchObject({ column: 3, via: 'alias' });
    expect(result.readings[0].columns.find((c) => c.key === 'lead')?.column).toBeNull();
  });
});
