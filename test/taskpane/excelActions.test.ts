// The task pane's Excel adapter on the fake Excel: sync budget, untouched source sheets,
// formula-looking text, sheet-name collisions, the template, and payload splitting.
import type { ConflictChoice, GenerateResult, OnConflict } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { bulletinGrid } from '../../src/engine/report/bulletinGrid';
import { buildBulletin } from '../../src/engine/report/bulletin';
import type { Ledger, WorkbookInput } from '../../src/engine/model';
import { periodOf } from '../../src/engine/calendar/period';
import { rankMonth } from '../../src/engine/score/rank';
import * as engineInput from '../../src/engine/read/readLedger';
import { readLedger } from '../../src/engine/read/readLedger';
import { rankingTable } from '../../src/engine/report/sheetLayout';
import { installFakeOffice, type FakeExcel, type FakePlatform, type WorkbookData } from './fakeExcel';
import { FORMULA_LOOKING, MONTH, asData, readExample, withFormulaUnits, withLedgerRows } from './ledgerFixtures';

const PERIOD = periodOf(MONTH)!;
const SOURCES = ['台账', '单位', '加减分', '规则', '节假日'];
const RANKING = '2026年10月排名';
const BULLETIN = '2026年10月通报';

let example: WorkbookData;
let large: WorkbookData;
let huge: WorkbookData;
beforeAll(async () => {
  example = asData(await readExample());
  large = withLedgerRows(example, 10_000);
  huge = withLedgerRows(example, 100_000);
});

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(async () => choice);

