// The 列对应 step's choices, from how the engine read the 台账 (its SheetReading) and what the user
// picked in the drop-downs: a sheet column (0-based) or none for each DUBAN column.
import type { ColumnChoice } from '../engine/read/columnMap';
import { LEDGER_COLUMNS } from '../engine/read/schema';
import type { ColumnReading, SheetReading } from '../engine/read/sheetReading';

/** Each DUBAN column's pick: a 0-based sheet column, or null for none. */
export type Selection = Readonly<Record<string, number | null>>;

/** The 台账's reading among readLedger's: the one read with the 台账's columns. */
export function ledgerReading(readings: readonly SheetReading[]): SheetReading | null {
  const keys = LEDGER_COLUMNS.map((c) => c.key).join();
  return readings.find((r) => r.columns.map((c) => c.key).join() === keys) ?? null;
}

/** Required columns the sheet has none of: the 错误 that opens the 列对应 step. */
export const missingRequired = (reading: SheetReading): ColumnReading[] => reading.columns.filter((c) => c.required && c.column === null);

/** How the sheet was read: each column's current guess. */
export const currentSelection = (reading: SheetReading): Selection => Object.fromEntries(reading.columns.map((c) => [c.key, c.column]));

/** The header text of a sheet column, as written. */
export const headerAt = (reading: SheetReading, column: number): string => reading.headers.find((h) => h.column === column)?.text ?? '';

/**
 * What to write: the columns picked differently from how the sheet was read. A column cannot be
 * unpicked (a 列名 row names a header, not its absence), so none counts only where there was none.
 */
export function changedChoices(reading: SheetReading, selection: Selection): ColumnChoice[] {
  return reading.columns.flatMap((c) => {
    const picked = selection[c.key] ?? null;
    return picked === null || picked === c.column ? [] : [{ key: c.key, header: headerAt(reading, picked) }];
  });
}

/** For each DUBAN column whose sheet column an earlier one took too, that earlier column's name. */
export function clashes(reading: SheetReading, selection: Selection): Map<string, string> {
  const owner = new Map<number, string>();
  const found = new Map<string, string>();
  for (const c of reading.columns) {
    const picked = selection[c.key] ?? null;
    if (picked === null) continue;
    const earlier = owner.get(picked);
    if (earlier === undefined) owner.set(picked, c.name);
    else found.set(c.key, earlier);
  }
  return found;
}
