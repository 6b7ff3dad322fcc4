// The `duban` command end to end on the bundled example and on broken input.
import { execFileSync, spawn, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { MSG } from '../../src/engine/read/messages';

const EXAMPLE = path.join(__dirname, '../../examples/ledger-2026.xlsx');
const BIN = path.join(__dirname, '../../bin/duban.js');

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'duban-cli-'));

describe('duban rank --json on the example', () => {
  let rows: Record<string, unknown>[];
  beforeAll(async () => {
    const io = capture();
    expect(await run(['rank', EXAMPLE, '--month', '2026-06', '--json'], io)).toBe(0);
    rows = JSON.parse(io.stdout.join('\n')) as Record<string, unknown>[];
  });

  it('prints the SPEC §6 fields for every roster unit, then 应报 and 未报 (the example has a 报送 sheet)', () => {
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([
        'unit', 'category', 'items', 'completed', 'onTime', 'late', 'overdue', 'open', 'coefficient', 'itemScore', 'bonus', 'deduction', 'score', 'rank',
        'reportsDue', 'reportsMissing',
      ]);
      expect(row.reportsMissing as number).toBeLessThanOrEqual(row.reportsDue as number);
    }
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['县（市、区）', '市直单位']));
  });

  it('keeps the sanmenxia identities: score = ROUND(itemScore + bonus − deduction, 2), coefficient = 0.5 + n/maxN × 0.5', () => {
    const maxN = Math.max(...rows.map((r) => r.items as number));
    for (const r of rows) {
      const expected = (r.itemScore as number) + (r.bonus as number) - (r.deduction as number);
      expect(Math.abs((r.score as number) - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(r.coefficient).toBeCloseTo(0.5 + ((r.items as number) / maxN) * 0.5, 12);
      expect(r.bonus).toBeGreaterThanOrEqual(0);
      expect(r.deduction).toBeGreaterThanOrEqual(0);
    }
  });

  it('ranks within each category, highest score first, ties sharing a rank', () => {
    for (const category of ['县（市、区）', '市直单位']) {
      const group = rows.filter((r) => r.category === category);
      group.forEach((r) => {
        const better = group.filter((o) => (o.score as number) > (r.score as number)).length;
        expect(r.rank).toBe(better + 1);
      });
    }
  });

  it('gives byte-identical output for the same input', async () => {
    const a = capture();
    const b = capture();
    await run(['rank', EXAMPLE, '--month', '2026-06', '--json'], a);
    await run(['rank', EXAMPLE, '--month', '2026-06', '--json'], b);
    expect(a.stdout.join('\n')).toBe(b.stdout.join('\n'));
  });
});

