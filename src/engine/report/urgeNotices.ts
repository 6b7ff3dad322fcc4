// The 催办单 (seed 002 第十一条、第十五条; seed 000 《催办通知》; seed 004 催办单) as data: one per item
// 逾期未办结 on the date of issue and responsible unit. district-dynamic gives each its colour
// (score/urgeLevel.ts); sanmenxia-2019 names the escalation stage the item has reached.
import { ymdOf } from '../calendar/dates';
import type { Adjustment, Day, Item, Ledger, UrgeLevel } from '../model';
import { escalate } from '../score/escalation';
import { effectiveDeadline, itemStatus } from '../score/status';
import { nextUrge, urgeHistory } from '../score/urgeLevel';
import { compareIds } from './idOrder';
import { firstUrgeNumber } from './documentNumbers';
import { NOTICE_LABELS as L, NOTICE_TEXT, documentNumber } from './noticeText';
import { selectItems, type DocumentField, type ItemDocument, type ItemSelection } from './notices';
import { URGE_STAGE_FILL } from './sheetStyle';

export interface UrgeNotice {
  document: ItemDocument;
  item: Item;
  /** The colour (蓝, 黄, 红) it is registered under; null under a preset without colours. */
  level: string | null;
  overdueWorkdays: number;
}

export interface UrgePlan {
  /** Date of issue: overdue working days count up to it. */
  date: Day;
  notices: UrgeNotice[];
  /** Items whose last 催办单 is still inside its reply time: no new one before `replyBy`. */
  waiting: { item: Item; previous: Adjustment; replyBy: Day }[];
  /** Overdue only since days off: no working day has passed since the deadline. */
  notYet: Item[];
  /** Chosen items that are not 逾期未办结 on the date. */
  notOverdue: Item[];
  /** 编号 or rows chosen that hold no item. */
  missing: string[];
}

/** 此前催办: the colours already issued for the item, oldest first. */
function previousText(levels: readonly UrgeLevel[], issued: readonly Adjustment[]): string {
  if (issued.length === 0) return NOTICE_TEXT.noPrevious;
  const title = (a: Adjustment) => levels.find((l) => l.level === a.level)?.title ?? a.level ?? '';
  return issued.map((a) => NOTICE_TEXT.previous(title(a), a.date, a.note)).join('；');
}

interface Decided {
  item: Item;
  overdueWorkdays: number;
  title: string;
  level: UrgeLevel | null;
  stage: string | null;
  issued: readonly Adjustment[];
}

/**
 * The 催办单 due on `date` for the chosen items, or for every item 逾期未办结 then. Numbers run on
 * from the 催办单 already registered that year (documentNumbers.ts).
 */
export function buildUrgeNotices(ledger: Ledger, date: Day, selection?: ItemSelection): UrgePlan {
  const { params, documents } = ledger.rules;
  const chosen = selection ? selectItems(ledger, selection) : { items: ledger.items.filter((i) => !i.cancelled), missing: [] };
  const plan: UrgePlan = { date, notices: [], waiting: [], notYet: [], notOverdue: [], missing: chosen.missing };
  const history = documents.urgeCategory === null ? () => [] : urgeHistory(ledger, documents.urgeCategory, date);
  const decided: Decided[] = [];
  for (const item of chosen.items) {
    const deadline = effectiveDeadline(item);
    if (item.assigned > date || deadline === null || itemStatus(item, date) !== '逾期未办结') {
      if (selection) plan.notOverdue.push(item);
      continue;
    }
    const { overdueWorkdays, stage } = escalate(ledger.rules, ledger.calendar, deadline, null, date);
    if (documents.urgeLevels.length === 0) {
      if (stage) decided.push({ item, overdueWorkdays, title: documents.urgeTitle, level: null, stage: stage.label, issued: [] });
      else plan.notYet.push(item);
      continue;
    }
    const issued = history(item.unit, item.id);
    const next = nextUrge(documents.urgeLevels, issued, overdueWorkdays, ledger.calendar, date);
    if (next.kind === 'issue') decided.push({ item, overdueWorkdays, title: next.level.title, level: next.level, stage: null, issued });
    else if (next.kind === 'waiting') plan.waiting.push({ item, previous: next.previous, replyBy: next.replyBy });
    else plan.notYet.push(item);
  }
  decided.sort((a, b) => compareIds(a.item.id, b.item.id));
  const year = ymdOf(date).year;
  const first = firstUrgeNumber(ledger, year);
  plan.notices = decided.map((d, i) => ({
    document: urgeDocument(ledger, d, date, documentNumber(params.urgePrefix, year, first + i)),
    item: d.item,
    level: d.level?.level ?? null,
    overdueWorkdays: d.overdueWorkdays,
  }));
  return plan;
}

function urgeDocument(ledger: Ledger, d: Decided, date: Day, number: string): ItemDocument {
  const { params, documents } = ledger.rules;
  const { item, level } = d;
  const details = item.details;
  const fields: DocumentField[] = [
    { label: L.id, value: item.id },
    { label: L.content, value: item.content },
    { label: L.originalDeadline, value: NOTICE_TEXT.deadline(item.deadline, details.deadlineText, item.extendedTo), pair: true },
    { label: L.overdue, value: NOTICE_TEXT.overdue(d.overdueWorkdays, date), pair: true },
    ...(d.stage ? [{ label: L.stage, value: d.stage }] : []),
    ...(details.progress ? [{ label: L.progress, value: details.progress }] : []),
    ...(details.effect ? [{ label: L.effect, value: details.effect }] : []),
    ...(level ? [{ label: L.previous, value: previousText(documents.urgeLevels, d.issued) }] : []),
    { label: L.demand, value: level ? level.demand : NOTICE_TEXT.stageDemand(params.issuer) },
    ...(details.leader ? [{ label: L.leader, value: details.leader }] : []),
    { label: L.supervisor, value: details.supervisor, pair: true },
    { label: L.phone, value: params.phone, pair: true },
  ];
  return {
    issuer: params.issuer,
    title: d.title,
    number,
    date,
    unit: item.unit,
    itemId: item.id,
    intro: NOTICE_TEXT.urgeIntro(d.title),
    fields,
    band: { text: d.title, fill: level ? level.fill : URGE_STAGE_FILL },
    signer: level ? level.signer : documents.stageSigner,
    copyTo: level ? level.copyTo : '',
    receipt: null,
  };
}

/** Why some chosen or overdue items got no 催办单 this time, one line each. */
export function urgeSkips(plan: UrgePlan): string[] {
  return [
    ...plan.waiting.map((w) => NOTICE_TEXT.waiting(w.item.id, w.item.unit, w.replyBy)),
    ...plan.notYet.map((item) => NOTICE_TEXT.notYet(item.id, item.unit)),
    ...plan.notOverdue.map((item) => NOTICE_TEXT.notOverdue(item.id, item.unit)),
  ];
}
