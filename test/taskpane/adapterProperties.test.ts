// The task pane's Excel adapter on arbitrary workbooks, over the fake Excel: whatever the cells
// and sheet names hold, validate and the generate actions answer (problems, a result, or
// cancelled) and never throw; no sheet the user had is changed, except an output sheet the user
// agreed to replace; and every string the adapter writes stays text, never a formula.
import fc from 'fast-check';
import type { CellValue, PresetName, Problem, WorkbookInput } from '../../src/engine/model';
import { SHEET_NAMES } from '../../src/engine/read/schema';
import type { ConflictChoice, GenerateResult, OnConflict, TaskpaneActions } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { sourceSheets } from '../../src/taskpane/sourceSheets';
import { anyCell, hostileBook, ledgerModel, PRESET_NAMES, writeBook } from '../property/arbitraries';
import { runs } from '../property/scoring';
import { installFakeOffice, type FakeExcel, type WorkbookData } from './fakeExcel';
import type { Scalar } from './fakeModel';

// ---------------------------------------------------------------------------------------------
// A generated workbook as Excel could hold it

/** A cell as Office.js reads it back: dates are serials, and Excel has no NaN or Infinity. */
function excelCell(value: CellValue): Scalar | null {
  if (value === null) return null;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? '#VALUE!' : time / 86_400_000 + 25_569;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return '#NUM!';
  return value;
}

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no ' at either end. */
const excelSheetName = (name: string) => name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);

/** The generated sheets Excel could hold: invalid names and case-insensitive repeats left out. */
function asExcelBook(book: WorkbookInput, extra: readonly { name: string; values: CellValue[][] }[]): WorkbookData {
  const seen = new Set<string>();
  const sheets: { name: string; values: (Scalar | null)[][] }[] = [];
  for (const sheet of [...book.sheets, ...extra]) {
    const key = sheet.name.toUpperCase();
    if (!excelSheetName(sheet.name) || seen.has(key)) continue;
    seen.add(key);
    sheets.push({ name: sheet.name, values: sheet.values.map((row) => row.map(excelCell)) });
  }
  // A workbook always has a sheet.
  if (sheets.length === 0) sheets.push({ name: 'Sheet1', values: [] });
  return { sheets };
}

/** Text Excel would take for a formula or a number if it were typed in. */
const FORMULA_LOOKING = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2', '@SUM(A1)', '=1/0', '001', '2026-10-12', '3.14'];

/** 台账 columns of free text (writeBook's order): 事项内容, 办理要求 … 督办人. */
const FREE_TEXT_COLUMNS = [1, 10, 11, 12, 13, 14];

/** Hostile text that still fills a required cell: visible, and not an Excel error value. */
const isPlainText = (v: CellValue): v is string => typeof v === 'string' && /[\p{L}\p{N}]/u.test(v) && !v.startsWith('#');

/**
 * A valid ledger, so the generate actions get as far as writing, with hostile text in its free
 * text and some units renamed (everywhere) to text that looks like a formula.
 */
const readableBook: fc.Arbitrary<{ book: WorkbookInput; preset: PresetName }> = fc
  .record({
    model: ledgerModel(),
    texts: fc.array(fc.oneof(fc.constantFrom(...FORMULA_LOOKING), anyCell.filter(isPlainText)), { minLength: 1, maxLength: 30 }),
    unitNames: fc.shuffledSubarray(FORMULA_LOOKING, { maxLength: 3 }),
  })
  .map(({ model, texts, unitNames }) => {
    const renames = new Map(model.units.slice(0, unitNames.length).map((u, i) => [u.name, unitNames[i]]));
    const book = writeBook({ ...model, units: model.units.map((u) => ({ ...u, name: renames.get(u.name) ?? u.name })) });
    let n = 0;
    const ledger = book.sheets[0];
    const values = ledger.values.map((row, r) => (r < 2 ? row : row.map((v, c) => (FREE_TEXT_COLUMNS.includes(c) ? texts[n++ % texts.length] : v))));
    // The pane offers the 规则 sheet's preset first.
    return { book: { sheets: [{ ...ledger, values }, ...book.sheets.slice(1)] }, preset: model.preset };
  });

const anyBook = fc.record({ book: hostileBook, preset: fc.constantFrom(...PRESET_NAMES) });