describe('duban bulletin and rank --out write a workbook that reads back', () => {
  it('bulletin writes the ranking and the bulletin sheets', async () => {
    const out = path.join(tmp(), 'out.xlsx');
    const io = capture();
    expect(await run(['bulletin', EXAMPLE, '--month', '2026-10', '--out', out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2026年10月排名', '2026年10月通报']);
    const bulletin = wb.getWorksheet('2026年10月通报');
    // The masthead: 第10期 (the month's number); issued on the first working day after 31 October
    // 2026, a Saturday: Monday 2 November. Then a blank row and the title.
    expect(['A1', 'A2', 'A3', 'S3'].map((a) => bulletin?.getCell(a).value)).toEqual(['督查通报', '第10期', '市政府督查室', '2026年11月2日']);
    expect(bulletin?.getCell('A5').value).toBe('关于2026年10月份督查事项办理情况的通报');
    const ranking = wb.getWorksheet('2026年10月排名');
    expect(ranking?.getRow(1).values).toEqual(expect.arrayContaining(['排名', '单位', '总分', '较上月']));
    expect(ranking?.rowCount).toBe(31); // header + 30 units
  });

  it('rank --out refuses to write over the input file and leaves it untouched', async () => {
    const dir = tmp();
    const input = path.join(dir, 'ledger.xlsx');
    writeFileSync(input, readFileSync(EXAMPLE));
    const io = capture();
    expect(await run(['rank', input, '--month', '2026-06', '--out', input], io)).toBe(2);
    expect(io.stderr.join('')).toContain('输出文件不能是输入的台账文件本身');
    expect(readFileSync(input).equals(readFileSync(EXAMPLE))).toBe(true);
  });
});

describe('exit codes and messages', () => {
  it('validate: 0 on the clean example', async () => {
    const io = capture();
    expect(await run(['validate', EXAMPLE, '--month', '2026-10'], io)).toBe(0);
    expect(io.stdout.join('')).toContain('校验通过');
  });

  it('validate: 1 with an 错误, listing it with its cell; rank prints no ranking then', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet('台账')!.getCell('C2').value = '不存在的单位';
    const file = path.join(tmp(), 'bad.xlsx');
    await wb.xlsx.writeFile(file);

    const io = capture();
    expect(await run(['validate', file, '--json'], io)).toBe(1);
    const problems = JSON.parse(io.stdout.join('\n')) as unknown[];
    expect(problems).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'C2', address: '台账!C2', severity: '错误' }));

    const rank = capture();
    expect(await run(['rank', file, '--month', '2026-06', '--json'], rank)).toBe(1);
    expect(rank.stdout).toEqual([]);
    expect(rank.stderr.join('\n')).toContain('台账!C2');
  });

  it('validate --preset: validation follows the rule set (the example’s 加减分 categories are sanmenxia-2019 ones)', async () => {
    const io = capture();
    expect(await run(['validate', EXAMPLE, '--month', '2026-10', '--preset', 'district-dynamic', '--json'], io)).toBe(1);
    const problems = JSON.parse(io.stdout.join('\n')) as { sheet: string; severity: string; message: string }[];
    expect(problems.filter((p) => p.severity === '错误').every((p) => p.sheet === '加减分' && /不是规则集 district-dynamic 的加减分类别/.test(p.message))).toBe(true);
  });

  it('validate --explain: how each sheet was read, then the problems', async () => {
    const io = capture();
    expect(await run(['validate', EXAMPLE, '--month', '2026-10', '--explain'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text.startsWith('「台账」表\n表头：第 1 行\n各列：\n  编号 ← A 列「编号」（列名相同）')).toBe(true);
    expect(text).toContain('「单位」表');
    expect(text.trimEnd().endsWith('校验通过：没有发现问题。')).toBe(true);

    const json = capture();
    expect(await run(['validate', EXAMPLE, '--month', '2026-10', '--explain', '--json'], json)).toBe(0);
    const { problems, readings } = JSON.parse(json.stdout.join('\n')) as { problems: unknown[]; readings: { sheet: string; columns: unknown[] }[] };
    expect(problems).toEqual([]);
    // The 台账 first, then the other sheets in the order they are read.
    expect(readings.map((r: { sheet: string }) => r.sheet)).toEqual(['台账', '规则', '节假日', '单位', '加减分', '报送']);
    expect(readings[0].columns[0]).toEqual({ key: 'id', name: '编号', required: false, column: 0, header: '编号', via: 'name' });
  });

  it('reports: the year\'s 应报未报 and the 加减分 they suggest, listed, as JSON and in a new workbook', async () => {
    const json = capture();
    expect(await run(['reports', EXAMPLE, '--month', '2026-10', '--json'], json)).toBe(0);
    const { due, missing, missed, suggestions } = JSON.parse(json.stdout.join('\n')) as { due: number; missing: number; missed: unknown[]; suggestions: { relatedItem: string }[] };
    const ranked = capture();
    await run(['rank', EXAMPLE, '--month', '2026-10', '--json'], ranked);
    const rankRows = JSON.parse(ranked.stdout.join('\n')) as { reportsDue: number; reportsMissing: number }[];
    expect(due).toBe(rankRows.reduce((n, r) => n + r.reportsDue, 0));
    expect(missing).toBe(rankRows.reduce((n, r) => n + r.reportsMissing, 0));
    expect(missed).toHaveLength(missing);
    // The example registers 4 逾期报送 entries, which stand for missed reports of their items.
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(missing);
    expect(suggestions[0]).toEqual({
      date: expect.stringMatching(/^2026-\d\d-\d\d$/),
      unit: expect.any(String),
      category: '逾期报送',
      level: null,
      points: -5,
      relatedItem: expect.stringMatching(/^DC-2026-\d{3}$/),
      note: expect.stringMatching(/^应报未报：2026年\d+月进展情况（.+事项每月报送）$/),
    });

    const text = capture();
    expect(await run(['reports', EXAMPLE, '--month', '2026-10'], text)).toBe(0);
    expect(text.stdout[0].split('\n')[0]).toBe(
      `截至2026年10月31日，本年应报送进展情况${due}次，未按时报送${missing}次；建议登记加减分${suggestions.length}条（已在「加减分」表登记的不再列出；确认后追加到「加减分」表才计分）：`,
    );

    const out = path.join(tmp(), 'suggestions.xlsx');
    expect(await run(['reports', EXAMPLE, '--month', '2026-10', '--out', out], capture())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['建议加减分']);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['日期', '单位', '类别', '级别', '分值', '关联事项', '说明', '参考分值']);
    expect(sheet.rowCount).toBe(suggestions.length + 1);
    expect(sheet.getCell('F2').value).toBe(suggestions[0].relatedItem);

    const refused = capture();
    expect(await run(['reports', EXAMPLE, '--month', '2026-10', '--out', EXAMPLE], refused)).toBe(2);
  });

  it('reports on a workbook without a 报送 sheet says so; rank --json then prints exactly SPEC §6\'s fields', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.removeWorksheet(wb.getWorksheet('报送')!.id);
    const file = path.join(tmp(), 'no-reports.xlsx');
    await wb.xlsx.writeFile(file);
    const io = capture();
    expect(await run(['reports', file, '--month', '2026-10'], io)).toBe(0);
    expect(io.stdout).toEqual([expect.stringContaining('工作簿没有「报送」工作表')]);
    const ranked = capture();
    expect(await run(['rank', file, '--month', '2026-10', '--json'], ranked)).toBe(0);
    for (const row of JSON.parse(ranked.stdout.join('\n')) as Record<string, unknown>[]) {
      expect(Object.keys(row)).toEqual(['unit', 'category', 'items', 'completed', 'onTime', 'late', 'overdue', 'open', 'coefficient', 'itemScore', 'bonus', 'deduction', 'score', 'rank']);
    }
  });

  it.each([
    [['validate', '/nonexistent/ledger.xlsx'], '找不到文件'],
    [['rank', 'NOTAFILE', '--month', '2026-06'], '找不到文件'],
    [['rank', EXAMPLE], '缺少必填选项 --month'],
    [['rank', EXAMPLE, '--month', '六月'], '--month 的值「六月」无效'],
    [['rank', EXAMPLE, '--month', '2026-06', '--preset', 'beijing'], '--preset 的值「beijing」无效'],
  ])('%j exits 2 with one Chinese line', async (argv, message) => {
    const io = capture();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(message);
  });

  it('not a workbook, and a workbook without 台账: exit 2', async () => {
    const dir = tmp();
    const text = path.join(dir, 'notes.xlsx');
    writeFileSync(text, '这不是工作簿');
    const io = capture();
    expect(await run(['validate', text], io)).toBe(2);
    expect(io.stderr[0]).toContain('不是有效的 Excel 工作簿');

    const other = path.join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
    await wb.xlsx.writeFile(other);
    const io2 = capture();
    expect(await run(['validate', other], io2)).toBe(2);
    expect(io2.stderr[0]).toContain('找不到「台账」工作表');
  });

  it('template writes a workbook that validates without an 错误', async () => {
    const out = path.join(tmp(), 'template.xlsx');
    expect(await run(['template', out], capture())).toBe(0);
    const io = capture();
    expect(await run(['validate', out], io)).toBe(0);
  });
});

