// The task pane's Excel adapter on the fake Excel: what every host adapter must do
// (actionContract.ts: untouched source sheets, the sheets it writes, formula-looking text,
// sheet-name collisions, the template, presets and goTo), and what only Excel has: the sync
// budget, payload splitting, widths in points.
import type { ConflictChoice, OnConflict } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import * as engineInput from '../../src/engine/read/readLedger';
import { BULLETIN, RANKING, SOURCES, describeActionContract } from './actionContract';
import { excelHost } from './excelBookView';
import { installFakeOffice, type FakeExcel, type FakePlatform, type WorkbookData } from './fakeExcel';
import { FORMULA_LOOKING, MONTH, asData, readExample, withLedgerRows } from './ledgerFixtures';

let example: WorkbookData;
let large: WorkbookData;
let huge: WorkbookData;
beforeAll(async () => {
  example = asData(await readExample());
  large = withLedgerRows(example, 10_000);
  huge = withLedgerRows(example, 100_000);
});

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));

/** Runs one action and gives the number of sync() calls it made. */
async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await action();
  return fake.syncCount - before;
}

describe('sync budget', () => {
  // Documented in docs/taskpane.md: presets, validate, generateRanking, generateBulletin,
  // createTemplate, goTo. Desktop reads every source sheet in one sync; the web reads shapes with
  // the first 500 rows of each (the whole example), then the rest in parts of at most 4 MB.
  test.each([
    ['the example', 'PC', () => example, [2, 2, 3, 3, 2, 1]],
    ['the example', 'OfficeOnline', () => example, [2, 2, 3, 3, 2, 1]],
    ['a 10,000-row ledger', 'PC', () => large, [2, 2, 3, 3, 2, 1]],
    ['a 10,000-row ledger', 'OfficeOnline', () => large, [2, 3, 4, 4, 2, 1]],
  ] as const)('each action’s syncs on %s in %s', async (_, platform, data, counts) => {
    const fake = installFakeOffice(data(), { platform });
    const actions = createExcelActions();
    const made: number[] = [];
    for (const action of [
      () => actions.presets(),
      () => actions.validate(MONTH, noProgress),
      () => actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress),
      () => actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress),
      () => actions.createTemplate(noProgress),
      () => actions.goTo('台账', 'C5'),
    ]) {
      made.push(await syncsOf(fake, action));
    }
    expect(made).toEqual(counts);
    // Every write batch ran with screen updating suspended.
    expect(fake.syncs.filter((s) => s.calls > 20 && s.responseBytes === 0).every((s) => s.screenSuspended)).toBe(true);
  }, 30_000);

  // A 台账 on Sheet1 (no sheet named 台账): the sheets that may hold it come with the other sources,
  // in the same sync, so each action costs what it costs on the example.
  test.each(['PC', 'OfficeOnline'] as const)('a 台账 on Sheet1 costs no extra sync in %s, and the engine gets its values', async (platform) => {
    const onSheet1: WorkbookData = { sheets: [...example.sheets.map((s) => (s.name === '台账' ? { ...s, name: 'Sheet1' } : s)), { name: 'Sheet2', values: [] }] };
    const fake = installFakeOffice(onSheet1, { platform });
    const actions = createExcelActions();
    const engine = jest.spyOn(engineInput, 'readLedger');
    try {
      expect(await syncsOf(fake, () => actions.validate(MONTH, noProgress))).toBe(2);
      expect(engine.mock.calls[0][0].sheets.find((s) => s.name === 'Sheet1')?.values).toEqual(fake.values('Sheet1'));
      expect(await syncsOf(fake, () => actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress))).toBe(3);
      expect(engine.mock.results[1].value).toMatchObject({ ledgerSheet: 'Sheet1', fatal: null });
    } finally {
      engine.mockRestore();
    }
  });

  // Desktop: names, values, and all the writes, as on any ledger. Web: names; shapes and first
  // rows; 42 MB of values (the example's 台账 columns and its 报送 sheet) in 11 parts of 4 MB; the
  // writes, 6.6 MB with the month's 应报未报 of 100,000 items that report to nobody, in 3 parts.
  test.each([
    ['PC', 3],
    ['OfficeOnline', 16],
  ] as const)('生成通报 on a 100,000-row ledger in %s: %i syncs, and the engine gets the sheets’ values', async (platform: FakePlatform, count) => {
    const fake = installFakeOffice(huge, { platform });
    const engine = jest.spyOn(engineInput, 'readLedger');
    try {
      expect(await syncsOf(fake, () => createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress))).toBe(count);
      const book = engine.mock.calls[0][0];
      // Compared as text: a deep equality of 1.6 million cells takes jest seconds.
      const grids = (read: (name: string) => unknown) => JSON.stringify(SOURCES.map(read));
      expect(grids((name) => book.sheets.find((s) => s.name === name)?.values) === grids((name) => fake.values(name))).toBe(true);
      expect(fake.syncs.every((s) => s.responseBytes < fake.payloadLimit && s.requestBytes < fake.payloadLimit)).toBe(true);
    } finally {
      engine.mockRestore();
    }
  }, 30_000);
});

