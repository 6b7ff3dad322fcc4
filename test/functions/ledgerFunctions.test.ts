// DUBAN.SCORE and DUBAN.RANKING over whole tables, compared with the engine's own ranking of the
// same workbook, and the cache that keeps 100 SCORE cells from parsing one ledger 100 times.
import { periodOf } from '../../src/engine/calendar/period';
import * as rank from '../../src/engine/score/rank';
import * as readLedgerModule from '../../src/engine/read/readLedger';
import { rankingTable } from '../../src/engine/report/sheetLayout';
import { RANKING, SCORE } from '../../src/functions/functions';
import { ADJUSTMENTS, bigLedger, deepCopy, errorOf, LEDGER, ledgerRow, ROSTER, serial } from './fixtures';

const VALUE = '#VALUE!';

function engineRanking(month: string, sheets: { name: string; values: unknown[][] }[]) {
  const period = periodOf(month);
  if (!period) throw new Error(month);
  const { ledger } = readLedgerModule.readLedger({ sheets: sheets as never }, { reportYear: period.year });
  if (!ledger) throw new Error('fixture does not read');
  return { rows: rank.rankMonth(ledger, period), method: ledger.rules.method };
}

const SHEETS = [
  { name: '台账', values: LEDGER },
  { name: '单位', values: ROSTER },
  { name: '加减分', values: ADJUSTMENTS },
];

afterEach(() => jest.restoreAllMocks());

describe('SCORE', () => {
  it('equals the unit’s row of the engine’s ranking, for every unit and by alias too', () => {
    const { rows } = engineRanking('2026-05', SHEETS);
    for (const row of rows) expect(SCORE(row.unit, LEDGER, ROSTER, ADJUSTMENTS, '2026-05')).toBe(row.score);
    expect(SCORE('交通局', LEDGER, ROSTER, ADJUSTMENTS, '2026-05')).toBe(rows.find((r) => r.unit === '市交通运输局')?.score);
  });

  it('works out 甲县 by hand: 2 due items both completed, coefficient 3/3 → 100; +15 通报表扬 (省); +40 月排名加分 (Jan–Apr) = 155', () => {
    expect(SCORE('甲县', LEDGER, ROSTER, ADJUSTMENTS, '2026-05')).toBe(155);
  });

  it('takes a date as the report date, and blank cells and null for omitted tables', () => {
    const { rows } = engineRanking('2026-05', [{ name: '台账', values: LEDGER }, { name: '单位', values: ROSTER }]);
    const expected = rows.find((r) => r.unit === '乙县')?.score;
    expect(SCORE('乙县', LEDGER, ROSTER, [['']], serial('2026-05-31'))).toBe(expected);
    expect(SCORE('乙县', LEDGER, ROSTER, null as never, '2026-05-31')).toBe(expected);
  });

  it('uses the preset named in the 规则 argument', () => {
    const roster = [['单位名称', '单位类别', '别名'], ['甲县', '街道类', ''], ['乙县', '街道类', ''], ['市交通运输局', '街道类', '交通局']];
    const sheets = [{ name: '台账', values: LEDGER }, { name: '单位', values: roster }, { name: '规则', values: [['参数', '值'], ['规则集', 'district-dynamic']] }];
    const { rows } = engineRanking('2026-05', sheets);
    expect(SCORE('甲县', LEDGER, roster, null as never, '2026-05', [['district-dynamic']])).toBe(rows.find((r) => r.unit === '甲县')?.score);
  });

  it.each([
    [() => SCORE('', LEDGER, ROSTER), '「单位」不能为空'],
    [() => SCORE('丙县', LEDGER, ROSTER, ADJUSTMENTS, '2026-05'), '单位「丙县」不在「单位」表中'],
    [() => SCORE('甲县', [['']], ROSTER), '「台账」不能为空'],
    [() => SCORE('甲县', LEDGER, ROSTER, ADJUSTMENTS, '五月'), '「五月」无法识别'],
    [() => SCORE('甲县', LEDGER, ROSTER, ADJUSTMENTS, '2026-05', [['nope']]), '规则集「nope」不存在'],
    [() => SCORE('甲县', [...LEDGER, ledgerRow('D1', '丁县', '2026-05-01')], ROSTER, ADJUSTMENTS, '2026-05'), '「台账」 C7（区域内位置）：单位「丁县」'],
    [() => SCORE('甲县', [['编号', '事项内容'], ['A1', 'x']], ROSTER), '「台账」'],
  ])('answers bad input or a ledger with an 错误 with #VALUE! (%#)', (call, message) => {
    const error = errorOf(call);
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain(message);
  });

  it('reports a defect as #VALUE! with its text instead of letting an exception escape', () => {
    jest.spyOn(rank, 'rankMonth').mockImplementation(() => {
      throw new Error('boom');
    });
    const error = errorOf(() => SCORE('甲县', deepCopy(LEDGER), ROSTER, ADJUSTMENTS, '2026-04'));
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain('程序缺陷');
    expect(error.message).toContain('boom');
  });
});

