import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { WorkbookFileError } from '../../src/cli/workbookFileError';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-read-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function workbookFile(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('readWorkbookFile', () => {
  test('every sheet in tab order, as dense rows from A1, blanks null', async () => {
    const file = await workbookFile('shape.xlsx', (wb) => {
      const ledger = wb.addWorksheet('台账');
      ledger.getCell('B2').value = '编号';
      ledger.getCell('D3').value = 7;
      ledger.getCell('A4').value = true;
      // No cached result: blank, so it widens no row.
      ledger.getCell('F4').value = { formula: 'UPPER("a")' } as ExcelJS.CellFormulaValue;
      wb.addWorksheet('空表');
      wb.addWorksheet('单位').getCell('A1').value = '单位名称';
    });
    const { sheets } = await readWorkbookFile(file);
    expect(sheets.map((s) => s.name)).toEqual(['台账', '空表', '单位']);
    expect(sheets[0].values).toEqual([
      [null, null, null, null],
      [null, '编号', null, null],
      [null, null, null, 7],
      [true, null, null, null],
    ]);
    expect(sheets[1].values).toEqual([]);
    expect(sheets[2].values).toEqual([['单位名称']]);
  });

  test('merged areas as A1 ranges, the value in the top-left cell only, as Office.js gives it', async () => {
    const file = await workbookFile('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = '某县督办台账';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = 'MS-1';
      ws.getCell('B2').value = '县住建局';
      ws.getCell('B3').value = '县城管局';
      ws.mergeCells('A2:A3');
      wb.addWorksheet('单位').getCell('A1').value = '单位名称';
    });
    const { sheets } = await readWorkbookFile(file);
    // The other cells of a merged area hold no value: they widen no row.
    expect(sheets[0].values).toEqual([
      ['某县督办台账', null],
      ['MS-1', '县住建局'],
      [null, '县城管局'],
    ]);
    // Clipped to the columns that hold values (mergeCells.ts): A1:C1 reaches only B.
    expect([...(sheets[0].merged ?? [])].sort()).toEqual(['A1:B1', 'A2:A3']);
    expect(sheets[1].merged).toEqual([]);
  });

  test('dates become Excel serials from their UTC fields: 2026-06-30 → 46203', async () => {
    const file = await workbookFile('dates.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = utc(2026, 6, 30);
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      // 2024-05-31 12:00 is serial 45443.5, the time kept as Office.js keeps it.
      ws.getCell('B1').value = utc(2024, 5, 31, 12);
      // A serial typed into a date-formatted cell arrives as a Date and goes back unchanged,
      // even Excel's phantom 1900-02-29 (60), which validation must be able to name.
      ws.getCell('C1').value = 60;
      ws.getCell('C1').numFmt = 'yyyy-mm-dd';
      ws.getCell('D1').value = 46203;
      ws.getCell('D1').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const [sheet] = (await readWorkbookFile(file)).sheets;
    expect(sheet.values[0]).toEqual([46203, 45443.5, 60, 46203]);
  });

  test('formulas give their cached result, errors their text, rich text and links their text', async () => {
    const file = await workbookFile('values.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = { formula: 'B1+1', result: 41 } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = { formula: 'DATE(2026,6,30)', result: utc(2026, 6, 30) } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').numFmt = 'yyyy-mm-dd';
      ws.getCell('C1').value = { formula: 'VLOOKUP(1,Z:Z,1,0)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
      ws.getCell('D1').value = { error: '#DIV/0!' };
      ws.getCell('E1').value = { richText: [{ text: '推进' }, { text: '道路', font: { bold: true } }, { text: '改造' }] };
      ws.getCell('F1').value = { text: '督查通知', hyperlink: 'http://example.invalid/a' };
      ws.getCell('G1').value = { formula: 'UPPER("a")' } as ExcelJS.CellFormulaValue;
      ws.getCell('H1').value = { formula: 'A1>0', result: true } as ExcelJS.CellFormulaValue;
    });
    const [sheet] = (await readWorkbookFile(file)).sheets;
    expect(sheet.values[0]).toEqual([41, 46203, '#N/A', '#DIV/0!', '推进道路改造', '督查通知', null, true]);
  });

  test('a merged area has its value in the top-left cell only, as Office.js gives it', async () => {
    const file = await workbookFile('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = '市交通运输局';
      ws.mergeCells('A1:B2');
      ws.getCell('C2').value = 'x';
    });
    const [sheet] = (await readWorkbookFile(file)).sheets;
    expect(sheet.values).toEqual([
      ['市交通运输局', null, null],
      [null, null, 'x'],
    ]);
  });

  test('long Chinese text over many rows comes back intact', async () => {
    const text = (i: number) => `第${i}项：推进城区主干道提升改造工程，确保按期完成督查事项办理。`.repeat(3);
    const file = await workbookFile('long.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      for (let i = 1; i <= 1000; i += 1) ws.getCell(i, 1).value = text(i);
    });
    const [sheet] = (await readWorkbookFile(file)).sheets;
    expect(sheet.values.every((row, i) => row[0] === text(i + 1))).toBe(true);
  });

  // Measured: ExcelJS expands A2:C1048576 into 3.1 million objects in about 4 s; ignored, the
  // file reads in milliseconds.
  test('drop-downs over whole columns are not expanded cell by cell', async () => {
    const file = await workbookFile('validated.xlsx', (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = '督查等级';
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        'A2:D1048576',
        { type: 'list', allowBlank: true, formulae: ['"一般重要,比较重要"'] },
      );
    });
    const started = Date.now();
    const [sheet] = (await readWorkbookFile(file)).sheets;
    expect(sheet.values).toEqual([['督查等级']]);
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

describe('unusable input', () => {
  const failure = async (file: string) => {
    try {
      await readWorkbookFile(file);
    } catch (error) {
      return error as WorkbookFileError;
    }
    throw new Error('expected a WorkbookFileError');
  };

  test('a missing file', async () => {
    const file = path.join(dir, '没有这个文件.xlsx');
    const error = await failure(file);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error.problem).toBe('missing');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`找不到文件：${file}`);
  });

  test.each([
    ['text renamed to .xlsx', 'plain.xlsx', Buffer.from('编号,事项内容\n1,推进\n')],
    ['an empty file', 'empty.xlsx', Buffer.alloc(0)],
    // An encrypted workbook and a legacy .xls are OLE compound files, not zips.
    ['an OLE compound file', 'encrypted.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])],
  ])('%s is not a workbook', async (_label, name, bytes) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    const error = await failure(file);
    expect(error.problem).toBe('invalid');
    expect(error.message.startsWith(`不是有效的 Excel 工作簿（.xlsx）：${file}`)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  test('a truncated workbook is not a workbook', async () => {
    const good = await workbookFile('whole.xlsx', (wb) => {
      wb.addWorksheet('台账').getCell('A1').value = '编号';
    });
    const bytes = await fs.readFile(good);
    const file = path.join(dir, 'truncated.xlsx');
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await failure(file)).problem).toBe('invalid');
  });

  test('a directory is not a workbook', async () => {
    expect((await failure(dir)).problem).toBe('invalid');
  });
});
