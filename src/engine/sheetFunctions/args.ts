// Turning what a spreadsheet passes a function into engine values. Excel (and WPS, as far as is
// known) gives numbers for dates (serials), text as typed, and null, undefined or '' for an
// omitted argument or a blank cell, depending on build and platform; every reader here treats all
// three as blank.
import { dayOf, parseMonth, ymdOf } from '../calendar/dates';
import { parseDate } from '../read/dateText';
import { MSG } from '../read/messages';
import type { CellValue, Day, Grid, Period } from '../model';
import { periodOf } from '../calendar/period';
import { cellText, isBlank, normalizeText } from '../text';
import { InputError } from './inputError';
import { FN_MSG } from './messages';

/** What a host passes for a scalar parameter of type any: text, a number, a boolean or a blank. */
export type ScalarArg = unknown;
/** What a host passes for a range parameter: rows of scalars, or null when omitted. */
export type TableArg = unknown;

export function isBlankArg(value: unknown): value is null | undefined | '' {
  return value === undefined || isBlank(value as CellValue);
}

const shown = (value: unknown) => cellText(value as CellValue);

/**
 * The one value of a scalar parameter. Excel gives these parameters a single value (a range there
 * is intersected, or the call is repeated per cell), but should an array arrive anyway, a 1×1
 * array is its value and a larger one is refused in Chinese, not failed on inside the engine.
 */
function single(value: ScalarArg, param: string): ScalarArg {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw new InputError(FN_MSG.notSingleValue(param));
}

/** A text argument (单位, 类别, 级别) as the engine compares it later: invisible characters gone, trimmed. */
export function textArg(value: ScalarArg, param: string): string {
  const one = single(value, param);
  return isBlankArg(one) ? '' : shown(one);
}

/** The local calendar day, as Excel's TODAY() gives it. */
export function today(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function readDate(value: ScalarArg, param: string): Day {
  const parsed = parseDate(value as CellValue, new Date().getFullYear());
  if (parsed === null) throw new InputError(FN_MSG.required(param));
  if (!parsed.ok) throw new InputError(MSG.badDate(param, shown(value), parsed.reason));
  if (parsed.yearAssumed) throw new InputError(FN_MSG.dateWithoutYear(param, shown(value)));
  return parsed.day;
}

export function requiredDate(value: ScalarArg, param: string): Day {
  const one = single(value, param);
  if (isBlankArg(one)) throw new InputError(FN_MSG.required(param));
  return readDate(one, param);
}

/**
 * null when blank. 0 counts as blank too: no date is serial 0, and a formula that passes on an
 * empty cell (=IF(…, 办结日期!C2)) turns it into 0.
 */
export function optionalDate(value: ScalarArg, param: string): Day | null {
  const one = single(value, param);
  return isBlankArg(one) || one === 0 ? null : readDate(one, param);
}

function readNumber(arg: ScalarArg, param: string, message: (param: string, text: string) => string): number {
  const value = single(arg, param);
  if (isBlankArg(value)) throw new InputError(FN_MSG.required(param));
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(normalizeText(value)) : NaN;
  if (!Number.isFinite(n)) throw new InputError(message(param, shown(value)));
  return n;
}

/** A count of items: an integer ≥ 0; numeric text is accepted, as Excel's own functions do. */
export function count(value: ScalarArg, param: string): number {
  const n = readNumber(value, param, FN_MSG.notCount);
  if (n < 0 || !Number.isInteger(n)) throw new InputError(FN_MSG.notCount(param, shown(value)));
  return n;
}

export function nonNegative(value: ScalarArg, param: string): number {
  const n = readNumber(value, param, FN_MSG.notNumber);
  if (n < 0) throw new InputError(FN_MSG.notNumber(param, shown(value)));
  return n;
}

/** Any finite number; a fraction is truncated later, as Excel's WORKDAY does. */
export function finiteNumber(value: ScalarArg, param: string): number {
  return readNumber(value, param, FN_MSG.notInteger);
}

const PERIOD_PARAM = '月份或截止日期';

/**
 * The report period: blank is today (the month so far), `2026-05` the whole month (as of its last
 * day), a date the month of that date as of that date.
 */
export function periodArg(arg: ScalarArg): Period {
  const value = single(arg, PERIOD_PARAM);
  if (isBlankArg(value)) return periodAt(today());
  if (typeof value === 'string' && parseMonth(value)) return periodOf(value) as Period;
  const parsed = parseDate(value as CellValue, new Date().getFullYear());
  if (!parsed || !parsed.ok || parsed.yearAssumed) throw new InputError(FN_MSG.badMonth(shown(value)));
  return periodAt(parsed.day);
}

function periodAt(day: Day): Period {
  const { year, month } = ymdOf(day);
  return { year, month, asOf: day };
}

/**
 * A range argument as a grid, or null when omitted or entirely blank. Trailing blank rows are
 * dropped: a whole-column reference (台账!A:O) passes a million of them, and the engine ignores
 * them anyway, so dropping them only saves time.
 */
export function tableArg(value: TableArg, param: string): Grid | null {
  if (isBlankArg(value)) return null;
  if (!Array.isArray(value)) return [[value as CellValue]];
  if (!value.every((row): row is unknown[] => Array.isArray(row))) throw new InputError(FN_MSG.notTable(param));
  let end = value.length;
  while (end > 0 && value[end - 1].every((cell) => isBlankArg(cell))) end--;
  if (end === 0) return null;
  // The engine never writes to its input, so a table without trailing blank rows is used as given:
  // copying a 10,000-row argument on each of 100 SCORE calls was a tenth of their time.
  return (end === value.length ? value : value.slice(0, end)) as Grid;
}
