// Text as staff type it: full-width forms, stray spaces (U+3000 too) and invisible characters.
import type { CellValue } from './model';

// \s covers U+3000 and the other Unicode spaces; the rest are zero-width characters Word and
// web pages leave behind, which \s does not match.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
const LIST_SEPARATORS = /[、，,;；]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Printable ASCII without space, and the CJK Unified Ideographs block: NFKC-stable, no white space.
const STABLE = /^[\x21-\x7E\u4E00-\u9FFF]*$/;

/** The form names, headers, categories and levels are compared in (SPEC §1). */
export function normalizeText(text: string): string {
  // Most cells are printable ASCII or common CJK ideographs, which NFKC leaves as they are and
  // which hold no space: a regex test is far cheaper than normalising 100,000 rows of them.
  if (STABLE.test(text)) return text;
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

// Cells come as every kind of V8 string (flat, sliced, one- or two-byte, internalised), and
// `text.trim` looked up on so many kinds is a slow lookup on each of the ten cells of every row;
// the method taken once is a plain call.
// eslint-disable-next-line @typescript-eslint/unbound-method
const trim = String.prototype.trim;

/** A cell's text for display and free-text fields: invisible characters gone, ends trimmed. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // toISOString throws on an invalid Date; such a cell is shown, not blank.
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  }
  const text = String(value);
  return trim.call(ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '') : text);
}

/** A cell's value in comparison form. */
export function cellKey(value: CellValue): string {
  return normalizeText(cellText(value));
}

/**
 * Printable ASCII or a CJK Unified Ideograph: a character that is no white space nor invisible,
 * which settles most cells by their first character without a regex or a trim.
 */
export const isPrintable = (code: number): boolean => (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);

// Called on every cell of every row, so it avoids normalizeText: only spaces and invisible
// characters can normalise to nothing.
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF\u00AD]/;

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // A cell that starts with printable ASCII or a common CJK ideograph holds something: most
  // cells are settled by their first character, without the regex.
  if (isPrintable(value.charCodeAt(0))) return false;
  return !VISIBLE.test(value);
}

/** Splits a list of names written with any of 、，,;； and drops empty parts. */
export function splitList(text: string): string[] {
  // Most 配合单位 cells are empty: three throwaway arrays per row otherwise.
  if (text === '') return [];
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => normalizeText(part) !== '');
}

// What Excel shows, and Office.js and ExcelJS give, for a formula that failed.
const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

const HASH = 0x23;

/** An Excel error value: never data, whatever column it stands in. */
export function isExcelError(value: CellValue): value is string {
  if (typeof value !== 'string' || value.length > 20) return false;
  // Every error value starts with a '#' once trimmed: a cell whose first character is printable
  // and not '#' is settled without a scan, and the others are trimmed and upper-cased (two new
  // strings) only when they hold a '#'. Ten cells of each of 100,000 rows come here.
  const first = value.charCodeAt(0);
  if (first !== HASH && isPrintable(first)) return false;
  return value.includes('#') && EXCEL_ERRORS.has(value.trim().toUpperCase());
}
