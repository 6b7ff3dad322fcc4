// The grid every printed sheet of DUBAN shares (通报, 通知单, 催办单): 36 equal narrow columns across
// A4 portrait, each table or form cell merged across as many as its share of the width.
import { columnPixels } from './printMetrics';

export const GRID_COLUMNS = 36;
/** Width of every grid column, in characters of the default font. */
export const GRID_WIDTH = 2;
// 36 × 19 px ≈ 18.1 cm, the width between the side margins of A4 (21 cm).
export const SHEET_PIXELS = GRID_COLUMNS * columnPixels(GRID_WIDTH);

export interface FontSpec {
  name: string;
  size: number;
  bold: boolean;
}
