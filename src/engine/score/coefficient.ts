// Seed 001's two formulas on their own, so that a cell formula (DUBAN.COEFF, DUBAN.ITEMSCORE)
// and the monthly ranking compute them in one place.

/** 功效系数 = 0.5 + n / maxN × 0.5; 0.5 when no unit has items (maxN = 0). */
export function efficacyCoefficient(items: number, maxItems: number): number {
  return maxItems === 0 ? 0.5 : 0.5 + (items / maxItems) * 0.5;
}

/** 督查事项得分 = earned / total × 100 × 功效系数; the completion ratio is 1 when nothing is due. */
export function itemScoreOf(earned: number, total: number, coefficient: number): number {
  return (total === 0 ? 1 : earned / total) * 100 * coefficient;
}
