// The DUBAN.* custom functions called as Excel calls them — rows of numbers, text, booleans, ''
// for a blank cell, null for an omitted argument — with whatever a hand-kept workbook holds in
// the cells: they answer with a number or text (RANKING: a table of them), or with the
// documented CustomFunctions.Error (#VALUE! and a Chinese message, via src/functions/hostError.ts);
// never with another exception, never with NaN or Infinity, never with a defect message, and
// RANKING never puts an error value inside its spill.
import fc from 'fast-check';
import { dayOf } from '../../src/engine/calendar/dates';
import type { CellValue, WorkbookInput } from '../../src/engine/model';
import {
  ADDWORKDAYS,
  COEFF,
  ITEMSCORE,
  LIGHT,
  POINTS,
  RANKING,
  SCORE,
  STAGE,
  STATUS,
  WORKDAYS,
} from '../../src/functions/functions';
import { anyCell, hostileBook, ledgerModel, PRESET_NAMES, writeBook } from './arbitraries';
import { runs } from './scoring';

/** Excel's CustomFunctions.Error, as the runtime provides it (hostError.ts uses it when present). */
class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const globals = globalThis as { CustomFunctions?: unknown };
beforeAll(() => {
  globals.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: '#VALUE!' } };
});
afterAll(() => {
  delete globals.CustomFunctions;
});

// ---------------------------------------------------------------------------------------------
// What Excel passes

/** A cell value as Excel hands it over: a date is its serial, a blank is ''. Excel has no NaN. */
type ExcelScalar = string | number | boolean;

function excelCell(value: CellValue | undefined): ExcelScalar {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? '#VALUE!' : time / 86_400_000 + 25_569;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return '#NUM!';
  return value;
}

/** A rectangular range, blank cells ''. */
function excelRange(values: readonly (readonly CellValue[])[]): ExcelScalar[][] {
  const width = Math.max(1, ...values.map((r) => r.length));
  const rows = values.length ? values : [[]];
  return rows.map((row) => Array.from({ length: width }, (_, c) => excelCell(row[c])));
}

const scalarCell: fc.Arbitrary<ExcelScalar> = anyCell.map(excelCell);

/** Serials around the years the rules cover, and far outside them. */
const serial = fc.oneof(
  fc.integer({ min: dayOf(2025, 1, 1), max: dayOf(2027, 12, 31) }),
  fc.integer({ min: -10, max: 2_958_500 }),
  fc.double({ min: -1e6, max: 3e6, noNaN: true }),
);

/** An omitted argument: null or undefined (by build and platform), or a blank cell ''. */
const omitted = fc.constantFrom<null | undefined | ''>(null, undefined, '');

/** What a scalar parameter may receive. */
const scalarArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalarCell, weight: 4 },
  { arbitrary: serial, weight: 4 },
  { arbitrary: omitted, weight: 2 },
  { arbitrary: fc.array(fc.array(scalarCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), weight: 1 },
);

/** A count-like scalar: mostly small numbers, sometimes anything. */
const countArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 40 }), weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: scalarArg, weight: 2 },
);

/** A matrix parameter: a range, a single cell (Excel gives [[v]]), or omitted. */
function tableArg(range: fc.Arbitrary<ExcelScalar[][]>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: range, weight: 6 },
    { arbitrary: scalarCell.map((v) => [[v]]), weight: 1 },
    { arbitrary: omitted, weight: 2 },
  );
}

const anyRange: fc.Arbitrary<ExcelScalar[][]> = fc.array(fc.array(anyCell, { maxLength: 6 }), { minLength: 1, maxLength: 8 }).map(excelRange);

const rulesArg: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...PRESET_NAMES).map((p) => [[p]]),
  fc.constantFrom<unknown>([['参数', '值'], ['临期工作日', 5]], [['参数', '值'], ['规则集', 'district-dynamic'], ['每项分值', '-3']], [['参数', '值'], ['临期工作日', '很多']]),
  tableArg(anyRange),
);

const holidaysArg: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant<unknown>([['日期', '类型'], [dayOf(2026, 5, 18), '休'], ['2026-05-23', '班']]),
  fc.array(fc.tuple(fc.oneof(serial, scalarCell), fc.oneof(fc.constantFrom('休', '班'), scalarCell)), { maxLength: 4 }).map((rows) => [['日期', '类型'], ...rows]),
  tableArg(anyRange),
);