describe('a 台账 on a sheet not named 台账 (Sheet1)', () => {
  // A county office's workbook: the ledger on Sheet1 under a merged title and a blank row, an empty
  // Sheet2, a 单位 sheet, and last month's 通报 that DUBAN wrote, whose overdue list is headed as a
  // 台账 is (never a candidate).
  async function countyWorkbook(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ledger = wb.addWorksheet('Sheet1');
    ledger.addRows([
      ['青川县2026年重点工作督查台账'],
      [],
      ['序号', '督办事项', '责任单位', '交办时间', '办理时限', '办结时间', '办理状态'],
      [1, '推进工业园区标准化厂房建设', '县发改局', '2026-03-02', '2026-06-30', '2026-06-20', '已办结'],
      [2, '优化营商环境专项行动', '县市场监管局', '2026-03-02', '2026-09-30', null, '办理中'],
    ]);
    ledger.mergeCells('A1:G1');
    wb.addWorksheet('Sheet2');
    wb.addWorksheet('单位').addRows([['单位名称', '单位类别'], ['县发改局', '县直部门'], ['县市场监管局', '县直部门']]);
    wb.addWorksheet('2026年5月通报').addRows([['编号', '事项内容', '责任单位', '办理时限'], ['2', '优化营商环境专项行动', '县市场监管局', '2026-05-31']]);
    const file = path.join(tmp(), 'county.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('validate --explain says Sheet1 was taken as the 台账 from its header on row 3, and why', async () => {
    const file = await countyWorkbook();
    const io = capture();
    expect(await run(['validate', file, '--month', '2026-06', '--explain'], io)).toBe(0);
    const out = io.stdout.join('\n');
    const taken = MSG.ledgerByHeader('Sheet1', 3, ['事项内容', '责任单位']);
    // The reading of Sheet1 first, its header row and the assumption; then the 警告 at its header.
    expect(out).toContain(`「Sheet1」表\n表头：第 3 行\n`);
    expect(out).toContain(`假设：\n  ${taken}`);
    expect(out).toContain(`警告  Sheet1!A3  ${taken}`);
  });

  it('rank --json scores the items of Sheet1', async () => {
    const io = capture();
    expect(await run(['rank', await countyWorkbook(), '--month', '2026-06', '--json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout.join('\n')) as Record<string, unknown>[];
    // June 2026, sanmenxia-2019: one item each, so n = maxN = 1 and coefficient = 0.5 + 1/1 × 0.5 = 1.
    // 县发改局: due 30 June, done 20 June → 按期办结, 1 of 1 due done → 100 × 1 = 100.
    // 县市场监管局: due 30 September, open → 在办, nothing due yet → ratio 1 → 100.
    expect(Object.fromEntries(rows.map((r) => [r.unit as string, [r.items, r.completed, r.onTime, r.overdue, r.open, r.coefficient, r.itemScore]]))).toEqual({
      县发改局: [1, 1, 1, 0, 0, 1, 100],
      县市场监管局: [1, 0, 0, 0, 1, 1, 100],
    });
  });
});

describe('the installed bin', () => {
  it('runs as a process with the exit code and no stack trace', () => {
    const ok = execFileSync('node', [BIN, 'rank', EXAMPLE, '--month', '2026-03', '--json'], { encoding: 'utf8' });
    expect(JSON.parse(ok)).toHaveLength(30);
    const missing = spawnSync('node', [BIN, 'validate', 'missing.xlsx'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(['找不到文件：missing.xlsx']);
  });

  it('stops quietly when the reader of its output has gone (duban … | head)', async () => {
    const child = spawn('node', [BIN, 'rank', EXAMPLE, '--month', '2026-03', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the first write: every write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
