// The generated sheets as data: what goes in which cell, with format hints, but no host calls.
// The CLI (ExcelJS) and the task pane (Office.js) both write these, so the two outputs agree.
import { formatDay } from '../calendar/dates';
import {
  BULLETIN_HEADINGS,
  NO_OVERDUE,
  NO_PRAISE,
  NO_RANKING,
  OVERDUE_HEADERS,
  RANKING_HEADERS,
  bulletinSheetTitle,
  categoryCaption,
  criticismText,
  overviewText,
  praiseText,
  rankingSheetTitle,
} from './layoutText';
import {
  CRITICISM_HEADERS,
  MISSED_HEADERS,
  NO_MISSED_REPORTS,
  criticismCountsIntro,
  criticismRow,
  missedReportsIntro,
  periodLabel,
  praiseBarredText,
  reportsParagraph,
} from './reportsText';
import type { Bulletin, Masthead, MissedReport, OverdueItem, Period, RuleSet, UnitCriticism, UnitScore } from '../model';
import type { ColumnFormat, LayoutCell } from './cellFormat';
import { completionChart, type LineChartSpec } from './chartSpecs';

export interface LayoutColumn {
  header: string;
  format: ColumnFormat;
  /** Excel column width in characters of the default font (a Chinese character counts about 2). */
  width: number;
  /** Long text that should wrap rather than widen the column. */
  wrap: boolean;
}

export interface LayoutTable {
  columns: readonly LayoutColumn[];
  rows: readonly (readonly LayoutCell[])[];
}

export type BulletinBlock =
  | { kind: 'masthead'; masthead: Masthead }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: LayoutTable }
  /** The month-end completion rate of the year so far, drawn where the host can draw charts. */
  | { kind: 'chart'; chart: LineChartSpec };

type MonthOf = Pick<Period, 'year' | 'month'>;

export const rankingSheetName = (period: MonthOf): string => rankingSheetTitle(period.year, period.month);
export const bulletinSheetName = (period: MonthOf): string => bulletinSheetTitle(period.year, period.month);

