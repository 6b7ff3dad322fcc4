// A generated ledger (arbitraries.ts) written the way offices keep theirs (FIELD-LEDGERS.md, SPEC
// §1.1), for the property that the layout never changes a ranking: title rows above the header,
// header aliases with line breaks (and 完成时间 mapped by a 列名 row), section rows, an item's units
// on merged sub-rows or together in one cell, month-only dates where a month's end or start is
// meant, 是否办结 instead of 办结日期, a two-column 单位 sheet, footnotes.
import fc from 'fast-check';
import { lastDayOfMonth, ymdOf } from '../../src/engine/calendar/dates';
import { cellAddress } from '../../src/engine/cellAddress';
import type { CellValue, Day, SheetInput, WorkbookInput } from '../../src/engine/model';
import { LEDGER_COLUMNS, type LedgerColumnKey } from '../../src/engine/read/schema';
import { ledgerModel, writeBook, type ItemModel, type LedgerModel } from './arbitraries';
import { periodFor } from './scoring';

// ---------------------------------------------------------------------------------------------
// Making a model fit for the field forms: the same model is then written both ways.

export interface Fitting {
  /** Per 编号 group: its other units copy the first row's dates and status (so one cell can name them all). */
  share: readonly boolean[];
  /** Per item: its 办理时限 moved to its month's last day, where its 延期至 stays later. */
  snap: readonly boolean[];
  /** Every completion on min(D, asOf), so that 是否办结 can stand for 办结日期 (SPEC §1.1 (7)). */
  flagDone: boolean;
}

/** 编号 → indexes of its items, in order of first appearance. */
export function groupsOf(items: readonly ItemModel[]): number[][] {
  const byId = new Map<string, number[]>();
  items.forEach((item, i) => {
    const group = byId.get(item.id);
    if (group) group.push(i);
    else byId.set(item.id, [i]);
  });
  return [...byId.values()];
}

const monthEnd = (day: Day) => {
  const { year, month } = ymdOf(day);
  return lastDayOfMonth(year, month);
};

export function fit(model: LedgerModel, how: Fitting): LedgerModel {
  const asOf = periodFor(model.month).asOf;
  const items = model.items.map((item, i) => {
    const end = monthEnd(item.deadline);
    const snap = how.snap[i % how.snap.length] && (item.extendedTo === null || item.extendedTo > end);
    return snap ? { ...item, deadline: end } : { ...item };
  });
  groupsOf(items).forEach((group, g) => {
    if (!how.share[g % how.share.length]) return;
    const first = items[group[0]];
    for (const i of group.slice(1)) items[i] = { ...first, id: items[i].id, unit: items[i].unit };
  });
  if (how.flagDone) {
    for (const item of items) {
      const due = item.extendedTo ?? item.deadline;
      const done = item.completed !== null && item.assigned <= asOf && item.completed <= asOf;
      item.completed = done ? Math.min(due, asOf) : null;
    }
  }
  return { ...model, items };
}

// ---------------------------------------------------------------------------------------------
// Writing the fitted model as an office would

export interface FieldWriting {
  /** Picks among a column's header and aliases, cycling. */
  headers: readonly number[];
  /** Per column: a line break inside its header. */
  breaks: readonly boolean[];
  /** The 办理时限 header written 完成时间, with a 列名 row in the 规则 sheet. */
  mapDeadline: boolean;
  titleRows: 0 | 1 | 2;
  /** A section row before every n-th 编号 group (0: none); merged across the table or not. */
  sectionEvery: number;
  mergedSections: boolean;
  /** Per 编号 group with several units: true, one cell naming them all (where their rows agree). */
  oneCell: readonly boolean[];
  /** Picks a separator for a cell of several units; some cells are labelled 牵头单位：… 责任单位：…. */
  separators: readonly number[];
  /** Dates written as months (`2026.6`, `2026年6月底前`) where they are a month's last (first) day. */
  monthDates: boolean;
  /** Picks among the words of each status. */
  words: readonly number[];
  twoColumnRoster: boolean;
  footnote: boolean;
}

const pick = <T>(options: readonly T[], picks: readonly number[], n: number): T => options[picks[n % picks.length] % options.length];

