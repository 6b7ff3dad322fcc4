// Which sheet is the 台账 when no sheet is named for it (issue 11 (d)): a county office keeps its
// ledger on Sheet1, 工作表1 or 2026年督办事项. The one sheet whose header row (SPEC §1.1 (1)–(3))
// reads as a 台账's is taken, with a 警告 naming it; two such sheets are an 错误, never a guess.
// Sheets named as another source (单位, 加减分 …) and the sheets DUBAN writes are never candidates.
import { cellAddress } from '../cellAddress';
import type { Problem, SheetInput, WorkbookInput } from '../model';
import { normalizeText } from '../text';
import { readColumnMap } from './columnMap';
import { isGeneratedSheet } from './generatedSheets';
import { findHeader, HEADER_SEARCH_ROWS, type ColumnMapping } from './headerRow';
import { spreadMerged } from './mergedCells';
import { MSG } from './messages';
import { LEDGER_COLUMNS, RULES_COLUMNS, SHEET_NAMES } from './schema';
import { findSheet, readTable } from './table';

/** The columns a header must have to be a 台账's: what the item is, and who must do it. */
const SIGNATURE = ['content', 'unit'] as const;
const SIGNATURE_NAMES = SIGNATURE.map((key) => LEDGER_COLUMNS.find((c) => c.key === key)!.header);

const OTHER_SOURCE_NAMES: ReadonlySet<string> = new Set(
  Object.entries(SHEET_NAMES).flatMap(([kind, names]) => (kind === 'ledger' ? [] : names.map(normalizeText))),
);

/**
 * The sheets that may hold the 台账 when none is named for it: every sheet not named as another
 * source and not written by DUBAN. The host adapters read them with the other sources.
 */
export function ledgerCandidates(names: readonly string[]): string[] {
  return names.filter((name) => !OTHER_SOURCE_NAMES.has(normalizeText(name)) && !isGeneratedSheet(name));
}

/** The 0-based first header row, when the sheet's header has the signature columns; else null. */
function ledgerHeaderRow(sheet: SheetInput, mapping: readonly ColumnMapping[]): number | null {
  // The header search reads the first rows and the one below them (a grouped header's lower half):
  // merged cells are spread over those alone, as readSheetTable would see them.
  const top = spreadMerged(sheet.values.slice(0, HEADER_SEARCH_ROWS + 1), sheet.merged).values;
  const header = findHeader(top, LEDGER_COLUMNS, mapping);
  return header && SIGNATURE.every((key) => header.columns.has(key)) ? header.rows[0] : null;
}

export interface LedgerSheetChoice {
  /** The sheet to read as the 台账; null when there is none, or more than one. */
  sheet: SheetInput | null;
  /** The 警告 that says which sheet was taken, or the 错误 of none or several. */
  problem: Problem;
}

/** The 台账 of a workbook with no sheet named for it, by its header (`mapping`: the 规则 sheet's 列名 rows). */
export function ledgerByHeader(book: WorkbookInput, mapping: readonly ColumnMapping[]): LedgerSheetChoice {
  const candidates = new Set(ledgerCandidates(book.sheets.map((s) => s.name)));
  const found = book.sheets.flatMap((sheet) => {
    const row = candidates.has(sheet.name) ? ledgerHeaderRow(sheet, mapping) : null;
    return row === null ? [] : [{ sheet, row }];
  });
  if (found.length === 1) {
    const [{ sheet, row }] = found;
    return { sheet, problem: { sheet: sheet.name, cell: cellAddress(row, 0), severity: '警告', message: MSG.ledgerByHeader(sheet.name, row + 1, SIGNATURE_NAMES) } };
  }
  const message =
    found.length > 1
      ? MSG.ledgerCandidates(found.map((f) => f.sheet.name), SIGNATURE_NAMES)
      : MSG.missingLedger(SHEET_NAMES.ledger, SIGNATURE_NAMES, HEADER_SEARCH_ROWS);
  return { sheet: null, problem: { sheet: found[0]?.sheet.name ?? SHEET_NAMES.ledger[0], cell: '', severity: '错误', message } };
}

/**
 * The sheet readLedger reads as the 台账, for a caller that needs it before reading (the CLI sizes
 * its progress by it): by name, else by its header under the 规则 sheet's 列名 rows.
 */
export function ledgerSheetOf(book: WorkbookInput): SheetInput | null {
  const named = findSheet(book, 'ledger');
  if (named) return named;
  const rules = findSheet(book, 'rules');
  const mapping = rules ? readColumnMap(readTable(rules, RULES_COLUMNS, []), []) : [];
  return ledgerByHeader(book, mapping).sheet;
}
