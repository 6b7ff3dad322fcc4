// What a generated cell holds and how it is formatted, for every sheet DUBAN writes.
import { formatDay } from '../calendar/dates';
import { excelRound } from '../rounding';
import { percentText } from './layoutText';

/** What a generated cell holds; dates are Excel serials with a 'date' format. */
export type LayoutCell = string | number | null;

export type ColumnFormat = 'text' | 'integer' | 'change' | 'percent' | 'coefficient' | 'score' | 'date';

/** Excel number formats for the hints; Office.js `numberFormat` and ExcelJS `numFmt` take the same text. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: 'General',
  integer: '0',
  // 较上月: +2 is up two places, -1 down one.
  change: '+0;-0;0',
  percent: '0.0%',
  coefficient: '0.0000',
  score: '0.00',
  date: 'yyyy-mm-dd',
};

/** Excel's Text number format: what the cell holds is kept as text, also when a user edits it. */
export const TEXT_FORMAT = '@';

// Excel reads text typed from one of these on as a formula (full-width forms too, as a Chinese
// IME types them). A unit or item written so must stay the text it is.
const FORMULA_START = /^[=+\-@＝＋－＠]/;

export const looksLikeFormula = (value: LayoutCell): boolean => typeof value === 'string' && FORMULA_START.test(value);

/** A cell as its number format shows it, for documents that hold text only (the Word 通报). */
export function displayText(value: LayoutCell, format: ColumnFormat): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'percent':
      return percentText(value);
    case 'coefficient':
      return excelRound(value, 4).toFixed(4);
    case 'score':
      return excelRound(value, 2).toFixed(2);
    case 'change':
      return value > 0 ? `+${value}` : String(value);
    case 'date':
      return formatDay(value);
    default:
      return String(value);
  }
}
