// host.ts, the one module that asks Office about the running Excel: requirement sets before a
// feature uses them, and Office's ApiNotFound as a message that names the Excel needed.
import { runExcel, supports } from '../../src/taskpane/excel/host';
import { EXCEL_TEXT } from '../../src/taskpane/excel/messages';
import { installFakeOffice } from './fakeExcel';

const globals = globalThis as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe('supports', () => {
  test.each([
    ['1.14', true],
    ['1.13', true],
    ['1.12', false],
  ] as const)('merged areas need ExcelApi 1.13: an Excel at %s → %s', (excelApi, expected) => {
    installFakeOffice({ sheets: [{ name: 'a', values: [] }] }, { excelApi });
    expect(supports('mergedAreas')).toBe(expected);
  });

  test('no Office, or an Office.js too old to answer: no, and the caller falls back', () => {
    expect(supports('mergedAreas')).toBe(false);
    globals.Office = { context: {} };
    expect(supports('mergedAreas')).toBe(false);
  });
});

test('a call this Excel lacks (ApiNotFound) comes out as the Chinese message naming the Excel needed', async () => {
  installFakeOffice({ sheets: [{ name: 'a', values: [[1]], merged: ['A1:A2'] }] }, { excelApi: '1.12' });
  const asking = runExcel(async (context) => {
    context.workbook.worksheets.getItem('a').getRange().getMergedAreasOrNullObject().load('address');
    await context.sync();
  });
  await expect(asking).rejects.toThrow(EXCEL_TEXT.apiNotFound);
  expect(EXCEL_TEXT.apiNotFound).toMatch(/Windows 版 2108.*Mac 版 16\.52.*Excel 2021/);
});

test('any other failure passes through as it is', async () => {
  installFakeOffice({ sheets: [{ name: 'a', values: [] }] });
  const missing = runExcel(async (context) => {
    context.workbook.worksheets.getItem('没有').activate();
    await context.sync();
  });
  await expect(missing).rejects.toMatchObject({ code: 'ItemNotFound' });
});