const MAX_SHEET_NAME = 31;
// Characters Excel refuses in a sheet name.
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/**
 * `wanted` when no sheet has that name, else `wanted (2)`, `(3)` … as SPEC §5 asks: generating
 * never replaces a sheet. Excel compares sheet names case-insensitively and allows 31 characters,
 * so a long name is shortened before its suffix rather than losing the suffix.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toUpperCase()));
  const base = wanted.replace(FORBIDDEN_IN_SHEET_NAME, '_').slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

type RankingKey = keyof typeof RANKING_HEADERS;

interface RankingColumn {
  key: RankingKey;
  format: ColumnFormat;
  width: number;
  value: (s: UnitScore) => LayoutCell;
}

const count = (key: 'items' | 'completed' | 'onTime' | 'late' | 'overdue' | 'open'): RankingColumn => ({
  key,
  format: 'integer',
  width: key === 'overdue' ? 10 : 8,
  value: (s) => s[key],
});

// One list of columns, read in the order the sheet shows them; the bulletin shows a subset.
const RANKING_COLUMNS: readonly RankingColumn[] = [
  { key: 'rank', format: 'integer', width: 6, value: (s) => s.rank },
  { key: 'unit', format: 'text', width: 24, value: (s) => s.unit },
  { key: 'category', format: 'text', width: 14, value: (s) => s.category },
  count('items'),
  count('completed'),
  count('onTime'),
  count('late'),
  count('overdue'),
  count('open'),
  // A unit with no items has no rate; a blank says so where 0.0% would accuse it.
  { key: 'completionRate', format: 'percent', width: 10, value: (s) => (s.items > 0 ? s.completed / s.items : null) },
  { key: 'coefficient', format: 'coefficient', width: 10, value: (s) => s.coefficient },
  { key: 'itemScore', format: 'score', width: 10, value: (s) => s.itemScore },
  { key: 'bonus', format: 'score', width: 8, value: (s) => s.bonus },
  { key: 'deduction', format: 'score', width: 8, value: (s) => s.deduction },
  { key: 'score', format: 'score', width: 8, value: (s) => s.score },
  // Positive = moved up: rank 5 last month and 2 now is +3.
  { key: 'change', format: 'change', width: 8, value: (s) => (s.previousRank === null ? null : s.previousRank - s.rank) },
  // Beyond SPEC §5, shown only when the month has them (a 报送 sheet; a rule set that counts 通报批评).
  { key: 'reportsDue', format: 'integer', width: 8, value: (s) => s.reportsDue ?? null },
  { key: 'reportsMissing', format: 'integer', width: 8, value: (s) => s.reportsMissing ?? null },
  { key: 'criticisms', format: 'integer', width: 10, value: (s) => s.criticisms ?? null },
];

const WHEN_PRESENT: readonly RankingKey[] = ['reportsDue', 'reportsMissing', 'criticisms'];

// district-dynamic has no 功效系数 and no 事项得分; two always-blank columns would only confuse.
const COEFFICIENT_ONLY: readonly RankingKey[] = ['coefficient', 'itemScore'];

// Narrow enough for A4 portrait; the full table is on the ranking sheet.
const BULLETIN_RANKING_KEYS: readonly RankingKey[] = [
  'rank', 'unit', 'items', 'completed', 'overdue', 'completionRate', 'bonus', 'deduction', 'score', 'change',
];

function tableOf(columns: readonly RankingColumn[], scores: readonly UnitScore[]): LayoutTable {
  return {
    // Unit names are the only long text; they wrap rather than shrink in the bulletin's narrow table.
    columns: columns.map((c) => ({ header: RANKING_HEADERS[c.key], format: c.format, width: c.width, wrap: c.format === 'text' })),
    rows: scores.map((s) => columns.map((c) => c.value(s))),
  };
}

/** The ranking sheet: one row per unit, in the order given (the engine orders by category, then rank). */
export function rankingTable(scores: readonly UnitScore[], method: RuleSet['method']): LayoutTable {
  const columns = RANKING_COLUMNS.filter(
    (c) =>
      (method === 'coefficient' || !COEFFICIENT_ONLY.includes(c.key)) &&
      (!WHEN_PRESENT.includes(c.key) || scores.some((s) => c.value(s) !== null)),
  );
  return tableOf(columns, scores);
}

function overdueTable(items: readonly OverdueItem[]): LayoutTable {
  const column = (header: string, format: ColumnFormat, width: number, wrap = false): LayoutColumn => ({
    header,
    format,
    width,
    wrap,
  });
  return {
    columns: [
      // 编号 and dates must not wrap: DC-2026-152 and 2026-10-12 are 11 and 10 characters.
      column(OVERDUE_HEADERS.id, 'text', 13),
      column(OVERDUE_HEADERS.content, 'text', 28, true),
      column(OVERDUE_HEADERS.unit, 'text', 14, true),
      column(OVERDUE_HEADERS.deadline, 'text', 12),
      column(OVERDUE_HEADERS.overdueWorkdays, 'integer', 8),
      column(OVERDUE_HEADERS.stage, 'text', 18, true),
    ],
    // 办理时限 as text: the bulletin is read, not computed on, and text prints the same everywhere.
    rows: items.map((i) => [i.id, i.content, i.unit, formatDay(i.deadline), i.overdueWorkdays, i.stage]),
  };
}

const layoutColumn = (header: string, format: ColumnFormat, width: number, wrap = false): LayoutColumn => ({ header, format, width, wrap });

function missedReportsTable(missed: readonly MissedReport[]): LayoutTable {
  return {
    columns: [
      layoutColumn(MISSED_HEADERS.id, 'text', 13),
      layoutColumn(MISSED_HEADERS.content, 'text', 28, true),
      layoutColumn(MISSED_HEADERS.unit, 'text', 14, true),
      layoutColumn(MISSED_HEADERS.period, 'text', 18, true),
    ],
    rows: missed.map((m) => [m.id, m.content, m.unit, periodLabel(m.cadence, m.start, m.end)]),
  };
}

