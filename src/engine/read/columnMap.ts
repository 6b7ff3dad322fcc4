// 列名 rows of the 规则 sheet (SPEC §1.1 (3)): `列名:办理时限 | 完成时间` says that the 台账's column
// headed 完成时间 is DUBAN's 办理时限, whatever the aliases would say. The task pane's 列对应 step
// writes them; the reader reads them before the 台账.
import type { Problem } from '../model';
import { cellText, normalizeText } from '../text';
import type { ColumnMapping } from './headerRow';
import { MSG } from './messages';
import { LEDGER_COLUMNS, RULES_COLUMNS } from './schema';
import { RowReader, type Table } from './table';

type RulesKey = (typeof RULES_COLUMNS)[number]['key'];

const PREFIX = '列名:';

/** Whether a 规则 row's 参数 (in comparison form, where ： is :) is a 列名 row. */
export const isColumnMapName = (name: string): boolean => name.startsWith(PREFIX);

/** The 参数 and 值 cells of the 规则 row that maps DUBAN column `name` to `header`. */
export const columnMapRow = (name: string, header: string): [string, string] => [`${PREFIX}${name}`, header];

/** The 台账 column a name stands for: its DUBAN name or one of its aliases. */
function ledgerKey(name: string): string | null {
  const key = normalizeText(name);
  return LEDGER_COLUMNS.find((c) => normalizeText(c.header) === key || c.aliases.some((a) => normalizeText(a) === key))?.key ?? null;
}

export function readColumnMap(table: Table<RulesKey> | null, problems: Problem[]): ColumnMapping[] {
  const mapping: ColumnMapping[] = [];
  for (const row of table?.rows ?? []) {
    const r = new RowReader(table as Table<RulesKey>, row, problems);
    const name = normalizeText(cellText(r.value('name')));
    if (!isColumnMapName(name)) continue;
    const column = name.slice(PREFIX.length);
    const key = ledgerKey(column);
    const header = cellText(r.value('value'));
    if (!key) r.error('name', MSG.unknownMappedColumn(column, LEDGER_COLUMNS.map((c) => c.header)));
    else if (mapping.some((m) => m.key === key)) r.error('name', MSG.duplicateMapping(column));
    else if (!header) r.error('value', MSG.required('值'));
    else mapping.push({ key, header, sheet: table!.sheet, cell: r.address('value') });
  }
  return mapping;
}
