// The ranking's columns beyond SPEC §5, for the report month only: 应报 and 未报 when the workbook
// has a 报送 sheet, 本年通报批评 when the rule set counts criticisms. Without either, the lines stay
// exactly as SPEC §5 has them.
import type { Ledger, Period, UnitScore } from '../model';
import { criticismCounts } from './criticism';
import { reportTallies } from './reports';

export function addRankingExtras(ledger: Ledger, period: Period, rows: readonly UnitScore[]): void {
  const tallies = reportTallies(ledger, period);
  const criticisms = criticismCounts(ledger, period);
  for (const row of rows) {
    if (tallies) {
      const tally = tallies.get(row.unit);
      row.reportsDue = tally?.due ?? 0;
      row.reportsMissing = tally?.missing ?? 0;
    }
    if (criticisms) row.criticisms = criticisms.get(row.unit) ?? 0;
  }
}
