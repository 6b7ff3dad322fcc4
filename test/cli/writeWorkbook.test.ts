import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { allocateSpans, wrappedLines } from '../../src/engine/report/printMetrics';
import { WorkbookFileError } from '../../src/cli/workbookFileError';
import { addBulletinSheet } from '../../src/cli/writeBulletin';
import { buildTemplateWorkbook } from '../../src/cli/writeTemplate';
import { addRankingSheet, newOutputWorkbook, saveWorkbookAtomically } from '../../src/cli/writeWorkbook';
import { readLedger } from '../../src/engine/read/readLedger';
import { JUNE_30_2026, bulletin, unitScore } from '../engine/report/layoutFixtures';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-write-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const JUNE = { year: 2026, month: 6 };
const FORMULA_LOOKING = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2', '@SUM(A1)'];

async function saveAndLoad(workbook: ExcelJS.Workbook, name: string): Promise<{ file: string; loaded: ExcelJS.Workbook }> {
  const file = path.join(dir, name);
  await saveWorkbookAtomically(workbook, file);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(file);
  return { file, loaded };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('ranking sheet', () => {
  const scores = [
    unitScore({ unit: '义马市', rank: 1, previousRank: 3, score: 95.5 }),
    unitScore({ unit: FORMULA_LOOKING[0], rank: 2 }),
    unitScore({ unit: '+1+1', category: '-2', rank: 3, previousRank: null }),
    unitScore({ unit: '@SUM(A1)', rank: 4 }),
  ];

  test('a real Excel table with the ranking columns, formats, frozen header and A4 landscape', async () => {
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, JUNE, scores, 'coefficient');
    const { loaded } = await saveAndLoad(workbook, 'ranking.xlsx');
    const ws = sheet(loaded, '2026年6月排名');

    const tables = ws.getTables() as unknown as ExcelJS.Table[];
    expect(tables).toHaveLength(1);
    // As loaded: header row 1, four units in rows 2–5, 16 columns A–P.
    const table = tables[0] as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe('A1:P5');
    expect(table.table.columns.map((c) => c.name)).toEqual([
      '排名', '单位', '类别', '事项数', '已办结', '按期办结', '逾期办结', '逾期未办结', '在办',
      '办结率', '功效系数', '事项得分', '加分', '减分', '总分', '较上月',
    ]);
    expect(ws.getRow(2).values).toEqual([undefined, 1, '义马市', '县（市、区）', 5, 4, 3, 1, 1, 0, 0.8, 0.75, 60, 10, 5, 95.5, 2]);
    expect(ws.getCell('J2').numFmt).toBe('0.0%');
    expect(ws.getCell('K2').numFmt).toBe('0.0000');
    expect(ws.getCell('O2').numFmt).toBe('0.00');
    expect(ws.getCell('P2').numFmt).toBe('+0;-0;0');
    expect(ws.getCell('P4').value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(24);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // The file's _xlnm.Print_Titles is '2026年6月排名'!$1:$1; ExcelJS reads it back as 1:1.
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
  });

  test('formula-looking text stays text after writing and reading back', async () => {
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, JUNE, scores, 'coefficient');
    const { file, loaded } = await saveAndLoad(workbook, 'injection.xlsx');
    const ws = sheet(loaded, '2026年6月排名');
    for (const address of ['B3', 'B4', 'C4', 'B5']) {
      const cell = ws.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // Excel's Text format: editing the cell keeps it text.
      expect(cell.numFmt).toBe('@');
    }
    expect(['B3', 'B4', 'C4', 'B5'].map((a) => ws.getCell(a).value)).toEqual([FORMULA_LOOKING[0], '+1+1', '-2', '@SUM(A1)']);
    const [input] = (await readWorkbookFile(file)).sheets;
    expect(input.values[2][1]).toBe(FORMULA_LOOKING[0]);
  });

  test('district-dynamic has no 功效系数 or 事项得分 column', () => {
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, JUNE, [unitScore({ coefficient: null, itemScore: null })], 'dynamic');
    const ws = workbook.worksheets[0];
    expect(ws.getRow(1).values).not.toContain('功效系数');
    expect(ws.getRow(1).cellCount).toBe(14);
  });

  test('a taken sheet name gets (2), and the second table its own name', async () => {
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, JUNE, scores, 'coefficient');
    const second = addRankingSheet(workbook, JUNE, [], 'coefficient');
    expect(second.name).toBe('2026年6月排名 (2)');
    const { loaded } = await saveAndLoad(workbook, 'twice.xlsx');
    const names = loaded.worksheets.flatMap((ws) => (ws.getTables() as unknown as ExcelJS.Table[]).map((t) => t.name));
    expect(new Set(names).size).toBe(2);
    // An empty ranking still leaves a valid table: header and one blank row.
    expect(sheet(loaded, '2026年6月排名 (2)').getCell('A1').value).toBe('排名');
  });
});

