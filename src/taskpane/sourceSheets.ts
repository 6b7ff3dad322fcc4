// Which sheets of a workbook the engine reads, found by name or alias as the engine finds them:
// each host adapter reads only these, and never writes them.
import { ledgerCandidates } from '../engine/read/ledgerSheetChoice';
import { findSheet } from '../engine/read/table';
import type { SheetKind } from '../engine/read/schema';

const SOURCE_KINDS: readonly SheetKind[] = ['ledger', 'roster', 'adjustments', 'rules', 'holidays', 'reports'];

/**
 * The sheets the engine would read for these kinds, as findSheet picks them by name or alias. With
 * no sheet named as the 台账, every sheet that may hold it by its header: read with the others, they
 * let the engine pick it without another round trip.
 */
export function sourceSheets(names: readonly string[], kinds: readonly SheetKind[] = SOURCE_KINDS): string[] {
  const book = { sheets: names.map((name) => ({ name, values: [] })) };
  return kinds.flatMap((kind) => findSheet(book, kind)?.name ?? (kind === 'ledger' ? ledgerCandidates(names) : []));
}
