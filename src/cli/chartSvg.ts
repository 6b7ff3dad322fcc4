// The engine's charts (chartSpecs.ts) as SVG files, written by hand: a few rectangles, a line and
// text need no chart library, and the output stays the same byte for byte on every machine.
// Chinese titles and axes in a font list that every Chinese desktop has one of.
import { CHART_TEXT, chartValueText } from '../engine/report/chartText';
import type { BarChartSpec, LineChartSpec } from '../engine/report/chartSpecs';
import { textPixels } from '../engine/report/printMetrics';

const FONTS = "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei',SimSun,sans-serif";
const COLORS = { neutral: '#0F6CBD', alert: '#C50F1F', text: '#242424', muted: '#616161', grid: '#E0E0E0', axis: '#8A8A8A' };
const TEXT_PX = 13;
const TITLE_PX = 16;
const WIDTH = 640;

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const px = (n: number): string => String(Math.round(n * 10) / 10);

/** Width of a label in pixels at the chart's text size (printMetrics counts in points). */
const labelWidth = (text: string): number => textPixels(text, (TEXT_PX * 72) / 96);

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`;
}

function svg(height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${px(height)}" viewBox="0 0 ${WIDTH} ${px(height)}" font-family="${FONTS}" font-size="${TEXT_PX}" fill="${COLORS.text}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${px(height)}" fill="#FFFFFF"/>`,
    text(WIDTH / 2, 28, title, `text-anchor="middle" font-size="${TITLE_PX}" font-weight="bold"`),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * Round steps (1, 2, 2.5 or 5 times a power of ten) from 0 past `max`, about `count` of them;
 * below 0 too when `min` is negative (a score can be, after deductions).
 */
export function axisTicks(min: number, max: number, count: number): number[] {
  const span = Math.max(max - Math.min(min, 0), 1e-9);
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  // Counted in steps, each rounded to 12 digits: 3 × 0.2 is 0.6, not 0.6000000000000001.
  for (let k = Math.floor(Math.min(min, 0) / step); k * step < max + step - 1e-9; k += 1) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

function tickText(value: number, format: LineChartSpec['format']): string {
  return format === 'percent' ? `${Math.round(value * 100)}%` : String(Math.round(value * 100) / 100);
}

/** Horizontal bars, rank 1 at the top: 排名 and 单位 at the left, the score at each bar's end. */
export function barChartSvg(spec: BarChartSpec): string {
  const row = 26;
  const labels = spec.bars.map((b) => `${b.rank}  ${b.label}`);
  const left = 24 + Math.max(labelWidth(`${spec.bars.length}  ${spec.categoryAxis}`), ...labels.map(labelWidth));
  const right = WIDTH - 64;
  const top = 64;
  const bottom = top + row * Math.max(spec.bars.length, 1);
  const values = spec.bars.map((b) => b.value);
  const ticks = axisTicks(Math.min(0, ...values), Math.max(0, ...values), 5);
  const [lo, hi] = [ticks[0], ticks[ticks.length - 1]];
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (right - left);
  const body = [
    text(16, top - 12, `${CHART_TEXT.rankColumn}  ${spec.categoryAxis}`, `fill="${COLORS.muted}"`),
    ...ticks.flatMap((t) => [
      `<line x1="${px(x(t))}" y1="${top}" x2="${px(x(t))}" y2="${bottom}" stroke="${t === 0 ? COLORS.axis : COLORS.grid}"/>`,
      text(x(t), bottom + 18, tickText(t, 'integer'), `text-anchor="middle" fill="${COLORS.muted}"`),
    ]),
    ...spec.bars.flatMap((bar, i) => {
      const y = top + i * row;
      const [from, to] = [x(Math.min(0, bar.value)), x(Math.max(0, bar.value))];
      return [
        text(16, y + row / 2 + 4, labels[i]),
        `<rect x="${px(from)}" y="${px(y + 4)}" width="${px(Math.max(to - from, 0.5))}" height="${row - 8}" fill="${COLORS.neutral}"/>`,
        text(to + 4, y + row / 2 + 4, chartValueText(bar.value, spec.format)),
      ];
    }),
    text((left + right) / 2, bottom + 40, spec.valueAxis, 'text-anchor="middle" font-weight="bold"'),
  ];
  return svg(bottom + 56, spec.title, body);
}

/** A line over the months, a dot and its value at each; a month without a value leaves a gap. */
export function lineChartSvg(spec: LineChartSpec): string {
  const height = 360;
  const [left, right, top, bottom] = [72, WIDTH - 24, 56, height - 64];
  const values = spec.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const ticks = spec.max !== null ? axisTicks(0, spec.max, 5) : axisTicks(0, Math.max(1, ...values), 5);
  const hi = ticks[ticks.length - 1];
  const band = (right - left) / Math.max(spec.points.length, 1);
  const x = (i: number) => left + band * (i + 0.5);
  const y = (v: number) => bottom - (v / (hi || 1)) * (bottom - top);
  const color = COLORS[spec.tone];
  // Runs of months with a value, each drawn as one polyline.
  const runs: string[][] = [[]];
  spec.points.forEach((p, i) => {
    if (p.value === null) runs.push([]);
    else runs[runs.length - 1].push(`${px(x(i))},${px(y(p.value))}`);
  });
  const body = [
    ...ticks.flatMap((t) => [
      `<line x1="${left}" y1="${px(y(t))}" x2="${right}" y2="${px(y(t))}" stroke="${t === 0 ? COLORS.axis : COLORS.grid}"/>`,
      text(left - 8, y(t) + 4, tickText(t, spec.format), `text-anchor="end" fill="${COLORS.muted}"`),
    ]),
    ...spec.points.map((p, i) => text(x(i), bottom + 20, p.label, 'text-anchor="middle"')),
    ...runs.filter((r) => r.length > 1).map((r) => `<polyline points="${r.join(' ')}" fill="none" stroke="${color}" stroke-width="2.5"/>`),
    ...spec.points.flatMap((p, i) =>
      p.value === null
        ? []
        : [
            `<circle cx="${px(x(i))}" cy="${px(y(p.value))}" r="4" fill="${color}"/>`,
            text(x(i), y(p.value) - 10, chartValueText(p.value, spec.format), 'text-anchor="middle" font-size="12"'),
          ],
    ),
    text((left + right) / 2, bottom + 48, spec.categoryAxis, 'text-anchor="middle" font-weight="bold"'),
    text(20, (top + bottom) / 2, spec.valueAxis, `text-anchor="middle" font-weight="bold" transform="rotate(-90 20 ${px((top + bottom) / 2)})"`),
  ];
  return svg(height, spec.title, body);
}
