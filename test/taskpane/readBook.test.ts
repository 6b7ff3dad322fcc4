// Reading the sheets on desktop Excel (everything in one sync) and on Excel on the web (shapes and
// first rows, then parts sized from them): the engine gets the same grid either way, the one
// fake.values gives, and a part Excel refuses after all is read in halves.
import type { Grid, WorkbookInput } from '../../src/engine/model';
import { runExcel } from '../../src/taskpane/excel/host';
import { readNames, readSheets, SAMPLE_ROWS } from '../../src/taskpane/excel/readBook';
import { installFakeOffice, type FakeExcel, type FakePlatform, type SheetData, type SyncRecord } from './fakeExcel';
import type { Scalar } from './fakeModel';

const PLATFORMS: readonly FakePlatform[] = ['PC', 'OfficeOnline'];
const LIMIT = 5 * 1024 * 1024;

/** names, then readSheets of `wanted`: the book and the syncs after the names. */
async function read(fake: FakeExcel, wanted: readonly string[]): Promise<{ book: WorkbookInput; syncs: SyncRecord[] }> {
  const before = fake.syncCount + 1;
  const book = await runExcel(async (context) => readSheets(context, await readNames(context), wanted));
  return { book, syncs: fake.syncs.slice(before) };
}

const valuesOf = (book: WorkbookInput, name: string): Grid => book.sheets.find((s) => s.name === name)!.values;

/** Rows of `width` cells, `cell(r, c)` in each, from sheet row `top`. */
function rows(top: number, count: number, width: number, cell: (r: number, c: number) => Scalar | null): (Scalar | null)[][] {
  return [...Array.from({ length: top }, () => []), ...Array.from({ length: count }, (_, r) => Array.from({ length: width }, (_, c) => cell(top + r, c)))];
}

const refused = (syncs: readonly SyncRecord[]) => syncs.filter((s) => s.responseBytes > LIMIT);

describe.each(PLATFORMS)('on %s', (platform) => {
  test('every shape of used range comes back as the sheet’s own grid from A1', async () => {
    const offset: SheetData = {
      // C3 down to row 700, blank rows astride the sample's end, column F used only after it.
      name: '偏移',
      values: rows(2, 698, 6, (r, c) => (c < 2 || (r >= SAMPLE_ROWS - 20 && r < SAMPLE_ROWS + 20) ? null : c === 5 && r !== 650 ? '' : `${r}:${c}`)),
    };
    const below: SheetData = { name: '下方', values: rows(SAMPLE_ROWS + 100, 3, 2, (r, c) => r * 10 + c) };
    const small: SheetData = { name: '小', values: [['编号', '名称'], [1, true]] };
    const empty: SheetData = { name: '空', values: [] };
    const other: SheetData = { name: '不读', values: [['x']] };
    const fake = installFakeOffice({ sheets: [offset, below, small, empty, other] }, { platform });
    const wanted = ['偏移', '下方', '小', '空'];

    const { book, syncs } = await read(fake, wanted);
    for (const name of wanted) expect(valuesOf(book, name)).toEqual(fake.values(name));
    expect(valuesOf(book, '偏移')[650]).toEqual([null, null, '650:2', '650:3', '650:4', '650:5']);
    expect(valuesOf(book, '不读')).toEqual([]);
    // Web: shapes and samples; the rest of 偏移; 下方, whose rows start past the sample, so that
    // nothing sizes them, in a part of its own.
    expect(syncs).toHaveLength(platform === 'PC' ? 1 : 3);
  });

  test('a part Excel refuses after all, its rows longer than the sample’s, is read in halves', async () => {
    // 500 short rows, then 100 of 60 kB each: 6 MB where the sample foretells 1 kB.
    const long: SheetData = { name: '长', values: rows(0, SAMPLE_ROWS + 100, 2, (r, c) => (c === 0 ? r : r < SAMPLE_ROWS ? 'a' : `${r}`.padEnd(60_000, 'x'))) };
    const fake = installFakeOffice({ sheets: [long] }, { platform });
    const { book, syncs } = await read(fake, ['长']);
    expect(valuesOf(book, '长')).toEqual(fake.values('长'));
    if (platform === 'PC') {
      expect(syncs).toHaveLength(1);
      return;
    }
    // Shapes and sample; the planned part, refused; its two halves.
    expect(syncs).toHaveLength(4);
    expect(refused(syncs)).toEqual([syncs[1]]);
  });
});

test('on the web a sheet past the sample is read in parts under the budget, several ranges a part', async () => {
  // Two sheets of 12,000 rows of about 700 bytes: 16.8 MB, 5 parts of at most 4 MB.
  const sheet = (name: string): SheetData => ({ name, values: rows(0, 12_000, 7, (r, c) => `${name}${r}-${c}`.padEnd(95, '.')) });
  const fake = installFakeOffice({ sheets: [sheet('甲'), sheet('乙')] }, { platform: 'OfficeOnline' });
  const { book, syncs } = await read(fake, ['甲', '乙']);
  for (const name of ['甲', '乙']) expect(valuesOf(book, name)).toEqual(fake.values(name));
  const parts = syncs.slice(1);
  expect(parts.map((s) => s.responseBytes).every((bytes) => bytes < 4_200_000)).toBe(true);
  expect(parts).toHaveLength(Math.ceil(parts.reduce((n, s) => n + s.responseBytes, 0) / 4_000_000));
  // The part where 甲 ends and 乙 begins reads a range of each.
  expect(parts.some((s) => s.calls === 2)).toBe(true);
});

test('a response refused where the platform announced no limit: read as on the web', async () => {
  const long: SheetData = { name: '长', values: rows(0, 1_000, 2, (r, c) => `${r}-${c}`.padEnd(60, '.')) };
  const fake = installFakeOffice({ sheets: [long] }, { platform: 'PC', payloadLimit: 60_000 });
  const { book, syncs } = await read(fake, ['长']);
  expect(valuesOf(book, '长')).toEqual(fake.values('长'));
  // The whole, refused; the sample too, so the shape alone; then the rows, halved until they fit.
  expect(syncs[0].responseBytes).toBeGreaterThan(60_000);
  expect(syncs[1].responseBytes).toBeGreaterThan(60_000);
  expect(syncs[2].responseBytes).toBeLessThan(1_000);
  expect(syncs.filter((s) => s.responseBytes <= 60_000).reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(120_000);
});
