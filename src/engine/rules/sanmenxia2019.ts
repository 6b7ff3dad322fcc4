// Preset `sanmenxia-2019`: 三政办〔2019〕21号 (seed 001) and its 附件1, 附件2.
import type { RuleSet } from '../model';
import { DEFAULT_PARAMS } from './defaults';
import { tableRow } from './levels';

/** The columns of seed 001 附件2, in the order the seed lists the issuing authorities. */
const COLUMNS = ['国家', '部委', '省', '省直', '省级议事协调机构', '市', '市级议事协调机构', '市督查室'];
const row = (values: (number | null)[]) => tableRow(COLUMNS, values);

export const SANMENXIA_2019: RuleSet = {
  preset: 'sanmenxia-2019',
  method: 'coefficient',
  params: {
    ...DEFAULT_PARAMS,
    closingText:
      '各责任单位要对照督查台账逐项梳理，对逾期未办结事项明确整改时限和责任人，限期办结并书面报市政府督查室；' +
      '对在办事项倒排工期、挂图作战，确保按时办结；按规定时间节点报送进展情况，杜绝迟报、漏报。',
  },
  unitCategories: ['县（市、区）', '市直单位'],
  // 附件2 一(一)10: 县（市、区）前三名、市直单位前六名且无减分事项的加10分。
  monthlyRankTop: { '县（市、区）': 3, 市直单位: 6 },
  adjustmentCategories: [
    //                                                   国家 部委  省  省直 省级议事 市  市级议事 市督查室
    { name: '通报表扬', aliases: ['表扬'], sign: 1, levelKind: 'authority', perOccurrence: false, points: row([20, 15, 15, 10, 10, 10, 5, 5]) },
    { name: '迎检优异', aliases: ['迎检'], sign: 1, levelKind: 'authority', perOccurrence: false, points: row([20, 15, 15, 10, 10, 10, 5, 5]) },
    { name: '通报批评', aliases: ['批评'], sign: -1, levelKind: 'authority', perOccurrence: false, points: row([20, 15, 15, 10, 10, 10, 5, 5]) },
    { name: '领导批示表扬', aliases: ['批示表扬'], sign: 1, levelKind: 'authority', perOccurrence: false, points: row([20, 15, 15, 10, null, 10, null, null]) },
    { name: '领导批示批评', aliases: ['批示批评'], sign: -1, levelKind: 'authority', perOccurrence: false, points: row([20, 15, 15, 10, null, 10, null, null]) },
    { name: '约谈', aliases: [], sign: -1, levelKind: 'authority', perOccurrence: false, points: row([null, 15, 15, 10, null, 10, null, null]) },
    { name: '信息采用', aliases: ['信息宣传'], sign: 1, levelKind: 'authority', perOccurrence: false, points: row([20, 15, 15, 5, 5, 5, null, null]) },
    { name: '现场会', aliases: ['现场会议'], sign: 1, levelKind: 'authority', perOccurrence: false, points: row([30, 20, 20, 10, null, 10, null, null]) },
    // 附件2 三3、三4: per occurrence, no 级别.
    { name: '逾期报送', aliases: ['逾期上报'], sign: -1, levelKind: 'none', perOccurrence: true, points: { '': 5 } },
    { name: '配合不力', aliases: [], sign: -1, levelKind: 'none', perOccurrence: true, points: { '': 5 } },
  ],
  eventRules: true,
  praise: [
    { month: 6, top: 3, label: '年中考核' },
    { month: 12, top: 5, label: '年终考核' },
  ],
  // 四(二)4: 首次全市通报，限5个工作日整改；5个工作日内仍未完成的通报批评并媒体曝光；再5个工作日约谈；
  // 再5个工作日提请问责。
  // Seed 001 names no cadence; seed 004's 局 reports 每月或按时限要求: monthly whatever the level.
  reportCadence: { 特别重要: 'month', 比较重要: 'month', 一般重要: 'month' },
  escalation: [
    { fromWorkdays: 1, label: '全市通报，限5个工作日整改' },
    { fromWorkdays: 6, label: '通报批评并媒体曝光' },
    { fromWorkdays: 11, label: '约谈并书面承诺' },
    { fromWorkdays: 16, label: '提请启动问责程序' },
  ],
};
