// Merged areas from Office.js to the engine (SPEC §1.1 (5)): in the sync that reads the values,
// sheet-local, read as unmerged with one 警告 where the Excel lacks ExcelApi 1.13, and in slices
// where a sheet has more than Excel gives at once.
import type { WorkbookInput } from '../../src/engine/model';
import * as engineInput from '../../src/engine/read/readLedger';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { runExcel } from '../../src/taskpane/excel/host';
import { MERGED_SLICE_ROWS } from '../../src/taskpane/excel/mergedAreas';
import { readNames, readSheets } from '../../src/taskpane/excel/readBook';
import { installFakeOffice, MERGED_AREAS_LIMIT, type FakeExcel, type FakePlatform, type SheetData, type WorkbookData } from './fakeExcel';
import { FIELD_LEDGER, FIELD_LEDGER_SHEET } from './fieldLedger';

const MONTH = '2026-10';
const noProgress = () => undefined;
const PLATFORMS: readonly FakePlatform[] = ['PC', 'OfficeOnline'];

/** The field ledger with the 列名 row that says 完成时间 is its 办理时限, as the 列对应 step writes it. */
const MAPPED: WorkbookData = { sheets: [...FIELD_LEDGER.sheets, { name: '规则', values: [['参数', '值'], ['列名:办理时限', '完成时间']] }] };

/** Runs validate and gives what the engine was handed, the result, and the syncs it took. */
async function validateOn(fake: FakeExcel) {
  const engine = jest.spyOn(engineInput, 'readLedger');
  const before = fake.syncCount;
  try {
    const result = await createExcelActions().validate(MONTH, noProgress);
    return { book: engine.mock.calls[0][0], result, syncs: fake.syncCount - before };
  } finally {
    engine.mockRestore();
  }
}

const sheetIn = (book: WorkbookInput, name: string) => book.sheets.find((s) => s.name === name)!;
const byAddress = (areas: readonly string[] | undefined) => [...(areas ?? [])].sort();

describe.each(PLATFORMS)('on %s', (platform) => {
  test('each sheet’s merged areas reach the engine as its own A1 ranges, in the sync that reads the values', async () => {
    const { book, result, syncs } = await validateOn(installFakeOffice(MAPPED, { platform }));
    expect(byAddress(sheetIn(book, FIELD_LEDGER_SHEET).merged)).toEqual(['A1:I1', 'A2:I2', 'A4:I4', 'A6:A7', 'A8:I8', 'B6:B7', 'D6:D7', 'E6:E7']);
    expect(sheetIn(book, '单位').merged).toEqual([]);
    // Names; values with the merged areas (on the web: shapes, first rows and areas).
    expect(syncs).toBe(2);
    // Row 7, the second sub-row of item 2, takes 序号 2, 督办事项, 交办时间 and 完成时间 from row 6:
    // no 错误. The four areas over rows 6–7 are the reading's.
    expect(result.errors).toBe(0);
    expect(result.readings[0]).toMatchObject({ sheet: FIELD_LEDGER_SHEET, mergedAreas: 4 });
  });

  test('an Excel without ExcelApi 1.13 is not asked: the 台账 reads as unmerged, with one 警告 that names the Excel needed', async () => {
    const { book, result, syncs } = await validateOn(installFakeOffice(MAPPED, { platform, excelApi: '1.12' }));
    expect(book.sheets.every((s) => s.merged === undefined)).toBe(true);
    expect(syncs).toBe(2);
    const [first, ...rest] = result.problems;
    expect(first).toMatchObject({ sheet: FIELD_LEDGER_SHEET, cell: '', severity: '警告' });
    expect(first.message).toMatch(/^「督查台账」表已按没有合并单元格读取：.*需要 ExcelApi 1\.13.*Excel 2021/);
    expect(rest.some((p) => p.message.includes('ExcelApi'))).toBe(false);
    // Unmerged, row 7 has no 序号, 督办事项 or 完成时间 (交办日期 may be missing, with a 警告).
    expect(result.problems.filter((p) => p.severity === '错误').map((p) => p.cell)).toEqual(['A7', 'B7', 'E7']);
  });
});

