// The 报送 sheet (进展报送, 报送记录, 反馈记录): one progress report of a responsible unit on an item
// per row, `日期 | 编号 | 单位 | 内容`. 应报未报 is counted from these (score/reports.ts).
import { formatChineseDay } from '../calendar/dates';
import type { Item, Problem, ProgressReport } from '../model';
import { cellText, normalizeText } from '../text';
import { readDateField } from './dateField';
import { positionsById } from './itemsById';
import { MSG } from './messages';
import type { Roster } from './roster';
import { REPORT_COLUMNS } from './schema';
import { RowReader, type Table } from './table';

export type ReportKey = (typeof REPORT_COLUMNS)[number]['key'];

export interface ReportContext {
  roster: Roster;
  /** Every 编号 of the 台账 (normalised), also on rows with errors. */
  ids: Pick<ReadonlySet<string>, 'has'>;
  /** The 台账's items without errors. */
  items: readonly Item[];
  reportYear: number;
}

/**
 * The reports that count: a row naming an unknown 编号, or a unit that is not a 责任单位 of the
 * item, is an 错误 and left out; a report dated after the item's completion is a 警告 (it counts
 * for no period, since none is due after completion). A 编号 whose 台账 rows all have errors
 * is not checked further: those rows have their own 错误.
 */
export function readReportSheet(table: Table<ReportKey>, ctx: ReportContext, problems: Problem[]): ProgressReport[] {
  const byId = positionsById(ctx.items);
  const out: ProgressReport[] = [];
  for (const row of table.rows) {
    const r = new RowReader(table, row, problems);
    const date = readDateField(r, 'date', '日期', ctx.reportYear, true);

    const idText = cellText(r.value('id'));
    const key = normalizeText(idText);
    if (!idText) r.error('id', MSG.required('编号'));
    else if (!ctx.ids.has(key)) r.error('id', MSG.unknownReportItem(idText));

    const unitText = cellText(r.value('unit'));
    const unit = unitText ? ctx.roster.resolve(unitText) : null;
    if (!unitText) r.error('unit', MSG.required('单位'));
    else if (!unit) r.error('unit', MSG.unknownUnit(unitText, ctx.roster.suggest(unitText)));

    const positions = idText ? byId.get(key) : undefined;
    if (!positions || !unit) continue;
    const rows = positions.map((i) => ctx.items[i]);
    const at = positions.find((i) => ctx.items[i].unit === unit.name);
    if (at === undefined) {
      const responsible = [...new Set(rows.map((i) => i.unit))];
      const cooperating = rows.some((i) => i.cooperators.includes(unit.name));
      r.error('unit', MSG.reportUnitNotResponsible(unitText, idText, responsible, cooperating));
      continue;
    }
    if (date === false || date === null) continue;
    const item = ctx.items[at];
    if (item.completed !== null && date > item.completed) r.warn('date', MSG.reportAfterCompletion(formatChineseDay(item.completed)));
    out.push({ row: r.rowNumber, date, item: at, id: item.id, unit: item.unit });
  }
  return out;
}
