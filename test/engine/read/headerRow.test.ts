import type { CellValue } from '../../../src/engine/model';
import { findHeader, headerKey, type ColumnMapping } from '../../../src/engine/read/headerRow';
import { LEDGER_COLUMNS, ROSTER_COLUMNS } from '../../../src/engine/read/schema';

const columnsOf = (found: ReturnType<typeof findHeader>) =>
  Object.fromEntries([...(found?.columns ?? [])].map(([key, c]) => [key, `${c.index}:${c.via}`]));

describe('header keys', () => {
  it('drop line breaks, spaces and the star of a required column', () => {
    expect(headerKey('办理\n时限')).toBe('办理时限');
    expect(headerKey(' 交办\r\n日期 ')).toBe('交办日期');
    expect(headerKey('编号*')).toBe('编号');
    expect(headerKey('＊责任单位')).toBe('责任单位');
    expect(headerKey(null)).toBe('');
  });
});

describe('the header row', () => {
  it('is found below a title and an information block', () => {
    const values: CellValue[][] = [
      ['某县2026年重点工作督办台账', null, null, null],
      ['填报单位：县政府督查室', null, '更新日期：2026年6月5日', null],
      [],
      ['序号', '督办事项', '责任单位', '交办时间', '完成时限'],
    ];
    const found = findHeader(values, LEDGER_COLUMNS, []);
    expect(found?.rows).toEqual([3]);
    expect(columnsOf(found)).toEqual({ id: '0:alias', content: '1:alias', unit: '2:name', assigned: '3:alias', deadline: '4:alias' });
  });

  it('is looked for in the first 15 rows only', () => {
    const header = ['编号', '事项内容', '责任单位', '办理时限'];
    const at = (row: number) => [...Array.from({ length: row }, () => ['说明文字']), header];
    expect(findHeader(at(14), LEDGER_COLUMNS, [])?.rows).toEqual([14]);
    expect(findHeader(at(15), LEDGER_COLUMNS, [])).toBeNull();
  });

  it('needs three known headers, two on a sheet of at most three columns', () => {
    // The 单位 sheet of a county office: two columns under a title.
    expect(findHeader([['单位名单'], ['单位名称', '单位类别'], ['县住建局', '县直单位']], ROSTER_COLUMNS, [])?.rows).toEqual([1]);
    // A wide sheet whose row has only two known headers is not a header yet.
    const wide = [['单位名称', '单位类别', '负责人', '电话', '地址'], ['单位', '类别', '别名', null, null]];
    expect(findHeader(wide, ROSTER_COLUMNS, [])?.rows).toEqual([1]);
  });

  it('prefers the exact name to an alias: 编号 beside 序号 means 编号', () => {
    const found = findHeader([['序号', '编号', '事项内容', '责任单位', '办理时限']], LEDGER_COLUMNS, []);
    expect(columnsOf(found).id).toBe('1:name');
  });

  it('never takes 完成时间 or 时间节点 by itself: they are not aliases', () => {
    const found = findHeader([['编号', '事项内容', '责任单位', '完成时间']], LEDGER_COLUMNS, []);
    expect(found?.columns.has('deadline')).toBe(false);
    expect(found?.columns.has('completed')).toBe(false);
  });

  it('takes a 列名 mapping over every alias', () => {
    const mapping: ColumnMapping[] = [{ key: 'deadline', header: '完成 时间', sheet: '规则', cell: 'B5' }];
    // 截止日期 is an alias of 办理时限, but the 规则 sheet says 完成时间 is the deadline.
    const found = findHeader([['编号', '事项内容', '责任单位', '截止日期', '完成时间']], LEDGER_COLUMNS, mapping);
    expect(columnsOf(found).deadline).toBe('4:mapping');
  });

  it('counts mapped headers as known when looking for the header row', () => {
    const mapping: ColumnMapping[] = [
      { key: 'content', header: '项目名称', sheet: '规则', cell: 'B2' },
      { key: 'unit', header: '实施主体', sheet: '规则', cell: 'B3' },
      { key: 'deadline', header: '目标时间', sheet: '规则', cell: 'B4' },
    ];
    const found = findHeader([['项目名称', '实施主体', '目标时间']], LEDGER_COLUMNS, mapping);
    expect(columnsOf(found)).toEqual({ content: '0:mapping', unit: '1:mapping', deadline: '2:mapping' });
  });
});

