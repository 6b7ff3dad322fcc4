// What a unit's 通报批评 of one year lead to (seed 003 十六(二)(三)). Both presets use this ladder;
// a 规则 sheet replaces it with its 批评后果 rows.
import type { CriticismConsequence } from '../model';

export const SEED_003_CONSEQUENCES: readonly CriticismConsequence[] = [
  // 一年内受到通报批评一次的，由责任单位……作出书面检查
  { from: 1, label: '责任单位作出书面检查' },
  // 两次的，由……主要领导约谈单位主要负责人，并取消该单位年度的评先树优资格
  { from: 2, label: '主要领导约谈单位主要负责人，取消本年度评先树优资格' },
  // 三次及以上的，由区督查室提出问责建议……进行问责……组织处理
  { from: 3, label: '提出问责建议，依规问责并组织处理' },
];
