// A 台账 kept on a sheet not named 台账 (issue 11 (d)): found by its header when it is the one
// such sheet, never guessed among several, never one of DUBAN's own sheets or another source.
import { dayOf } from '../../../src/engine/calendar/dates';
import type { CellValue, WorkbookInput } from '../../../src/engine/model';
import { ledgerCandidates, ledgerSheetOf } from '../../../src/engine/read/ledgerSheetChoice';
import { MSG } from '../../../src/engine/read/messages';
import { readLedger } from '../../../src/engine/read/readLedger';

const SIGNATURE = ['事项内容', '责任单位'];

// As a county office keeps it: a title, a blank row, the header on row 3 (SPEC §1.1 (1)).
const FIELD_HEADER = ['序号', '督办事项', '责任单位', '交办时间', '办理时限', '办结时间', '办理状态'];
const FIELD_ROWS: CellValue[][] = [
  [1, '推进工业园区标准化厂房建设', '县发改局', '2026-03-02', '2026-06-30', '2026-06-20', '已办结'],
  [2, '优化营商环境专项行动', '县市场监管局', '2026-03-02', '2026-09-30', null, '办理中'],
];
const fieldLedger = (name: string, header: CellValue[] = FIELD_HEADER, rows: CellValue[][] = FIELD_ROWS) => ({
  name,
  values: [['青川县2026年重点工作督查台账'], [], header, ...rows],
});

const ROSTER = {
  name: '单位',
  values: [
    ['单位名称', '单位类别'],
    ['县发改局', '县直部门'],
    ['县市场监管局', '县直部门'],
  ],
};

const read = (book: WorkbookInput) => readLedger(book, { reportYear: 2026 });
const errors = (book: WorkbookInput) => read(book).problems.filter((p) => p.severity === '错误');
const MISSING = MSG.missingLedger(['台账', '督查台账', '督办台账', '总台账'], SIGNATURE, 15);

describe('no sheet named 台账, one sheet with a 台账 header', () => {
  test('Sheet1 is read as the 台账, with one 警告 naming it and its header row 3', () => {
    const result = read({ sheets: [fieldLedger('Sheet1')] });
    const warning = { sheet: 'Sheet1', cell: 'A3', severity: '警告', message: MSG.ledgerByHeader('Sheet1', 3, SIGNATURE) };
    expect(result.fatal).toBeNull();
    expect(result.ledgerSheet).toBe('Sheet1');
    expect(result.problems.filter((p) => p.message.includes('当作台账'))).toEqual([warning]);
    expect(result.problems.filter((p) => p.severity === '错误')).toEqual([]);
    // 序号 stands in for 编号 (SPEC §1.1 (10)); the deadlines are the sheet's.
    expect(result.ledger?.items.map((i) => [i.id, i.unit, i.deadline])).toEqual([
      ['1', '县发改局', dayOf(2026, 6, 30)],
      ['2', '县市场监管局', dayOf(2026, 9, 30)],
    ]);
    // `duban validate --explain` says which sheet was taken, and why.
    expect(result.readings[0]).toMatchObject({ sheet: 'Sheet1', headerRows: [3] });
    expect(result.readings[0].assumptions).toContain(warning.message);
  });

  test('beside a 单位 sheet named so: 单位 is the roster, Sheet1 the 台账', () => {
    const result = read({ sheets: [ROSTER, fieldLedger('Sheet1'), { name: 'Sheet2', values: [] }, { name: 'Sheet3', values: [] }] });
    expect(result.ledgerSheet).toBe('Sheet1');
    expect(result.problems.filter((p) => p.severity === '错误')).toEqual([]);
    expect(result.ledger?.units.map((u) => [u.name, u.category])).toEqual([
      ['县发改局', '县直部门'],
      ['县市场监管局', '县直部门'],
    ]);
    expect(result.readings.map((r) => r.sheet)).toEqual(['Sheet1', '单位']);
  });

  test('the sheet’s own name, whatever it is (2026年督办事项, 工作表1)', () => {
    for (const name of ['2026年督办事项', '工作表1']) {
      expect(read({ sheets: [fieldLedger(name), ROSTER] }).ledgerSheet).toBe(name);
    }
  });

  test('a header known through a 列名 row of the 规则 sheet', () => {
    // 工作目标 is no alias of 事项内容: without the 列名 row the header has no 事项 column.
    const header = FIELD_HEADER.map((h) => (h === '督办事项' ? '工作目标' : h));
    const withoutMapping: WorkbookInput = { sheets: [fieldLedger('Sheet1', header), ROSTER] };
    expect(read(withoutMapping)).toMatchObject({ ledger: null, ledgerSheet: null, fatal: MISSING });

    const rules = { name: '规则', values: [['参数', '值'], ['列名:事项内容', '工作目标']] };
    const result = read({ sheets: [...withoutMapping.sheets, rules] });
    expect(result.ledgerSheet).toBe('Sheet1');
    expect(result.problems.filter((p) => p.severity === '错误')).toEqual([]);
    expect(result.readings[0].columns.find((c) => c.key === 'content')).toMatchObject({ column: 1, header: '工作目标', via: 'mapping' });
  });
});

