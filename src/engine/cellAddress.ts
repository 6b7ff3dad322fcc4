// A1-style addresses for problems and for writing blocks.

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'F12' for 0-based row 11 and column 5. */
export function cellAddress(rowIndex: number, columnIndex: number): string {
  return `${columnLetters(columnIndex)}${rowIndex + 1}`;
}

// Excel leaves a sheet name unquoted only when it is letters, digits and _ , does not start with
// a digit, and cannot be read as a cell reference (A1, XFD99, R, C, R1C1): Excel itself writes
// '2024年5月排名'!A1 and 'A1'!B2.
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/;

/** The reference a user can type in the Name Box: 台账!F12, or '月 排名'!A1 where quoting is needed. */
export function qualifiedAddress(sheet: string, cell: string): string {
  const plain = PLAIN_SHEET.test(sheet) && !LOOKS_LIKE_REFERENCE.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${name}!${cell}` : name;
}

/** A block of cells by 0-based row and column indexes, both ends included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * 'B3:D7' (or one cell 'B3', with or without $, with or without a 'Sheet'! prefix) as indexes;
 * null when it is not a range Excel could have written.
 */
export function parseRange(a1: string): CellRange | null {
  const bare = a1.slice(a1.lastIndexOf('!') + 1);
  const [from, to = from, extra] = bare.split(':');
  if (extra !== undefined) return null;
  const a = A1_CELL.exec(from);
  const b = A1_CELL.exec(to);
  if (!a || !b) return null;
  const rows = [Number(a[2]) - 1, Number(b[2]) - 1];
  const columns = [columnIndex(a[1]), columnIndex(b[1])];
  if (rows[0] < 0 || rows[1] < 0) return null;
  return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...columns), right: Math.max(...columns) };
}

const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** '5:7', whole rows as Excel writes them when row headers are clicked; their columns do not matter. */
function wholeRows(a1: string): { top: number; bottom: number } | null {
  const m = WHOLE_ROWS.exec(a1);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) return null;
  const [top, bottom] = [Number(m[1]) - 1, Number(m[2]) - 1].sort((a, b) => a - b);
  return { top, bottom };
}

/**
 * The 1-based rows a selection covers and the sheet it is on, from its address as Office.js gives
 * it ('台账'!A5:C7,'台账'!A9, several areas split by commas outside quotes); null when it is not one.
 */
export function selectedRows(address: string): { sheet: string; rows: number[] } | null {
  // Areas as Office.js lists them; whole rows ('台账'!5:7) as well as cell ranges.
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += ch;
  }
  areas.push(current);
  const rows = new Set<number>();
  let sheet: string | null = null;
  for (const area of areas) {
    const bang = area.lastIndexOf('!');
    const name = bang < 0 ? '' : area.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const range = parseRange(area) ?? wholeRows(area.slice(bang + 1));
    if (!range || bang < 0 || (sheet !== null && name !== sheet)) return null;
    sheet = name;
    for (let r = range.top; r <= range.bottom; r++) rows.add(r + 1);
  }
  return sheet === null ? null : { sheet, rows: [...rows].sort((a, b) => a - b) };
}
