import type { CellValue } from '../../../src/engine/model';
import { spreadMerged } from '../../../src/engine/read/mergedCells';

describe('merged cells', () => {
  // One item on three sub-rows, a unit each: 编号 and 事项内容 merged down over rows 2–4.
  const values: CellValue[][] = [
    ['编号', '事项内容', '责任单位'],
    ['MS-1', '老旧小区改造', '县住建局'],
    [null, null, '县城管局'],
    [null, null, '县财政局'],
    ['MS-2', '背街小巷', '县城管局'],
  ];

  it('spreads a value merged down over rows to each of them', () => {
    const { values: spread, vertical } = spreadMerged(values, ['A2:A4', 'B2:B4']);
    expect(spread.map((r) => r.slice(0, 2))).toEqual([
      ['编号', '事项内容'],
      ['MS-1', '老旧小区改造'],
      ['MS-1', '老旧小区改造'],
      ['MS-1', '老旧小区改造'],
      ['MS-2', '背街小巷'],
    ]);
    expect(vertical).toHaveLength(2);
  });

  it('never writes to the arrays it was given, and leaves unmerged rows as they were', () => {
    const before = JSON.stringify(values);
    const { values: spread } = spreadMerged(values, ['$A$2:$A$4']);
    expect(JSON.stringify(values)).toBe(before);
    expect(spread[1]).toBe(values[1]);
    expect(spread[4]).toBe(values[4]);
    expect(spread[2]).not.toBe(values[2]);
  });

  it('keeps a wide merged area in its leftmost column, and leaves one-row merges alone', () => {
    const grid: CellValue[][] = [['一、经济发展', null, null], ['A', 'x', null], [null, null, null]];
    const { values: spread, horizontal } = spreadMerged(grid, ['A1:C1', 'A2:B3']);
    expect(spread[0]).toBe(grid[0]);
    expect(horizontal).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(spread[2]).toEqual(['A', null, null]);
  });

  it('ignores what is not a range, and areas below the sheet', () => {
    const { values: spread } = spreadMerged(values, ['', 'A', 'A0:A2', 'Sheet1!A2:A3', 'A9:A12', 'A2:B3:C4']);
    expect(spread[2][0]).toBe('MS-1');
    expect(spread.length).toBe(values.length);
  });

  it('leaves an area right of the rows alone instead of widening them', () => {
    // A host's used range can stop short of a merge that formatting left out to the right.
    const rows: CellValue[][] = [['编号', '事项'], ['A', 'x'], ['B', 'y']];
    const { values: spread } = spreadMerged(rows, ['D2:D3']);
    expect(spread).toEqual([['编号', '事项'], ['A', 'x'], ['B', 'y']]);
    expect(spread[2]).toBe(rows[2]);
  });

  it('spreads 100,000 merged areas in one pass', () => {
    const rows: CellValue[][] = Array.from({ length: 200_001 }, (_, r) => [r % 2 === 1 ? `ID-${r}` : null, 'x']);
    const merged = Array.from({ length: 100_000 }, (_, i) => `A${2 * i + 2}:A${2 * i + 3}`);
    const { values: spread, vertical } = spreadMerged(rows, merged);
    expect(vertical).toHaveLength(100_000);
    expect(spread[2][0]).toBe('ID-1');
    expect(spread[200_000][0]).toBe('ID-199999');
  });
});