describe('what only Excel shows', () => {
  test('the ranking’s widths in points, and the template’s lights in Excel’s priorities', async () => {
    const fake = installFakeOffice(example);
    await createExcelActions().generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    // 24 characters: 24 × 7 + 5 = 173 px = 129.75 pt.
    expect(fake.sheet(RANKING).formatAt('B1', 'format.columnWidth')).toBe(129.75);
    expect(fake.sheet(RANKING).pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1 } });

    const blank = installFakeOffice({ sheets: [{ name: 'Sheet1', values: [] }] });
    await createExcelActions({ today: () => new Date(2026, 4, 1) }).createTemplate(noProgress);
    const lights = blank.sheet('台账').formats.filter((f) => f.path === 'conditionalFormat').map((f) => f.value);
    expect(lights).toEqual([
      expect.objectContaining({ type: 'Custom', 'fill.color': '#FFC7CE', priority: 0 }),
      expect.objectContaining({ type: 'Custom', 'fill.color': '#FFEB9C', priority: 1 }),
    ]);
    expect(blank.sheet('台账').formatAt('C5', 'dataValidation.errorAlert')).toMatchObject({ style: 'Warning', showAlert: true });
  });

  test('the fake does what Excel does with formula-looking text in a cell that is not Text formatted', async () => {
    const check = installFakeOffice({ sheets: [{ name: 'a', values: [] }] });
    await check.run(async (context) => {
      context.workbook.worksheets.getItem('a').getRange('A1:B1').values = [[FORMULA_LOOKING[0], '001']];
      await context.sync();
    });
    expect(check.cell('a', 'A1').formula).toBe(FORMULA_LOOKING[0]);
    expect(check.cell('a', 'B1').value).toBe(1);
  });

  test('a ledger with an 错误 costs the two reading syncs and no write', async () => {
    const broken = { sheets: example.sheets.map((s) => (s.name === '台账' ? { ...s, values: [s.values[0], [...s.values[1].slice(0, 5), 'not a date', ...s.values[1].slice(6)]] } : s)) };
    const fake = installFakeOffice(broken);
    expect((await createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress)).kind).toBe('invalid');
    expect(fake.syncCount).toBe(2);
  });
});

describe('Excel on the web’s payload limit', () => {
  // 60 kB: the 台账's 119 kB of values, its first 500 rows too, and the bulletin's writes no
  // longer fit in one request. On PC the limit is one the platform did not announce.
  test.each(['OfficeOnline', 'PC'] as const)('reads and writes in parts when a batch would pass it, and the sheets come out the same (%s)', async (platform) => {
    const whole = installFakeOffice(example);
    await createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    const expected = [RANKING, BULLETIN].map((name) => ({ values: whole.values(name), merges: whole.merges(name) }));

    const limit = 60_000;
    const split = installFakeOffice(example, { platform, payloadLimit: limit });
    const syncs = await syncsOf(split, () =>
      createExcelActions({ requestBudget: 40_000 }).generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress),
    );
    expect(syncs).toBeGreaterThan(3);
    expect([RANKING, BULLETIN].map((name) => ({ values: split.values(name), merges: split.merges(name) }))).toEqual(expected);
    // Only reads are refused, never the writes, which are sized exactly.
    const refused = split.syncs.filter((s) => s.requestBytes > limit || s.responseBytes > limit);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.requestBytes < limit)).toBe(true);
  });

  test('on the web, the 10,000-row ledger comes in its first rows and one part, under the budget', async () => {
    const fake = installFakeOffice(large);
    await createExcelActions().validate(MONTH, noProgress);
    const [, sample, part] = fake.syncs.map((s) => s.responseBytes);
    expect(fake.syncCount).toBe(3);
    expect(sample).toBeLessThan(300_000);
    expect(part).toBeGreaterThan(3_000_000);
    expect(part).toBeLessThan(4_000_000);
  });
});

describeActionContract(excelHost);
