// The task pane's WPS adapter on the fake WPS: the same contracts as the Excel adapter's
// (test/taskpane/actionContract.ts, noticeContract.ts), with multi-cell reads as rows and as
// Item(r, c) objects; the same 通知单 and 催办单 as the Excel adapter writes; and what only WPS
// needs: the screen still while writing, no confirmation dialogs, a used range that does not start
// at A1, error values as CVErr numbers, the selection read area by area.
import type { ConflictChoice, OnConflict } from '../../src/taskpane/actions';
import { selectedRows } from '../../src/engine/cellAddress';
import type { WorkbookInput } from '../../src/engine/model';
import { readLedger } from '../../src/engine/read/readLedger';
import JSZip from 'jszip';
import { readNames, readSelection, readSheets } from '../../src/wps/readBook';
import { createWpsActions } from '../../src/wps/wpsActions';
import { BULLETIN, RANKING, describeActionContract } from '../taskpane/actionContract';
import { excelHost } from '../taskpane/excelBookView';
import type { WorkbookData } from '../taskpane/fakeExcel';
import { MONTH } from '../taskpane/ledgerFixtures';
import { NOV_5, TODAY, describeNoticeContract, noticeBooks } from '../taskpane/noticeContract';
import { FakeWps } from './fakeWps';
import { wpsHost } from './wpsBookView';

describeActionContract(wpsHost());
describeActionContract(wpsHost({ valueShape: 'item' }));
describeNoticeContract(wpsHost());

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));

let example: WorkbookData;
let district: WorkbookData;
beforeAll(async () => {
  ({ example, district } = await noticeBooks());
});

describe('what only WPS needs', () => {
  test('every write runs with the screen still, and screen updating and alerts come back on', async () => {
    const fake = new FakeWps(example);
    const actions = createWpsActions(fake);
    await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    // Replacing deletes the old sheets, which WPS would confirm with the user unless alerts are off.
    await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('replace'), noProgress);
    await actions.createTemplate(noProgress);
    const notices = { kind: '通知', scope: 'month', month: MONTH, preset: 'sanmenxia-2019' } as const;
    await actions.generateNotices(notices, answer('newName'), noProgress);
    await actions.generateNotices(notices, answer('replace'), noProgress);
    await actions.appendAdjustments([{ date: NOV_5, unit: '北塬县', category: '通报批评', level: '市', relatedItem: 'DC-2026-244', note: '市政府通报批评' }]);
    expect(fake.writesWhileUpdating).toBe(0);
    expect(fake.ScreenUpdating).toBe(true);
    expect(fake.DisplayAlerts).toBe(true);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([RANKING, BULLETIN, '2026年10月通知单']));
  });

  test('a failed write still gives the screen back', async () => {
    const fake = new FakeWps(example);
    // WPS refuses a new sheet (a protected workbook, say): the action fails while writing.
    const sheets = fake.ActiveWorkbook.Worksheets;
    const add = sheets.Add.bind(sheets);
    sheets.Add = () => {
      throw new Error('工作表数量已达上限');
    };
    await expect(createWpsActions(fake).generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress)).rejects.toThrow('上限');
    sheets.Add = add;
    expect(fake.ScreenUpdating).toBe(true);
  });

  test('a table starting below a title and right of a blank column keeps its cell addresses', () => {
    const fake = new FakeWps({
      sheets: [
        {
          name: '台账',
          values: [[], [], [null, '编号', '事项内容'], [null, 'A1', '事项']],
        },
      ],
    });
    const book = readSheets(fake, readNames(fake), ['台账']);
    expect(book.sheets[0].values).toEqual([
      [null, null, null],
      [null, null, null],
      [null, '编号', '事项内容'],
      [null, 'A1', '事项'],
    ]);
  });

  test('an error value comes as a CVErr number and is reported at its cell, as in Excel', async () => {
    const ledger = example.sheets.find((s) => s.name === '台账')!;
    const withError = { sheets: example.sheets.map((s) => (s === ledger ? { ...s, values: [s.values[0], [...s.values[1].slice(0, 5), '#N/A', ...s.values[1].slice(6)], ...s.values.slice(2)] } : s)) };
    const fake = new FakeWps(withError);
    const read = readSheets(fake, readNames(fake), ['台账']);
    // -2146826246 is 0x800A07FA: #N/A (2042) as the et object model returns it.
    expect(fake.ActiveWorkbook.Worksheets.Item('台账').Range('F2').Value2).toBe(-2146826246);
    expect(read.sheets.find((s) => s.name === '台账')!.values[1][5]).toBe('#N/A');
    const result = await createWpsActions(fake).validate(MONTH, noProgress);
    const asRead: WorkbookInput = { sheets: withError.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => row.map((v) => v ?? null)) })) };
    const excelReads = readLedger(asRead, { reportYear: 2026 }).problems.filter((p) => p.cell === 'F2');
    expect(result.problems.filter((p) => p.cell === 'F2')).toEqual(excelReads);
    expect(excelReads).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'F2', severity: '错误' }));
  });
});