function criticismTable(counts: readonly UnitCriticism[]): LayoutTable {
  return {
    columns: [
      layoutColumn(CRITICISM_HEADERS.unit, 'text', 18, true),
      layoutColumn(CRITICISM_HEADERS.count, 'integer', 10),
      layoutColumn(CRITICISM_HEADERS.consequence, 'text', 40, true),
    ],
    rows: counts.map(criticismRow),
  };
}

/** The blocks about progress reports and 通报批评 counts that close 四、通报批评. */
function reportAndCriticismBlocks(bulletin: Bulletin): BulletinBlock[] {
  const blocks: BulletinBlock[] = [];
  const missed = bulletin.reports?.missed;
  if (missed) {
    blocks.push({ kind: 'paragraph', text: missed.length > 0 ? missedReportsIntro(missed.length) : NO_MISSED_REPORTS });
    if (missed.length > 0) blocks.push({ kind: 'table', table: missedReportsTable(missed) });
  }
  if (bulletin.criticismCounts && bulletin.criticismCounts.length > 0) {
    blocks.push({ kind: 'paragraph', text: criticismCountsIntro });
    blocks.push({ kind: 'table', table: criticismTable(bulletin.criticismCounts) });
  }
  return blocks;
}

/** The units out of 年中/年终 praise, each with its count of the year. */
function barredCounts(bulletin: Bulletin): { unit: string; count: number }[] {
  const counts = new Map((bulletin.criticismCounts ?? []).map((c) => [c.unit, c.count]));
  return (bulletin.praiseBarred ?? []).map((unit) => ({ unit, count: counts.get(unit) ?? 0 }));
}

/** The bulletin (SPEC §5) as blocks, top to bottom. */
export function bulletinBlocks(bulletin: Bulletin): BulletinBlock[] {
  const blocks: BulletinBlock[] = [{ kind: 'masthead', masthead: bulletin.masthead }, { kind: 'title', text: bulletin.title }];
  const heading = (text: string) => blocks.push({ kind: 'heading', level: 1, text });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });

  heading(BULLETIN_HEADINGS.overview);
  paragraph(overviewText(bulletin.totals, bulletin.period.asOf));
  if (bulletin.reports) paragraph(reportsParagraph(bulletin.reports, bulletin.period.asOf));
  blocks.push({ kind: 'chart', chart: completionChart(bulletin.period, bulletin.trend) });

  heading(BULLETIN_HEADINGS.ranking);
  const bulletinColumns = BULLETIN_RANKING_KEYS.map((key) => RANKING_COLUMNS.find((c) => c.key === key)!);
  const groups = bulletin.ranking.filter((group) => group.rows.length > 0);
  if (groups.length === 0) paragraph(NO_RANKING);
  groups.forEach((group, index) => {
    blocks.push({ kind: 'heading', level: 2, text: categoryCaption(index, group.category) });
    blocks.push({ kind: 'table', table: tableOf(bulletinColumns, group.rows) });
  });

  heading(BULLETIN_HEADINGS.praise);
  const praised = bulletin.praise.filter((entry) => entry.units.length > 0);
  if (praised.length === 0) paragraph(NO_PRAISE);
  praised.forEach((entry) => paragraph(praiseText(entry)));
  if (bulletin.praiseBarred) paragraph(praiseBarredText(barredCounts(bulletin)));

  heading(BULLETIN_HEADINGS.criticism);
  if (bulletin.overdueItems.length === 0) {
    paragraph(NO_OVERDUE);
  } else {
    paragraph(criticismText(bulletin.criticised));
    blocks.push({ kind: 'table', table: overdueTable(bulletin.overdueItems) });
  }
  blocks.push(...reportAndCriticismBlocks(bulletin));

  heading(BULLETIN_HEADINGS.closing);
  paragraph(bulletin.closing);
  return blocks;
}
