// The 报送 sheet (issue 13): found by name or alias, each row checked against the 台账.
import { dayOf } from '../../../src/engine/calendar/dates';
import type { CellValue, Problem, WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';

const LEDGER: CellValue[][] = [
  ['编号', '事项内容', '责任单位', '配合单位', '督查等级', '交办日期', '办理时限', '办结日期'],
  ['DC-001', '推进老旧小区改造', '市住房城乡建设局', '市财政局', '比较重要', '2026-03-02', '2026-09-30', null],
  ['DC-002', '完成农村公路提质改造', '市交通运输局', null, '一般重要', '2026-03-02', '2026-05-31', '2026-05-20'],
  ['DC-003', '推进城乡供水一体化', '市水利局、青川区', null, '特别重要', '2026-04-01', '2026-10-31', null],
];

const ROSTER: CellValue[][] = [
  ['单位名称', '单位类别', '别名'],
  ['市住房城乡建设局', '市直单位', '住建局'],
  ['市交通运输局', '市直单位', '交通局'],
  ['市水利局', '市直单位', null],
  ['市财政局', '市直单位', null],
  ['青川区', '县（市、区）', null],
];

function book(reportSheet: string | null, rows: CellValue[][], header: CellValue[] = ['日期', '编号', '单位', '内容']): WorkbookInput {
  const sheets = [
    { name: '台账', values: LEDGER },
    { name: '单位', values: ROSTER },
  ];
  if (reportSheet) sheets.push({ name: reportSheet, values: [header, ...rows] });
  return { sheets };
}

const read = (b: WorkbookInput) => readLedger(b, { reportYear: 2026 });
const on = (problems: Problem[], sheet: string) => problems.filter((p) => p.sheet === sheet).map((p) => [p.cell, p.severity, p.message]);

describe('the 报送 sheet', () => {
  it('is optional: without it the ledger has no reports at all, and nothing is said about them', () => {
    const result = read(book(null, []));
    expect(result.problems.filter((p) => p.message.includes('报送'))).toEqual([]);
    expect(result.ledger && 'reports' in result.ledger).toBe(false);
  });

  it.each(['报送', '进展报送', '报送记录', '反馈记录', ' 报送记录 '])('is found as %s, with its columns by name or alias', (name) => {
    const result = read(
      book(name, [['2026-04-10', 'DC-001', '住建局', '完成 3 个小区的方案设计']], ['报送日期', '事项编号', '报送单位', '报送内容']),
    );
    expect(on(result.problems, '报送')).toEqual([]);
    // The unit by its roster name, the 编号 as the 台账 writes it.
    expect(result.ledger?.reports).toEqual([{ row: 2, date: dayOf(2026, 4, 10), item: 0, id: 'DC-001', unit: '市住房城乡建设局' }]);
  });

  it('gives every responsible unit of a shared item its own reports', () => {
    const result = read(book('报送', [['2026-04-30', 'DC-003', '青川区', null], ['2026-04-29', 'DC－003', '市水利局', null]]));
    expect(on(result.problems, '报送')).toEqual([]);
    // Items 2 and 3 of the 台账: the row of DC-003 gives 市水利局 first, then 青川区.
    expect(result.ledger?.reports?.map((r) => [r.id, r.unit, r.item])).toEqual([['DC-003', '青川区', 3], ['DC-003', '市水利局', 2]]);
  });

  it('an unknown 编号 or unit is an 错误 at its cell, and the row does not count', () => {
    const result = read(book('报送', [['2026-04-10', 'DC-009', '市水利局', null], ['2026-04-10', 'DC-001', '市住建委', null]]));
    expect(on(result.problems, '报送')).toEqual([
      ['B2', '错误', '编号「DC-009」在台账中不存在：请填写台账中已有的事项编号。'],
      ['C3', '错误', expect.stringContaining('单位「市住建委」不在「单位」表中：是否应为「市住房城乡建设局」？')],
    ]);
    expect(result.ledger?.reports).toEqual([]);
  });

  it('a report of a unit that is not responsible for the item is an 错误; a 配合单位 is told why', () => {
    const result = read(book('报送', [['2026-04-10', 'DC-001', '市交通运输局', null], ['2026-04-11', 'DC-001', '市财政局', null]]));
    expect(on(result.problems, '报送')).toEqual([
      ['C2', '错误', '单位「市交通运输局」不是事项「DC-001」的责任单位（责任单位：市住房城乡建设局）：「报送」表只登记责任单位的报送，请改正单位或编号。'],
      [
        'C3',
        '错误',
        '单位「市财政局」不是事项「DC-001」的责任单位（责任单位：市住房城乡建设局），而是配合单位：配合单位的进展由责任单位汇总报送。「报送」表只登记责任单位的报送，请改正单位或编号。',
      ],
    ]);
  });

  it('a report dated after the item was completed is a 警告; a missing date an 错误', () => {
    const result = read(book('报送', [['2026-05-25', 'DC-002', '交通局', null], [null, 'DC-002', '交通局', null]]));
    expect(on(result.problems, '报送')).toEqual([
      ['A2', '警告', '报送日期晚于该事项的办结日期（2026年5月20日）：办结后的报送不计入应报次数，请核对报送日期或台账中的办结日期。'],
      ['A3', '错误', '「日期」为必填项，不能为空，请填写。'],
    ]);
    expect(result.ledger?.reports?.map((r) => r.row)).toEqual([2]);
  });

  it('a sheet without the required columns is an 错误 naming the column', () => {
    const result = read(book('报送', [['2026-04-10', 'DC-001', null]], ['日期', '编号', '内容']));
    expect(on(result.problems, '报送').map(([cell, severity]) => [cell, severity])).toEqual([['A1', '错误']]);
    expect(on(result.problems, '报送')[0][2]).toContain('缺少必填列「单位」');
  });
});
