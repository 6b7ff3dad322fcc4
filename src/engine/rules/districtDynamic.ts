// Preset `district-dynamic`: 某某区督查专项考核评分细则 (seed 002).
import type { RuleSet } from '../model';
import { DEFAULT_PARAMS } from './defaults';
import { IMPORTANCE_LEVELS, tableRow, URGE_LEVELS } from './levels';

const AUTHORITY = ['国家', '部委', '省', '市', '区'];
//                                    国家 部委 省 市 区
const authority = () => tableRow(AUTHORITY, [5, 5, 3, 2, 1]);

export const DISTRICT_DYNAMIC: RuleSet = {
  preset: 'district-dynamic',
  method: 'dynamic',
  params: {
    ...DEFAULT_PARAMS,
    // Seed 002 has no monthly-ranking bonus.
    monthlyRankBonus: 0,
    closingText:
      '各承办单位要落实督办责任，按督查等级按时提报办理结果（特别重要事项每周、比较重要事项每月、一般重要事项每季）；' +
      '对被催办的事项立即整改并当日反馈，确保督办事项件件有着落、事事有回音。',
  },
  unitCategories: ['功能区类', '街道类', '党群类', '经济发展类', '招商类', '综合管理类', '综合服务类', '驻区类'],
  monthlyRankTop: {},
  adjustmentCategories: [
    { name: '表彰', aliases: ['表彰加分'], sign: 1, levelKind: 'authority', perOccurrence: true, points: authority() },
    { name: '创新', aliases: ['创新加分'], sign: 1, levelKind: 'authority', perOccurrence: true, points: authority() },
    { name: '批示表扬', aliases: ['领导批示表扬', '批示加分'], sign: 1, levelKind: 'authority', perOccurrence: true, points: authority() },
    { name: '调研', aliases: ['调研加分'], sign: 1, levelKind: 'authority', perOccurrence: true, points: authority() },
    { name: '批示批评', aliases: ['领导批示批评', '批示减分'], sign: -1, levelKind: 'authority', perOccurrence: true, points: authority() },
    //                                                                                                 特别 比较 一般
    { name: '超期', aliases: ['超期减分'], sign: -1, levelKind: 'importance', perOccurrence: true, points: tableRow(IMPORTANCE_LEVELS, [3, 2, 1]) },
    { name: '质量', aliases: ['质量减分'], sign: -1, levelKind: 'importance', perOccurrence: true, points: tableRow(IMPORTANCE_LEVELS, [3, 2, 1]) },
    { name: '问题', aliases: ['问题减分'], sign: -1, levelKind: 'importance', perOccurrence: true, points: tableRow(IMPORTANCE_LEVELS, [10, 5, 3]) },
    //                                                                                          红  黄 蓝
    { name: '催办', aliases: ['催办减分'], sign: -1, levelKind: 'urge', perOccurrence: true, points: tableRow(URGE_LEVELS, [10, 5, 3]) },
  ],
  eventRules: false,
  praise: [],
  // Seed 002 第十五条: 蓝色催办单 (2日内反馈), then 黄色, then 红色 when the unit still does not act.
  // The seed gives no day counts between the colours; these are rule-set data (docs/decisions.md).
  // 第八条: 特别重要事项每周、比较重要事项每月、一般重要事项每季度报送办理进度。
  reportCadence: { 特别重要: 'week', 比较重要: 'month', 一般重要: 'quarter' },
  escalation: [
    { fromWorkdays: 1, label: '蓝色催办（2个工作日内反馈）' },
    { fromWorkdays: 3, label: '黄色催办（主要领导当面说明）' },
    { fromWorkdays: 6, label: '红色催办（抄送纪检、组织部门）' },
  ],
};
