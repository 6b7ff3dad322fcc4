// Default deadlines by 事项来源 (seed 003 九、十), as the seed states them. Both presets use this
// table; a 规则 sheet replaces it with its 来源时限 rows.
import type { SourceDeadline } from '../model';

export const SEED_003_SOURCES: readonly SourceDeadline[] = [
  // 九、对……领导同志批示交办事项，原则上应在接到办理通知5个工作日内报送办理结果。
  { name: '领导批示', aliases: ['批示件', '批示', '领导批示件', '领导批办'], amount: 5, unit: 'workdays', maxMonths: null },
  // 十、对人大代表建议和政协委员提案的办理，答复期限一般为3个月……最迟不得超过6个月。
  {
    name: '建议提案',
    aliases: ['建议', '提案', '人大代表建议', '政协委员提案', '人大建议', '政协提案', '代表建议', '委员提案'],
    amount: 3,
    unit: 'months',
    maxMonths: 6,
  },
];