const SEPARATORS = ['、', '，', ',', '；', '/', '\n', ' '];
const SECTIONS = ['一、经济发展', '（二）民生实事', '三、城市建设', '4. 生态环境', '第五部分 其他'];
const WORDS = {
  done: ['已办结', '办结', '已完成', '完成'],
  open: ['办理中', '推进中', '在办', '未办结'],
  cancelled: ['已销号', '撤销', '取消'],
  yes: ['是', '已办结', '√'],
  no: ['否', '未办结', '推进中'],
};

type Column = LedgerColumnKey;
const SPEC = Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c])) as Record<Column, (typeof LEDGER_COLUMNS)[number]>;

function header(key: Column, n: number, flagged: boolean, how: FieldWriting): string {
  if (key === 'deadline' && how.mapDeadline) return how.breaks[n % how.breaks.length] ? '完成\n时间' : '完成时间';
  // An office that writes 是 / 否 heads the column 是否办结 or 办结情况.
  const names = key === 'status' && flagged ? ['是否办结', '办结情况'] : [SPEC[key].header, ...SPEC[key].aliases];
  const name = pick(names, how.headers, n);
  const broken = how.breaks[n % how.breaks.length] && name.length > 2;
  return broken ? `${name.slice(0, 2)}\n${name.slice(2)}` : name;
}

/** A day as a field ledger may write it: the month alone where the day is the month's end (or start). */
function fieldDate(day: Day | null, side: 'start' | 'end', how: FieldWriting, n: number): CellValue {
  if (day === null) return null;
  const { year, month, day: d } = ymdOf(day);
  const whole = side === 'end' ? d === ymdOf(lastDayOfMonth(year, month)).day : d === 1;
  if (how.monthDates && whole) return pick([`${year}.${month}`, `${year}年${month}月`, side === 'end' ? `${year}年${month}月底前` : `${year}年${month}月份`], how.words, n);
  return pick([day, `${year}.${month}.${d}`, `${year}年${month}月${d}日`], how.words, n);
}

/** The units of a group in one cell: separated, or labelled with the first as 牵头单位. */
function unitCell(names: readonly string[], how: FieldWriting, n: number): string {
  const separator = pick(SEPARATORS, how.separators, n);
  if (pick([false, false, true], how.separators, n + 1)) return `牵头单位：${names[0]}\n责任单位：${names.slice(1).join('、')}`;
  return names.join(separator);
}

/** The rows of a group agree on everything but the unit. */
const agree = (items: readonly ItemModel[]) =>
  items.every((x) => ['importance', 'assigned', 'deadline', 'extendedTo', 'completed', 'cancelled'].every((k) => x[k as keyof ItemModel] === items[0][k as keyof ItemModel]));

