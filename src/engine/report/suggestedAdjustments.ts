// Suggested 加减分 for 应报未报: rows for staff to confirm and append to the 加减分 sheet (seed 001
// 附件2 三3 逾期报送, −5 each; seed 002 四2 超期 at the item's 督查等级). A suggestion counts nowhere:
// only a row of the 加减分 sheet is scored, so nothing changes until staff append it.
import type { Ledger, MissedReport, Period } from '../model';
import { ADJUSTMENT_COLUMNS } from '../read/schema';
import { entryPoints } from '../score/adjustmentPoints';
import { missedReports } from '../score/reports';
import { yearStart } from '../score/status';
import { normalizeText } from '../text';
import type { ColumnFormat, LayoutCell } from './cellFormat';
import { missedReportNote, SUGGESTED_POINTS_HEADER } from './reportsText';
import type { RegistrationRow } from './registration';
import type { LayoutTable } from './sheetLayout';

/**
 * One 加减分 row as it would be appended (a RegistrationRow, so the 登记 flow appends it as it is),
 * with what it is for. 日期 is the last day the report could count (the period's end plus
 * 报送宽限工作日); 级别 the item's 督查等级 for an importance-graded 类别 (超期), else null.
 */
export interface SuggestedAdjustment extends RegistrationRow {
  /** Signed points the row will count once appended (the table value; 分值 stays blank). */
  points: number;
  missed: MissedReport;
}

const keyOf = (unit: string, category: string, id: string) => `${unit}\u0000${category}\u0000${normalizeText(id)}`;

/**
 * One suggestion per 应报未报 of the year up to asOf, less those already registered: each 加减分
 * entry of the report year with the same unit, 类别 and 关联事项 stands for one of them, the
 * earliest first, so a confirmed suggestion (or one staff entered by hand) is not offered again
 * and no missed report is ever suggested twice. Empty without a 报送 sheet.
 */
export function suggestedAdjustments(ledger: Ledger, period: Period): SuggestedAdjustment[] {
  const { rules } = ledger;
  const category = rules.adjustmentCategories.find((c) => c.name === rules.missedReportCategory);
  if (!category || (category.levelKind !== 'none' && category.levelKind !== 'importance')) return [];
  const registered = new Map<string, number>();
  const from = yearStart(period.year);
  for (const a of ledger.adjustments) {
    if (a.category !== category.name || a.relatedItem === null || a.date < from || a.date > period.asOf) continue;
    const key = keyOf(a.unit, a.category, a.relatedItem);
    registered.set(key, (registered.get(key) ?? 0) + 1);
  }
  const missed = missedReports(ledger, period).sort((a, b) => a.due - b.due);
  const out: SuggestedAdjustment[] = [];
  for (const m of missed) {
    const key = keyOf(m.unit, category.name, m.id);
    const left = registered.get(key) ?? 0;
    if (left > 0) {
      registered.set(key, left - 1);
      continue;
    }
    const level = category.levelKind === 'importance' ? m.importance : null;
    out.push({
      date: m.due,
      unit: m.unit,
      category: category.name,
      level,
      points: entryPoints(rules, category.name, level, null) ?? 0,
      relatedItem: m.id,
      note: missedReportNote(m.importance, m.cadence, m.start, m.end),
      missed: m,
    });
  }
  return out;
}

/**
 * The rows to append, cells in the order of the 加减分 sheet's columns in SPEC §1 (日期, 单位, 类别,
 * 级别, 分值, 关联事项, 说明): 日期 an Excel serial, 分值 blank so the preset's table decides.
 */
export function suggestionRows(suggestions: readonly SuggestedAdjustment[]): LayoutCell[][] {
  return suggestions.map((s) => [s.date, s.unit, s.category, s.level, null, s.relatedItem, s.note]);
}

const FORMATS: Readonly<Record<string, ColumnFormat>> = { date: 'date', points: 'score' };
const WIDTHS: Readonly<Record<string, number>> = { date: 12, unit: 20, category: 10, level: 10, points: 8, relatedItem: 14, note: 48 };

/**
 * The suggestions as a sheet staff copy rows from into 加减分: its columns in its order, then the
 * points each row will count, a column the 加减分 reader ignores.
 */
export function suggestionsTable(suggestions: readonly SuggestedAdjustment[]): LayoutTable {
  const rows = suggestionRows(suggestions);
  return {
    columns: [
      ...ADJUSTMENT_COLUMNS.map((c) => ({ header: c.header, format: FORMATS[c.key] ?? 'text', width: WIDTHS[c.key] ?? 12, wrap: c.key === 'note' })),
      { header: SUGGESTED_POINTS_HEADER, format: 'score' as const, width: 10, wrap: false },
    ],
    rows: rows.map((cells, i) => [...cells, suggestions[i].points]),
  };
}
