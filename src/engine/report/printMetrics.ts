// Estimates for laying text out on paper. Excel does not grow a merged cell's row to fit wrapped
// text, so the bulletin sets row heights itself from these.

/** Pixels of one character of default-width units: Excel draws width w as 7w + 5 pixels (Calibri 11). */
export const columnPixels = (width: number): number => Math.round(width * 7) + 5;

// CJK ideographs, kana, Hangul and full-width punctuation take a full em; Latin letters, digits
// and ASCII punctuation about half of one.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Rendered width of one line of text in pixels at a font size in points (96 dpi). */
export function textPixels(text: string, fontPoints: number): number {
  const em = (fontPoints * 96) / 72;
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? em : em * 0.55;
  return width;
}

/** Lines the text wraps to in a cell `pixels` wide (a few pixels go to the cell's padding). */
export function wrappedLines(text: string, fontPoints: number, pixels: number): number {
  // A tenth kept in reserve: fonts differ between Excel builds, WPS and LibreOffice, and a row
  // one line too tall prints better than one that cuts text off.
  const usable = Math.max((pixels - 8) * 0.9, 1);
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(textPixels(part, fontPoints) / usable)), 0);
}

/** Excel's largest row height in points: it has no taller row to give a long text. */
const MAX_ROW_POINTS = 409;

/** Row height in points for that many lines; a 30,000-character cell gets the tallest row Excel has. */
export const rowPoints = (lines: number, fontPoints: number): number => Math.min(MAX_ROW_POINTS, Math.ceil(lines * fontPoints * 1.4 + 4));

/**
 * Splits `total` grid columns among columns in proportion to their widths, each at least one,
 * by largest remainder so the spans always add up to `total`.
 */
export function allocateSpans(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const free = total - widths.length;
  const exact = widths.map((w) => (w / sum) * free);
  const spans = exact.map((x) => 1 + Math.floor(x));
  let left = total - spans.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    spans[i] += 1;
    left -= 1;
  }
  return spans;
}
