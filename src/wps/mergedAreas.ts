// A sheet's merged areas for the engine (SPEC §1.1 (5)), in WPS. The et object model has no call
// that lists them (Office.js's getMergedAreasOrNullObject, ExcelJS's merges), and a call per cell
// is too slow (each is ~0.2 ms across processes: 10,000 rows × 15 columns would take 30 s). It has
// Range.MergeCells, which for a block is true when every cell is in a merged area, false when none
// is, null when some are; and a cell's MergeArea, the area holding it. So the used range is
// bisected: a block answering false holds no area, a mixed one is halved along its longer side,
// and in an all-merged one the top-left cell's area is taken and the rest of the block walked the
// same way, without asking again. Each area is found through the O(log cells) blocks that hold its
// edges: calls ≈ 2 × blocks asked + 3 × areas met, about 2 calls on a sheet without merged cells
// and a few dozen per area otherwise. Past a budget the search stops and the sheet is read as if
// nothing were merged (the caller says so): a ledger with thousands of merged areas would
// otherwise keep WPS busy for minutes.
import { cellAddress, parseRange, type CellRange } from '../engine/cellAddress';
import type { WpsWorksheet } from './etModel';
import { rangeAddress } from './sheetCells';

/**
 * Calls one sheet's search may make: about 4 s at 0.2 ms a call. Areas scattered over a
 * 10,000-row sheet cost about 50 calls each (400 fit), areas packed row after row about 7 (some
 * 3,000 fit), as neighbours share the blocks that find them.
 */
export const MERGE_CALL_BUDGET = 20_000;

interface Block extends CellRange {
  /** Known to be all merged: no need to ask MergeCells. */
  merged: boolean;
}

const rowsOf = (b: CellRange) => b.bottom - b.top + 1;
const columnsOf = (b: CellRange) => b.right - b.left + 1;

/** The block halved along its longer side (it has two cells at least: one cell is never mixed). */
function halves(b: CellRange): [Block, Block] {
  if (rowsOf(b) >= columnsOf(b)) {
    const middle = b.top + Math.floor(rowsOf(b) / 2) - 1;
    return [
      { ...b, bottom: middle, merged: false },
      { ...b, top: middle + 1, merged: false },
    ];
  }
  const middle = b.left + Math.floor(columnsOf(b) / 2) - 1;
  return [
    { ...b, right: middle, merged: false },
    { ...b, left: middle + 1, merged: false },
  ];
}

/** What is left of an all-merged block once `area` (holding its top-left cell) is taken: the part right of it, and below it. */
function rest(b: CellRange, area: CellRange): Block[] {
  const parts: Block[] = [];
  const bottom = Math.min(b.bottom, area.bottom);
  if (area.right < b.right) parts.push({ top: b.top, bottom, left: area.right + 1, right: b.right, merged: true });
  if (area.bottom < b.bottom) parts.push({ top: area.bottom + 1, bottom: b.bottom, left: b.left, right: b.right, merged: true });
  return parts;
}

/**
 * The merged areas meeting `used` (0-based), as sheet-local A1 ranges clipped to its bottom and
 * right edges, the way the CLI clips them to a sheet's values; null when the budget ran out or WPS
 * answered something that is not an area.
 */
export function findMergedAreas(sheet: WpsWorksheet, used: CellRange, budget: number): string[] | null {
  const found = new Map<string, CellRange>();
  const blocks: Block[] = [{ ...used, merged: false }];
  let calls = 0;
  for (let block = blocks.pop(); block; block = blocks.pop()) {
    if (calls > budget) return null;
    if (!block.merged) {
      calls += 2;
      const merged = sheet.Range(rangeAddress(block.top, block.left, rowsOf(block), columnsOf(block))).MergeCells;
      if (merged === false) continue;
      if (merged !== true) {
        blocks.push(...halves(block));
        continue;
      }
    }
    calls += 3;
    const address = sheet.Range(cellAddress(block.top, block.left)).MergeArea.Address(false, false);
    const area = parseRange(address);
    // MergeCells said the cell is merged, so its area holds it and more.
    const holds = area && area.top <= block.top && area.left <= block.left && area.bottom >= block.top && area.right >= block.left;
    if (!area || !holds || rowsOf(area) * columnsOf(area) < 2) return null;
    found.set(`${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`, area);
    blocks.push(...rest(block, area));
  }
  return [...found.values()].map((a) => `${cellAddress(a.top, a.left)}:${cellAddress(Math.min(a.bottom, used.bottom), Math.min(a.right, used.right))}`);
}
