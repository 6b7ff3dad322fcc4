// The rule set's tables that a 规则 sheet changes row by row, beside its `参数 | 值` parameters:
// `批评后果:2 | 约谈…` (what a unit's second 通报批评 of the year leads to),
// `来源时限:领导批示 | 5个工作日` (the default 办理时限 by 事项来源) and `报送频次:特别重要 | 每周`
// (how often an item of a 督查等级 reports progress). A row changes or adds the entry of its key and
// leaves the preset's other entries as they are; the value 无 removes a consequence or a source
// (every 督查等级 keeps a 报送频次).
import type { Cadence, CriticismConsequence, Importance, Problem, RuleSet, SourceDeadline } from '../model';
import { cellText, normalizeText, splitList } from '../text';
import { MSG } from './messages';
import { IMPORTANCE_ALIASES, RULES_COLUMNS } from './schema';
import { RowReader, type Table } from './table';

type RulesKey = (typeof RULES_COLUMNS)[number]['key'];

const CONSEQUENCE = '批评后果:';
const SOURCE = '来源时限:';
const CADENCE = '报送频次:';
const REMOVE = new Set(['无', '不适用']);

/** The words for a reporting period, in comparison form. */
const CADENCE_WORDS: Readonly<Record<string, Cadence>> = {
  每周: 'week',
  周: 'week',
  每星期: 'week',
  每月: 'month',
  月: 'month',
  每季度: 'quarter',
  每季: 'quarter',
  季度: 'quarter',
};

/** Whether a 规则 row's 参数 (in comparison form, where ： is :) belongs to a table, not a parameter. */
export const isRuleTableName = (name: string): boolean => name.startsWith(CONSEQUENCE) || name.startsWith(SOURCE) || name.startsWith(CADENCE);

// After normalizeText: 5个工作日 · 3个月 · 3个月,最长6个月 (， is , and spaces are gone).
const SOURCE_RULE = /^(\d+)个?(工作日|月)(?:[,;、]?(?:最长|最迟|最多|至多|延期最长|延期至多)(?:不超过)?(\d+)个?月)?$/;

type SourceTiming = Pick<SourceDeadline, 'amount' | 'unit' | 'maxMonths'>;

export function parseSourceRule(text: string): SourceTiming | null {
  const m = SOURCE_RULE.exec(normalizeText(text));
  if (!m) return null;
  const amount = Number(m[1]);
  const unit = m[2] === '月' ? 'months' : 'workdays';
  const maxMonths = m[3] === undefined ? null : Number(m[3]);
  if (amount < 1 || (maxMonths !== null && (maxMonths < 1 || (unit === 'months' && maxMonths < amount)))) return null;
  return { amount, unit, maxMonths };
}

/** The rule set with the tables' rows of the 规则 sheet applied. */
export function applyRuleTables(table: Table<RulesKey> | null, rules: RuleSet, problems: Problem[]): RuleSet {
  const consequences = new Map<number, CriticismConsequence | null>();
  const sources: SourceDeadline[] = [...rules.sourceDeadlines];
  const cadence: Record<Importance, Cadence> = { ...rules.reportCadence };
  const seen = new Set<string>();
  for (const row of table?.rows ?? []) {
    const r = new RowReader(table as Table<RulesKey>, row, problems);
    const name = normalizeText(cellText(r.value('name')));
    if (!isRuleTableName(name)) continue;
    if (seen.has(name)) {
      r.error('name', MSG.duplicateRuleTableRow(cellText(r.value('name'))));
      continue;
    }
    seen.add(name);
    const text = cellText(r.value('value'));
    const remove = REMOVE.has(normalizeText(text));
    if (!text) {
      r.error('value', MSG.required('值'));
    } else if (name.startsWith(CONSEQUENCE)) {
      const countText = name.slice(CONSEQUENCE.length);
      const count = Number(countText);
      if (!countText) r.error('name', MSG.emptyRuleTableKey(CONSEQUENCE));
      else if (!Number.isInteger(count) || count < 1) r.error('name', MSG.badConsequenceCount(countText));
      else consequences.set(count, remove ? null : { from: count, label: text });
    } else if (name.startsWith(CADENCE)) {
      const levelText = name.slice(CADENCE.length);
      const level = IMPORTANCE_ALIASES[levelText];
      const every = CADENCE_WORDS[normalizeText(text)];
      if (!levelText) r.error('name', MSG.emptyRuleTableKey(CADENCE));
      else if (!level) r.error('name', MSG.badCadenceLevel(levelText));
      else if (!every) r.error('value', MSG.badCadence(text));
      else cadence[level] = every;
    } else {
      const names = splitList(name.slice(SOURCE.length));
      const timing = remove ? null : parseSourceRule(text);
      if (names.length === 0) r.error('name', MSG.emptyRuleTableKey(SOURCE));
      else if (!remove && !timing) r.error('value', MSG.badSourceRule(text));
      else setSource(sources, names, timing);
    }
  }
  if (seen.size === 0) return rules;
  const ladder = rules.criticism.consequences.filter((c) => !consequences.has(c.from));
  for (const c of consequences.values()) if (c) ladder.push(c);
  ladder.sort((a, b) => a.from - b.from);
  return { ...rules, criticism: { ...rules.criticism, consequences: ladder }, sourceDeadlines: sources, reportCadence: cadence };
}

/** Changes, adds or (timing null) removes the source that any of `names` stands for. */
function setSource(sources: SourceDeadline[], names: readonly string[], timing: SourceTiming | null): void {
  const keys = names.map(normalizeText);
  const i = sources.findIndex((s) => [s.name, ...s.aliases].some((n) => keys.includes(normalizeText(n))));
  const existing = i >= 0 ? sources[i] : null;
  if (!timing) {
    if (existing) sources.splice(i, 1);
    return;
  }
  const known = existing ? [existing.name, ...existing.aliases].map(normalizeText) : [];
  const extra = names.filter((n) => !known.includes(normalizeText(n)));
  const entry: SourceDeadline = existing
    ? { ...existing, ...timing, aliases: [...existing.aliases, ...extra] }
    : { name: names[0], aliases: names.slice(1), ...timing };
  if (existing) sources[i] = entry;
  else sources.push(entry);
}