describe('a two-row header', () => {
  // 编号 | 事项内容 | 时间节点 (merged over two columns) | 责任单位, and below it 交办日期 | 办理时限.
  const upper = ['编号', '事项内容', '时间节点', null, '责任单位'];

  it('is read from the lower row where the upper holds a group', () => {
    const found = findHeader([upper, [null, null, '交办日期', '办理时限', null], ['DC-1', '修路', '2026-03-01', '2026-06-30', '县交通局']], LEDGER_COLUMNS, []);
    expect(found?.rows).toEqual([0, 1]);
    expect(columnsOf(found)).toEqual({ id: '0:name', content: '1:name', unit: '4:name', assigned: '2:name', deadline: '3:name' });
    expect(found?.texts).toEqual(['编号', '事项内容', '交办日期', '办理时限', '责任单位']);
  });

  it('also when merged header cells were spread down to the lower row', () => {
    const lower = ['编号', '事项内容', '交办日期', '办理时限', '责任单位'];
    expect(findHeader([upper, lower], LEDGER_COLUMNS, [])?.rows).toEqual([0, 1]);
  });

  it('is not taken from a data row, whose values stand under known headers', () => {
    const found = findHeader([['编号', '事项内容', '责任单位', '办理时限'], ['DC-1', '等级', '县交通局', '2026-06-30']], LEDGER_COLUMNS, []);
    expect(found?.rows).toEqual([0]);
  });

  it('is not assumed when the lower row adds nothing new', () => {
    const found = findHeader([['编号', '事项内容', '责任单位', '办理时限'], ['编号', '事项内容', '责任单位', '办理时限']], LEDGER_COLUMNS, []);
    expect(found?.rows).toEqual([0]);
  });
});

describe('a two-row header with a merged group cell (SPEC §1.1 (1))', () => {
  // A city platform's export: 时间节点 merged over 启动时间 | 完成时间, which no alias knows, and the
  // other headers merged down over both rows (spread to the lower row as the reader does).
  const upper = ['编号', '事项内容', '责任单位', '时间节点', null];
  const lower = ['编号', '事项内容', '责任单位', '启动时间', '完成时间'];
  const data = ['DC-1', '修路', '县交通局', '2026.3', '2026.6'];
  const group = [{ top: 0, bottom: 0, left: 3, right: 4 }];

  it('is read from the lower row under the group, and the group is no column', () => {
    const found = findHeader([upper, lower, data], LEDGER_COLUMNS, [], group);
    expect(found?.rows).toEqual([0, 1]);
    expect(found?.texts).toEqual(['编号', '事项内容', '责任单位', '启动时间', '完成时间']);
    expect(found?.groups).toEqual([{ key: '时间节点', text: '时间节点', columns: ['启动时间', '完成时间'] }]);
  });

  it('so that a 列名 row can name the lower header', () => {
    const mapping: ColumnMapping[] = [{ key: 'deadline', header: '完成时间', sheet: '规则', cell: 'B2' }];
    expect(columnsOf(findHeader([upper, lower, data], LEDGER_COLUMNS, mapping, group))).toMatchObject({ deadline: '4:mapping' });
  });

  it('also when a 列名 row names the group cell itself, which the reader then refuses', () => {
    const mapping: ColumnMapping[] = [{ key: 'deadline', header: '时间节点', sheet: '规则', cell: 'B2' }];
    const found = findHeader([upper, lower, data], LEDGER_COLUMNS, mapping, group);
    expect(found?.rows).toEqual([0, 1]);
    expect(found?.columns.has('deadline')).toBe(false);
  });

  it('is not taken from a data row below a header cell merged across columns for width', () => {
    const wide = ['编号', '事项内容', null, '责任单位', '办理时限'];
    const found = findHeader([wide, ['DC-1', '修路', '东段', '县交通局', '2026-06-30']], LEDGER_COLUMNS, [], [{ top: 0, bottom: 0, left: 1, right: 2 }]);
    expect(found?.rows).toEqual([0]);
  });

  it('without the merged areas (a range passed to a function) stays a one-row header', () => {
    expect(findHeader([upper, lower, data], LEDGER_COLUMNS, [])?.rows).toEqual([0]);
  });
});