function engineLedger(fake: FakeExcel): Ledger {
  const book: WorkbookInput = { sheets: fake.sheetNames().map((name) => ({ name, values: fake.values(name) })) };
  const { ledger } = readLedger(book, { reportYear: PERIOD.year, preset: 'sanmenxia-2019' });
  return ledger!;
}

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

  // Desktop: names, values, and all the writes, as on any ledger. Web: names; shapes and first
  // rows; 39 MB of values in 10 parts of 4 MB; the writes, which pass the 4 MB request budget once.
  test.each([
    ['PC', 3],
    ['OfficeOnline', 14],
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

describe('generating', () => {
  test('source sheets keep every value through every action', async () => {
    const fake = installFakeOffice(example);
    const actions = createExcelActions();
    const sources = () => SOURCES.map((name) => fake.values(name));
    const before = sources();
    const steps: (() => Promise<unknown>)[] = [
      () => actions.presets(),
      () => actions.validate(MONTH, noProgress),
      () => actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress),
      () => actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('replace'), noProgress),
      () => actions.generateBulletin(MONTH, 'district-dynamic', answer('newName'), noProgress),
      () => actions.createTemplate(noProgress),
      () => actions.goTo('加减分', 'F3'),
    ];
    for (const step of steps) {
      await step();
      expect(sources()).toEqual(before);
    }
    // The values the engine reads from the fake are the file's, cell for cell.
    expect(SOURCES.map((name) => fake.values(name))).toEqual(SOURCES.map((name) => example.sheets.find((s) => s.name === name)!.values));
  });

  test('validate reports what the engine finds in the file', async () => {
    const input = await readExample();
    installFakeOffice(example);
    const result = await createExcelActions().validate(MONTH, noProgress);
    const problems = readLedger(input, { reportYear: 2026 }).problems;
    expect(result.problems).toEqual(problems);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(problems.length);
  });

  test('the ranking sheet holds rankMonth’s rows as a real table, formatted for A4', async () => {
    const fake = installFakeOffice(example);
    const progress = jest.fn();
    const result = await createExcelActions().generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), progress);
    const expected = rankingTable(rankMonth(engineLedger(fake), PERIOD), 'coefficient');
    expect(result).toEqual({ kind: 'done', sheets: [RANKING], units: expected.rows.length, overdueItems: expect.any(Number) });
    const [header, ...rows] = fake.values(RANKING);
    expect(header).toEqual(expected.columns.map((c) => c.header));
    expect(rows).toEqual(expected.rows);

    expect(fake.tables()).toEqual([{ name: '排名_2026_10', sheet: RANKING, address: `A1:P${rows.length + 1}`, style: 'TableStyleMedium2', headers: header }]);
    expect(fake.cell(RANKING, 'J2').numberFormat).toBe('0.0%');
    expect(fake.cell(RANKING, 'K2').numberFormat).toBe('0.0000');
    expect(fake.cell(RANKING, 'O2').numberFormat).toBe('0.00');
    expect(fake.cell(RANKING, 'P2').numberFormat).toBe('+0;-0;0');
    const sheet = fake.sheet(RANKING);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.printTitleRows).toBe('$1:$1');
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1 } });
    // 24 characters: 24 × 7 + 5 = 173 px = 129.75 pt.
    expect(sheet.formatAt('B1', 'format.columnWidth')).toBe(129.75);
    expect(sheet.formatAt('A1', 'format.font.bold')).toBe(true);
    expect(progress.mock.calls.map((c) => c[0])).toEqual(['读取工作簿', '校验台账', '计算排名', '写入工作表', '写入工作表']);
    expect(progress).toHaveBeenLastCalledWith('写入工作表', 4, 4);
  });

  test('the bulletin sheet is the engine’s grid: merged title, tables, A4 portrait', async () => {
    const fake = installFakeOffice(example);
    const result = await createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    const bulletin = buildBulletin(engineLedger(fake), PERIOD);
    expect(result).toEqual({ kind: 'done', sheets: [RANKING, BULLETIN], units: 30, overdueItems: bulletin.overdueItems.length });
    expect(fake.values(RANKING).slice(1)).toEqual(rankingTable(bulletin.ranking.flatMap((b) => b.rows), 'coefficient').rows);

    const sheet = fake.sheet(BULLETIN);
    expect(fake.cell(BULLETIN, 'A1').value).toBe('关于2026年10月份督查事项办理情况的通报');
    expect(fake.merges(BULLETIN)).toContain('A1:AJ1');
    expect(sheet.formatAt('A1', 'format.font.size')).toBe(18);
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait' });
    for (const block of bulletinGrid(bulletin, { drawsCharts: true })) {
      // The chart and its data: sheetCharts.test.ts.
      if (block.kind === 'chart') continue;
      if (block.kind === 'text') {
        expect(fake.cell(BULLETIN, `A${block.row + 1}`).value).toBe(block.text);
        expect(sheet.formatAt(`A${block.row + 1}`, 'format.rowHeight')).toBe(block.height);
        continue;
      }
      const cells = fake.values(BULLETIN)[block.row + 1];
      const firstRow = block.table.rows[0];
      expect(block.starts.map((c) => cells[c] ?? null)).toEqual([...firstRow]);
      expect(sheet.formatAt(`A${block.row + 1}`, 'format.fill.color')).toBe('#D9E1F2');
      expect(sheet.formatAt(`A${block.row + 2}`, 'format.borders.InsideHorizontal.style')).toBe('Continuous');
    }
  });

  test('text Excel would read as a formula stays text, in the Text format', async () => {
    const fake = installFakeOffice(withFormulaUnits(example));
    const result = await createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    expect(result.kind).toBe('done');
    for (const sheetName of [RANKING, BULLETIN]) {
      const values = fake.values(sheetName);
      for (const text of FORMULA_LOOKING) {
        const row = values.findIndex((line) => line.includes(text));
        expect(row).toBeGreaterThanOrEqual(0);
        const address = `${String.fromCharCode(65 + values[row].indexOf(text))}${row + 1}`;
        expect(fake.cell(sheetName, address)).toEqual({ value: text, formula: null, numberFormat: '@' });
      }
    }
    // The fake does what Excel does with such text in a cell that is not Text formatted.
    const check = installFakeOffice({ sheets: [{ name: 'a', values: [] }] });
    await check.run(async (context) => {
      context.workbook.worksheets.getItem('a').getRange('A1:B1').values = [[FORMULA_LOOKING[0], '001']];
      await context.sync();
    });
    expect(check.cell('a', 'A1').formula).toBe(FORMULA_LOOKING[0]);
    expect(check.cell('a', 'B1').value).toBe(1);
  });

  test('a ledger with an 错误 gives its problems and writes nothing', async () => {
    const broken = { sheets: example.sheets.map((s) => (s.name === '台账' ? { ...s, values: [s.values[0], [...s.values[1].slice(0, 5), 'not a date', ...s.values[1].slice(6)]] } : s)) };
    const fake = installFakeOffice(broken);
    const result = await createExcelActions().generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.validation.problems).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'F2', severity: '错误' }));
    expect(fake.sheetNames()).toEqual(SOURCES);
    expect(fake.syncCount).toBe(2);
  });
});

