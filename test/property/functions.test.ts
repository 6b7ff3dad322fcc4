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

function expectNumber(run: () => number): void {
  const result = call(run);
  if (result.ok) {
    expect(typeof result.value).toBe('number');
    expect(Number.isFinite(result.value)).toBe(true);
  }
}

function expectText(run: () => string, allowed?: readonly string[]): void {
  const result = call(run);
  if (!result.ok) return;
  expect(typeof result.value).toBe('string');
  if (allowed) expect(allowed).toContain(result.value);
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
    fc.assert(
      fc.property(
        fc.tuple(fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg)),
        rulesArg,
        ([deadline, completed, extended, asOf], rules) => {
          expectText(() => STATUS(deadline, completed, extended, asOf), ['按期办结', '逾期办结', '逾期未办结', '在办']);
          expectText(() => LIGHT(deadline, completed, extended, asOf, rules as never), ['红', '黄', '绿']);
          expectText(() => STAGE(deadline, extended, asOf, rules as never));
        },
      ),
      runs(300),
    );
  });

  it('WORKDAYS and ADDWORKDAYS: a finite number (ADDWORKDAYS: an Excel date) or #VALUE!', () => {
    fc.assert(
      fc.property(fc.oneof(serial, scalarArg), fc.oneof(serial, scalarArg), fc.oneof(countArg, fc.integer({ min: -400, max: 400 })), holidaysArg, (a, b, days, holidays) => {
        expectNumber(() => WORKDAYS(a, b, holidays as never));
        const added = call(() => ADDWORKDAYS(a, days, holidays as never));
        if (added.ok) {
          expect(Number.isInteger(added.value)).toBe(true);
          // 1900-03-01 … 9999-12-31 as serials.
          expect(added.value).toBeGreaterThanOrEqual(61);
          expect(added.value).toBeLessThanOrEqual(2_958_465);
        }
      }),
      runs(200),
    );
  });

  it('POINTS, COEFF, ITEMSCORE: a finite number or #VALUE!', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('通报表扬', '通报批评', '信息采用', '逾期报送', '催办', '表彰', '超期'), scalarArg),
        fc.oneof(fc.constantFrom('国家', '省', '市', '市督查室', '红', '黄', '蓝', '特别重要'), scalarArg),
        rulesArg,
        fc.tuple(countArg, countArg, countArg, countArg),
        (category, level, rules, [earned, total, items, maxItems]) => {
          expectNumber(() => POINTS(category, level, rules as never));
          expectNumber(() => COEFF(items, maxItems));
          expectNumber(() => ITEMSCORE(earned, total, items, maxItems));
        },
      ),
      runs(300),
    );
  });

  it('COEFF stays within 0.5 … 1 and ITEMSCORE within 0 … 100 whenever they answer', () => {
    fc.assert(
      fc.property(fc.tuple(countArg, countArg, countArg, countArg), ([earned, total, items, maxItems]) => {
        const coefficient = call(() => COEFF(items, maxItems));
        if (coefficient.ok) {
          expect(coefficient.value).toBeGreaterThanOrEqual(0.5);
          expect(coefficient.value).toBeLessThanOrEqual(1);
        }
        const score = call(() => ITEMSCORE(earned, total, items, maxItems));
        if (score.ok) {
          expect(score.value).toBeGreaterThanOrEqual(0);
          expect(score.value).toBeLessThanOrEqual(100);
        }
      }),
      runs(300),
    );
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
