// Hand-built scores and bulletins for the layout and writer tests.
import type { Bulletin, UnitScore } from '../../../src/engine/model';

export const JUNE_30_2026 = 46203; // 2026-01-01 = 46023, + 31 + 28 + 31 + 30 + 31 + 29

export function unitScore(over: Partial<UnitScore>): UnitScore {
  return {
    unit: '义马市',
    category: '县（市、区）',
    items: 5,
    completed: 4,
    onTime: 3,
    late: 1,
    overdue: 1,
    open: 0,
    coefficient: 0.75,
    itemScore: 60,
    bonus: 10,
    deduction: 5,
    score: 65,
    rank: 2,
    monthlyRankBonus: 10,
    effectivenessBonus: 0,
    previousRank: 5,
    ...over,
  };
}

export function bulletin(over: Partial<Bulletin> = {}): Bulletin {
  const rows = [unitScore({ unit: '义马市', rank: 1 }), unitScore({ unit: '卢氏县', rank: 2, overdue: 1 })];
  return {
    masthead: { issuer: '市政府督查室', issue: 6, date: JUNE_30_2026 + 1 },
    title: '关于2026年6月份督查事项办理情况的通报',
    period: { year: 2026, month: 6, asOf: JUNE_30_2026 },
    totals: { assigned: 12, completed: 9, onTime: 8, late: 1, open: 1, overdue: 2, completionRate: 9 / 12, onTimeRate: 8 / 9 },
    ranking: [
      { category: '县（市、区）', rows },
      { category: '市直单位', rows: [unitScore({ unit: '市交通运输局', category: '市直单位', rank: 1 })] },
    ],
    praise: [{ reason: '在2026年6月排名中位列县（市、区）前3名且当月无减分事项的单位', units: ['义马市'] }],
    criticised: ['卢氏县'],
    overdueItems: [
      { id: 'DC-7', content: '=HYPERLINK("x")整治', unit: '卢氏县', deadline: JUNE_30_2026 - 10, overdueWorkdays: 6, stage: '通报批评并媒体曝光' },
    ],
    closing: '各责任单位要对照督查台账逐项梳理。',
    // Month ends 2026-01-31 … 2026-06-30; June is the totals above. Nothing assigned in January.
    trend: [
      { month: 1, asOf: 46053, assigned: 0, completed: 0, overdue: 0, completionRate: null },
      { month: 2, asOf: 46081, assigned: 4, completed: 1, overdue: 0, completionRate: 1 / 4 },
      { month: 3, asOf: 46112, assigned: 8, completed: 2, overdue: 1, completionRate: 2 / 8 },
      { month: 4, asOf: 46142, assigned: 10, completed: 5, overdue: 1, completionRate: 5 / 10 },
      { month: 5, asOf: 46173, assigned: 12, completed: 7, overdue: 3, completionRate: 7 / 12 },
      { month: 6, asOf: JUNE_30_2026, assigned: 12, completed: 9, overdue: 2, completionRate: 9 / 12 },
    ],
    ...over,
  };
}
