// One click's documents, whichever surface asks: the 通知单 of chosen items, or the 催办单 due on a
// date; the sheet they go on; for 催办单, what was left out and why.
import type { Day, Ledger } from '../model';
import { DOCUMENT_SHEETS } from './noticeText';
import { buildNotices, selectItems, type ItemDocument, type ItemSelection } from './notices';
import { buildUrgeNotices, urgeSkips, type UrgePlan } from './urgeNotices';

export type DocumentKind = '通知' | '催办';

export interface NoticeBatch {
  documents: ItemDocument[];
  /** The sheet name they are written under. */
  sheet: string;
  /** The 催办单's plan (registration reads it); null for 通知单. */
  urge: UrgePlan | null;
  /** 编号 or rows chosen that hold no item. */
  missing: string[];
  /** Items left without a 催办单 this time, and why. */
  skipped: string[];
}

/**
 * 通知单: the selection's items (a selection is needed), dated their 交办日期 unless `date` is given.
 * 催办单: those due on `asOf` among the selection's items, or among all items without one.
 */
export function noticeBatch(ledger: Ledger, kind: DocumentKind, selection: ItemSelection | null, asOf: Day, date?: Day): NoticeBatch {
  if (kind === '通知') {
    const chosen = selection ? selectItems(ledger, selection) : { items: [], missing: [] };
    const sheet = selection?.kind === 'month' ? DOCUMENT_SHEETS.noticesOfMonth(selection.year, selection.month) : DOCUMENT_SHEETS.notices;
    return { documents: buildNotices(ledger, chosen.items, date), sheet, urge: null, missing: chosen.missing, skipped: [] };
  }
  const urge = buildUrgeNotices(ledger, asOf, selection ?? undefined);
  return { documents: urge.notices.map((n) => n.document), sheet: DOCUMENT_SHEETS.urges(asOf), urge, missing: urge.missing, skipped: urgeSkips(urge) };
}