describe('RANKING', () => {
  it('spills the ranking sheet’s table with a 问题 column, rows as the engine ranks them', () => {
    const spill = RANKING(LEDGER, ROSTER, ADJUSTMENTS, '2026-05');
    const { rows, method } = engineRanking('2026-05', SHEETS);
    const table = rankingTable(rows, method);
    expect(spill[0]).toEqual([...table.columns.map((c) => c.header), '问题']);
    expect(spill.slice(1, 1 + rows.length)).toEqual(table.rows.map((r) => [...r.map((c) => c ?? ''), '']));
    expect(spill.map((r) => r[1]).slice(1, 4)).toEqual(['甲县', '乙县', '市交通运输局']);
  });

  it('works out every unit by hand for May 2026 (each month January–April every unit is in its category’s top, no deduction: 月排名加分 40)', () => {
    // 最高事项数 is 甲县's 3, over all units.
    // 甲县: A1 按期, A2 逾期办结 (20 × lateFactor 1), A3 在办; coefficient 3/3 → 1; 40/40 × 100 = 100; +15 通报表扬 省 + 40 = 155.
    // 乙县: B1 逾期未办结; coefficient 0.5 + 1/3 × 0.5 = 2/3; 0/20 → 0; + 40 = 40.
    // 市交通运输局 (交通局), alone among 市直单位: C1 按期; coefficient 2/3; 20/20 × 100 × 2/3 = 66.67; + 40 = 106.67.
    const [header, ...rows] = RANKING(LEDGER, ROSTER, ADJUSTMENTS, '2026-05');
    const columns = ['排名', '单位', '事项数', '已办结', '逾期未办结', '在办', '加分', '减分', '总分'].map((name) => header.indexOf(name));
    expect(rows.slice(0, 3).map((r) => columns.map((c) => r[c]))).toEqual([
      [1, '甲县', 3, 2, 0, 1, 55, 0, 155],
      [2, '乙县', 1, 0, 1, 0, 40, 0, 40],
      [1, '市交通运输局', 1, 1, 0, 0, 40, 0, 106.67],
    ]);
    expect(rows[1][header.indexOf('功效系数')]).toBeCloseTo(2 / 3, 10);
    expect(rows[2][header.indexOf('功效系数')]).toBeCloseTo(2 / 3, 10);
    expect(SCORE('乙县', LEDGER, ROSTER, ADJUSTMENTS, '2026-05')).toBe(40);
    expect(SCORE('交通局', LEDGER, ROSTER, ADJUSTMENTS, '2026-05')).toBe(106.67);
  });

  it('lists warnings in the 问题 column below the units, never as error values', () => {
    const spill = RANKING(LEDGER, null as never, null as never, '2026-05');
    const problems = spill.filter((r) => r[r.length - 1] !== '').slice(1);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0][problems[0].length - 1]).toMatch(/^警告｜「单位」：找不到「单位」/);
    expect(spill.every((r) => r.length === spill[0].length && r.every((c) => typeof c === 'string' || typeof c === 'number'))).toBe(true);
  });

  it('shows only problem rows when the ledger has an 错误, since its numbers could be wrong', () => {
    const ledger = [...LEDGER, ledgerRow('D1', '丁县', '2026-05-01'), ledgerRow('D2', '甲县', '2026-04-01', '', '2026-05-01')];
    const spill = RANKING(ledger, ROSTER, ADJUSTMENTS, '2026-05');
    const texts = spill.slice(1).map((r) => r[r.length - 1]);
    expect(spill.slice(1).every((r) => r.slice(0, -1).every((c) => c === ''))).toBe(true);
    expect(texts[0]).toContain('错误｜「台账」 C7（区域内位置）：单位「丁县」');
    expect(texts.some((t) => String(t).includes('办理时限早于交办日期'))).toBe(true);
  });

  it('leaves out 功效系数 and 事项得分 under district-dynamic, as the ranking sheet does', () => {
    const spill = RANKING(LEDGER, ROSTER, ADJUSTMENTS, '2026-05', [['district-dynamic']]);
    expect(spill[0]).not.toContain('功效系数');
  });

  it('answers a bad month with one #VALUE!, not a spill', () => {
    expect(errorOf(() => RANKING(LEDGER, ROSTER, ADJUSTMENTS, '2026-13')).code).toBe(VALUE);
  });
});

