/// <reference types="office-js" />
// The 列对应 step on Office.js (SPEC §1.1 (3)): the engine's planColumnMap says which rows of the
// 规则 sheet to write; this shows the plan first and writes it on confirmation, the only write
// DUBAN makes to a sheet it reads. Every string goes in the Text format, as the other outputs do,
// so a header such as "=要求" stays text.
import type { ColumnMapProposal } from '../actions';
import type { ColumnChoice, ColumnMapPlan } from '../../engine/read/columnMap';
import { planColumnMap } from '../../engine/read/columnMap';
import { RULES_COLUMNS, SHEET_NAMES } from '../../engine/read/schema';
import { TEXT_FORMAT } from '../../engine/report/cellFormat';
import { rangeAddress } from './cells';
import type { Context } from './host';
import { EXCEL_TEXT } from './messages';
import { readRulesSheet } from './readBook';

/** The plan for these choices on the workbook's 规则 sheet as it is now. Two syncs. */
export async function proposeColumnMap(context: Context, choices: readonly ColumnChoice[]): Promise<ColumnMapProposal> {
  const rules = await readRulesSheet(context);
  return { sheet: rules?.name ?? SHEET_NAMES.rules[0], choices, plan: planColumnMap(rules?.values ?? null, choices) };
}

/** One row's cells from a 0-based column. */
interface RowWrite {
  row: number;
  column: number;
  values: string[];
}

/** A new sheet's header row, each new row's 参数 and 值, and only the 值 of a row whose 值 changes. */
function rowWrites(plan: ColumnMapPlan): RowWrite[] {
  const header: RowWrite[] = plan.createSheet ? [{ row: 0, column: 0, values: RULES_COLUMNS.map((c) => c.header) }] : [];
  return [
    ...header,
    ...plan.writes.map((w): RowWrite => (w.replaces === null ? { row: w.row, column: 0, values: [...w.values] } : { row: w.row, column: 1, values: [w.values[1]] })),
  ];
}

/**
 * Writes the proposal after reading the 规则 sheet again: if it no longer gives the same plan (a
 * row added or changed since the preview), nothing is written and the user is told. Three syncs:
 * names, the 规则 sheet, the writes.
 */
export async function applyColumnMap(context: Context, proposal: ColumnMapProposal): Promise<void> {
  const now = await proposeColumnMap(context, proposal.choices);
  if (now.sheet !== proposal.sheet || JSON.stringify(now.plan) !== JSON.stringify(proposal.plan)) {
    throw new Error(EXCEL_TEXT.columnMapStale(proposal.sheet));
  }
  if (proposal.plan.writes.length === 0) return;
  context.application.suspendScreenUpdatingUntilNextSync();
  const sheet = proposal.plan.createSheet ? context.workbook.worksheets.add(proposal.sheet) : context.workbook.worksheets.getItem(proposal.sheet);
  for (const { row, column, values } of rowWrites(proposal.plan)) {
    const range = sheet.getRange(rangeAddress(row, column, 1, values.length));
    // Format first: a string arriving in a Text cell stays text.
    range.numberFormat = [values.map(() => TEXT_FORMAT)];
    range.values = [values];
  }
  await context.sync();
}
