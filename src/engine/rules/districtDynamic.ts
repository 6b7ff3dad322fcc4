// Preset `district-dynamic`: 某某区督查专项考核评分细则 (seed 002).
import { SEED_003_CONSEQUENCES } from './criticism';
import type { RuleSet, UrgeLevel } from '../model';
import { DEFAULT_PARAMS } from './defaults';
import { IMPORTANCE_LEVELS, tableRow, URGE_LEVELS as URGE_NAMES } from './levels';
import { SEED_003_SOURCES } from './sourceDeadlines';

const AUTHORITY = ['国家', '部委', '省', '市', '区'];
//                                    国家 部委 省 市 区
const authority = () => tableRow(AUTHORITY, [5, 5, 3, 2, 1]);

// 第十一条 (who signs each colour), 第十五条 (what each demands), 第十七条 (黄、红 抄送区绩考办).
// The seed gives no day counts between the colours, nor a reply time after 黄 and 红: those are
// ours (docs/decisions.md). The fills keep black text legible when printed in black and white.
const URGE_LEVELS: readonly UrgeLevel[] = [
  {
    level: '蓝',
    title: '蓝色催办单',
    fromWorkdays: 1,
    stage: '蓝色催办（2个工作日内反馈）',
    demand: '请于2个工作日内反馈办理结果；受客观因素影响暂时难以办结的，写明原因及办理意见，经主管区级领导审签后报区政府督查室。',
    signer: '区政府办公室主要领导',
    copyTo: '',
    replyWorkdays: 2,
    fill: '9BC2E6',
  },
  {
    level: '黄',
    title: '黄色催办单',
    fromWorkdays: 3,
    stage: '黄色催办（主要领导当面说明）',
    demand: '请承办单位主要领导当面向区政府主要领导解释说明，并向区政府督查室反馈情况。',
    signer: '区政府主管领导',
    copyTo: '区绩考办',
    replyWorkdays: 2,
    fill: 'FFD966',
  },
  {
    level: '红',
    title: '红色催办单',
    fromWorkdays: 6,
    stage: '红色催办（抄送纪检、组织部门）',
    demand: '已报告区政府主要领导，同时抄送区纪检、组织部门；请立即履行办理职责，并向区政府督查室反馈。',
    signer: '区政府主要领导',
    copyTo: '区纪检、组织部门，区绩考办',
    replyWorkdays: 2,
    fill: 'FF7C80',
  },
];

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
    issuer: '区政府督查室',
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
    { name: '催办', aliases: ['催办减分'], sign: -1, levelKind: 'urge', perOccurrence: true, points: tableRow(URGE_NAMES, [10, 5, 3]) },
  ],
  eventRules: false,
  praise: [],
  // 第八条: 特别重要事项每周、比较重要事项每月、一般重要事项每季度报送办理进度。
  reportCadence: { 特别重要: 'week', 比较重要: 'month', 一般重要: 'quarter' },
  // 附件 四2 超期减分: 未按时……反馈督办任务的，按督办等级每次减 3、2、1 分.
  missedReportCategory: '超期',
  // The preset has no 通报批评 category; its criticisms are the monthly bulletins' when
  // 月度通报计入批评次数 = 是.
  criticism: { categories: [], consequences: SEED_003_CONSEQUENCES },
  sourceDeadlines: SEED_003_SOURCES,
  // 第八条 督办单, 第十五条 催办单; 第十六、十七条: a 催办单 deducts under 催办 with its colour.
  documents: { noticeTitle: '督查通知单', urgeTitle: '催办单', urgeLevels: URGE_LEVELS, stageSigner: '', urgeCategory: '催办' },
  // Seed 002 第十五条: 蓝色催办单 (2日内反馈), then 黄色, then 红色 when the unit still does not act.
  escalation: URGE_LEVELS.map((l) => ({ fromWorkdays: l.fromWorkdays, label: l.stage })),
};
