// What the pane offers to append to 加减分, on every host: the 登记催办 rows after 催办单, and the
// suggested 加减分 for 应报未报 after 生成通报. The rows are listed before anything is written;
// appendAdjustments (actions.ts) writes them only on the user's confirmation, where
// registrationWrite says what each host writes.
import type { Ledger, Period, WorkbookInput } from '../engine/model';
import { appendCells, type CellBlock } from '../engine/report/hostCells';
import { appendPlan, type AppendPlan, type RegistrationRow } from '../engine/report/registration';
import { suggestedAdjustments } from '../engine/report/suggestedAdjustments';
import type { RegistrationOffer, RegistrationResult } from './actions';

/** Where the rows would go, or why the 加减分 sheet cannot take them; null when there are none. */
export function registrationOffer(book: WorkbookInput, rows: readonly RegistrationRow[]): RegistrationOffer | null {
  if (rows.length === 0) return null;
  const plan = appendPlan(book, rows);
  return 'error' in plan ? { error: plan.error } : { sheet: plan.sheet, rows };
}

/** The month's suggested 加减分 (none without a 报送 sheet, or when all are registered). */
export function suggestionOffer(ledger: Ledger, period: Period, book: WorkbookInput): RegistrationOffer | null {
  return registrationOffer(book, suggestedAdjustments(ledger, period));
}

/** What a host writes for a confirmed 登记, and what the pane is told of it. */
export interface RegistrationWrite {
  /** The sheet, to add when `plan.create`; the cells go from row plan.startRow, column A. */
  plan: AppendPlan;
  cells: CellBlock;
  result: RegistrationResult;
}

/**
 * 登记 on the 加减分 sheet as read just now (it may have changed since the rows were offered: they go
 * below what is there now); throws, writing nothing, when the sheet can no longer take them.
 */
export function registrationWrite(book: WorkbookInput, rows: readonly RegistrationRow[]): RegistrationWrite {
  const plan = appendPlan(book, rows);
  if ('error' in plan) throw new Error(plan.error);
  // 1-based, below the header a new sheet gets.
  const first = plan.startRow + (plan.create ? 2 : 1);
  return { plan, cells: appendCells(plan), result: { sheet: plan.sheet, firstRow: first, lastRow: first + rows.length - 1 } };
}
