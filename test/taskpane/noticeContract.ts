// 通知单, 催办单 and 登记 (催办, suggested 加减分) as every host adapter must carry them out: the same
// test bodies run on the fake Excel (noticeActions.test.ts) and the fake WPS
// (test/wps/wpsActions.test.ts), on the example workbook and its district-dynamic variant, and for
// the suggestions on the October district of test/engine/report/reportsBulletin.test.ts, where they
// are hand-worked: the sheets written, the rows appended, the source sheets untouched.
import { dayOf } from '../../src/engine/calendar/dates';
import { columnLetters } from '../../src/engine/cellAddress';
import type { ConflictChoice, NoticeRequest, OnConflict } from '../../src/taskpane/actions';
import { districtBook } from '../fixtures/districtExample';
import { SOURCES, type ActionHost, type BookView } from './actionContract';
import type { WorkbookData } from './fakeExcel';
import { FORMULA_LOOKING, MONTH, asData, readExample, withFormulaUnits } from './ledgerFixtures';

// 5 November 2026: the 催办单 are dated today.
export const TODAY = new Date(2026, 10, 5, 9, 30);
export const NOV_5 = dayOf(2026, 11, 5);
/** Two 蓝 催办 registered in October, on the example turned district-dynamic. */
const ENTRIES = [
  { date: '2026-10-26', unit: '北塬县', level: '蓝', item: 'DC-2026-244', note: '催办单 督催〔2026〕1号' },
  { date: '2026-10-29', unit: '西河县', level: '蓝', item: 'DC-2026-232', note: '催办单 督催〔2026〕2号' },
] as const;
const ADJUSTMENT_HEADER = ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'];

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));
const request = (kind: NoticeRequest['kind'], scope: NoticeRequest['scope'], preset: NoticeRequest['preset'] = 'sanmenxia-2019'): NoticeRequest => ({
  kind,
  scope,
  month: MONTH,
  preset,
});
const sources = (book: BookView) => SOURCES.map((name) => book.values(name));

const d = (m: number, day: number) => dayOf(2026, m, day);
const DEC_31 = d(12, 31);

/** The October district of reportsBulletin.test.ts: three items, one 超期 registered, with or without a 报送 sheet. */
function reportingDistrict(reports: boolean): WorkbookData {
  return {
    sheets: [
      {
        name: '台账',
        values: [
          ['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限'],
          ['A-1', '老旧小区改造', '甲街道', '比较重要', d(7, 15), DEC_31],
          ['B-1', '防汛隐患整治', '乙街道', '特别重要', d(10, 8), DEC_31],
          ['B-2', '背街小巷保洁', '乙街道', '一般重要', d(3, 10), DEC_31],
        ],
      },
      { name: '单位', values: [['单位名称', '单位类别'], ['甲街道', '街道类'], ['乙街道', '街道类']] },
      {
        name: '加减分',
        values: [ADJUSTMENT_HEADER, [d(10, 20), '乙街道', '超期', '特别重要', null, 'B-1', '10月12日—18日未报']],
      },
      ...(reports
        ? [
            {
              name: '报送',
              values: [
                ['日期', '编号', '单位', '内容'],
                [d(8, 20), 'A-1', '甲街道', '已完成设计'],
                [d(10, 9), 'A-1', '甲街道', '已开工'],
                [d(6, 15), 'B-2', '乙街道', '已落实保洁队伍'],
              ],
            },
          ]
        : []),
    ],
  };
}

/** The example workbook, and the same turned district-dynamic with the two 催办 of ENTRIES registered. */
export async function noticeBooks(): Promise<{ example: WorkbookData; district: WorkbookData }> {
  const book = await readExample();
  return { example: asData(book), district: asData(districtBook(book, ENTRIES)) };
}