export function writeField(model: LedgerModel, how: FieldWriting): WorkbookInput {
  const template = writeBook(model);
  const flagged = model.items.every((i) => i.completed === null || i.completed === Math.min(i.extendedTo ?? i.deadline, periodFor(model.month).asOf));
  const keys: Column[] = ['id', 'content', 'unit', 'importance', 'assigned', 'deadline'];
  if (model.items.some((i) => i.extendedTo !== null)) keys.push('extendedTo');
  if (!flagged) keys.push('completed');
  keys.push('status', 'requirement', 'supervisor', 'progress');
  const width = keys.length;
  const headerRow = keys.map((key, n) => header(key, n, flagged, how));

  let written = 0;
  const unitName = (i: number) => (how.twoColumnRoster ? model.units[i].name : pick([model.units[i].name, ...model.units[i].aliases], how.words, written++));
  const statusWord = (item: ItemModel) => {
    if (item.cancelled) return pick(WORDS.cancelled, how.words, written++);
    if (flagged) return pick(item.completed !== null ? WORDS.yes : WORDS.no, how.words, written++);
    return pick(item.completed !== null ? WORDS.done : WORDS.open, how.words, written++);
  };
  const cells = (item: ItemModel, unit: string): CellValue[] =>
    keys.map((key) => {
      switch (key) {
        case 'id': return item.id;
        case 'content': return `事项${item.id}：推进重点工作`;
        case 'unit': return unit;
        case 'importance': return pick([item.importance, item.importance.slice(0, 2)], how.words, written++);
        case 'assigned': return fieldDate(item.assigned, 'start', how, written++);
        case 'deadline': return fieldDate(item.deadline, 'end', how, written++);
        case 'extendedTo': return fieldDate(item.extendedTo, 'end', how, written++);
        case 'completed': return item.completed === null ? null : pick([item.completed, `${ymdOf(item.completed).year}.${ymdOf(item.completed).month}.${ymdOf(item.completed).day}`], how.words, written++);
        case 'status': return statusWord(item);
        case 'requirement': return '按期完成';
        case 'supervisor': return '李四';
        default: return pick([null, '已推进'], how.words, written++);
      }
    });

  const rows: CellValue[][] = [];
  const merged: string[] = [];
  const titles = [['青川市2026年重点工作督办台账'], ['填报单位：市政府督查室', null, null, '更新时间：2026年6月5日']].slice(0, how.titleRows);
  for (const t of titles) {
    if (t.length === 1) merged.push(`A${rows.length + 1}:${cellAddress(rows.length, width - 1)}`);
    rows.push(t);
  }
  rows.push(headerRow);
  groupsOf(model.items).forEach((group, g) => {
    if (how.sectionEvery > 0 && g % how.sectionEvery === 0) {
      if (how.mergedSections) merged.push(`A${rows.length + 1}:${cellAddress(rows.length, width - 1)}`);
      rows.push([SECTIONS[(g / how.sectionEvery) % SECTIONS.length]]);
    }
    const items = group.map((i) => model.items[i]);
    if (items.length > 1 && agree(items) && how.oneCell[g % how.oneCell.length]) {
      rows.push(cells(items[0], unitCell(items.map((x) => unitName(x.unit)), how, g)));
      return;
    }
    const top = rows.length;
    for (const item of items) rows.push(cells(item, unitName(item.unit)));
    if (items.length === 1) return;
    // Each column whose cells agree down the group is merged: its value stays in the top cell.
    keys.forEach((_, c) => {
      if (keys[c] === 'unit' || !rows.slice(top, top + items.length).every((r) => r[c] === rows[top][c])) return;
      for (let r = top + 1; r < top + items.length; r++) rows[r][c] = null;
      merged.push(`${cellAddress(top, c)}:${cellAddress(top + items.length - 1, c)}`);
    });
  });
  if (how.footnote) rows.push(['备注：本台账每月5日前更新。'], [null, '制表人：张三']);

  const [, roster, adjustments, rules] = template.sheets as SheetInput[];
  // Two columns, 单位名称 | 单位类别, and no other names; or the other names headed 简称.
  const units: SheetInput = {
    name: '单位',
    values: roster.values.map((r, i) => (how.twoColumnRoster ? [r[0], r[1]] : i === 0 ? ['单位名称', '单位类别', '简称'] : r)),
  };
  const ruleRows = how.mapDeadline ? [...rules.values, ['列名:办理时限', '完成时间']] : rules.values;
  return {
    sheets: [{ name: '督办台账', values: rows, merged }, units, adjustments, { name: '规则', values: ruleRows }],
  };
}

const flags = fc.array(fc.boolean(), { minLength: 1, maxLength: 24 });
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

export const fieldWriting: fc.Arbitrary<FieldWriting> = fc.record({
  headers: picks,
  breaks: flags,
  mapDeadline: fc.boolean(),
  titleRows: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  sectionEvery: fc.nat(3),
  mergedSections: fc.boolean(),
  oneCell: flags,
  separators: picks,
  monthDates: fc.boolean(),
  words: picks,
  twoColumnRoster: fc.boolean(),
  footnote: fc.boolean(),
});

/** A generated model fitted for the field forms, and how to write it. */
export const fieldLedger = fc
  .record({
    model: ledgerModel(),
    fitting: fc.record({ share: flags, snap: flags, flagDone: fc.boolean() }),
    writing: fieldWriting,
  })
  .map(({ model, fitting, writing }) => ({ model: fit(model, fitting), writing }));

