/// <reference types="office-js" />
// The 列对应 step on Office.js (SPEC §1.1 (3)): the engine's planColumnMap says which rows of the
// 规则 sheet to write; this shows the plan first and writes it on confirmation, the only write
// DUBAN makes to a sheet it reads. Every string goes in the Text format, as the other outputs do,
// so a header such as "=要求" stays text.
import type { ColumnMapProposal } from '../actions';
import { checkProposalCurrent, columnMapProposal } from '../actionSteps';
import { columnMapWrites, type ColumnChoice } from '../../engine/read/columnMap';
import { TEXT_FORMAT } from '../../engine/report/cellFormat';
import { rangeAddress } from './cells';
import type { Context } from './host';
import { readRulesSheet } from './readBook';

/** The plan for these choices on the workbook's 规则 sheet as it is now. Two syncs. */
export async function proposeColumnMap(context: Context, choices: readonly ColumnChoice[]): Promise<ColumnMapProposal> {
  return columnMapProposal(await readRulesSheet(context), choices);
}

/**
 * Writes the proposal after reading the 规则 sheet again (checkProposalCurrent). Three syncs:
 * names, the 规则 sheet, the writes.
 */
export async function applyColumnMap(context: Context, proposal: ColumnMapProposal): Promise<void> {
  checkProposalCurrent(proposal, await proposeColumnMap(context, proposal.choices));
  if (proposal.plan.writes.length === 0) return;
  context.application.suspendScreenUpdatingUntilNextSync();
  const sheet = proposal.plan.createSheet ? context.workbook.worksheets.add(proposal.sheet) : context.workbook.worksheets.getItem(proposal.sheet);
  for (const { row, column, values } of columnMapWrites(proposal.plan)) {
    const range = sheet.getRange(rangeAddress(row, column, 1, values.length));
    // Format first: a string arriving in a Text cell stays text.
    range.numberFormat = [values.map(() => TEXT_FORMAT)];
    range.values = [values];
  }
  await context.sync();
}
