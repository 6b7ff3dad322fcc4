// Default deadlines by 事项来源 (seed 003 九、十): a blank 办理时限 of an item whose source the rule set
// knows becomes its source's default, and a source may cap 延期至 at some months after 交办日期.
import { addMonths } from '../calendar/dates';
import type { Calendar, Day, SourceDeadline } from '../model';
import { normalizeText } from '../text';

/** The rule for a 事项来源 as written (its name or an alias), or null. */
export function findSource(sources: readonly SourceDeadline[], text: string): SourceDeadline | null {
  const key = normalizeText(text);
  if (!key) return null;
  return sources.find((s) => normalizeText(s.name) === key || s.aliases.some((a) => normalizeText(a) === key)) ?? null;
}

/** 交办日期 plus the source's working days (the Chinese calendar) or months (EDATE). */
export function sourceDeadline(source: SourceDeadline, assigned: Day, calendar: Calendar): Day {
  return source.unit === 'workdays' ? calendar.addWorkdays(assigned, source.amount) : addMonths(assigned, source.amount);
}

/** The latest 延期至 the source allows (EDATE(交办日期, maxMonths)), or null when it sets none. */
export function sourceExtensionLimit(source: SourceDeadline, assigned: Day): Day | null {
  return source.maxMonths === null ? null : addMonths(assigned, source.maxMonths);
}

const sameSource = (a: SourceDeadline, b: SourceDeadline) =>
  a.name === b.name && a.amount === b.amount && a.unit === b.unit && a.maxMonths === b.maxMonths &&
  a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);

/** Whether two tables give every row the same default: a row read under one may be reused under the other. */
export function sameSources(a: readonly SourceDeadline[], b: readonly SourceDeadline[]): boolean {
  return a === b || (a.length === b.length && a.every((s, i) => sameSource(s, b[i])));
}
