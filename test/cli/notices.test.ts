// `duban notices` and `duban bulletin --docx` end to end: exit codes, what the files hold, and the
// input ledger untouched, byte for byte, whatever the command wrote.
import { promises as fs } from 'fs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { EXAMPLE, writeDistrictExample } from '../fixtures/districtExample';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
let input: string;
let original: Buffer;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'duban-notices-'));
  input = path.join(dir, '台账.xlsx');
  original = await fs.readFile(EXAMPLE);
  await fs.writeFile(input, original);
});
afterEach(async () => {
  // The ledger is never written, whatever the command did.
  expect((await fs.readFile(input)).equals(original)).toBe(true);
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The first sheet's manual page breaks as the file stores them: each after the row given (ExcelJS reads none back). */
async function rowBreaks(file: string): Promise<number[]> {
  const xml = await (await JSZip.loadAsync(await fs.readFile(file))).file('xl/worksheets/sheet1.xml')!.async('string');
  return [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
}

describe('notices --kind 通知', () => {
  it('--month 2026-10: 28 notices on one sheet, a page break before each but the first, A4 portrait at 100%', async () => {
    const out = path.join(dir, '通知单.xlsx');
    const io = capture();
    expect(await run(['notices', input, '--kind', '通知', '--month', '2026-10', '--out', out], io)).toBe(0);
    expect(io.stdout.join('')).toContain('已生成「2026年10月通知单」共 28 份');
    const ws = (await load(out)).getWorksheet('2026年10月通知单')!;
    const breaks = await rowBreaks(out);
    expect(breaks).toHaveLength(27);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', scale: 100, fitToPage: false });
    expect(['A1', 'A2', 'A3', 'A4'].map((a) => ws.getCell(a).value)).toEqual(['市政府督查室', '督查通知', '督通〔2026〕276号', '江北区：']);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    // The first page break comes after the first notice's last row: its 回执 note.
    expect(ws.getCell(breaks[0], 1).value).toBe('请签收后将回执当日交回市政府督查室。');
  });

  it('--ids picks items by 编号 (both units of a joint item); an unknown 编号 is exit 2 and writes nothing', async () => {
    const out = path.join(dir, 'ids.xlsx');
    expect(await run(['notices', input, '--kind', '通知', '--ids', 'DC-2026-001', '--out', out], capture())).toBe(0);
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(['督查通知单']);
    expect(await rowBreaks(out)).toHaveLength(1);

    const io = capture();
    const missing = path.join(dir, 'missing.xlsx');
    expect(await run(['notices', input, '--kind', '通知', '--ids', 'DC-2026-001，DC-9999', '--out', missing], io)).toBe(2);
    expect(io.stderr.join('')).toContain('台账中没有这些编号的事项（或已销号）：DC-9999');
    await expect(fs.access(missing)).rejects.toThrow();
  });

  it.each([
    [['--kind', '通知'], '请用 --month YYYY-MM（该月交办的全部事项）或 --ids'],
    [['--kind', '通报', '--month', '2026-10'], '--kind 的值「通报」无效'],
    [['--kind', '通知', '--month', '2026-10', '--register'], '--register 只用于 --kind 催办'],
    [['--kind', '催办', '--date', '2026-13-01'], '--date 的值「2026-13-01」无效'],
  ])('%j: exit 2 with one Chinese line', async (args, message) => {
    const io = capture();
    expect(await run(['notices', input, ...args], io)).toBe(2);
    expect(io.stderr.join('')).toContain(message);
  });
});

describe('notices --kind 催办', () => {
  it('sanmenxia-2019 on 31 October: 24 催办通知; --register is refused, there being no 催办 deduction', async () => {
    const out = path.join(dir, '催办单.xlsx');
    const io = capture();
    expect(await run(['notices', input, '--kind', '催办', '--date', '2026-10-31', '--out', out], io)).toBe(0);
    expect(io.stdout.join('')).toContain('已生成「2026年10月31日催办单」共 24 份');
    const ws = (await load(out)).getWorksheet('2026年10月31日催办单')!;
    expect([ws.getCell('A2').value, ws.getCell('A3').value]).toEqual(['催办通知', '督催〔2026〕1号']);

    const refused = capture();
    expect(await run(['notices', input, '--kind', '催办', '--date', '2026-10-31', '--out', out, '--register'], refused)).toBe(2);
    expect(refused.stderr.join('')).toContain('规则集 sanmenxia-2019 没有催办减分');
  });

  describe('district-dynamic with --register', () => {
    let ledger: string;
    let ledgerBytes: Buffer;
    beforeEach(async () => {
      ledger = await writeDistrictExample(dir, [
        { date: '2026-10-26', unit: '北塬县', level: '蓝', item: 'DC-2026-244', note: '催办单 督催〔2026〕1号' },
        { date: '2026-10-29', unit: '西河县', level: '蓝', item: 'DC-2026-232', note: '催办单 督催〔2026〕2号' },
      ]);
      ledgerBytes = await fs.readFile(ledger);
    });

    it('writes the 催办单 and a copy of the ledger with the rows appended; no existing row of the copy changes; the input stays as it was', async () => {
      const out = path.join(dir, '催办单.xlsx');
      const copy = path.join(dir, '台账-登记后.xlsx');
      const io = capture();
      const args = ['notices', ledger, '--kind', '催办', '--ids', 'DC-2026-244,DC-2026-256,DC-2026-232', '--date', '2026-11-05', '--out', out, '--register', copy];
      expect(await run(args, io)).toBe(0);
      // 232's 蓝 of Thursday 29 October is answered by Monday 2 November; on 5 November it is due its 黄.
      // 244 had a 蓝 on the 26th → 黄; 256 (due 23 October, no entry, 9 working days by 5 November) → 红.
      expect(io.stdout.join('\n')).toContain('已生成「2026年11月5日催办单」共 3 份');
      expect(io.stdout.join('\n')).toContain('已把 3 条催办记录追加到「加减分」表');
      expect((await fs.readFile(ledger)).equals(ledgerBytes)).toBe(true);

      const before = (await load(ledger)).getWorksheet('加减分')!;
      const after = (await load(copy)).getWorksheet('加减分')!;
      const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);
      for (let r = 1; r <= 3; r += 1) expect(values(after, r)).toEqual(values(before, r));
      const nov5 = new Date(Date.UTC(2026, 10, 5));
      expect([4, 5, 6].map((r) => values(after, r))).toEqual([
        [nov5, '西河县', '催办', '黄', undefined, 'DC-2026-232', '催办单 督催〔2026〕3号'],
        [nov5, '北塬县', '催办', '黄', undefined, 'DC-2026-244', '催办单 督催〔2026〕4号'],
        [nov5, '南屏县', '催办', '红', undefined, 'DC-2026-256', '催办单 督催〔2026〕5号'],
      ]);
      expect(after.getCell('A4').numFmt).toBe('yyyy-mm-dd');
      expect(after.rowCount).toBe(6);
      // The copy is still a ledger: the new rows validate, and count as deductions.
      expect(await run(['validate', copy, '--month', '2026-11'], capture())).toBe(0);
    });

    it('--register refuses to write over the ledger it read', async () => {
      const io = capture();
      expect(await run(['notices', ledger, '--kind', '催办', '--date', '2026-11-05', '--out', path.join(dir, 'u.xlsx'), '--register', ledger], io)).toBe(2);
      expect(io.stderr.join('')).toContain('输出文件不能是输入的台账文件本身');
      expect((await fs.readFile(ledger)).equals(ledgerBytes)).toBe(true);
    });
  });
});

describe('bulletin --docx', () => {
  it('without --out writes only the Word document, dated --date, and it opens as a zip holding the bulletin', async () => {
    const docx = path.join(dir, '通报.docx');
    const io = capture();
    expect(await run(['bulletin', input, '--month', '2026-10', '--docx', docx, '--date', '2026-11-03'], io)).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(['台账.xlsx', '通报.docx']);
    const xml = await (await JSZip.loadAsync(await fs.readFile(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('市政府督查室\t2026年11月3日');
    expect(xml).toContain('第10期');
    expect(xml).toContain('关于2026年10月份督查事项');
  });

  it('with --out writes both; a ledger with an 错误 writes neither (exit 1)', async () => {
    const out = path.join(dir, 'b.xlsx');
    const docx = path.join(dir, 'b.docx');
    expect(await run(['bulletin', input, '--month', '2026-10', '--out', out, '--docx', docx], capture())).toBe(0);
    await expect(fs.access(out)).resolves.toBeUndefined();
    await expect(fs.access(docx)).resolves.toBeUndefined();

    const bad = path.join(dir, 'bad.xlsx');
    const workbook = await load(input);
    workbook.getWorksheet('台账')!.getCell('G2').value = '下月底';
    await workbook.xlsx.writeFile(bad);
    const io = capture();
    expect(await run(['bulletin', bad, '--month', '2026-10', '--docx', path.join(dir, 'bad.docx')], io)).toBe(1);
    await expect(fs.access(path.join(dir, 'bad.docx'))).rejects.toThrow();
  });
});