describe('bulletin sheet', () => {
  test('prints on A4 portrait: merged bold centred title, sections, bordered tables', async () => {
    const workbook = newOutputWorkbook();
    addRankingSheet(workbook, JUNE, [unitScore({})], 'coefficient');
    addBulletinSheet(workbook, bulletin());
    const { loaded } = await saveAndLoad(workbook, 'bulletin.xlsx');
    expect(loaded.worksheets.map((ws) => ws.name)).toEqual(['2026年6月排名', '2026年6月通报']);
    const ws = sheet(loaded, '2026年6月通报');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });

    // The masthead (GB/T 9704 版头): 督查通报 in red, 第6期, 发文单位 left and date right above a red rule.
    expect(ws.getCell('A1').value).toBe('督查通报');
    expect(ws.getCell('A1').font.color?.argb).toBe('FFC00000');
    expect(ws.getCell('A2').value).toBe('第6期');
    expect([ws.getCell('A3').value, ws.getCell('S3').value]).toEqual(['市政府督查室', '2026年7月1日']);
    expect(ws.getCell('S3').alignment.horizontal).toBe('right');
    expect(ws.getCell('AJ3').border.bottom).toEqual({ style: 'medium', color: { argb: 'FFC00000' } });

    const title = ws.getCell('A5');
    expect(title.value).toBe('关于2026年6月份督查事项办理情况的通报');
    expect(title.font.bold).toBe(true);
    expect(title.alignment.horizontal).toBe('center');
    expect(ws.getCell('AJ5').isMerged).toBe(true);

    const column = (row: number) => ws.getCell(row, 1).value;
    const rows = Array.from({ length: ws.rowCount }, (_, r) => column(r + 1));
    const at = (text: string) => rows.indexOf(text) + 1;
    expect(at('一、总体情况')).toBeGreaterThan(1);
    expect(ws.getCell(at('一、总体情况') + 1, 1).text).toContain('办结率75.0%，按期办结率88.9%');
    expect(at('二、排名情况')).toBeLessThan(at('三、表扬'));
    expect(at('四、通报批评')).toBeLessThan(at('五、下步工作要求'));

    // The overdue list: its header row, then the item with 办理时限 as text.
    const header = at('编号');
    expect(header).toBeGreaterThan(at('四、通报批评'));
    const item = ws.getRow(header + 1);
    const masters: ExcelJS.Cell[] = [];
    item.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) masters.push(cell);
    });
    expect(masters.map((c) => c.value)).toEqual(['DC-7', '=HYPERLINK("x")整治', '卢氏县', '2026-06-20', 6, '通报批评并媒体曝光']);
    const content = masters[1];
    expect(content.type).toBe(ExcelJS.ValueType.String);
    expect(content.numFmt).toBe('@');
    expect(ws.getCell(header, 1).border.top?.style).toBe('thin');
    expect(ws.getCell(header, 3).border.bottom?.style).toBe('thin');
  });

  test('rows are tall enough for the wrapped text Excel will not fit in merged cells', () => {
    const workbook = newOutputWorkbook();
    const long = '各责任单位要对照督查台账逐项梳理，'.repeat(12);
    const ws = addBulletinSheet(workbook, bulletin({ closing: long }));
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(1).value).toBe(`\u3000\u3000${long}`);
    expect(last.height).toBeGreaterThan(3 * 12);
  });
});

describe('print metrics', () => {
  test('spans add up to the grid, each column at least one', () => {
    expect(allocateSpans([6, 24, 8, 8, 10, 8, 8, 8, 8, 8], 36).reduce((a, b) => a + b)).toBe(36);
    expect(allocateSpans([1, 1000], 10)).toEqual([1, 9]);
  });

  test('a Chinese character is about twice a digit', () => {
    // 12 pt = 16 px a character; 40 characters = 640 px wrap to 2 lines in 400 px.
    expect(wrappedLines('督'.repeat(40), 12, 400)).toBe(2);
    expect(wrappedLines('1'.repeat(40), 12, 400)).toBe(1);
  });
});

