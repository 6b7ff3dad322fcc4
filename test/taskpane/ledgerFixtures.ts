// Workbooks for the adapter tests, from the bundled example ledger read as the CLI reads it.
import * as path from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import type { CellValue, WorkbookInput } from '../../src/engine/model';
import type { Scalar } from './fakeModel';
import type { WorkbookData } from './fakeExcel';

export const EXAMPLE = path.join(__dirname, '../../examples/ledger-2026.xlsx');
export const MONTH = '2026-10';
export const FORMULA_LOOKING = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2', '@SUM(A1)'];

const scalar = (v: CellValue): Scalar | null => (v instanceof Date ? null : v);

export function asData(book: WorkbookInput): WorkbookData {
  return { sheets: book.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => row.map(scalar)) })) };
}

export const readExample = (): Promise<WorkbookInput> => readWorkbookFile(EXAMPLE);

function mapSheet(book: WorkbookData, name: string, map: (values: SheetValues) => SheetValues): WorkbookData {
  return { sheets: book.sheets.map((s) => (s.name === name ? { ...s, values: map(s.values) } : s)) };
}

type SheetValues = WorkbookData['sheets'][number]['values'];

/** The example's 台账 rows repeated under new 编号 until it has `rows` data rows. */
export function withLedgerRows(book: WorkbookData, rows: number): WorkbookData {
  return mapSheet(book, '台账', ([header, ...data]) => {
    const out = [header];
    for (let copy = 0; out.length <= rows; copy += 1) {
      for (const row of data) {
        if (out.length > rows) break;
        out.push(copy === 0 ? row : [`${row[0]}-${copy}`, ...row.slice(1)]);
      }
    }
    return out;
  });
}

/** The first four units of the roster renamed to text Excel would read as formulas, everywhere. */
export function withFormulaUnits(book: WorkbookData): WorkbookData {
  const roster = book.sheets.find((s) => s.name === '单位')!.values;
  const renames = new Map(roster.slice(1, 1 + FORMULA_LOOKING.length).map((row, i) => [row[0], FORMULA_LOOKING[i]]));
  return {
    sheets: book.sheets.map((s) => ({ ...s, values: s.values.map((row) => row.map((v) => (renames.has(v ?? null) ? renames.get(v ?? null)! : v))) })),
  };
}