describe('the selection, from ActiveWindow.RangeSelection', () => {
  const selecting = (sheet: string, address: string) => {
    const fake = new FakeWps({ sheets: [{ name: '单位', values: [['单位名称']] }, { name: sheet, values: [['编号']] }] });
    fake.book.active = fake.book.sheet(sheet);
    fake.book.sheet(sheet).selection = address;
    return readSelection(fake);
  };

  test('each area with its sheet, quoted, as Office.js addresses a selection: whole rows 2:3, cells, a Ctrl-selection', () => {
    expect(selecting('台账', '2:3')).toBe("'台账'!2:3");
    expect(selecting('台账', 'B5')).toBe("'台账'!B5");
    expect(selecting('台账', 'A5:C7,A9,12:12')).toBe("'台账'!A5:C7,'台账'!A9,'台账'!12:12");
  });

  test('a quote in the sheet name is doubled, and the engine reads the rows back on that sheet', () => {
    const address = selecting("局's 台账", 'A5,7:8');
    expect(address).toBe("'局''s 台账'!A5,'局''s 台账'!7:8");
    expect(selectedRows(address)).toEqual({ sheet: "局's 台账", rows: [5, 7, 8] });
  });
});

describe('the same 通知单 and 催办单 as on Excel', () => {
  test.each([
    ['通知', 'sanmenxia-2019'],
    ['催办', 'district-dynamic'],
  ] as const)('%s单 of the month under %s: the same result, cells, merges, row heights, page breaks and page', async (kind, preset) => {
    const written = [];
    for (const host of [excelHost, wpsHost()]) {
      const { actions, book } = host.open(preset === 'district-dynamic' ? district : example, { today: () => TODAY });
      const result = await actions.generateNotices({ kind, scope: 'month', month: MONTH, preset }, answer('newName'), noProgress);
      if (result.kind !== 'done') throw new Error(result.kind);
      const values = book.values(result.sheet);
      const heights = values.map((_, r) => book.rowHeight(result.sheet, `A${r + 1}`));
      written.push({ result, values, heights, merges: book.merges(result.sheet), breaks: book.pageBreaks(result.sheet), page: book.page(result.sheet) });
    }
    const [excel, wps] = written;
    expect(wps).toEqual(excel);
    // Not two empty sheets: several documents, one a page; 催办单 under district-dynamic offer 登记.
    expect(excel.breaks).toHaveLength(excel.result.documents - 1);
    expect(excel.result.documents).toBeGreaterThan(1);
    expect(excel.result.registration !== null).toBe(kind === '催办');
  });
});

describe('通报 masthead and the Word 通报', () => {
  test('the masthead: 督查通报 in red (BGR 0xC0 = 192), the issuer and date over a red rule (bottom edge, XL 9)', async () => {
    const fake = new FakeWps(example);
    await createWpsActions(fake).generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    const sheet = fake.book.sheet(BULLETIN);
    expect(sheet.formatAt('A1', 'Font.Color')).toBe(192);
    expect(sheet.formatAt('S3', 'Borders.9.Color')).toBe(192);
    expect(sheet.formatAt('S3', 'Borders.9.LineStyle')).toBe(1);
  });

  test('下载 Word 版通报: the October 通报 as a .docx, as on Excel; nothing written to the book', async () => {
    const fake = new FakeWps(example);
    const before = fake.book.sheets.map((s) => s.name);
    const result = await createWpsActions(fake).bulletinDocx(MONTH, 'sanmenxia-2019', noProgress);
    if (result.kind !== 'done') throw new Error(result.kind);
    expect(result.fileName).toBe('2026年10月通报.docx');
    const xml = await (await JSZip.loadAsync(result.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('关于2026年10月份督查事项');
    expect(fake.book.sheets.map((s) => s.name)).toEqual(before);
  });
});
