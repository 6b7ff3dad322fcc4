// The free text of a 台账 row (ItemDetails): read when an output asks for it, not for every row
// of every read, since only a notice or a list of a few items ever shows it.
import type { CellValue, ItemDetails } from '../model';
import { cellText } from '../text';
import { keepShape } from './keptShapes';
import type { LedgerColumnKey } from './schema';
import type { ColumnIndexes, TableRow } from './table';

/** The details of an item made other than from a sheet (tests, benchmarks): nothing written. */
export const NO_DETAILS: ItemDetails = {
  section: '',
  deadlineText: '',
  requirement: '',
  standard: '',
  effect: '',
  owner: '',
  supervisor: '',
  leader: '',
  progress: '',
  note: '',
  source: '',
};

/**
 * A 台账 row, which is also the details of its items: the reader makes one object per row anyway,
 * and one more per row (the details apart) cost a third of the reading time in garbage collection,
 * as every item keeps it. The cells are the reader's (the sheet's values, or its copy of a row with
 * merged cells spread), which nothing writes to, so the text read later is the text the row held.
 * Its fields are getters: a spread (`{ ...item.details }`) copies none of them.
 */
export class LedgerRow implements TableRow, ItemDetails {
  constructor(
    readonly index: number,
    readonly cells: readonly CellValue[],
    readonly section: string,
    private readonly columns: ColumnIndexes,
  ) {}

  private text(key: LedgerColumnKey): string {
    const c = this.columns[key];
    return c === undefined ? '' : cellText(this.cells[c] ?? null);
  }

  get deadlineText(): string {
    return this.text('deadline');
  }
  get requirement(): string {
    return this.text('requirement');
  }
  get standard(): string {
    return this.text('standard');
  }
  get effect(): string {
    return this.text('effect');
  }
  get owner(): string {
    return this.text('owner');
  }
  get supervisor(): string {
    return this.text('supervisor');
  }
  get leader(): string {
    return this.text('leader');
  }
  get progress(): string {
    return this.text('progress');
  }
  get note(): string {
    return this.text('note');
  }
  get source(): string {
    return this.text('source');
  }
}

keepShape(new LedgerRow(0, [], '', {}));
