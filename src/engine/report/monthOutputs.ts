// What 生成排名 and 生成通报 write for a month, whichever host writes it: the ranking, and for the
// bulletin the bulletin too, whose ranking is then the ranking sheet's (as the CLI's `bulletin`).
import type { Bulletin, Ledger, Period, UnitScore } from '../model';
import { rankMonth } from '../score/rank';
import { buildBulletin } from './bulletin';
import { bulletinSheetName, rankingSheetName } from './sheetLayout';

export interface MonthOutputs {
  scores: readonly UnitScore[];
  bulletin: Bulletin | null;
  /** The sheets wanted, ranking first: `2026年10月排名` and, with the bulletin, `2026年10月通报`. */
  sheets: readonly string[];
  /** Overdue open items: the bulletin's list, or the units' counts without one. */
  overdueItems: number;
}

/** The ranking sheet that goes with a bulletin: its category blocks in order. */
export const bulletinRanking = (bulletin: Bulletin): UnitScore[] => bulletin.ranking.flatMap((block) => block.rows);

export function monthOutputs(ledger: Ledger, period: Period, withBulletin: boolean): MonthOutputs {
  if (!withBulletin) {
    const scores = rankMonth(ledger, period);
    return { scores, bulletin: null, sheets: [rankingSheetName(period)], overdueItems: scores.reduce((n, s) => n + s.overdue, 0) };
  }
  const bulletin = buildBulletin(ledger, period);
  return {
    scores: bulletinRanking(bulletin),
    bulletin,
    sheets: [rankingSheetName(period), bulletinSheetName(period)],
    overdueItems: bulletin.overdueItems.length,
  };
}
