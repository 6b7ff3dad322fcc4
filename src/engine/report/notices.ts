// The 督查通知单 (seed 000 《督查通知》, 004 政务督查通知单) as data: one per item and responsible
// unit, everything on it taken from the 台账 and the rule set.
import { dayOf, lastDayOfMonth } from '../calendar/dates';
import type { Day, Item, Ledger } from '../model';
import { normalizeText } from '../text';
import { noticeNumbers } from './documentNumbers';
import { NOTICE_LABELS as L, NOTICE_TEXT, documentNumber } from './noticeText';

export interface DocumentField {
  label: string;
  value: string;
  /** Short: shares a row with the next field that is short too, so a document keeps to one page. */
  pair?: boolean;
}

/** One printed page about one item for one unit: a 督查通知单 or a 催办单. */
export interface ItemDocument {
  issuer: string;
  title: string;
  /** 督通〔2026〕12号 */
  number: string;
  /** Date of issue. */
  date: Day;
  /** The responsible unit it is addressed to. */
  unit: string;
  itemId: string;
  intro: string;
  fields: readonly DocumentField[];
  /** A 催办单's colour band, its words and fill; null on a 通知单. */
  band: { text: string; fill: string } | null;
  /** Who signs it; null leaves a 签发人 line to sign by hand. */
  signer: string | null;
  /** 抄送, '' for none. */
  copyTo: string;
  /** A 通知单's cut-off 回执; null on a 催办单. */
  receipt: readonly DocumentField[] | null;
}

/** Which items: chosen by 编号, by 台账 row (the rows selected in Excel), or assigned in a month. */
export type ItemSelection =
  | { kind: 'ids'; ids: readonly string[] }
  | { kind: 'rows'; rows: readonly number[] }
  | { kind: 'month'; year: number; month: number };

export interface SelectedItems {
  items: Item[];
  /** 编号 asked for that no open-or-done item has (unknown, or 已销号); rows that hold no item. */
  missing: string[];
}

/** The items the selection names, 已销号 ones left out, in ledger order. */
export function selectItems(ledger: Ledger, selection: ItemSelection): SelectedItems {
  const live = ledger.items.filter((item) => !item.cancelled);
  switch (selection.kind) {
    case 'ids': {
      const wanted = new Map(selection.ids.map((id) => [normalizeText(id), id]));
      const items = live.filter((item) => wanted.has(normalizeText(item.id)));
      const found = new Set(items.map((item) => normalizeText(item.id)));
      return { items, missing: [...wanted].filter(([key]) => !found.has(key)).map(([, id]) => id) };
    }
    case 'rows': {
      const rows = new Set(selection.rows);
      const items = live.filter((item) => rows.has(item.row));
      const found = new Set(items.map((item) => item.row));
      return { items, missing: selection.rows.filter((row) => !found.has(row)).map(String) };
    }
    case 'month': {
      const from = dayOf(selection.year, selection.month, 1);
      const to = lastDayOfMonth(selection.year, selection.month);
      return { items: live.filter((item) => item.assigned >= from && item.assigned <= to), missing: [] };
    }
  }
}

/** Every responsible unit of each 编号, in ledger order: a joint item's notice names them all. */
function unitsById(ledger: Ledger): (id: string) => readonly string[] {
  const units = new Map<string, string[]>();
  for (const item of ledger.items) {
    const key = normalizeText(item.id);
    const list = units.get(key);
    if (!list) units.set(key, [item.unit]);
    else if (!list.includes(item.unit)) list.push(item.unit);
  }
  return (id) => units.get(normalizeText(id)) ?? [];
}

/**
 * The 通知单 of the items, in number order, dated their 交办日期 unless `date` is given. Blank
 * ledger cells print as blanks to fill in by hand, never as guesses.
 */
export function buildNotices(ledger: Ledger, items: readonly Item[], date?: Day): ItemDocument[] {
  const { params, documents, reportCadence } = ledger.rules;
  const numbers = noticeNumbers(ledger);
  const unitsOf = unitsById(ledger);
  const numbered = items.map((item) => ({ item, n: numbers.get(item) ?? { year: 0, number: 0 } }));
  numbered.sort((a, b) => a.n.year - b.n.year || a.n.number - b.n.number);
  return numbered.map(({ item, n }) => {
    const number = documentNumber(params.noticePrefix, n.year, n.number);
    const d = item.details;
    const fields: DocumentField[] = [
      { label: L.id, value: item.id },
      ...(d.section ? [{ label: L.section, value: d.section }] : []),
      { label: L.content, value: item.content },
      { label: L.requirement, value: d.requirement },
      { label: L.standard, value: d.standard },
      { label: L.deadline, value: NOTICE_TEXT.deadline(item.deadline, d.deadlineText, item.extendedTo), pair: true },
      { label: L.importance, value: item.importance, pair: true },
      { label: L.units, value: unitsOf(item.id).join('、') },
      { label: L.cooperators, value: item.cooperators.join('、') },
      { label: L.leader, value: d.leader, pair: true },
      { label: L.owner, value: d.owner, pair: true },
      { label: L.supervisor, value: d.supervisor, pair: true },
      { label: L.phone, value: params.phone, pair: true },
      { label: L.cadence, value: NOTICE_TEXT.cadence(item.importance, reportCadence[item.importance]) },
    ];
    return {
      issuer: params.issuer,
      title: documents.noticeTitle,
      number,
      date: date ?? item.assigned,
      unit: item.unit,
      itemId: item.id,
      intro: NOTICE_TEXT.noticeIntro,
      fields,
      band: null,
      signer: null,
      copyTo: '',
      receipt: [
        { label: NOTICE_TEXT.receiptFields.unit, value: item.unit },
        { label: NOTICE_TEXT.receiptFields.person, value: '' },
        { label: NOTICE_TEXT.receiptFields.time, value: NOTICE_TEXT.receiptTimeBlank },
      ],
    };
  });
}
