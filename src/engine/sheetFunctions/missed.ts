// DUBAN.MISSED on plain data: a unit's 应报未报 of the year up to a date, the same number as its
// 未报次数 in the month's ranking.
import type { Period } from '../model';
import { parsedLedger, type LedgerTables } from './ledgerCache';
import { unitOf } from './ranking';

export function missedCount(unitName: string, tables: LedgerTables, period: Period): number {
  const parsed = parsedLedger(tables, period);
  return parsed.reportTallies(period)?.get(unitOf(parsed, unitName))?.missing ?? 0;
}