describe('template workbook', () => {
  test('sheets, headers, example row, date formats, drop-downs and the lights', async () => {
    const { file, loaded } = await saveAndLoad(buildTemplateWorkbook(2026), '模板.xlsx');
    expect(loaded.worksheets.map((ws) => ws.name)).toEqual(['台账', '单位', '加减分', '规则', '节假日']);
    const ledger = sheet(loaded, '台账');
    expect(ledger.getCell('A1').value).toBe('编号');
    expect(ledger.getCell('G1').value).toBe('办理时限');
    expect(ledger.getCell('G2').numFmt).toBe('yyyy-mm-dd');
    expect(ledger.getColumn(7).numFmt).toBe('yyyy-mm-dd');
    expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    expect(ledger.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"一般重要,比较重要,特别重要"'] });
    expect(ledger.getCell('J100').dataValidation).toMatchObject({ type: 'list', formulae: ['"办理中,已办结,已销号"'] });
    expect(ledger.getCell('C5').dataValidation).toMatchObject({ type: 'list', formulae: ["'单位'!$A$2:$A$2000"], errorStyle: 'warning' });
    const adjustments = sheet(loaded, '加减分');
    expect(String(adjustments.getCell('C2').dataValidation.formulae[0])).toContain('通报表扬');
    expect(String(adjustments.getCell('D2').dataValidation.formulae[0])).toContain('市督查室');

    // Read back by ExcelJS but missing from its type declarations.
    const [rules] = (ledger as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rules.ref).toBe('A2:S2000');
    expect(rules.rules.map((r): unknown => (r as ExcelJS.ExpressionRuleType).formulae?.[0])).toEqual([
      expect.stringContaining('<TODAY()'),
      expect.stringContaining('WORKDAY(TODAY(),3)'),
    ]);

    // The example rows read back as the engine will see them.
    const input = await readWorkbookFile(file);
    const values = (name: string) => input.sheets.find((s) => s.name === name)!.values;
    expect(values('台账')[1].slice(0, 7)).toEqual(['DC-001', '推进城区主干道提升改造工程', '市交通运输局', null, '比较重要', JUNE_30_2026 - 55, JUNE_30_2026]);
    expect(values('单位')).toEqual([['单位名称', '单位类别', '别名'], ['市交通运输局', '市直单位', '交通局']]);
    expect(values('加减分')[1][5]).toBe('DC-001');
    expect(values('规则')[1]).toEqual(['规则集', 'sanmenxia-2019']);
    // A new template, example rows and all, passes validation without a single problem.
    expect(readLedger(input, { reportYear: 2026, preset: undefined }).problems).toEqual([]);
  });
});

describe('saveWorkbookAtomically', () => {
  const tinyWorkbook = () => {
    const workbook = newOutputWorkbook();
    workbook.addWorksheet('a').getCell('A1').value = 'new';
    return workbook;
  };

  test('refuses to write over the input ledger, however the path is spelled', async () => {
    const input = path.join(dir, '台账.xlsx');
    await fs.writeFile(input, 'original');
    const spellings = [input, path.join(dir, '.', '台账.xlsx'), path.relative(process.cwd(), input)];
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(input, link);
    for (const out of [...spellings, link]) {
      await expect(saveWorkbookAtomically(tinyWorkbook(), out, input)).rejects.toMatchObject({
        problem: 'sameAsInput',
        exitCode: 2,
        message: expect.stringContaining('输出文件不能是输入的台账文件本身'),
      });
    }
    expect(await fs.readFile(input, 'utf8')).toBe('original');
  });

  test('replaces an existing output through a temporary file and leaves nothing behind', async () => {
    const sub = await fs.mkdtemp(path.join(dir, 'out-'));
    const out = path.join(sub, 'out.xlsx');
    await fs.writeFile(out, 'old');
    await saveWorkbookAtomically(tinyWorkbook(), out, path.join(sub, 'input.xlsx'));
    expect(await fs.readdir(sub)).toEqual(['out.xlsx']);
    const [first] = (await readWorkbookFile(out)).sheets;
    expect(first.values).toEqual([['new']]);
  });

  test('a directory that does not exist is a clear error, not a stack trace', async () => {
    const out = path.join(dir, '没有的目录', 'out.xlsx');
    const error = await saveWorkbookAtomically(tinyWorkbook(), out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem).toBe('unwritable');
  });
});
