// The task pane's WPS adapter on the fake WPS: the same contract as the Excel adapter's
// (test/taskpane/actionContract.ts), with multi-cell reads as rows and as Item(r, c) objects; and
// what only WPS needs: the screen still while writing, no confirmation dialogs, a used range that
// does not start at A1, error values as CVErr numbers.
import type { ConflictChoice, OnConflict } from '../../src/taskpane/actions';
import type { WorkbookInput } from '../../src/engine/model';
import { readLedger } from '../../src/engine/read/readLedger';
import JSZip from 'jszip';
import { readNames, readSheets } from '../../src/wps/readBook';
import { WPS_NOT_YET } from '../../src/wps/texts';
import { createWpsActions } from '../../src/wps/wpsActions';
import { BULLETIN, RANKING, describeActionContract } from '../taskpane/actionContract';
import type { WorkbookData } from '../taskpane/fakeExcel';
import { MONTH, asData, readExample } from '../taskpane/ledgerFixtures';
import { FakeWps } from './fakeWps';
import { wpsBook, wpsHost } from './wpsBookView';

describeActionContract(wpsHost());
describeActionContract(wpsHost({ valueShape: 'item' }));

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));

let example: WorkbookData;
beforeAll(async () => {
  example = asData(await readExample());
});

describe('what only WPS needs', () => {
  test('every write runs with the screen still, and screen updating and alerts come back on', async () => {
    const fake = new FakeWps(example);
    const actions = createWpsActions(fake);
    await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    // Replacing deletes the old sheets, which WPS would confirm with the user unless alerts are off.
    await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('replace'), noProgress);
    await actions.createTemplate(noProgress);
    expect(fake.writesWhileUpdating).toBe(0);
    expect(fake.ScreenUpdating).toBe(true);
    expect(fake.DisplayAlerts).toBe(true);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([RANKING, BULLETIN]));
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

describe('通报 masthead, the Word 通报, and 通知单 not yet in WPS', () => {
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

  test('生成通知单 / 生成催办单 say plainly that WPS cannot yet, naming Excel and the CLI, and write nothing', async () => {
    const fake = new FakeWps(example);
    const before = fake.book.sheets.map((s) => s.name);
    const actions = createWpsActions(fake);
    for (const kind of ['通知', '催办'] as const) {
      const result = await actions.generateNotices({ kind, scope: 'month', month: MONTH, preset: 'sanmenxia-2019' }, answer('newName'), noProgress);
      expect(result).toEqual({ kind: 'empty', message: WPS_NOT_YET.notices, notes: [] });
    }
    expect(WPS_NOT_YET.notices).toContain('duban notices');
    await expect(actions.appendAdjustments([])).rejects.toThrow(WPS_NOT_YET.register);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(before);
  });

  test('生成通报 on a ledger with unregistered 应报未报: the suggestions are not listed, WPS says it cannot append them yet', async () => {
    const fake = new FakeWps(example);
    const before = wpsBook(fake).values('加减分');
    const result = await createWpsActions(fake).generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    expect(result).toMatchObject({ kind: 'done', suggestions: { error: WPS_NOT_YET.suggestions } });
    expect(WPS_NOT_YET.suggestions).toContain('duban reports 台账.xlsx --month YYYY-MM --register');
    expect(wpsBook(fake).values('加减分')).toEqual(before);
  });
});
