import type { CellValue, Problem } from '../../../src/engine/model';
import { planColumnMap, readColumnMap } from '../../../src/engine/read/columnMap';
import { RULES_COLUMNS } from '../../../src/engine/read/schema';
import { readTable } from '../../../src/engine/read/table';

function mappingOf(values: CellValue[][]) {
  const problems: Problem[] = [];
  const table = readTable<'name' | 'value'>({ name: '规则', values }, RULES_COLUMNS, problems);
  return { mapping: readColumnMap(table, problems), problems };
}

describe('列名 rows', () => {
  it('map DUBAN names and aliases, with full- or half-width colons, and say where', () => {
    const { mapping, problems } = mappingOf([
      ['参数', '值'],
      ['规则集', 'sanmenxia-2019'],
      ['列名：办理时限', '完成时间'],
      ['列名: 督办事项', '工作 内容'],
    ]);
    expect(problems).toEqual([]);
    expect(mapping).toEqual([
      { key: 'deadline', header: '完成时间', sheet: '规则', cell: 'B3' },
      { key: 'content', header: '工作 内容', sheet: '规则', cell: 'B4' },
    ]);
  });

  it('refuse an unknown column, a second row for one column, and a blank 值', () => {
    const { mapping, problems } = mappingOf([
      ['参数', '值'],
      ['列名:完成时间', '办结'],
      ['列名:办理时限', '时限'],
      ['列名:完成时限', '截止'],
      ['列名:办结日期', null],
    ]);
    expect(mapping.map((m) => m.key)).toEqual(['deadline']);
    expect(problems.map((p) => `${p.cell} ${p.message.slice(0, 24)}`)).toEqual([
      'A2 「完成时间」不是 DUBAN 的台账列名：「列名',
      'A4 「列名:完成时限」写了不止一次：请只保留一行。',
      'B5 「值」为必填项，不能为空，请填写。',
    ]);
  });
});

describe('writing the 列对应 choices', () => {
  it('makes a 规则 sheet when there is none', () => {
    expect(planColumnMap(null, [{ key: 'deadline', header: '完成时间' }])).toEqual({
      createSheet: true,
      writes: [{ row: 1, values: ['列名:办理时限', '完成时间'], replaces: null }],
    });
  });

  it('changes an existing 列名 row in place, appends the others below the last filled row, and skips what is already so', () => {
    const rules: CellValue[][] = [
      ['参数', '值'],
      ['规则集', 'district-dynamic'],
      ['列名:办理时限', '完成时间'],
      ['列名:事项内容', '督办事项'],
      [null, null],
      ['临期工作日', 5],
      [null, null],
    ];
    expect(
      planColumnMap(rules, [
        { key: 'deadline', header: '要求完成时间' },
        { key: 'content', header: '督办 事项' },
        { key: 'completed', header: '完成时间' },
      ]),
    ).toEqual({
      createSheet: false,
      writes: [
        { row: 2, values: ['列名:办理时限', '要求完成时间'], replaces: '完成时间' },
        { row: 6, values: ['列名:办结日期', '完成时间'], replaces: null },
      ],
    });
  });
});