describe('the parsed-ledger cache', () => {
  const { ledger, roster } = bigLedger(10_000);

  it('parses a 10,000-row ledger once for 100 SCORE cells, though Excel passes fresh arrays each time', () => {
    const read = jest.spyOn(readLedgerModule, 'readLedger');
    const ranked = jest.spyOn(rank, 'rankMonth');
    const scores = Array.from({ length: 100 }, (_, i) => SCORE(`单位${(i % 20) + 1}`, deepCopy(ledger), deepCopy(roster), null as never, '2026-05'));
    expect(read).toHaveBeenCalledTimes(1);
    expect(ranked).toHaveBeenCalledTimes(1);
    expect(new Set(scores).size).toBeGreaterThan(1);
  });

  it('parses again when any one cell changes, and gives the changed result', () => {
    const read = jest.spyOn(readLedgerModule, 'readLedger');
    const before = SCORE('单位1', ledger, roster, null as never, '2026-05');
    const changed = deepCopy(ledger);
    // DB-9981, 单位1's open item due 2026-06-30, is now due 2026-04-30: overdue by May.
    changed[9_981][5] = serial('2026-04-30');
    const after = SCORE('单位1', changed, roster, null as never, '2026-05');
    expect(read).toHaveBeenCalledTimes(1); // `before` came from the cache of the previous test
    // Read again with the earlier read's memo, so only the edited row is read anew; the score
    // is still that of a read from scratch.
    expect(read.mock.calls[0][1].previous).toBeDefined();
    expect(after).toBeLessThan(before);
    expect(SCORE('单位1', deepCopy(changed), roster, null as never, '2026-05')).toBe(after);
    expect(read).toHaveBeenCalledTimes(1);
    const fresh = engineRanking('2026-05', [{ name: '台账', values: changed }, { name: '单位', values: roster }]);
    expect(after).toBe(fresh.rows.find((r) => r.unit === '单位1')?.score);
  });

  it('tells a number from the same digits typed as text', () => {
    const read = jest.spyOn(readLedgerModule, 'readLedger');
    const asNumber = deepCopy(ledger);
    asNumber[5][0] = 123;
    const asText = deepCopy(ledger);
    asText[5][0] = '123';
    SCORE('单位1', asNumber, roster, null as never, '2026-05');
    SCORE('单位1', asText, roster, null as never, '2026-05');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
