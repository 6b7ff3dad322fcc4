// `duban reports --register`: a copy of the ledger with the suggested 加减分 appended to 加减分, by the
// same append plan as `notices --register`; the input never written. The ledger is the October
// district of test/engine/report/reportsBulletin.test.ts, where the suggestions are hand-worked.
import { promises as fs, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Two 街道, three items, three reports and one 超期 entry already registered for B-1. */
async function writeLedger(dir: string, reports = true): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ledger = wb.addWorksheet('台账');
  ledger.addRow(['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限']);
  ledger.addRow(['A-1', '老旧小区改造', '甲街道', '比较重要', utc(2026, 7, 15), utc(2026, 12, 31)]);
  ledger.addRow(['B-1', '防汛隐患整治', '乙街道', '特别重要', utc(2026, 10, 8), utc(2026, 12, 31)]);
  ledger.addRow(['B-2', '背街小巷保洁', '乙街道', '一般重要', utc(2026, 3, 10), utc(2026, 12, 31)]);
  const roster = wb.addWorksheet('单位');
  roster.addRow(['单位名称', '单位类别']);
  roster.addRow(['甲街道', '街道类']);
  roster.addRow(['乙街道', '街道类']);
  const adjustments = wb.addWorksheet('加减分');
  adjustments.addRow(['日期', '单位', '类别', '级别', '分值', '关联事项', '说明']);
  adjustments.addRow([utc(2026, 10, 20), '乙街道', '超期', '特别重要', null, 'B-1', '10月12日—18日未报']);
  if (reports) {
    const sheet = wb.addWorksheet('报送');
    sheet.addRow(['日期', '编号', '单位', '内容']);
    sheet.addRow([utc(2026, 8, 20), 'A-1', '甲街道', '已完成设计']);
    sheet.addRow([utc(2026, 10, 9), 'A-1', '甲街道', '已开工']);
    sheet.addRow([utc(2026, 6, 15), 'B-2', '乙街道', '已落实保洁队伍']);
  }
  const file = path.join(dir, '台账.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const rowValues = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);
async function adjustmentSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('加减分')!;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duban-reports-'));
});

describe('reports --register', () => {
  it('appends the three suggestions below the two rows there, changes neither, and leaves the input as it was', async () => {
    const ledger = await writeLedger(dir);
    const bytes = await fs.readFile(ledger);
    const copy = path.join(dir, '登记后.xlsx');
    const io = capture();
    expect(await run(['reports', ledger, '--month', '2026-10', '--preset', 'district-dynamic', '--register', copy], io)).toBe(0);
    expect((await fs.readFile(ledger)).equals(bytes)).toBe(true);
    // Missed: A-1 September; B-1 the weeks of 12–18 and 19–25 October (the entry of 20 October
    // stands for the first); B-2 the third quarter. 超期 at the item's 督查等级.
    expect(io.stdout.join('\n')).toContain(`已把 3 条建议加减分追加到「加减分」表，另存为：${copy}`);

    const before = await adjustmentSheet(ledger);
    const after = await adjustmentSheet(copy);
    for (const r of [1, 2]) expect(rowValues(after, r)).toEqual(rowValues(before, r));
    expect([3, 4, 5].map((r) => rowValues(after, r))).toEqual([
      [utc(2026, 9, 30), '甲街道', '超期', '比较重要', undefined, 'A-1', '应报未报：2026年9月进展情况（比较重要事项每月报送）'],
      [utc(2026, 9, 30), '乙街道', '超期', '一般重要', undefined, 'B-2', '应报未报：2026年第三季度进展情况（一般重要事项每季度报送）'],
      [utc(2026, 10, 25), '乙街道', '超期', '特别重要', undefined, 'B-1', '应报未报：2026年10月19日—10月25日进展情况（特别重要事项每周报送）'],
    ]);
    expect(after.rowCount).toBe(5);

    // Registered, they are suggested no more.
    const again = capture();
    expect(await run(['reports', copy, '--month', '2026-10', '--preset', 'district-dynamic', '--register'], again)).toBe(0);
    expect(again.stdout.join('\n')).toContain('没有需要登记的建议加减分，未另存台账副本。');
  });

  it('without a path, the copy goes beside the ledger; under --json what was registered goes to stderr', async () => {
    const ledger = await writeLedger(dir);
    const io = capture();
    expect(await run(['reports', ledger, '--month', '2026-10', '--preset', 'district-dynamic', '--json', '--register'], io)).toBe(0);
    expect((JSON.parse(io.stdout.join('\n')) as { suggestions: unknown[] }).suggestions).toHaveLength(3);
    const copy = path.join(dir, '台账-登记建议加减分.xlsx');
    expect(io.stderr.join('\n')).toContain(`已把 3 条建议加减分追加到「加减分」表，另存为：${copy}`);
    expect((await adjustmentSheet(copy)).rowCount).toBe(5);
  });

  it('refuses to write over the ledger it read; without a 报送 sheet there is nothing to register', async () => {
    const ledger = await writeLedger(dir);
    const bytes = await fs.readFile(ledger);
    const refused = capture();
    expect(await run(['reports', ledger, '--month', '2026-10', '--preset', 'district-dynamic', '--register', ledger], refused)).toBe(2);
    expect(refused.stderr.join('')).toContain('输出文件不能是输入的台账文件本身');
    expect((await fs.readFile(ledger)).equals(bytes)).toBe(true);

    const plain = await writeLedger(mkdtempSync(path.join(tmpdir(), 'duban-reports-')), false);
    const io = capture();
    expect(await run(['reports', plain, '--month', '2026-10', '--preset', 'district-dynamic', '--register'], io)).toBe(0);
    expect(io.stdout).toEqual([expect.stringContaining('工作簿没有「报送」工作表')]);
    expect(await fs.readdir(path.dirname(plain))).toEqual(['台账.xlsx']);
  });
});
