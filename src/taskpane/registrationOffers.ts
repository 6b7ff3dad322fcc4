// What the pane offers to append to 加减分, on every host: the 登记催办 rows after 催办单, and the
// suggested 加减分 for 应报未报 after 生成通报. The rows are listed before anything is written;
// appendAdjustments (actions.ts) writes them only on the user's confirmation.
import type { Ledger, Period, WorkbookInput } from '../engine/model';
import { appendPlan, type RegistrationRow } from '../engine/report/registration';
import { suggestedAdjustments } from '../engine/report/suggestedAdjustments';
import type { RegistrationOffer } from './actions';

/** Where the rows would go, or why the 加减分 sheet cannot take them; null when there are none. */
export function registrationOffer(book: WorkbookInput, rows: readonly RegistrationRow[]): RegistrationOffer | null {
  if (rows.length === 0) return null;
  const plan = appendPlan(book, rows);
  return 'error' in plan ? { error: plan.error } : { sheet: plan.sheet, rows };
}

/**
 * The month's suggested 加减分 (none without a 报送 sheet, or when all are registered). `notYet`: the
 * host cannot append yet, and says so instead of listing rows it could not write.
 */
export function suggestionOffer(ledger: Ledger, period: Period, book: WorkbookInput, notYet: string | null): RegistrationOffer | null {
  const rows = suggestedAdjustments(ledger, period);
  if (rows.length === 0) return null;
  return notYet === null ? registrationOffer(book, rows) : { error: notYet };
}
