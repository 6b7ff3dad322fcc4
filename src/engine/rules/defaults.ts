// The parameter defaults SPEC §1 lists for the 规则 sheet; each preset overrides what differs.
import type { RuleParams } from '../model';

export const DEFAULT_PARAMS: Omit<RuleParams, 'closingText' | 'issuer'> = {
  itemValue: 20,
  lateFactor: 1,
  coefficientScope: 'all',
  extensionMonths: 2,
  dueSoonWorkdays: 3,
  baseScore: 80,
  bonusCap: 20,
  deductionCap: 80,
  monthlyRankBonus: 10,
  effectivenessBonus: 10,
  multiUnit: 'all',
  reportGraceWorkdays: 0,
  monthlyBulletinCriticism: false,
  // Seed 003 十六(二): 一年内受到通报批评两次的……取消该单位年度的评先树优资格。
  praiseBarCriticisms: 2,
  // 督通〔2026〕1号, 督催〔2026〕1号: the office's own prefixes go in 规则 (docs/decisions.md).
  noticePrefix: '督通',
  noticeStart: 1,
  urgePrefix: '督催',
  urgeStart: 1,
  phone: '',
  issueNumber: null,
};
