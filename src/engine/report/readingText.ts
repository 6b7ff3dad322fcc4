// How DUBAN read each sheet, in words: `duban validate --explain` prints these lines and the task
// pane shows them under 校验结果, so that a user sees what DUBAN took their columns to be.
import { columnLetters } from '../cellAddress';
import type { ColumnReading, ColumnVia, SheetReading, SkippedRow } from '../read/sheetReading';

const VIA: Readonly<Record<ColumnVia, string>> = {
  name: '列名相同',
  alias: '别名',
  mapping: '「规则」表的列名对应',
};

const SKIPPED: Readonly<Record<SkippedRow['reason'], string>> = {
  section: '分类标题',
  note: '备注、说明行',
  total: '合计行',
  stray: '只有一格、不像分类标题的行',
};

/** At most this many rows are listed per kind; the rest are counted. */
const LISTED = 10;

const quoted = (text: string) => `「${[...text].length > 30 ? `${[...text].slice(0, 30).join('')}…` : text}」`;

function columnLine(c: ColumnReading): string | null {
  if (c.column === null) return c.required ? `  ${c.name}：没有找到（必填）` : null;
  return `  ${c.name} ← ${columnLetters(c.column)} 列${quoted(c.header ?? '')}（${VIA[c.via ?? 'name']}）`;
}

function listed<T>(rows: readonly T[], line: (row: T) => string): string[] {
  const shown = rows.slice(0, LISTED).map(line);
  return rows.length > LISTED ? [...shown, `  ……另有 ${rows.length - LISTED} 行`] : shown;
}

export function readingLines(reading: SheetReading): string[] {
  const [first, second] = reading.headerRows;
  const lines = [`「${reading.sheet}」表`, second ? `表头：第 ${first}–${second} 行（两行表头，按下一行的列名读取）` : `表头：第 ${first} 行`];
  lines.push('各列：', ...reading.columns.flatMap((c) => columnLine(c) ?? []));
  const used = new Set(reading.columns.flatMap((c) => (c.column === null ? [] : [c.column])));
  const unused = reading.headers.filter((h) => !used.has(h.column));
  if (unused.length > 0) lines.push(`未使用的列：${unused.map((h) => `${columnLetters(h.column)} 列${quoted(h.text)}`).join('、')}`);
  if (reading.sections.length > 0) {
    lines.push('分类：', ...listed(reading.sections, (s) => `  第 ${s.row} 行${quoted(s.text)}`));
  }
  const skipped = reading.skipped.filter((s) => s.reason !== 'section');
  if (skipped.length > 0) {
    lines.push('跳过的行（不是事项）：', ...listed(skipped, (s) => `  第 ${s.row} 行 ${SKIPPED[s.reason]}${quoted(s.text)}`));
  }
  if (reading.mergedAreas > 0) lines.push(`合并单元格：${reading.mergedAreas} 处跨行合并，其值用于所跨的每一行`);
  if (reading.assumptions.length > 0) lines.push('假设：', ...reading.assumptions.map((a) => `  ${a}`));
  return lines;
}

/** Every sheet's lines, a blank line between sheets. */
export function readingsText(readings: readonly SheetReading[]): string {
  return readings.map((r) => readingLines(r).join('\n')).join('\n\n');
}