test('Excel says it has ExcelApi 1.13 but answers ApiNotFound: read again without the areas, and the same 警告', async () => {
  const fake = installFakeOffice(MAPPED, { platform: 'PC', excelApi: '1.12' });
  const office = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: () => boolean } } } }).Office;
  office.context.requirements.isSetSupported = () => true;
  const { book, result, syncs } = await validateOn(fake);
  expect(sheetIn(book, FIELD_LEDGER_SHEET).merged).toBeUndefined();
  expect(result.problems[0].message).toContain('ExcelApi 1.13');
  // Names; the refused read; the values alone.
  expect(syncs).toBe(3);
});

/** A sheet of `items` two-row items, 序号 and 事项 merged down each, 2 merged areas an item. */
function tallLedger(items: number): SheetData {
  const values: (string | number | null)[][] = [['编号', '事项内容', '责任单位']];
  const merged: string[] = [];
  for (let i = 0; i < items; i += 1) {
    const top = values.length + 1;
    values.push([`DC-${i}`, `事项${i}`, '甲'], [null, null, '乙']);
    merged.push(`A${top}:A${top + 1}`, `B${top}:B${top + 1}`);
  }
  return { name: '台账', values, merged };
}

async function readWith(fake: FakeExcel): Promise<{ book: WorkbookInput; syncs: number }> {
  const before = fake.syncCount;
  const book = await runExcel(async (context) => readSheets(context, await readNames(context), ['台账'], true));
  return { book, syncs: fake.syncCount - before };
}

describe(`more than ${MERGED_AREAS_LIMIT} merged areas in a sheet`, () => {
  test.each(PLATFORMS)('on %s: the values again without them, then the areas in slices of rows, a sync for 200 slices', async (platform) => {
    // 300 items: 600 areas over rows 2–601, 10 slices of 64 rows.
    const sheet = tallLedger(300);
    const fake = installFakeOffice({ sheets: [sheet] }, { platform });
    const { book, syncs } = await readWith(fake);
    expect(byAddress(book.sheets[0].merged)).toEqual(byAddress(sheet.merged));
    expect(book.sheets[0].values).toEqual(fake.values('台账'));
    // Names; the refused first read; the values (on the web 601 rows: shapes and the first 500,
    // then one part); the slices.
    expect(syncs).toBe(platform === 'PC' ? 4 : 5);
  });

  test('a slice Excel still refuses is halved', async () => {
    // 64 rows of ten 1×2 areas across: 640 areas in the first slice, 320 in each half.
    const values = Array.from({ length: MERGED_SLICE_ROWS }, (_, r) => Array.from({ length: 20 }, (_, c) => (c % 2 === 0 ? `${r}-${c}` : null)));
    const merged = values.flatMap((_, r) => Array.from({ length: 10 }, (_, k) => `${String.fromCharCode(65 + 2 * k)}${r + 1}:${String.fromCharCode(66 + 2 * k)}${r + 1}`));
    const fake = installFakeOffice({ sheets: [{ name: '台账', values, merged }] }, { platform: 'PC' });
    const { book, syncs } = await readWith(fake);
    expect(byAddress(book.sheets[0].merged)).toEqual(byAddress(merged));
    // Names; refused; values; the slice, refused; its halves.
    expect(syncs).toBe(5);
  });
});

describe('the syncs do not grow with the rows', () => {
  /** The field ledger with `rows` plain item rows added below its own. */
  function grown(rows: number): WorkbookData {
    const [ledger, ...others] = MAPPED.sheets;
    const extra = Array.from({ length: rows }, (_, i) => [100 + i, `补充事项${i}`, '县水利局', '2026.4', '2026.12', '否']);
    return { sheets: [{ ...ledger, values: [...ledger.values.slice(0, -1), ...extra, ledger.values[ledger.values.length - 1]] }, ...others] };
  }

  test.each([
    ['PC', 2, 2],
    ['OfficeOnline', 2, 3],
  ] as const)('validate on %s: %i syncs at 300 rows, %i at 10,000, with or without merged areas', async (platform, small, large) => {
    for (const [rows, count] of [
      [300, small],
      [10_000, large],
    ] as const) {
      const merged = grown(rows);
      const plain = { sheets: merged.sheets.map(({ merged: _, ...sheet }) => sheet) };
      expect((await validateOn(installFakeOffice(merged, { platform }))).syncs).toBe(count);
      expect((await validateOn(installFakeOffice(plain, { platform }))).syncs).toBe(count);
    }
  });
});
