// Progress reports (issue 13): one more report never adds an 应报未报, and a workbook without its
// 报送 sheet ranks exactly as it did before there was such a sheet.
import fc from 'fast-check';
import { dayOf, formatDay } from '../../src/engine/calendar/dates';
import type { CellValue, Ledger, UnitScore, WorkbookInput } from '../../src/engine/model';
import { readLedger } from '../../src/engine/read/readLedger';
import { missedReports, reportTallies } from '../../src/engine/score/reports';
import { rankJson } from '../../src/cli/report';
import { ledgerModel, PRESET_NAMES, REPORT_YEAR, writeBook, type LedgerModel } from './arbitraries';
import { byUnit, periodFor, rankBook, runs } from './scoring';

const RUNS = runs(100);

const FIRST = dayOf(REPORT_YEAR - 1, 9, 1);
const LAST = dayOf(REPORT_YEAR, 12, 31);

interface ReportModel {
  /** Index into the model's items; the report is its responsible unit's. */
  item: number;
  date: number;
}

const reportModel = fc.record({ item: fc.nat(), date: fc.integer({ min: FIRST, max: LAST }) });

/** The model's workbook with a 报送 sheet of these reports. */
function withReportSheet(model: LedgerModel, reports: readonly ReportModel[]): WorkbookInput {
  const rows: CellValue[][] = reports.map((r) => {
    const item = model.items[r.item % model.items.length];
    return [formatDay(r.date), item.id, model.units[item.unit].name, '已报送阶段进展'];
  });
  const book = writeBook(model);
  return { sheets: [...book.sheets, { name: '报送', values: [['日期', '编号', '单位', '内容'], ...rows] }] };
}

function readValid(book: WorkbookInput): Ledger {
  const { ledger, problems } = readLedger(book, { reportYear: REPORT_YEAR });
  const errors = problems.filter((p) => p.severity === '错误');
  if (!ledger || errors.length > 0) throw new Error(`unexpected 错误: ${JSON.stringify(errors.slice(0, 3))}`);
  return ledger;
}

const withGrace = (ledger: Ledger, grace: number): Ledger => ({ ...ledger, rules: { ...ledger.rules, params: { ...ledger.rules.params, reportGraceWorkdays: grace } } });

const withoutReportFields = (rows: readonly UnitScore[]) => rows.map(({ reportsDue: _due, reportsMissing: _missing, ...rest }) => rest);

describe.each(PRESET_NAMES)('%s: progress reports', (preset) => {
  it('one more report never adds an 应报未报 and never changes what is due', () => {
    fc.assert(
      fc.property(
        ledgerModel(preset).filter((m) => m.items.length > 0),
        fc.array(reportModel, { maxLength: 12 }),
        reportModel,
        fc.integer({ min: 0, max: 6 }),
        (model, reports, extra, grace) => {
          const ledger = withGrace(readValid(withReportSheet(model, reports)), grace);
          const period = periodFor(model.month);
          const at = extra.item % ledger.items.length;
          const item = ledger.items[at];
          const more: Ledger = { ...ledger, reports: [...(ledger.reports ?? []), { row: 0, date: extra.date, item: at, id: item.id, unit: item.unit }] };
          const before = reportTallies(ledger, period)!;
          const after = reportTallies(more, period)!;
          for (const [unit, tally] of before) {
            expect(after.get(unit)?.due).toBe(tally.due);
            expect(after.get(unit)!.missing).toBeLessThanOrEqual(tally.missing);
            expect(tally.missing).toBeLessThanOrEqual(tally.due);
          }
          const missing = [...before.values()].reduce((n, t) => n + t.missing, 0);
          expect(missedReports(ledger, period)).toHaveLength(missing);
        },
      ),
      RUNS,
    );
  });

  it('without the 报送 sheet the ranking is today’s, byte for byte: the sheet only adds 应报 and 未报', () => {
    fc.assert(
      fc.property(ledgerModel(preset).filter((m) => m.items.length > 0), fc.array(reportModel, { maxLength: 12 }), (model, reports) => {
        const without = rankBook(writeBook(model), model.month);
        const withSheet = rankBook(withReportSheet(model, reports), model.month);
        expect(without.some((r) => 'reportsDue' in r || 'reportsMissing' in r)).toBe(false);
        expect(withSheet.every((r) => typeof r.reportsDue === 'number' && typeof r.reportsMissing === 'number')).toBe(true);
        expect(byUnit(withoutReportFields(withSheet) as UnitScore[])).toEqual(byUnit(without));
        expect(rankJson(withoutReportFields(withSheet) as UnitScore[])).toBe(rankJson(without));
        // SPEC §6's fields, in its order, and nothing else.
        const fields = Object.keys((JSON.parse(rankJson(without)) as Record<string, unknown>[])[0] ?? {});
        expect(fields).toEqual(['unit', 'category', 'items', 'completed', 'onTime', 'late', 'overdue', 'open', 'coefficient', 'itemScore', 'bonus', 'deduction', 'score', 'rank']);
      }),
      RUNS,
    );
  });
});
