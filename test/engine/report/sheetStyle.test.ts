// The sheet styles every surface writes: the ranking table's name, its body, and problem counts.
import type { Problem } from '../../../src/engine/model';
import { countProblems, isError } from '../../../src/engine/report/problemCount';
import { rankingTable } from '../../../src/engine/report/sheetLayout';
import { BULLETIN_PAGE, RANKING_PAGE, marginsInPoints, rankingTableName, tableBody } from '../../../src/engine/report/sheetStyle';

describe('rankingTableName', () => {
  const october = { year: 2026, month: 10 };

  it('is 排名_YYYY_MM, the month with two digits', () => {
    expect(rankingTableName({ year: 2026, month: 3 }, [])).toBe('排名_2026_03');
  });

  it('takes the first free suffix from _2, comparing names as Excel does, ignoring case', () => {
    expect(rankingTableName(october, ['排名_2026_10'])).toBe('排名_2026_10_2');
    expect(rankingTableName(october, ['排名_2026_10', '排名_2026_10_2', 'Table1'])).toBe('排名_2026_10_3');
    expect(rankingTableName({ year: 2026, month: 1 }, ['排名_2026_01', '排名_2026_01_2'.toLowerCase()])).toBe('排名_2026_01_3');
  });
});

describe('tableBody', () => {
  it('is the rows, or one blank row for an empty roster (Excel repairs a table without a data row)', () => {
    const empty = rankingTable([], 'coefficient');
    expect(tableBody(empty)).toEqual([new Array(16).fill(null)]);
  });
});

describe('page setups', () => {
  it('prints the ranking across with its header on every page, the bulletin upright', () => {
    expect(RANKING_PAGE).toMatchObject({ orientation: 'landscape', titleRows: 1 });
    expect(BULLETIN_PAGE).toMatchObject({ orientation: 'portrait', titleRows: 0 });
  });

  it('gives the margins in points for Office.js and WPS: 72 to the inch', () => {
    // 0.55 in × 72 = 39.6 pt; 0.8 × 72 = 57.6; 0.3 × 72 = 21.6; 0.4 × 72 = 28.8.
    const points = marginsInPoints(BULLETIN_PAGE.margins);
    const expected = { left: 39.6, right: 39.6, top: 57.6, bottom: 57.6, header: 21.6, footer: 28.8 };
    for (const side of Object.keys(expected) as (keyof typeof expected)[]) expect(points[side]).toBeCloseTo(expected[side], 10);
  });
});

describe('countProblems', () => {
  const problem = (severity: Problem['severity']): Problem => ({ sheet: '台账', cell: 'F2', severity, message: '' });

  it('counts 错误 and 警告: 2 errors and 3 warnings of 5 problems', () => {
    const problems = [problem('警告'), problem('错误'), problem('警告'), problem('错误'), problem('警告')];
    expect(countProblems(problems)).toEqual({ errors: 2, warnings: 3 });
    expect(problems.filter(isError)).toHaveLength(2);
    expect(countProblems([])).toEqual({ errors: 0, warnings: 0 });
  });
});
