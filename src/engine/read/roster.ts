// The 单位 sheet: which units are scored, their ranking group, and the other names staff write.
import { closest } from 'fastest-levenshtein';
import type { Problem, RuleSet, Unit } from '../model';
import { keepShape } from './keptShapes';
import { MSG } from './messages';
import { ROSTER_COLUMNS } from './schema';
import { RowReader, type Table } from './table';
import { cellText, normalizeText, splitList } from '../text';

export const UNCATEGORISED = '未分类';

type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];

export class Roster {
  private readonly byKey = new Map<string, Unit>();
  private groups: Map<string, Unit[]> | null = null;

  constructor(readonly units: readonly Unit[]) {
    for (const unit of units) {
      this.byKey.set(normalizeText(unit.name), unit);
      for (const alias of unit.aliases) this.byKey.set(normalizeText(alias), unit);
    }
  }

  /** The unit a name or alias stands for, or null. */
  resolve(name: string): Unit | null {
    return this.byKey.get(normalizeText(name)) ?? null;
  }

  /** The units of each category in roster order: what a collective part such as 各县（市、区） stands for. */
  byCategory(): ReadonlyMap<string, readonly Unit[]> {
    // Built on first use: only a ledger that writes collectives needs it.
    if (!this.groups) {
      this.groups = new Map();
      for (const unit of this.units) {
        const group = this.groups.get(unit.category);
        if (group) group.push(unit);
        else this.groups.set(unit.category, [unit]);
      }
    }
    return this.groups;
  }

  /** The roster name closest to a name that matched nothing, to suggest in the message. */
  suggest(name: string): string | null {
    if (this.byKey.size === 0) return null;
    const key = closest(normalizeText(name), [...this.byKey.keys()]);
    return this.byKey.get(key)?.name ?? null;
  }
}

keepShape(new Roster([]));

/** The preset's spelling of a category when the roster's text matches one (县(市、区) is 县（市、区）). */
function canonicalCategory(text: string, rules: RuleSet): string {
  const key = normalizeText(text);
  return rules.unitCategories.find((c) => normalizeText(c) === key) ?? text;
}

export function readRoster(table: Table<RosterKey>, rules: RuleSet, problems: Problem[]): Roster {
  const units: Unit[] = [];
  // Names and aliases share one space: a name may not be another unit's alias either.
  const owners = new Map<string, { unit: string; row: number; alias: boolean }>();
  for (const row of table.rows) {
    const r = new RowReader(table, row, problems);
    const name = cellText(r.value('name'));
    if (!name) {
      r.error('name', MSG.required('单位名称'));
      continue;
    }
    const key = normalizeText(name);
    const owner = owners.get(key);
    if (owner) {
      r.error('name', owner.alias ? MSG.duplicateAlias(name, owner.unit) : MSG.duplicateUnit(name, owner.row));
      continue;
    }
    owners.set(key, { unit: name, row: r.rowNumber, alias: false });
    const categoryText = cellText(r.value('category'));
    if (!categoryText) r.warn('category', MSG.uncategorised(name, rules.unitCategories));
    const aliases: string[] = [];
    for (const alias of splitList(cellText(r.value('aliases')))) {
      const aliasKey = normalizeText(alias);
      if (aliasKey === key) continue;
      const taken = owners.get(aliasKey);
      if (taken) {
        r.error('aliases', MSG.duplicateAlias(alias, taken.unit));
        continue;
      }
      owners.set(aliasKey, { unit: name, row: r.rowNumber, alias: true });
      aliases.push(alias);
    }
    units.push({
      name,
      category: categoryText ? canonicalCategory(categoryText, rules) : UNCATEGORISED,
      aliases,
      row: r.rowNumber,
    });
  }
  return new Roster(units);
}

/** Without a 单位 sheet, the ledger's own 责任单位 names are the roster, all 未分类. */
export function rosterFromNames(names: readonly string[]): Roster {
  const seen = new Set<string>();
  const units: Unit[] = [];
  for (const name of names) {
    const key = normalizeText(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    units.push({ name, category: UNCATEGORISED, aliases: [], row: 0 });
  }
  return new Roster(units);
}
