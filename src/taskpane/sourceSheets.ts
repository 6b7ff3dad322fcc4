// Which sheets of a workbook the engine reads, found by name or alias as the engine finds them:
// each host adapter reads only these, and never writes them.
import { findSheet } from '../engine/read/table';
import type { SheetKind } from '../engine/read/schema';

const SOURCE_KINDS: readonly SheetKind[] = ['ledger', 'roster', 'adjustments', 'rules', 'holidays'];

/** The sheets the engine would read for these kinds, as findSheet picks them by name or alias. */
export function sourceSheets(names: readonly string[], kinds: readonly SheetKind[] = SOURCE_KINDS): string[] {
  const book = { sheets: names.map((name) => ({ name, values: [] })) };
  return kinds.flatMap((kind) => findSheet(book, kind)?.name ?? []);
}
