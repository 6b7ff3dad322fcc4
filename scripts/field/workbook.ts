// Writing a workbook laid out as an office keeps it (FIELD-LEDGERS.md): title rows merged over
// the table, bold wrapped headers with line breaks, merged cells, hidden columns, date cells. With
// ExcelJS, as the CLI reads it; then re-zipped with fixed timestamps, so that the same sheets give
// the same bytes on every run and a regenerated fixture shows no change in git.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A cell: text, a number, a date (a date cell, as Excel stores it), or blank. */
export type FieldCell = string | number | { date: readonly [number, number, number] } | null;

export interface FieldSheet {
  name: string;
  rows: readonly (readonly FieldCell[])[];
  /** A1 ranges. */
  merges?: readonly string[];
  /** 1-based rows drawn as header rows (bold, centred, wrapped, shaded). */
  headerRows?: readonly number[];
  /** 1-based rows drawn as titles (large, bold, centred). */
  titleRows?: readonly number[];
  /** 1-based columns hidden, as an export leaves its system columns. */
  hiddenColumns?: readonly number[];
  /** Column widths in characters; 14 for the rest. */
  widths?: readonly number[];
}

export const day = (y: number, m: number, d: number): FieldCell => ({ date: [y, m, d] });

/** Fixed metadata and zip timestamps: 2026-11-01 09:00 UTC. */
const STAMP = new Date(Date.UTC(2026, 10, 1, 9, 0, 0));

function cellValue(cell: FieldCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  const [y, m, d] = cell.date;
  // ExcelJS stores a date cell's day by its UTC fields.
  return new Date(Date.UTC(y, m - 1, d));
}

function addSheet(wb: ExcelJS.Workbook, sheet: FieldSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  const width = Math.max(...sheet.rows.map((r) => r.length), sheet.widths?.length ?? 0);
  for (let c = 1; c <= width; c++) {
    const column = ws.getColumn(c);
    column.width = sheet.widths?.[c - 1] ?? 14;
    if (sheet.hiddenColumns?.includes(c)) column.hidden = true;
  }
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell === null) return;
      const target = row.getCell(c + 1);
      target.value = cellValue(cell);
      if (typeof cell === 'object') target.numFmt = 'yyyy-mm-dd';
      target.alignment = { vertical: 'middle', wrapText: true };
    });
  });
  for (const r of sheet.headerRows ?? []) {
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    }
  }
  for (const r of sheet.titleRows ?? []) {
    const cell = ws.getRow(r).getCell(1);
    cell.font = { bold: true, size: 16 };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  }
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
}

export async function fieldWorkbook(sheets: readonly FieldSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DUBAN 测试数据';
  wb.lastModifiedBy = 'DUBAN 测试数据';
  wb.created = STAMP;
  wb.modified = STAMP;
  for (const sheet of sheets) addSheet(wb, sheet);
  const written = await wb.xlsx.writeBuffer();
  // JSZip dates every part with the time it was added: the same parts again, dated STAMP.
  const parts = await JSZip.loadAsync(written as ArrayBuffer);
  const stable = new JSZip();
  for (const name of Object.keys(parts.files)) {
    const part = parts.files[name];
    if (part.dir) continue;
    stable.file(name, await part.async('nodebuffer'), { date: STAMP, createFolders: false });
  }
  return stable.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A sheet that is only a header row and rows under it (单位, 规则, 加减分 as offices keep them). */
export const simpleSheet = (name: string, header: readonly string[], rows: readonly (readonly FieldCell[])[], widths?: readonly number[]): FieldSheet => ({
  name,
  rows: [header, ...rows],
  headerRows: [1],
  widths,
});

/** A 规则 sheet: 参数 | 值 rows, 列名 mappings among them. */
export const rulesSheet = (...rows: readonly (readonly [string, string])[]): FieldSheet => simpleSheet('规则', ['参数', '值'], rows, [18, 24]);

export const ADJUSTMENT_HEADER = ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'] as const;
