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
    expect(prepared).toEqual({ bytes, merges: new Map() });
    expect('bytes' in prepared && prepared.bytes).toBe(bytes);
  }, 60_000);

  test('merged areas are taken out of the sheets and given apart, by the sheetId ExcelJS gives each sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('单位').getCell('A1').value = '单位名称';
    const ledger = workbook.addWorksheet('台账');
    ledger.getCell('A1').value = '青川市督查台账';
    ledger.mergeCells('A1:O1');
    ledger.getCell('A3').value = 1;
    ledger.mergeCells('A3:A5');
    const prepared = await prepareWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    if (!('bytes' in prepared)) throw new Error(`refused: ${prepared.problem}`);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(prepared.bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const id = loaded.getWorksheet('台账')!.id;
    expect(prepared.merges).toEqual(new Map([[id, ['A1:O1', 'A3:A5']]]));
    expect(loaded.getWorksheet('台账')!.getCell('A4').isMerged).toBe(false);
    expect(loaded.getWorksheet('台账')!.getCell('A3').value).toBe(1);
  }, 60_000);
});
