// 通知单, 催办单, 登记催办 and the Word 通报 through the Excel adapter, on the fake Excel holding the
// example workbook (and its district-dynamic variant): the sheets written, the rows appended, the
// source sheets untouched.
import JSZip from 'jszip';
import type { ConflictChoice, OnConflict } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { dayOf } from '../../src/engine/calendar/dates';
import { columnLetters } from '../../src/engine/cellAddress';
import { districtBook } from '../fixtures/districtExample';
import { installFakeOffice, type FakeExcel, type WorkbookData } from './fakeExcel';
import { FORMULA_LOOKING, MONTH, asData, readExample, withFormulaUnits } from './ledgerFixtures';

const SOURCES = ['台账', '单位', '加减分', '报送', '规则', '节假日'];
// 5 November 2026: the 催办单 are dated today.
const TODAY = new Date(2026, 10, 5, 9, 30);
const NOV_5 = dayOf(2026, 11, 5);
const ENTRIES = [
  { date: '2026-10-26', unit: '北塬县', level: '蓝', item: 'DC-2026-244', note: '催办单 督催〔2026〕1号' },
  { date: '2026-10-29', unit: '西河县', level: '蓝', item: 'DC-2026-232', note: '催办单 督催〔2026〕2号' },
] as const;

let example: WorkbookData;
let district: WorkbookData;
beforeAll(async () => {
  const book = await readExample();
  example = asData(book);
  district = asData(districtBook(book, ENTRIES));
});

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));
const actionsAt = () => createExcelActions({ today: () => TODAY });
const sources = (fake: FakeExcel) => SOURCES.map((name) => fake.values(name));

/** Selects `address` on the 台账, as a user would before clicking. */
function select(fake: FakeExcel, sheet: string, address: string): void {
  fake.book.active = fake.sheet(sheet);
  fake.sheet(sheet).selection = address;
}

