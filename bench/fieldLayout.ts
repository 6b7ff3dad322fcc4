// The synthetic ledger laid out as an office keeps its own (SPEC §1.1, FIELD-LEDGERS.md), for the
// target of issue 11 that reading such a copy costs at most 1.3× reading the template layout: the
// same items under a title and an information row, a two-row header with a merged 时间节点 group,
// aliases and line breaks in the headers, 完成时间 mapped by a 列名 row, a section row merged
// across every 500 items, an item's several units in one 责任单位 cell, deadlines written as the
// month where they are its last day, footnotes, and the roster's 别名 headed 简称.
import { cellAddress } from '../src/engine/cellAddress';
import { ymdOf, lastDayOfMonth } from '../src/engine/calendar/dates';
import type { CellValue, SheetInput } from '../src/engine/model';
import { TEMPLATE_LEDGER_COLUMNS } from '../src/engine/read/schema';
import { sheetsOf, type Row, type SyntheticLedger } from './generate';

type Key = (typeof TEMPLATE_LEDGER_COLUMNS)[number]['key'];

/** The headers an office writes, line breaks and all; those under 时间节点 sit on the lower header row. */
const FIELD_HEADERS: Readonly<Record<Key, string>> = {
  id: '督办编号',
  content: '督办事项',
  unit: '责任\n单位',
  cooperators: '协办单位',
  importance: '重要程度',
  assigned: '交办时间',
  deadline: '完成\n时间',
  extendedTo: '延期时限',
  completed: '实际完成时间',
  status: '办理状态',
  requirement: '办理要求',
  standard: '办理标准',
  effect: '办理效果',
  owner: '责任人',
  supervisor: '督办责任人',
};
const GROUPED: ReadonlySet<Key> = new Set(['assigned', 'deadline', 'extendedTo', 'completed']);
const SECTION_EVERY = 500;

/** A deadline that is its month's last day, written as the month alone (`2026.6`). */
function deadlineCell(value: CellValue): CellValue {
  if (typeof value !== 'number') return value;
  const { year, month } = ymdOf(value);
  return value === lastDayOfMonth(year, month) ? `${year}.${month}` : value;
}

export function fieldSheets(data: SyntheticLedger): SheetInput[] {
  const [, roster, adjustments, rules] = sheetsOf(data);
  const keys = TEMPLATE_LEDGER_COLUMNS.map((c) => c.key);
  const width = keys.length;
  const across = (row: number) => `${cellAddress(row, 0)}:${cellAddress(row, width - 1)}`;
  const values: CellValue[][] = [
    ['青川市2026年重点工作督办台账'],
    ['填报单位：市政府督查室', null, null, null, null, null, null, null, null, null, '更新时间：2026年12月31日'],
    keys.map((k, c) => (GROUPED.has(k) ? (c === keys.indexOf('assigned') ? '时间节点' : null) : FIELD_HEADERS[k])),
    keys.map((k) => (GROUPED.has(k) ? FIELD_HEADERS[k] : null)),
  ];
  const merged = [
    across(0),
    `${cellAddress(2, keys.indexOf('assigned'))}:${cellAddress(2, keys.indexOf('completed'))}`,
    ...keys.flatMap((k, c) => (GROUPED.has(k) ? [] : [`${cellAddress(2, c)}:${cellAddress(3, c)}`])),
  ];
  const { unit, deadline } = data.col;
  const rows = data.ledger.slice(1);
  let items = 0;
  for (let r = 0; r < rows.length; ) {
    // The rows of one item (consecutive, one 编号, the same but for 责任单位) become one row.
    let end = r + 1;
    while (end < rows.length && rows[end][data.col.id] === rows[r][data.col.id]) end++;
    if (items % SECTION_EVERY === 0) {
      const batch = items / SECTION_EVERY + 1;
      merged.push(across(values.length));
      values.push([`（${batch}）第${batch}批督办事项`]);
    }
    items++;
    const row: Row = rows[r].slice();
    if (end - r > 1) row[unit] = rows.slice(r, end).map((x) => x[unit]).join('、');
    row[deadline] = deadlineCell(row[deadline]);
    values.push(row);
    r = end;
  }
  values.push(['备注：本台账每月5日前更新。'], [null, '制表人：市政府督查室']);
  return [
    { name: '督办台账', values, merged },
    { name: '单位', values: roster.values.map((r, i) => (i === 0 ? ['单位名称', '单位类别', '简称'] : r)) },
    adjustments,
    { name: '规则', values: [...rules.values, ['列名:办理时限', '完成时间']] },
  ];
}
