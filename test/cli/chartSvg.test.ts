// The hand-written SVG charts of `--charts`: well-formed, their geometry from the numbers, their
// text in Chinese and escaped; and the commands writing them beside the workbook's chart data.
// How they look is checked in Chromium (test/e2e/chartSvg.test.ts).
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { axisTicks, barChartSvg, lineChartSvg } from '../../src/cli/chartSvg';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import type { BarChartSpec, LineChartSpec } from '../../src/engine/report/chartSpecs';

const EXAMPLE = path.join(__dirname, '../../examples/ledger-2026.xlsx');

type Node = Record<string, unknown>;
const parse = (svg: string): Node => (new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name) => ['rect', 'text', 'line', 'circle', 'polyline'].includes(name) }).parse(svg) as { svg: Node }).svg;
const texts = (svg: Node) => (svg.text as (Node | string)[]).map((t) => (typeof t === 'string' ? t : String(t['#text'])));

const bars: BarChartSpec = {
  kind: 'bar',
  title: '2026年10月县（市、区）得分',
  category: '县（市、区）',
  categoryAxis: '单位',
  valueAxis: '总分',
  format: 'score',
  bars: [
    { label: '甲县', rank: 1, value: 80 },
    { label: 'A<B & "县"', rank: 2, value: 40 },
    { label: '丙县', rank: 3, value: 0 },
  ],
  first: 0,
};

const line: LineChartSpec = {
  kind: 'line',
  title: '2026年1—4月各月末办结率',
  categoryAxis: '月份',
  valueAxis: '办结率',
  format: 'percent',
  points: [
    { label: '1月', value: null },
    { label: '2月', value: 0.25 },
    { label: '3月', value: 0.5 },
    { label: '4月', value: 1 },
  ],
  max: 1,
  tone: 'neutral',
};

describe('axisTicks', () => {
  it.each([
    [0, 80, 5, [0, 20, 40, 60, 80]], // raw step 16 → 20
    [0, 83.33, 5, [0, 20, 40, 60, 80, 100]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 7, 5, [0, 2, 4, 6, 8]], // raw 1.4 → 2
    [0, 12, 5, [0, 2.5, 5, 7.5, 10, 12.5]], // raw 2.4 → 2.5
    [-15, 60, 5, [-20, 0, 20, 40, 60]], // raw 15 → 20, from below the lowest score
  ])('from %d to %d in about %d steps: %j', (min, max, count, expected) => {
    expect(axisTicks(min, max, count)).toEqual(expected);
  });
});

describe('barChartSvg', () => {
  const svg = barChartSvg(bars);
  const root = parse(svg);

  it('is well-formed SVG with the title, escaped names, ranks and scores to 2 decimals', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root.title).toBe('2026年10月县（市、区）得分');
    expect(texts(root)).toEqual(expect.arrayContaining(['1  甲县', '2  A<B & "县"', '80.00', '40.00', '0.00', '总分', '排名  单位']));
    expect(svg).toContain('A&lt;B &amp; &quot;县&quot;');
  });

  it('draws bars in rank order, top down, as long as their scores: 80 twice 40; 0 a hairline', () => {
    const drawn = (root.rect as Node[]).slice(1).map((r) => ({ y: Number(r.y), width: Number(r.width) }));
    expect(drawn.map((r) => r.y)).toEqual([68, 94, 120]);
    expect(drawn[0].width / drawn[1].width).toBeCloseTo(2, 5);
    expect(drawn[2].width).toBe(0.5);
  });
});

describe('lineChartSvg', () => {
  const svg = lineChartSvg(line);
  const root = parse(svg);

  it('leaves January, which has no rate, out of the line; puts 100% on the top grid line and 0% on the axis', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const [polyline] = root.polyline as Node[];
    const points = String(polyline.points).split(' ').map((p) => p.split(',').map(Number));
    // Four months in 544 px: 136 px each, centred; 2月 at 72 + 136 × 1.5 = 276.
    expect(points.map(([x]) => x)).toEqual([276, 412, 548]);
    // From 296 (0%) up to 56 (100%): 25% at 236, 50% at 176.
    expect(points.map(([, y]) => y)).toEqual([236, 176, 56]);
    expect(texts(root)).toEqual(expect.arrayContaining(['1月', '4月', '25.0%', '100.0%', '0%', '100%', '月份', '办结率']));
    expect((root.circle as Node[]).length).toBe(3);
  });
});

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('--charts DIR', () => {
  it('rank: one SVG per category, named for the sheet and the category; JSON on stdout stays JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'duban-charts-'));
    const io = capture();
    expect(await run(['rank', EXAMPLE, '--month', '2026-10', '--json', '--charts', dir], io)).toBe(0);
    expect((): unknown => JSON.parse(io.stdout.join('\n'))).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['2026年10月排名-县（市、区）.svg', '2026年10月排名-市直单位.svg']);
    expect(io.stderr.at(-1)).toBe(`已写出 2 个图表（SVG）：${dir}`);
    const county = parse(readFileSync(path.join(dir, '2026年10月排名-县（市、区）.svg'), 'utf8'));
    // The example's roster: 8 counties, 22 city units; a bar each.
    expect((county.rect as Node[]).length - 1).toBe(8);
  });

  it('bulletin: the completion-rate chart too, and the workbook carries its data beside the page, outside the print area', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'duban-charts-'));
    const out = path.join(dir, '通报.xlsx');
    expect(await run(['bulletin', EXAMPLE, '--month', '2026-10', '--out', out, '--charts', path.join(dir, 'charts')], capture())).toBe(0);
    expect(readdirSync(path.join(dir, 'charts')).sort()).toEqual(['2026年10月排名-县（市、区）.svg', '2026年10月排名-市直单位.svg', '2026年10月通报-办结率.svg']);
    const rate = parse(readFileSync(path.join(dir, 'charts', '2026年10月通报-办结率.svg'), 'utf8'));
    expect(rate.title).toBe('2026年1—10月各月末办结率');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('2026年10月通报')!;
    // Column AL (38): the caption, a blank row, then 月份 | 办结率 and ten months, as plain cells.
    const column = sheet.getColumn(38);
    let caption = 0;
    column.eachCell((cell, row) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('图表数据')) caption = row;
    });
    expect(caption).toBeGreaterThan(0);
    expect([sheet.getCell(caption + 2, 38).value, sheet.getCell(caption + 2, 39).value]).toEqual(['月份', '办结率']);
    expect(sheet.getCell(caption + 3, 38).value).toBe('1月');
    expect(sheet.getCell(caption + 12, 38).value).toBe('10月');
    expect(sheet.getCell(caption + 12, 39).numFmt).toBe('0.0%');
    expect(sheet.getCell(caption + 13, 38).value).toBeNull();
    expect(sheet.model.merges.some((m) => /^A[LM]/.test(m))).toBe(false);
    expect(sheet.pageSetup.printArea).toMatch(/^A1:AJ\d+$/);
  });
});