describe('生成通知单', () => {
  test('the rows selected in the 台账 (whole rows 2–3, and the header row, which is no item): two notices, a page break between', async () => {
    const fake = installFakeOffice(example);
    const before = sources(fake);
    select(fake, '台账', '1:3');
    const result = await actionsAt().generateNotices({ kind: '通知', scope: 'selection', month: MONTH, preset: 'sanmenxia-2019' }, answer('newName'), noProgress);
    expect(result).toEqual({ kind: 'done', sheet: '督查通知单', documents: 2, notes: ['选中的 1 行不是事项行（表头、分类、空行或已销号），已跳过。'], registration: null });
    const sheet = fake.sheet('督查通知单');
    expect(fake.cell('督查通知单', 'A4').value).toBe('市交通运输局：');
    expect(sheet.pageBreaks).toHaveLength(1);
    expect(fake.cell('督查通知单', `A${sheet.pageBreaks[0] + 4}`).value).toBe('市住房城乡建设局：');
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { scale: 100 } });
    expect(sheet.formatAt('A1', 'format.font.color')).toBe('#C00000');
    expect(sources(fake)).toEqual(before);
  });

  test('a selection on another sheet: nothing written, and the pane says where to select', async () => {
    const fake = installFakeOffice(example);
    select(fake, '单位', 'A2:A4');
    const result = await actionsAt().generateNotices({ kind: '通知', scope: 'selection', month: MONTH, preset: 'sanmenxia-2019' }, answer('newName'), noProgress);
    expect(result).toEqual({ kind: 'empty', message: '请先在「台账」表中选中要发通知单或催办单的事项行（可按住 Ctrl 多选），再点按钮。', notes: [] });
    expect(fake.sheetNames()).toEqual(SOURCES);
  });

  test('a 台账 on Sheet1: its selected rows are the 台账’s, and a selection elsewhere is pointed to Sheet1', async () => {
    const fake = installFakeOffice({ sheets: example.sheets.map((s) => (s.name === '台账' ? { ...s, name: 'Sheet1' } : s)) });
    const request = { kind: '通知', scope: 'selection', month: MONTH, preset: 'sanmenxia-2019' } as const;
    select(fake, '单位', 'A2:A4');
    expect(await actionsAt().generateNotices(request, answer('newName'), noProgress)).toEqual({
      kind: 'empty',
      message: '请先在「Sheet1」表中选中要发通知单或催办单的事项行（可按住 Ctrl 多选），再点按钮。',
      notes: [],
    });
    select(fake, 'Sheet1', '2:3');
    expect(await actionsAt().generateNotices(request, answer('newName'), noProgress)).toMatchObject({ kind: 'done', sheet: '督查通知单', documents: 2 });
  });

  test('every item assigned in the month: 2026年10月通知单, 28 notices; an existing sheet of that name is asked about, not replaced', async () => {
    const fake = installFakeOffice(example);
    const actions = actionsAt();
    const request = { kind: '通知', scope: 'month', month: MONTH, preset: 'sanmenxia-2019' } as const;
    expect(await actions.generateNotices(request, answer('newName'), noProgress)).toMatchObject({ kind: 'done', sheet: '2026年10月通知单', documents: 28 });
    expect(fake.sheet('2026年10月通知单').pageBreaks).toHaveLength(27);
    const first = fake.values('2026年10月通知单');
    const ask = answer('newName');
    expect(await actions.generateNotices(request, ask, noProgress)).toMatchObject({ sheet: '2026年10月通知单 (2)' });
    expect(ask).toHaveBeenCalledWith('2026年10月通知单', '2026年10月通知单 (2)');
    expect(fake.values('2026年10月通知单')).toEqual(first);
  });

  test('text Excel would read as a formula (units renamed =HYPERLINK(…), +1+1, -2, @SUM(A1)) stays text on the 通知单, in the Text format', async () => {
    const fake = installFakeOffice(withFormulaUnits(example));
    const request = { kind: '通知', scope: 'month', month: MONTH, preset: 'sanmenxia-2019' } as const;
    expect(await actionsAt().generateNotices(request, answer('newName'), noProgress)).toMatchObject({ kind: 'done' });
    const values = fake.values('2026年10月通知单');
    const cells = values.flatMap((line, r) => line.flatMap((v, c) => (typeof v === 'string' && FORMULA_LOOKING.some((f) => v.startsWith(f)) ? [`${columnLetters(c)}${r + 1}`] : [])));
    // Each renamed unit with an October item is on its notices as addressee, 责任单位 and 签收单位.
    expect(cells.length).toBeGreaterThanOrEqual(3);
    for (const address of cells) expect(fake.cell('2026年10月通知单', address)).toMatchObject({ formula: null, numberFormat: '@' });
  });
});

