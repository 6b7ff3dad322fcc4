// The bundled example ledger (青川市, 2026) as the engine reads it, under either preset: district-
// dynamic gets the same 台账 and 单位 with 加减分 holding only the 催办 entries a test gives.
import { readWorkbookFile } from '../../../src/cli/readWorkbook';
import type { Day, Ledger, WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';
import { EXAMPLE, districtBook, type UrgeEntry } from '../../fixtures/districtExample';

let example: Promise<WorkbookInput> | null = null;
export const exampleBook = (): Promise<WorkbookInput> => (example ??= readWorkbookFile(EXAMPLE));

/** The book read with no 错误; fails the test otherwise. */
export function ledgerOf(book: WorkbookInput, asOf: Day, year = 2026): Ledger {
  const read = readLedger(book, { reportYear: year, asOf });
  const errors = read.problems.filter((p) => p.severity === '错误');
  if (errors.length > 0 || !read.ledger) throw new Error(`the example has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  return read.ledger;
}

export async function sanmenxiaExample(asOf: Day): Promise<Ledger> {
  return ledgerOf(await exampleBook(), asOf);
}

export async function districtExample(asOf: Day, entries: readonly UrgeEntry[] = []): Promise<Ledger> {
  return ledgerOf(districtBook(await exampleBook(), entries), asOf);
}
