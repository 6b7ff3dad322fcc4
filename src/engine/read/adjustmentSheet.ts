// The 加减分 sheet: one bonus or deduction event per row, checked against the preset's table.
import { readDateField } from './dateField';
import type { Adjustment, AdjustmentCategoryRule, Item, Problem, RuleSet } from '../model';
import { MSG } from './messages';
import { importanceAmong } from '../rules/importance';
import { indexById } from './itemsById';
import { LEVEL_ALIASES } from '../rules/levels';
import type { Roster } from './roster';
import { ADJUSTMENT_COLUMNS, IMPORTANCE_ALIASES } from './schema';
import { RowReader, type Table } from './table';
import { cellText, normalizeText } from '../text';

type AdjustmentKey = (typeof ADJUSTMENT_COLUMNS)[number]['key'];

export interface AdjustmentContext {
  roster: Roster;
  rules: RuleSet;
  /** Every 编号 of the ledger, normalised. */
  ids: Pick<ReadonlySet<string>, 'has'>;
  items: readonly Item[];
  reportYear: number;
}

export function findCategory(rules: RuleSet, text: string): AdjustmentCategoryRule | null {
  const key = normalizeText(text);
  return rules.adjustmentCategories.find((c) => normalizeText(c.name) === key || c.aliases.some((a) => normalizeText(a) === key)) ?? null;
}

/** A 级别 as the table spells it: 国家级 is 国家, 特别 is 特别重要, 红色 is 红. */
export function canonicalLevel(text: string): string {
  const key = normalizeText(text);
  return IMPORTANCE_ALIASES[key] ?? LEVEL_ALIASES[key] ?? key;
}

export function readAdjustmentSheet(table: Table<AdjustmentKey>, ctx: AdjustmentContext, problems: Problem[]): Adjustment[] {
  // Only importance-graded entries with a blank 级别 need the rows by 编号: built on first use.
  let itemsById: Map<string, Item[]> | null = null;
  const byId = () => (itemsById ??= indexById(ctx.items));
  const out: Adjustment[] = [];
  for (const row of table.rows) {
    const r = new RowReader(table, row, problems);
    const errorsBefore = problems.length;
    const date = readDateField(r, 'date', '日期', ctx.reportYear, true);

    const unitText = cellText(r.value('unit'));
    const unit = unitText ? ctx.roster.resolve(unitText) : null;
    if (!unitText) r.error('unit', MSG.required('单位'));
    else if (!unit) r.error('unit', MSG.unknownUnit(unitText, ctx.roster.suggest(unitText)));

    const relatedText = cellText(r.value('relatedItem'));
    const relatedItem = relatedText || null;
    if (relatedItem && !ctx.ids.has(normalizeText(relatedItem))) r.error('relatedItem', MSG.unknownRelatedItem(relatedItem));
    else if (!relatedItem && ctx.rules.eventRules) r.warn('relatedItem', MSG.noRelatedItem());

    const categoryText = cellText(r.value('category'));
    const category = categoryText ? findCategory(ctx.rules, categoryText) : null;
    if (!categoryText) r.error('category', MSG.required('类别'));
    else if (!category) r.error('category', MSG.unknownCategory(categoryText, ctx.rules.preset, ctx.rules.adjustmentCategories.map((c) => c.name)));
    const level = category ? readLevel(r, category, relatedItem, unit?.name ?? '', byId) : null;

    const pointsValue = r.value('points');
    const pointsText = cellText(pointsValue);
    const points = pointsText === '' ? null : Number(normalizeText(pointsText));
    if (points !== null && !(Number.isFinite(points) && points >= 0)) r.error('points', MSG.badPoints(pointsText));

    if (problems.slice(errorsBefore).some((p) => p.severity === '错误')) continue;
    out.push({
      row: r.rowNumber,
      date: date as number,
      unit: unit?.name ?? '',
      category: category?.name ?? '',
      level,
      points,
      relatedItem,
      note: cellText(r.value('note')),
    });
  }
  return out;
}

/** The canonical level, checked against the category's column of the table. */
function readLevel(
  r: RowReader<AdjustmentKey>,
  category: AdjustmentCategoryRule,
  relatedItem: string | null,
  unit: string,
  itemsById: () => ReadonlyMap<string, Item[]>,
): string | null {
  if (category.levelKind === 'none') return null;
  const known = Object.keys(category.points);
  const text = cellText(r.value('level'));
  let level: string | null = text ? canonicalLevel(text) : null;
  if (!level && category.levelKind === 'importance') {
    level = relatedItem ? (importanceAmong(itemsById().get(normalizeText(relatedItem)) ?? [], unit) ?? null) : null;
    if (!level) r.error('level', MSG.levelNeedsItem(category.name));
    return level;
  }
  if (!level) r.error('level', MSG.missingLevel(category.name, known));
  else if (!known.includes(level)) r.error('level', MSG.unknownLevel(category.name, text, known));
  return level;
}
