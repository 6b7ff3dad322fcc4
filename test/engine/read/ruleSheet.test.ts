import type { CellValue, Problem } from '../../../src/engine/model';
import { MSG } from '../../../src/engine/read/messages';
import { readRules } from '../../../src/engine/read/ruleSheet';
import { RULES_COLUMNS } from '../../../src/engine/read/schema';
import { readTable } from '../../../src/engine/read/table';

/** The rule set a 规则 sheet of `rows` (below its 参数 | 值 header) gives, and the problems it raises. */
function rules(rows: CellValue[][]) {
  const problems: Problem[] = [];
  const table = readTable({ name: '规则', values: [['参数', '值'], ...rows] }, RULES_COLUMNS, problems);
  return { rules: readRules(table, undefined, problems), problems };
}

describe('规则 parameter 多责任单位', () => {
  it('is 全部计分 when the sheet does not set it, under either preset', () => {
    expect(rules([]).rules.params.multiUnit).toBe('all');
    expect(rules([['规则集', 'district-dynamic']]).rules.params.multiUnit).toBe('all');
  });

  it.each([
    ['全部计分', 'all'],
    ['仅第一个', 'firstOnly'],
    [' 仅 第一个 ', 'firstOnly'],
  ])('%j reads as %s', (value, expected) => {
    const { rules: read, problems } = rules([['多责任单位', value]]);
    expect(problems).toEqual([]);
    expect(read.params.multiUnit).toBe(expected);
  });

  it.each([['第一个'], ['全部'], ['是'], [1]])('%j is an 错误 naming the 值 cell, and the default stands', (value) => {
    const { rules: read, problems } = rules([['每项分值', 20], ['多责任单位', value]]);
    expect(problems).toEqual([
      { sheet: '规则', cell: 'B3', severity: '错误', message: MSG.badParameter('多责任单位', String(value), '「全部计分」或「仅第一个」') },
    ]);
    expect(read.params.multiUnit).toBe('all');
  });
});
