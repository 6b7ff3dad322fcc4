import ExcelJS from 'exceljs';
import { prepareWorkbook } from '../../src/cli/container';

// Rows enough for over 1 MB of sheet XML, where the share of value-less cells is estimated on windows.
const ROWS = 12_000;

async function sheetBytes(row: (ws: ExcelJS.Worksheet, r: number) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('台账');
  for (let r = 1; r <= ROWS; r++) row(ws, r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function values(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row, n) => {
    rows[n - 1] = [];
    row.eachCell((cell, c) => (rows[n - 1][c - 1] = cell.value));
  });
  return rows;
}

const FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

describe('prepareWorkbook', () => {
  test('a sheet mostly of formatted empty cells loses them, and every value stays', async () => {
    const bytes = await sheetBytes((ws, r) => {
      ws.getCell(r, 1).value = `事项${r}`;
      for (let c = 2; c <= 6; c++) ws.getCell(r, c).fill = FILL;
    });
    const prepared = await prepareWorkbook(bytes);
    if (!('bytes' in prepared)) throw new Error(`refused: ${prepared.problem}`);
    expect(prepared.bytes).not.toBe(bytes);
    expect(await values(prepared.bytes)).toEqual(await values(bytes));
  }, 60_000);

  test('a sheet of values is given to ExcelJS as the file is', async () => {
    const bytes = await sheetBytes((ws, r) => {
      for (let c = 1; c <= 6; c++) ws.getCell(r, c).value = c === 1 ? `事项${r}` : r * c;
    });
    const prepared = await prepareWorkbook(bytes);
    expect(prepared).toEqual({ bytes });
    expect('bytes' in prepared && prepared.bytes).toBe(bytes);
  }, 60_000);
});