const periodArg: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2026-05', '2026-10', '2025-12', '2026-13', '2026年5月', '5月'),
  serial,
  scalarArg,
);

/** The sheets a workbook generator gave, as the table arguments of SCORE and RANKING. */
interface LedgerArgs {
  ledger: unknown;
  roster: unknown;
  adjustments: unknown;
  rules: unknown;
}

function ledgerArgsOf(book: WorkbookInput): fc.Arbitrary<LedgerArgs> {
  const sheet = (i: number) => (book.sheets[i] ? excelRange(book.sheets[i].values) : null);
  return fc.record({
    ledger: fc.oneof({ arbitrary: fc.constant<unknown>(sheet(0)), weight: 8 }, tableArg(anyRange)),
    roster: fc.oneof({ arbitrary: fc.constant<unknown>(sheet(1)), weight: 6 }, tableArg(anyRange)),
    adjustments: fc.oneof({ arbitrary: fc.constant<unknown>(sheet(2)), weight: 6 }, tableArg(anyRange)),
    rules: fc.oneof({ arbitrary: fc.constant<unknown>(sheet(3)), weight: 2 }, rulesArg),
  });
}

/** Hostile workbooks, and valid ledgers (which reach the scoring code), as table arguments. */
const ledgerArgs: fc.Arbitrary<LedgerArgs> = fc
  .oneof(hostileBook, ledgerModel().map((model) => writeBook(model)))
  .chain(ledgerArgsOf);

// Arguments a function accepts: most runs of the scalar properties take these, so that the
// computation itself runs and its answer is checked; the rest take anything, for the input checks.

/** Four runs in five a usable argument, one in five anything. */
const mostly = <T>(usable: fc.Arbitrary<T>, anything: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: usable, weight: 4 }, { arbitrary: anything, weight: 1 });

const dateSerial = fc.integer({ min: dayOf(2025, 1, 1), max: dayOf(2027, 12, 31) });

/** A preset by name, or 规则 left out. */
const presetArg: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...PRESET_NAMES).map((p) => [[p]]), omitted);

type Four = [unknown, unknown, unknown, unknown];

/** STATUS and LIGHT's 办理时限, 办结日期 (or blank), 延期至 (after 办理时限, or blank), report date. */
const itemDates: fc.Arbitrary<Four> = fc
  .tuple(dateSerial, fc.oneof(dateSerial, fc.constant('')), fc.option(fc.integer({ min: 1, max: 120 })), dateSerial)
  .map(([deadline, completed, extension, asOf]): Four => [deadline, completed, extension === null ? '' : deadline + extension, asOf]);

/** 类别, 级别 and the preset whose table has the pair. */
const tablePair: fc.Arbitrary<[unknown, unknown, unknown]> = fc.constantFrom<[unknown, unknown, unknown]>(
  ['通报表扬', '国家', [['sanmenxia-2019']]],
  ['通报批评', '市督查室', null],
  ['逾期报送', '', [['sanmenxia-2019']]],
  ['信息采用', '省直', undefined],
  ['催办', '红', [['district-dynamic']]],
  ['表彰', '部委', [['district-dynamic']]],
  ['超期', '特别重要', [['district-dynamic']]],
);

/** 完成分值 ≤ 总分值 (20 a due item), 事项数 ≤ 最高事项数. */
const itemScoreArgs: fc.Arbitrary<Four> = fc
  .tuple(fc.nat(30), fc.nat(30), fc.nat(40), fc.nat(40))
  .map(([a, b, c, d]): Four => [20 * Math.min(a, b), 20 * Math.max(a, b), Math.min(c, d), Math.max(c, d)]);

/** A unit name: a real one from the generated ledgers, or anything. */
const unitArg: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('市交通运输局', '交通局', '青川区', '临江', '市财政局', '不存在的单位'),
  scalarArg,
);

// ---------------------------------------------------------------------------------------------
// What may come back

const DEFECT = '计算出错（程序缺陷';

/** Runs one call; a throw must be the documented #VALUE! error with a usable Chinese message. */
function call(run: () => unknown): { ok: true; value: unknown } | { ok: false } {
  let value: unknown;
  try {
    value = run();
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    const error = e as RuntimeError;
    expect(error.code).toBe('#VALUE!');
    expect(typeof error.message).toBe('string');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message).not.toContain(DEFECT);
    expect(error.message).not.toMatch(/undefined|NaN|\[object /);
    return { ok: false };
  }
  return { ok: true, value };
}