describe('never a silent guess', () => {
  test('two sheets with a 台账 header: an 错误 naming both, and nothing read', () => {
    const book: WorkbookInput = { sheets: [fieldLedger('Sheet1'), ROSTER, fieldLedger('2025年督办事项'), { name: 'Sheet3', values: [] }] };
    const result = read(book);
    expect(result).toMatchObject({ ledger: null, ledgerSheet: null, fatal: MSG.ledgerCandidates(['Sheet1', '2025年督办事项'], SIGNATURE) });
    expect(errors(book)).toEqual([{ sheet: 'Sheet1', cell: '', severity: '错误', message: result.fatal }]);
  });

  test('a header that lacks 责任单位 does not make a 台账', () => {
    const header = FIELD_HEADER.map((h) => (h === '责任单位' ? '经办人' : h));
    expect(read({ sheets: [fieldLedger('Sheet1', header), ROSTER] }).fatal).toBe(MISSING);
  });

  test('a sheet named 台账 wins over any header: no 警告 then', () => {
    const result = read({ sheets: [fieldLedger('Sheet1'), fieldLedger('台账'), ROSTER] });
    expect(result.ledgerSheet).toBe('台账');
    expect(result.problems.filter((p) => p.message.includes('当作台账'))).toEqual([]);
  });
});

describe('sheets that are never the 台账', () => {
  // A 通报 lists overdue items under 编号 | 事项内容 | 责任单位 | 办理时限, as a 台账 does.
  const bulletinLike = (name: string) => ({ name, values: [['逾期未办结事项'], ['编号', '事项内容', '责任单位', '办理时限'], ['1', '优化营商环境专项行动', '县市场监管局', '2026-05-31']] });

  test('DUBAN’s own 通报 and 排名 beside Sheet1 are not candidates', () => {
    const book: WorkbookInput = { sheets: [fieldLedger('Sheet1'), ROSTER, bulletinLike('2026年6月通报'), bulletinLike('2026年6月通报 (2)'), bulletinLike('2026年6月排名')] };
    expect(read(book).ledgerSheet).toBe('Sheet1');
    expect(errors(book)).toEqual([]);
  });

  test('a workbook of DUBAN’s own sheets has no 台账', () => {
    expect(read({ sheets: [bulletinLike('2026年6月通报'), ROSTER] }).fatal).toBe(MISSING);
  });

  test('a 单位 or 报送 sheet with a 台账-looking header is not taken as the 台账', () => {
    // A roster that lists each unit's 联系事项; a 报送 sheet with the item's text beside its 编号.
    const roster = { name: '单位', values: [['单位名称', '单位类别', '责任单位', '事项内容', '备注'], ['县发改局', '县直部门', '县发改局', '厂房建设', null]] };
    const reports = { name: '报送', values: [['日期', '编号', '责任单位', '事项内容', '进展情况'], ['2026-05-10', '1', '县发改局', '厂房建设', '已开工']] };
    const result = read({ sheets: [roster, reports] });
    expect(result).toMatchObject({ ledger: null, ledgerSheet: null, fatal: MISSING });
    expect(MISSING).toContain('也没有台账的表头');
  });

  test('the candidates: every sheet not named as another source nor written by DUBAN', () => {
    const names = ['Sheet1', '单位', '单位表', '责任单位', '加减分', '加分减分', '规则', '节假日', '进展报送', ' 单位 ', '2026年6月排名', '2026年6月通报 (2)', '2026年6月通知单', '督查通知单', '2026年6月5日催办单', '建议加减分', '2026年督办事项', '工作表1'];
    expect(ledgerCandidates(names)).toEqual(['Sheet1', '2026年督办事项', '工作表1']);
  });
});

test('ledgerSheetOf answers as readLedger reads', () => {
  const rules = { name: '规则', values: [['参数', '值'], ['列名:事项内容', '工作目标']] };
  const books: WorkbookInput[] = [
    { sheets: [fieldLedger('Sheet1')] },
    { sheets: [fieldLedger('Sheet1'), fieldLedger('台账')] },
    { sheets: [fieldLedger('Sheet1'), fieldLedger('Sheet2')] },
    { sheets: [ROSTER] },
    { sheets: [fieldLedger('Sheet1', FIELD_HEADER.map((h) => (h === '督办事项' ? '工作目标' : h))), rules] },
  ];
  expect(books.map((b) => ledgerSheetOf(b)?.name ?? null)).toEqual(['Sheet1', '台账', null, null, 'Sheet1']);
  expect(books.map((b) => read(b).ledgerSheet)).toEqual(['Sheet1', '台账', null, null, 'Sheet1']);
});
