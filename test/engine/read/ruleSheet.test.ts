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

describe('规则 parameters of the documents: 发文单位, numbering, 联系电话, 期号', () => {
  it('default per preset: 市政府督查室 / 区政府督查室, 督通 and 督催 from 1, no phone, 期号 by the month', () => {
    expect(rules([]).rules.params).toMatchObject({ issuer: '市政府督查室', noticePrefix: '督通', noticeStart: 1, urgePrefix: '督催', urgeStart: 1, phone: '', issueNumber: null });
    expect(rules([['规则集', 'district-dynamic']]).rules.params.issuer).toBe('区政府督查室');
  });

  it('reads each from the sheet', () => {
    const { rules: read, problems } = rules([
      ['发文单位', '青川市人民政府督查室'],
      ['通知单编号前缀', '青督通'],
      ['通知单起始号', 12],
      ['催办单编号前缀', '青督催'],
      ['催办单起始号', '5'],
      ['联系电话', '0839-1234567'],
      ['期号', 23],
    ]);
    expect(problems).toEqual([]);
    expect(read.params).toMatchObject({
      issuer: '青川市人民政府督查室',
      noticePrefix: '青督通',
      noticeStart: 12,
      urgePrefix: '青督催',
      urgeStart: 5,
      phone: '0839-1234567',
      issueNumber: 23,
    });
  });

  it.each([
    ['通知单起始号', 0],
    ['通知单起始号', 2.5],
    ['催办单起始号', '第一号'],
    ['期号', -1],
    ['发文单位', '  '],
  ])('%s = %j is an 错误 naming the 值 cell', (name, value) => {
    const { problems } = rules([[name, value]]);
    expect(problems.map((p) => [p.severity, p.cell])).toEqual([['错误', 'B2']]);
  });
});