/** Whether the call answered; if it did, with a finite number. */
function expectNumber(run: () => number): boolean {
  const result = call(run);
  if (result.ok) {
    expect(typeof result.value).toBe('number');
    expect(Number.isFinite(result.value)).toBe(true);
  }
  return result.ok;
}

/** Whether the call answered; if it did, with text (one of `allowed`). */
function expectText(run: () => string, allowed?: readonly string[]): boolean {
  const result = call(run);
  if (!result.ok) return false;
  expect(typeof result.value).toBe('string');
  if (allowed) expect(allowed).toContain(result.value);
  return true;
}

const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!)/;

/** A spill Excel can show: a rectangle of text and finite numbers, no error value anywhere. */
function expectSpill(value: unknown): void {
  expect(Array.isArray(value)).toBe(true);
  const rows = value as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  const width = rows[0].length;
  for (const row of rows) {
    expect(Array.isArray(row)).toBe(true);
    expect(row).toHaveLength(width);
    for (const cell of row) {
      if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
      else {
        expect(typeof cell).toBe('string');
        // Text the spill shows is never an Excel error value on its own, whatever the cells held:
        // a problem row names the value inside a sentence.
        expect(cell).not.toMatch(EXCEL_ERROR);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------

describe('DUBAN.* on whatever the cells hold', () => {
  it('SCORE and RANKING: a finite score or #VALUE!; RANKING always spills a clean table', () => {
    fc.assert(
      fc.property(ledgerArgs, unitArg, periodArg, (args, unit, period) => {
        const { ledger, roster, adjustments, rules } = args;
        const before = JSON.stringify(args);
        const spill = call(() => RANKING(ledger as never, roster as never, adjustments as never, period, rules as never));
        if (spill.ok) expectSpill(spill.value);
        expectNumber(() => SCORE(unit, ledger as never, roster as never, adjustments as never, period, rules as never));
        // The parse cache keeps Excel's arrays; neither it nor the engine writes to them.
        expect(JSON.stringify(args)).toBe(before);
      }),
      runs(150),
    );
  });

  it('RANKING of a readable ledger spills its units, never an error value', () => {
    fc.assert(
      fc.property(ledgerModel(), fc.integer({ min: 1, max: 12 }), (model, month) => {
        const book = writeBook(model);
        const [ledger, roster, adjustments, rules] = book.sheets.map((s) => excelRange(s.values));
        const period = `2026-${String(month).padStart(2, '0')}`;
        const result = call(() => RANKING(ledger, roster, adjustments, period, rules));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expectSpill(result.value);
        for (const unit of model.units) expectNumber(() => SCORE(unit.name, ledger, roster, adjustments, period, rules));
      }),
      runs(60),
    );
  });

  it('STATUS, LIGHT, STAGE: one of their documented answers or #VALUE!', () => {
    const settings = runs(300);
    let answered = 0; // calls that got an answer rather than #VALUE!
    fc.assert(
      fc.property(
        mostly(itemDates, fc.tuple(fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg))),
        mostly(presetArg, rulesArg),
        ([deadline, completed, extended, asOf], rules) => {
          if (expectText(() => STATUS(deadline, completed, extended, asOf), ['按期办结', '逾期办结', '逾期未办结', '在办'])) answered++;
          if (expectText(() => LIGHT(deadline, completed, extended, asOf, rules as never), ['红', '黄', '绿'])) answered++;
          if (expectText(() => STAGE(deadline, extended, asOf, rules as never))) answered++;
        },
      ),
      settings,
    );
    expect(answered).toBeGreaterThan(3 * settings.numRuns * 0.5);
  });

  it('WORKDAYS and ADDWORKDAYS: a finite number (ADDWORKDAYS: an Excel date) or #VALUE!', () => {
    const settings = runs(200);
    let answered = 0; // calls that got an answer rather than #VALUE!
    const usableHolidays = fc.oneof(fc.constant<unknown>([['日期', '类型'], [dayOf(2026, 5, 18), '休'], ['2026-05-23', '班']]), omitted);
    fc.assert(
      fc.property(
        mostly<unknown>(dateSerial, fc.oneof(serial, scalarArg)),
        mostly<unknown>(dateSerial, fc.oneof(serial, scalarArg)),
        mostly<unknown>(fc.integer({ min: -400, max: 400 }), countArg),
        mostly(usableHolidays, holidaysArg),
        (a, b, days, holidays) => {
          if (expectNumber(() => WORKDAYS(a, b, holidays as never))) answered++;
          const added = call(() => ADDWORKDAYS(a, days, holidays as never));
          if (!added.ok) return;
          answered++;
          expect(Number.isInteger(added.value)).toBe(true);
          // 1900-03-01 … 9999-12-31 as serials.
          expect(added.value).toBeGreaterThanOrEqual(61);
          expect(added.value).toBeLessThanOrEqual(2_958_465);
        },
      ),
      settings,
    );
    expect(answered).toBeGreaterThan(2 * settings.numRuns * 0.5);
  });

  it('POINTS, COEFF, ITEMSCORE: a finite number or #VALUE!', () => {
    const settings = runs(300);
    let answered = 0; // calls that got an answer rather than #VALUE!
    fc.assert(
      fc.property(
        mostly(
          tablePair,
          fc.tuple(
            fc.oneof(fc.constantFrom('通报表扬', '通报批评', '信息采用', '逾期报送', '催办', '表彰', '超期'), scalarArg),
            fc.oneof(fc.constantFrom('国家', '省', '市', '市督查室', '红', '黄', '蓝', '特别重要'), scalarArg),
            rulesArg,
          ),
        ),
        mostly(itemScoreArgs, fc.tuple(countArg, countArg, countArg, countArg)),
        ([category, level, rules], [earned, total, items, maxItems]) => {
          if (expectNumber(() => POINTS(category, level, rules as never))) answered++;
          if (expectNumber(() => COEFF(items, maxItems))) answered++;
          if (expectNumber(() => ITEMSCORE(earned, total, items, maxItems))) answered++;
        },
      ),
      settings,
    );
    expect(answered).toBeGreaterThan(3 * settings.numRuns * 0.5);
  });

  it('COEFF stays within 0.5 … 1 and ITEMSCORE within 0 … 100 whenever they answer', () => {
    const settings = runs(300);
    let answered = 0; // calls that got an answer rather than #VALUE!
    fc.assert(
      fc.property(mostly(itemScoreArgs, fc.tuple(countArg, countArg, countArg, countArg)), ([earned, total, items, maxItems]) => {
        const coefficient = call(() => COEFF(items, maxItems));
        if (coefficient.ok) answered++;
        if (coefficient.ok) {
          expect(coefficient.value).toBeGreaterThanOrEqual(0.5);
          expect(coefficient.value).toBeLessThanOrEqual(1);
        }
        const score = call(() => ITEMSCORE(earned, total, items, maxItems));
        if (score.ok) answered++;
        if (score.ok) {
          expect(score.value).toBeGreaterThanOrEqual(0);
          expect(score.value).toBeLessThanOrEqual(100);
        }
      }),
      settings,
    );
    expect(answered).toBeGreaterThan(2 * settings.numRuns * 0.5);
  });
});

describe('what the properties found', () => {
  // A range given where one value belongs reached the engine's text code and came back as
  // 「计算出错（程序缺陷…）：value.normalize is not a function」. Now a 1×1 range is its value, and
  // a larger one is refused in Chinese, naming the parameter.
  it.each([
    ['STATUS 办理时限', () => STATUS([[46000, 46001]], '', '', 46010), '「办理时限」'],
    ['SCORE 月份或截止日期', () => SCORE('甲县', [['编号']], null as never, null as never, [['2026-05', '2026-06']]), '「月份或截止日期」'],
    ['POINTS 类别', () => POINTS([['通报表扬'], ['通报批评']], '省'), '「类别」'],
    ['ADDWORKDAYS 天数', () => ADDWORKDAYS(46000, [[1, 2]]), '「天数」'],
  ])('%s: a range of several cells is #VALUE! with a Chinese message', (_, run, param) => {
    let thrown: unknown;
    try {
      run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect((thrown as RuntimeError).message).toContain(`${param}应为一个值或一个单元格`);
  });

  it('a 1×1 range is its one value', () => {
    expect(STATUS([[46000]], [['']], [[null]], [[46010]])).toBe(STATUS(46000, '', null, 46010));
    expect(POINTS([['通报表扬']], [['省']])).toBe(POINTS('通报表扬', '省'));
    expect(COEFF([[3]], [[6]])).toBe(0.75);
  });
});
