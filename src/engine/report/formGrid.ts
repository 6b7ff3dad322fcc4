// Printed forms on the grid of printGrid.ts: rows of merged cells with their own fonts, fills and
// borders, as a 通知单, a 催办单 or the 通报's masthead needs. The CLI (ExcelJS) and the task pane
// (Office.js) both render these rows, so their forms print alike.
import { columnPixels, rowPoints, wrappedLines } from './printMetrics';
import { GRID_COLUMNS, GRID_WIDTH, type FontSpec } from './printGrid';

export type FormStyle = 'masthead' | 'issuer' | 'title' | 'band' | 'number' | 'body' | 'label' | 'value' | 'sign' | 'cut';

/** A font with its colour (RGB hex); black unless given. */
export interface FormFont extends FontSpec {
  color: string;
}

const BLACK = '000000';
/** The red of a 公文's 发文机关标志 and 版头 rule (GB/T 9704 7.2.1, 7.2.6). */
export const OFFICIAL_RED = 'C00000';

// 公文 habits as in BULLETIN_FONTS: 宋体 titles, 黑体 labels, 仿宋 text.
export const FORM_FONTS: Readonly<Record<FormStyle, FormFont>> = {
  masthead: { name: '宋体', size: 26, bold: true, color: OFFICIAL_RED },
  issuer: { name: '宋体', size: 18, bold: true, color: OFFICIAL_RED },
  title: { name: '宋体', size: 18, bold: true, color: BLACK },
  band: { name: '黑体', size: 20, bold: true, color: BLACK },
  number: { name: '仿宋', size: 12, bold: false, color: BLACK },
  body: { name: '仿宋', size: 12, bold: false, color: BLACK },
  label: { name: '黑体', size: 11, bold: false, color: BLACK },
  value: { name: '宋体', size: 11, bold: false, color: BLACK },
  sign: { name: '仿宋', size: 12, bold: false, color: BLACK },
  cut: { name: '宋体', size: 9, bold: false, color: '595959' },
};

export interface FormBorder {
  /** 'box': all four edges; 'bottom': a rule under the cell; 'top': a rule above it. */
  edges: 'box' | 'bottom' | 'top';
  weight: 'thin' | 'medium' | 'thick';
  color: string;
}

export const THIN_BOX: FormBorder = { edges: 'box', weight: 'thin', color: BLACK };

export interface FormCell {
  /** 0-based first grid column and the number of grid columns merged into the cell. */
  column: number;
  span: number;
  text: string;
  style: FormStyle;
  horizontal: 'left' | 'center' | 'right';
  wrap: boolean;
  /** Fill, RGB hex; null for none. */
  fill: string | null;
  border: FormBorder | null;
}

export interface FormRow {
  /** 0-based sheet row. */
  row: number;
  /** Points. */
  height: number;
  cells: readonly FormCell[];
}

/** A span's width in pixels. */
const spanPixels = (span: number): number => span * columnPixels(GRID_WIDTH);

type CellSpec = Partial<Omit<FormCell, 'text' | 'style'>> & Pick<FormCell, 'text' | 'style'>;

/** A cell with the defaults of a form: the whole width, left aligned, wrapping, no fill or border. */
export function formCell(spec: CellSpec): FormCell {
  return { column: 0, span: GRID_COLUMNS, horizontal: 'left', wrap: true, fill: null, border: null, ...spec };
}

/** A row as tall as its tallest cell's wrapped text, and at least `minPoints`. */
export function formRow(row: number, cells: readonly FormCell[], minPoints = rowPoints(1, FORM_FONTS.body.size)): FormRow {
  let height = minPoints;
  for (const cell of cells) {
    const size = FORM_FONTS[cell.style].size;
    const lines = cell.wrap ? wrappedLines(cell.text, size, spanPixels(cell.span)) : 1;
    height = Math.max(height, rowPoints(lines, size));
  }
  return { row, height, cells };
}