describe('sheet-name collisions', () => {
  /** A note staff typed beside the generated ranking: it shows which sheet survived. */
  async function markEdited(fake: FakeExcel, sheet: string): Promise<void> {
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('Z1').values = [['已核对']];
      await context.sync();
    });
  }

  async function twice(choice: ConflictChoice): Promise<{ fake: FakeExcel; onConflict: jest.Mock; second: GenerateResult }> {
    const fake = installFakeOffice(example);
    const actions = createExcelActions();
    await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    await markEdited(fake, RANKING);
    const onConflict = answer(choice);
    const second = await actions.generateBulletin(MONTH, 'sanmenxia-2019', onConflict, noProgress);
    return { fake, onConflict, second };
  }

  test('newName: both sheets get (2), the table a name of its own', async () => {
    const { fake, onConflict, second } = await twice('newName');
    expect(onConflict.mock.calls).toEqual([
      [RANKING, `${RANKING} (2)`],
      [BULLETIN, `${BULLETIN} (2)`],
    ]);
    expect(second).toMatchObject({ kind: 'done', sheets: [`${RANKING} (2)`, `${BULLETIN} (2)`] });
    expect(fake.tables().map((t) => t.name)).toEqual(['排名_2026_10', '排名_2026_10_2']);
    // The first ranking is untouched, the new one a copy without the note.
    expect(fake.cell(RANKING, 'Z1').value).toBe('已核对');
    expect(fake.values(`${RANKING} (2)`)).toEqual(fake.values(RANKING).map((row) => row.slice(0, 16)));
  });

  test('replace: the old sheets are deleted only after the user chose it', async () => {
    const { fake, second } = await twice('replace');
    expect(second).toMatchObject({ kind: 'done', sheets: [RANKING, BULLETIN] });
    expect(fake.sheetNames()).toEqual([...SOURCES, RANKING, BULLETIN]);
    expect(fake.cell(RANKING, 'Z1').value).toBeNull();
    expect(fake.tables().map((t) => t.name)).toEqual(['排名_2026_10_2']);
  });

  test('cancel: nothing is written', async () => {
    const fake = installFakeOffice(example);
    const actions = createExcelActions();
    await actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
    const before = fake.snapshot();
    const result = await actions.generateRanking(MONTH, 'sanmenxia-2019', answer('cancel'), noProgress);
    expect(result).toEqual({ kind: 'cancelled' });
    expect({ ...fake.snapshot(), syncCount: 0 }).toEqual({ ...before, syncCount: 0 });
  });
});

describe('template', () => {
  test('a new template validates with no problem at all', async () => {
    const fake = installFakeOffice({ sheets: [{ name: 'Sheet1', values: [] }] });
    const result = await createExcelActions({ today: () => new Date(2026, 4, 1) }).createTemplate(noProgress);
    expect(result.sheets).toEqual(SOURCES);
    expect(fake.activeSheet()).toBe('台账');
    const book: WorkbookInput = { sheets: fake.sheetNames().map((name) => ({ name, values: fake.values(name) })) };
    expect(readLedger(book, { reportYear: 2026 }).problems).toEqual([]);

    const ledger = fake.sheet('台账');
    expect(fake.cell('台账', 'A1').value).toBe('编号');
    expect(fake.cell('台账', 'G2').numberFormat).toBe('yyyy-mm-dd');
    expect(fake.cell('台账', 'G2000').numberFormat).toBe('yyyy-mm-dd');
    expect(ledger.frozenRows).toBe(1);
    expect(ledger.formatAt('E2', 'dataValidation.rule')).toEqual({ list: { inCellDropDown: true, source: '一般重要,比较重要,特别重要' } });
    expect(ledger.formatAt('C5', 'dataValidation.rule')).toEqual({ list: { inCellDropDown: true, source: "='单位'!$A$2:$A$2000" } });
    expect(ledger.formatAt('C5', 'dataValidation.errorAlert')).toMatchObject({ style: 'Warning', showAlert: true });
    const lights = ledger.formats.filter((f) => f.path === 'conditionalFormat').map((f) => f.value);
    expect(lights).toEqual([
      expect.objectContaining({ type: 'Custom', 'rule.formula': expect.stringContaining('<TODAY()'), 'fill.color': '#FFC7CE', priority: 0 }),
      expect.objectContaining({ type: 'Custom', 'rule.formula': expect.stringContaining('WORKDAY(TODAY(),3)'), 'fill.color': '#FFEB9C', priority: 1 }),
    ]);
  });

  test('never replaces a sheet: taken names get (2), and the unit list follows the new 单位', async () => {
    const fake = installFakeOffice(example);
    const result = await createExcelActions().createTemplate(noProgress);
    expect(result.sheets).toEqual(SOURCES.map((name) => `${name} (2)`));
    expect(SOURCES.map((name) => fake.values(name))).toEqual(SOURCES.map((name) => example.sheets.find((s) => s.name === name)!.values));
    expect(fake.sheet('台账 (2)').formatAt('C2', 'dataValidation.rule')).toEqual({ list: { inCellDropDown: true, source: "='单位 (2)'!$A$2:$A$2000" } });
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

describe('presets and goTo', () => {
  test('the preset the 规则 sheet names', async () => {
    installFakeOffice(example);
    expect(await createExcelActions().presets()).toEqual({ available: ['sanmenxia-2019', 'district-dynamic'], fromRules: 'sanmenxia-2019' });
    installFakeOffice({ sheets: example.sheets.filter((s) => s.name !== '规则') });
    expect((await createExcelActions().presets()).fromRules).toBeNull();
  });

  test('goTo activates the sheet and selects the cell; a missing sheet is a Chinese message', async () => {
    const fake = installFakeOffice(example);
    const actions = createExcelActions();
    await actions.goTo('加减分', 'F3');
    expect(fake.activeSheet()).toBe('加减分');
    expect(fake.sheet('加减分').selection).toBe('F3');
    await actions.goTo('单位', '');
    expect(fake.sheet('单位').selection).toBe('A1');
    await expect(actions.goTo('没有的表', 'A1')).rejects.toThrow('找不到工作表「没有的表」');
  });
});
