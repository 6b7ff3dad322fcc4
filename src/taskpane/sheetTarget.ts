// Where a generated sheet goes when its name is taken: SPEC §5 never replaces a sheet silently.
import type { ConflictChoice, OnConflict } from './actions';
import { uniqueSheetName } from '../engine/report/sheetLayout';

export interface SheetTarget {
  name: string;
  /** The existing sheet to delete first, when the user chose to replace it. */
  replaces: string | null;
}

/**
 * The name to write `wanted` under, asking `onConflict` when a sheet has it already; null when
 * the user cancels. A source sheet (台账, 单位 …) is never replaced, whatever the answer: it gets
 * the new name instead.
 */
export async function chooseTarget(
  wanted: string,
  taken: readonly string[],
  sources: readonly string[],
  onConflict: OnConflict,
): Promise<SheetTarget | null> {
  const suggested = uniqueSheetName(wanted, taken);
  if (suggested === wanted) return { name: wanted, replaces: null };
  // Excel compares sheet names ignoring case.
  const existing = taken.find((name) => name.toUpperCase() === wanted.toUpperCase()) ?? wanted;
  const choice: ConflictChoice = await onConflict(existing, suggested);
  if (choice === 'cancel') return null;
  if (choice === 'replace' && !sources.includes(existing)) return { name: wanted, replaces: existing };
  return { name: suggested, replaces: null };
}

/** The sheet names once `target` is written: the replaced one gone, the new one there. */
export const namesAfter = (taken: readonly string[], target: SheetTarget): string[] => [
  ...taken.filter((name) => name !== target.replaces),
  target.name,
];

/** A target for each wanted sheet, asking about every taken name before anything is written, so a cancel writes nothing; null when cancelled. */
export async function chooseTargets(
  wanted: readonly string[],
  taken: readonly string[],
  sources: readonly string[],
  onConflict: OnConflict,
): Promise<SheetTarget[] | null> {
  let names = [...taken];
  const chosen: SheetTarget[] = [];
  for (const name of wanted) {
    const target = await chooseTarget(name, names, sources, onConflict);
    if (!target) return null;
    chosen.push(target);
    names = namesAfter(names, target);
  }
  return chosen;
}