const month = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`);

interface Case {
  data: WorkbookData;
  month: string;
  preset: PresetName;
  answers: readonly ConflictChoice[];
  template: boolean;
}

/** Any workbook, sometimes with sheets named as the outputs for the month (a conflict to answer). */
const cases: fc.Arbitrary<Case> = fc
  .record({
    source: fc.oneof({ arbitrary: anyBook, weight: 1 }, { arbitrary: readableBook, weight: 2 }),
    month,
    taken: fc.subarray(['排名', '通报']),
    answers: fc.array(fc.constantFrom<ConflictChoice>('newName', 'replace', 'cancel'), { minLength: 6, maxLength: 6 }),
    template: fc.nat(9).map((n) => n === 0),
  })
  .map(({ source: { book, preset }, month: m, taken, answers, template }) => {
    const [year, mm] = m.split('-').map(Number);
    const outputs = taken.map((kind) => ({ name: `${year}年${mm}月${kind}`, values: [['上次生成的', kind], [1, 2]] as CellValue[][] }));
    return { data: asExcelBook(book, outputs), month: m, preset, answers, template };
  });

// ---------------------------------------------------------------------------------------------

const noProgress = () => undefined;

/** Answers conflicts in turn from the case, and remembers which existing sheets were given up. */
function conflictAnswers(answers: readonly ConflictChoice[]) {
  const consented = new Set<string>();
  let n = 0;
  const onConflict: OnConflict = (existing) => {
    const choice = answers[n++ % answers.length];
    if (choice === 'replace') consented.add(existing);
    return Promise.resolve(choice);
  };
  return { onConflict, consented };
}

type Values = ReturnType<FakeExcel['values']>;

/** Runs an action; it must resolve, whatever the workbook holds. */
async function settles<T>(action: () => Promise<T>): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await action() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  if (!outcome.ok) throw new Error(`the action threw: ${String((outcome.error as Error)?.stack ?? outcome.error)}`);
  return outcome.value;
}

function checkProblems(fake: FakeExcel, problems: readonly Problem[]): void {
  const names = fake.sheetNames();
  for (const p of problems) {
    expect(['错误', '警告']).toContain(p.severity);
    expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    // A real sheet (goTo can select it), or the missing 台账 / 单位 named for the whole sheet.
    if (!names.includes(p.sheet)) {
      expect([SHEET_NAMES.ledger[0], SHEET_NAMES.roster[0]]).toContain(p.sheet);
      expect(p.cell).toBe('');
    } else if (p.cell !== '') expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
  }
}

/** Sheets the adapter wrote hold values and text, never a formula; every string is in Text format. */
function checkWritten(fake: FakeExcel, sheets: readonly string[]): void {
  for (const name of sheets) {
    fake.sheet(name).rows.forEach((line) =>
      line?.forEach((cell) => {
        if (!cell) return;
        expect(cell.formula).toBeNull();
        if (typeof cell.value === 'string') expect(cell.numberFormat).toBe('@');
        if (typeof cell.value === 'number') expect(Number.isFinite(cell.value)).toBe(true);
      }),
    );
  }
}

function checkGenerated(fake: FakeExcel, result: GenerateResult): void {
  expect(['done', 'invalid', 'cancelled']).toContain(result.kind);
  if (result.kind === 'invalid') {
    expect(result.validation.errors).toBeGreaterThan(0);
    checkProblems(fake, result.validation.problems);
  }
  if (result.kind === 'done') {
    for (const sheet of result.sheets) expect(fake.sheetNames()).toContain(sheet);
    checkWritten(fake, result.sheets);
  }
}

async function runAll(actions: TaskpaneActions, fake: FakeExcel, c: Case, onConflict: OnConflict): Promise<void> {
  const presets = await settles(() => actions.presets());
  expect(presets.available).toEqual(expect.arrayContaining([...PRESET_NAMES]));

  const validation = await settles(() => actions.validate(c.month, noProgress));
  expect(validation.errors + validation.warnings).toBe(validation.problems.length);
  checkProblems(fake, validation.problems);

  checkGenerated(fake, await settles(() => actions.generateRanking(c.month, c.preset, onConflict, noProgress)));
  checkGenerated(fake, await settles(() => actions.generateBulletin(c.month, c.preset, onConflict, noProgress)));
  if (c.template) {
    const template = await settles(() => actions.createTemplate(noProgress));
    expect(template.sheets).toHaveLength(5);
  }
}

describe('the adapter on any workbook', () => {
  it('answers every action without throwing and changes no sheet it was not allowed to', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const fake = installFakeOffice(c.data);
        const before = new Map<string, Values>(fake.sheetNames().map((name) => [name, fake.values(name)]));
        const sources = sourceSheets(fake.sheetNames());
        const { onConflict, consented } = conflictAnswers(c.answers);

        await runAll(createExcelActions({ today: () => new Date(2026, 5, 1) }), fake, c, onConflict);

        // Source sheets are never offered for replacement, and keep every value.
        for (const name of sources) {
          expect(consented.has(name)).toBe(false);
          expect(fake.values(name)).toEqual(before.get(name));
        }
        // Every other sheet the user had is there unchanged, unless the user agreed to replace it.
        for (const [name, values] of before) {
          if (consented.has(name)) continue;
          expect(fake.sheetNames()).toContain(name);
          expect(fake.values(name)).toEqual(values);
        }
      }),
      runs(80),
    );
  }, 60_000);
});