export function describeNoticeContract(host: ActionHost): void {
  let example: WorkbookData;
  let district: WorkbookData;
  beforeAll(async () => {
    ({ example, district } = await noticeBooks());
  });
  const open = (data: WorkbookData) => host.open(data, { today: () => TODAY });

  describe(`${host.name}: 生成通知单`, () => {
    test('the rows selected in the 台账 (whole rows 2–3, and the header row, which is no item): two notices, a page break between', async () => {
      const { actions, book } = open(example);
      const before = sources(book);
      book.select('台账', '1:3');
      const result = await actions.generateNotices(request('通知', 'selection'), answer('newName'), noProgress);
      expect(result).toEqual({ kind: 'done', sheet: '督查通知单', documents: 2, notes: ['选中的 1 行不是事项行（表头、分类、空行或已销号），已跳过。'], registration: null });
      // Rows 2–3: DC-2026-001 for its two responsible units, the second on the page the break starts.
      expect(book.cell('督查通知单', 'A4').value).toBe('市交通运输局：');
      const breaks = book.pageBreaks('督查通知单');
      expect(breaks).toHaveLength(1);
      expect(book.cell('督查通知单', `A${breaks[0] + 4}`).value).toBe('市住房城乡建设局：');
      // A4 portrait at 100%: a sheet fitted to one page wide would print without its manual breaks.
      expect(book.page('督查通知单')).toEqual({ paper: 'A4', orientation: 'portrait', onePageWide: false, scale: 100, titleRows: null });
      expect(book.gridlines('督查通知单')).toBe(false);
      // The bulletin's grid: 36 columns 2 characters wide.
      expect([book.columnWidth('督查通知单', 'A'), book.columnWidth('督查通知单', 'AJ')]).toEqual([2, 2]);
      // The issuer in red (C00000).
      expect(book.cell('督查通知单', 'A1').value).toBe('市政府督查室');
      expect(book.fontColor('督查通知单', 'A1')).toBe('C00000');
      expect(sources(book)).toEqual(before);
    });

    test('a selection on another sheet: nothing written, and the pane says where to select', async () => {
      const { actions, book } = open(example);
      book.select('单位', 'A2:A4');
      const result = await actions.generateNotices(request('通知', 'selection'), answer('newName'), noProgress);
      expect(result).toEqual({ kind: 'empty', message: '请先在「台账」表中选中要发通知单或催办单的事项行（可按住 Ctrl 多选），再点按钮。', notes: [] });
      expect(book.sheetNames()).toEqual(SOURCES);
    });

    test('every item assigned in the month: 2026年10月通知单, 28 notices; an existing sheet of that name is asked about, not replaced', async () => {
      const { actions, book } = open(example);
      expect(await actions.generateNotices(request('通知', 'month'), answer('newName'), noProgress)).toMatchObject({ kind: 'done', sheet: '2026年10月通知单', documents: 28 });
      expect(book.pageBreaks('2026年10月通知单')).toHaveLength(27);
      const first = book.values('2026年10月通知单');
      const ask = answer('newName');
      expect(await actions.generateNotices(request('通知', 'month'), ask, noProgress)).toMatchObject({ sheet: '2026年10月通知单 (2)' });
      expect(ask).toHaveBeenCalledWith('2026年10月通知单', '2026年10月通知单 (2)');
      expect(book.values('2026年10月通知单')).toEqual(first);
    });

    test('text a spreadsheet would read as a formula (units renamed =HYPERLINK(…), +1+1, -2, @SUM(A1)) stays text, in the Text format', async () => {
      const { actions, book } = open(withFormulaUnits(example));
      expect(await actions.generateNotices(request('通知', 'month'), answer('newName'), noProgress)).toMatchObject({ kind: 'done' });
      const values = book.values('2026年10月通知单');
      const cells = values.flatMap((line, r) => line.flatMap((v, c) => (typeof v === 'string' && FORMULA_LOOKING.some((f) => v.startsWith(f)) ? [`${columnLetters(c)}${r + 1}`] : [])));
      // Each renamed unit with an October item is on its notices as addressee, 责任单位 and 签收单位.
      expect(cells.length).toBeGreaterThanOrEqual(3);
      for (const address of cells) expect(book.cell('2026年10月通知单', address)).toMatchObject({ formula: null, numberFormat: '@' });
    });
  });

  describe(`${host.name}: 生成催办单 and 登记催办`, () => {
    test('sanmenxia-2019: today’s 催办通知, and no registration offered (no 催办 deduction)', async () => {
      const { actions, book } = open(example);
      const result = await actions.generateNotices(request('催办', 'month'), answer('newName'), noProgress);
      expect(result).toMatchObject({ kind: 'done', sheet: '2026年11月5日催办单', registration: null });
      expect(book.cell('2026年11月5日催办单', 'A2').value).toBe('催办通知');
    });

    test('district-dynamic: the offer lists the exact rows; registering appends them below the last row and changes no existing row', async () => {
      const { actions, book } = open(district);
      const ledgerRows = book.values('台账');
      const rowOf = (id: string) => ledgerRows.findIndex((r) => r[0] === id) + 1;
      book.select('台账', `A${rowOf('DC-2026-244')},A${rowOf('DC-2026-256')}:C${rowOf('DC-2026-256')}`);
      const result = await actions.generateNotices(request('催办', 'selection', 'district-dynamic'), answer('newName'), noProgress);
      // Numbers run on from the two registered: 3, 4. 244 had a 蓝 → 黄; 256 (9 working days by 5 November) → 红.
      const rows = [
        { date: NOV_5, unit: '北塬县', category: '催办', level: '黄', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕3号' },
        { date: NOV_5, unit: '南屏县', category: '催办', level: '红', relatedItem: 'DC-2026-256', note: '催办单 督催〔2026〕4号' },
      ];
      expect(result).toEqual({ kind: 'done', sheet: '2026年11月5日催办单', documents: 2, notes: [], registration: { sheet: '加减分', rows } });
      // Offered, not yet written.
      const adjustments = book.values('加减分');
      expect(adjustments).toHaveLength(3);

      expect(await actions.appendAdjustments(rows)).toEqual({ sheet: '加减分', firstRow: 4, lastRow: 5 });
      const after = book.values('加减分');
      expect(after.slice(0, 3)).toEqual(adjustments);
      expect(after.slice(3)).toEqual([
        [NOV_5, '北塬县', '催办', '黄', null, 'DC-2026-244', '催办单 督催〔2026〕3号'],
        [NOV_5, '南屏县', '催办', '红', null, 'DC-2026-256', '催办单 督催〔2026〕4号'],
      ]);
      expect(book.cell('加减分', 'A4').numberFormat).toBe('yyyy-mm-dd');
      expect(book.cell('加减分', 'B4').numberFormat).toBe('@');
    });

    test('registering where the workbook has no 加减分 sheet adds one with its header', async () => {
      const { actions, book } = open({ sheets: district.sheets.filter((s) => s.name !== '加减分') });
      const row = { date: NOV_5, unit: '北塬县', category: '催办', level: '红', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕1号' };
      expect(await actions.appendAdjustments([row])).toEqual({ sheet: '加减分', firstRow: 2, lastRow: 2 });
      expect(book.values('加减分')).toEqual([ADJUSTMENT_HEADER, [NOV_5, '北塬县', '催办', '红', null, 'DC-2026-244', '催办单 督催〔2026〕1号']]);
    });

    test('a new template’s 加减分, its date column formatted down to row 2000: the row registered is row 3, right under the example row', async () => {
      const { actions, book } = open({ sheets: [{ name: 'Sheet1', values: [] }] });
      await actions.createTemplate(noProgress);
      expect(book.cell('加减分', 'A2000').numberFormat).toBe('yyyy-mm-dd');
      const row = { date: NOV_5, unit: '北塬县', category: '催办', level: '红', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕1号' };
      expect(await actions.appendAdjustments([row])).toEqual({ sheet: '加减分', firstRow: 3, lastRow: 3 });
      expect(book.values('加减分')).toHaveLength(3);
      expect(book.values('加减分')[2]).toEqual([NOV_5, '北塬县', '催办', '红', null, 'DC-2026-244', '催办单 督催〔2026〕1号']);
    });
  });

  describe(`${host.name}: 建议加减分 after 生成通报`, () => {
    const newName: OnConflict = () => Promise.resolve('newName');

    test('offers the three unregistered 应报未报 without writing; appended on confirmation at rows 3–5, rows 1–2 unchanged', async () => {
      const { actions, book } = open(reportingDistrict(true));
      const before = book.values('加减分');
      const result = await actions.generateBulletin('2026-10', 'district-dynamic', newName, noProgress);
      // Missed: A-1 September; B-1 the weeks of 12–18 and 19–25 October (the entry of 20 October
      // stands for the first); B-2 the third quarter. 超期 at the item's 督查等级, 分值 left to the table.
      const rows = [
        { date: d(9, 30), unit: '甲街道', category: '超期', level: '比较重要', relatedItem: 'A-1', note: '应报未报：2026年9月进展情况（比较重要事项每月报送）' },
        { date: d(9, 30), unit: '乙街道', category: '超期', level: '一般重要', relatedItem: 'B-2', note: '应报未报：2026年第三季度进展情况（一般重要事项每季度报送）' },
        { date: d(10, 25), unit: '乙街道', category: '超期', level: '特别重要', relatedItem: 'B-1', note: '应报未报：2026年10月19日—10月25日进展情况（特别重要事项每周报送）' },
      ];
      expect(result.kind === 'done' && result.suggestions).toMatchObject({ sheet: '加减分', rows });
      expect(book.values('加减分')).toEqual(before);

      expect(await actions.appendAdjustments(rows)).toEqual({ sheet: '加减分', firstRow: 3, lastRow: 5 });
      const after = book.values('加减分');
      expect(after.slice(0, 2)).toEqual(before);
      expect(after.slice(2)).toEqual(rows.map((r) => [r.date, r.unit, r.category, r.level, null, r.relatedItem, r.note]));
      expect(book.cell('加减分', 'A3').numberFormat).toBe('yyyy-mm-dd');

      // Registered, they are offered no more.
      const again = await actions.generateBulletin('2026-10', 'district-dynamic', newName, noProgress);
      expect(again).toMatchObject({ kind: 'done' });
      expect(again.kind === 'done' && 'suggestions' in again).toBe(false);
    });

    test('no offer without a 报送 sheet, nor after 生成排名', async () => {
      const plain = await open(reportingDistrict(false)).actions.generateBulletin('2026-10', 'district-dynamic', newName, noProgress);
      expect(plain.kind === 'done' && 'suggestions' in plain).toBe(false);
      const ranking = await open(reportingDistrict(true)).actions.generateRanking('2026-10', 'district-dynamic', newName, noProgress);
      expect(ranking.kind === 'done' && 'suggestions' in ranking).toBe(false);
    });
  });
}