describe('生成催办单 and 登记催办', () => {
  test('sanmenxia-2019: today’s 催办通知, and no registration offered (no 催办 deduction)', async () => {
    const fake = installFakeOffice(example);
    const result = await actionsAt().generateNotices({ kind: '催办', scope: 'month', month: MONTH, preset: 'sanmenxia-2019' }, answer('newName'), noProgress);
    expect(result).toMatchObject({ kind: 'done', sheet: '2026年11月5日催办单', registration: null });
    expect(fake.cell('2026年11月5日催办单', 'A2').value).toBe('催办通知');
  });

  test('district-dynamic: the offer lists the exact rows; registering appends them below the last row and changes no existing row', async () => {
    const fake = installFakeOffice(district);
    const actions = actionsAt();
    const ledgerRows = fake.values('台账');
    const rowOf = (id: string) => ledgerRows.findIndex((r) => r[0] === id) + 1;
    select(fake, '台账', `A${rowOf('DC-2026-244')},A${rowOf('DC-2026-256')}:C${rowOf('DC-2026-256')}`);
    const result = await actions.generateNotices({ kind: '催办', scope: 'selection', month: MONTH, preset: 'district-dynamic' }, answer('newName'), noProgress);
    // Numbers run on from the two registered: 3, 4. 244 had a 蓝 → 黄; 256 (9 working days by 5 November) → 红.
    const rows = [
      { date: NOV_5, unit: '北塬县', category: '催办', level: '黄', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕3号' },
      { date: NOV_5, unit: '南屏县', category: '催办', level: '红', relatedItem: 'DC-2026-256', note: '催办单 督催〔2026〕4号' },
    ];
    expect(result).toEqual({ kind: 'done', sheet: '2026年11月5日催办单', documents: 2, notes: [], registration: { sheet: '加减分', rows } });
    // Offered, not yet written.
    const adjustments = fake.values('加减分');
    expect(adjustments).toHaveLength(3);

    expect(await actions.appendAdjustments(rows)).toEqual({ sheet: '加减分', firstRow: 4, lastRow: 5 });
    const after = fake.values('加减分');
    expect(after.slice(0, 3)).toEqual(adjustments);
    expect(after.slice(3)).toEqual([
      [NOV_5, '北塬县', '催办', '黄', null, 'DC-2026-244', '催办单 督催〔2026〕3号'],
      [NOV_5, '南屏县', '催办', '红', null, 'DC-2026-256', '催办单 督催〔2026〕4号'],
    ]);
    expect(fake.cell('加减分', 'A4').numberFormat).toBe('yyyy-mm-dd');
    expect(fake.cell('加减分', 'B4').numberFormat).toBe('@');
  });

  test('registering where the workbook has no 加减分 sheet adds one with its header', async () => {
    const fake = installFakeOffice({ sheets: district.sheets.filter((s) => s.name !== '加减分') });
    const row = { date: NOV_5, unit: '北塬县', category: '催办', level: '红', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕1号' };
    expect(await actionsAt().appendAdjustments([row])).toEqual({ sheet: '加减分', firstRow: 2, lastRow: 2 });
    expect(fake.values('加减分')).toEqual([
      ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
      [NOV_5, '北塬县', '催办', '红', null, 'DC-2026-244', '催办单 督催〔2026〕1号'],
    ]);
  });
});

describe('下载 Word 版通报', () => {
  test('the bytes of the October 通报 as a .docx, named for the month; downloadable in a browser-like host', async () => {
    const fake = installFakeOffice(example);
    const result = await actionsAt().bulletinDocx(MONTH, 'sanmenxia-2019', noProgress);
    if (result.kind !== 'done') throw new Error(result.kind);
    expect(result.fileName).toBe('2026年10月通报.docx');
    expect(result.downloadable).toBe(true);
    const xml = await (await JSZip.loadAsync(result.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('关于2026年10月份督查事项');
    // Read only: no sheet added.
    expect(fake.sheetNames()).toEqual(SOURCES);
  });

  test('on Excel for Mac the same bytes come with downloadable false: its web view drops downloads', async () => {
    installFakeOffice(example);
    const office = (globalThis as unknown as { Office: { context: { diagnostics: { platform: string } }; PlatformType: Record<string, string> } }).Office;
    office.PlatformType.Mac = 'Mac';
    office.context.diagnostics.platform = 'Mac';
    const result = await actionsAt().bulletinDocx(MONTH, 'sanmenxia-2019', noProgress);
    expect(result).toMatchObject({ kind: 'done', downloadable: false });
  });
});

describe('sync budget on desktop Excel (docs/taskpane.md)', () => {
  test('通知单 of the month 3, of a selection 4; 登记催办 3; the Word 通报 2', async () => {
    const syncsOf = async (fake: FakeExcel, action: () => Promise<unknown>) => {
      const before = fake.syncCount;
      await action();
      return fake.syncCount - before;
    };
    const fake = installFakeOffice(district, { platform: 'PC' });
    const actions = actionsAt();
    const request = { kind: '通知', scope: 'month', month: MONTH, preset: 'district-dynamic' } as const;
    expect(await syncsOf(fake, () => actions.generateNotices(request, answer('newName'), noProgress))).toBe(3);
    select(fake, '台账', '2:3');
    expect(await syncsOf(fake, () => actions.generateNotices({ ...request, scope: 'selection' }, answer('newName'), noProgress))).toBe(4);
    const row = { date: NOV_5, unit: '北塬县', category: '催办', level: '红', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕3号' };
    expect(await syncsOf(fake, () => actions.appendAdjustments([row]))).toBe(3);
    expect(await syncsOf(fake, () => actions.bulletinDocx(MONTH, 'district-dynamic', noProgress))).toBe(2);
  });
});
