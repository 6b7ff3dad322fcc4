// 通知单, 催办单, 登记 and the Word 通报 through the Excel adapter, on the fake Excel holding the
// example workbook (and its district-dynamic variant): what every host does (noticeContract.ts:
// the sheets written, the rows appended, the source sheets untouched), and what only Excel has:
// the sync budget, and downloads dropped on Mac.
import JSZip from 'jszip';
import type { ConflictChoice, OnConflict } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { excelHost } from './excelBookView';
import { installFakeOffice, type FakeExcel, type WorkbookData } from './fakeExcel';
import { MONTH } from './ledgerFixtures';
import { SOURCES } from './actionContract';
import { NOV_5, TODAY, describeNoticeContract, noticeBooks } from './noticeContract';

let example: WorkbookData;
let district: WorkbookData;
beforeAll(async () => {
  ({ example, district } = await noticeBooks());
});

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));
const actionsAt = () => createExcelActions({ today: () => TODAY });

/** Selects `address` on the 台账, as a user would before clicking. */
function select(fake: FakeExcel, sheet: string, address: string): void {
  fake.book.active = fake.sheet(sheet);
  fake.sheet(sheet).selection = address;
}

describeNoticeContract(excelHost);

describe('生成通知单 from a 台账 found by its header', () => {
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
