// City-level layouts of FIELD-LEDGERS.md: the 推进落实清单 export of a city 督查室 system, and the
// item export of a city 督查考核 platform. test/cli/fieldLedgers.test.ts works out their rankings.
import { day, rulesSheet, simpleSheet, type FieldSheet } from './workbook';

/**
 * 推进落实清单: a title merged over the table; a two-row header whose groups 工作标准 and 时间节点
 * are merged across their columns and the other headers merged down, with line breaks (`启动\n时间`);
 * 总体任务 section rows merged across; one 工作目标 over the rows of its stages, merged down with its
 * 序号 and 责任主体; 责任主体 as `牵头单位:\nA\n责任单位:\nB`; dates `2026.3`, `2026.3.15` and a
 * number 2026.6 as typed; the system's own 编号 in a hidden column. The office added 实际完成时间 at
 * the right, and its 规则 sheet says which columns are 编号, 事项内容, 交办日期 and 办理时限.
 */
export function cityPlanList(): FieldSheet[] {
  const sheet: FieldSheet = {
    name: '总台账',
    rows: [
      ['青川市2026年重点工作推进落实清单'],
      ['序号', '工作目标', '支撑项目', '工作标准', null, '时间节点', null, '责任主体', '系统内编号', '实际完成\n时间'],
      [null, null, null, '年度投资\n（元）', '工作标准', '启动\n时间', '完成\n时间', null, null, null],
      ['总体任务一：加快产业转型升级'],
      [1, '建成青川经开区标准化厂房', '一期厂房主体完工', 80_000_000, '主体封顶并通过验收', '2026.1', '2026.3', '牵头单位:\n市发改委\n责任单位:\n市住建局', 'XT-0101', '2026.3.28'],
      [null, null, '二期厂房开工建设', 60_000_000, '完成桩基施工', '2026.3.15', '2026.5', null, 'XT-0102', '2026.6.10'],
      [null, null, '配套道路通车', 20_000_000, '道路竣工通车', '2026.4', '2026.9.30', null, 'XT-0103', null],
      ['总体任务二：提升城市功能品质'],
      [2, '推进城镇老旧小区改造', '完成12个小区改造', 35_000_000, '改造完成并交付使用', '2026.2', 2026.6, '住建局', 'XT-0201', null],
      [null, null, '完成加装电梯20部', 8_000_000, '电梯投入使用', '2026.3', '2026.10', null, 'XT-0202', null],
      [3, '城区道路白改黑', '完成主干道改造', 45_000_000, '通过交工验收', '2026.3.1', '2026.5.31', '牵头单位：市交通局\n责任单位：市财政局', 'XT-0301', null],
      [4, '智慧停车系统建设', '建成停车诱导平台', 12_000_000, '平台上线运行', '2026.7', '2026.11', '市自然资源局', 'XT-0401', null],
      ['注：完成时间为各支撑项目的计划完成时间；实际完成时间由责任单位填报。'],
      ['制表单位：青川市人民政府督查室', null, null, null, null, null, null, '制表日期：2026年7月1日'],
    ],
    merges: [
      'A1:J1',
      'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:H3', 'I2:I3', 'J2:J3',
      'A4:J4',
      'A5:A7', 'B5:B7', 'H5:H7',
      'A8:J8',
      'A9:A10', 'B9:B10', 'H9:H10',
      'A13:J13',
    ],
    titleRows: [1],
    headerRows: [2, 3],
    hiddenColumns: [9],
    widths: [6, 22, 20, 14, 20, 10, 10, 22, 12, 12],
  };
  return [
    sheet,
    simpleSheet('单位', ['单位名称', '单位类别', '别名'], [
      ['市发改委', '市直单位', '发改委'],
      ['市住建局', '市直单位', '住建局'],
      ['市交通运输局', '市直单位', '市交通局、交通局'],
      ['市财政局', '市直单位', null],
      ['市自然资源局', '市直单位', null],
    ]),
    rulesSheet(
      ['规则集', 'sanmenxia-2019'],
      ['列名:编号', '系统内编号'],
      ['列名:事项内容', '支撑项目'],
      ['列名:交办日期', '启动时间'],
      ['列名:办理时限', '完成时间'],
    ),
  ];
}

const STAGES = (...stages: readonly [string, string, string][]) => stages.map(([name, from, to]) => `${name} ${from}至${to}`).join('；');

/**
 * 督查考核 platform: no 编号 and no 交办日期 column; 牵头单位 beside 责任单位; the stages (name,
 * start, end) flattened into one 阶段信息 cell; 办结时限, 办理状态 and 办结时间 as the platform
 * keeps them; its score sheets (市直 and 区县 apart) beside the ledger; a roster whose categories
 * are written with half-width brackets.
 */
export function cityAssessmentPlatform(): FieldSheet[] {
  const sheet: FieldSheet = {
    name: '督查台账',
    rows: [
      ['青川市督查考核平台 督查事项导出（截至2026年4月30日）'],
      ['事项类型', '事项名称', '责任领导', '牵头单位', '责任单位', '督办人', '评价人', '相关要求', '阶段信息', '办结时限', '办理状态', '办结时间'],
      ['重点工作', '优化营商环境十条措施落实', '张副市长', '市商务局', '市市场监管局', '王督办', '市委督查室', '每月5日前报送进展，办结后报佐证材料',
        STAGES(['方案制定', '2026-03-01', '2026-03-10'], ['组织实施', '2026-03-11', '2026-03-31']), day(2026, 3, 31), '已办结', day(2026, 3, 25)],
      ['领导批示', '中央环保督察反馈问题整改', '李副市长', '市生态环境局', '青川区、临江县', '王督办', '市政府督查室', '按整改方案逐项销号',
        STAGES(['排查', '2026-01-05', '2026-02-28'], ['整改', '2026-03-01', '2026-06-30']), day(2026, 6, 30), '办理中', null],
      ['重点工作', '外贸稳增长专项行动', '张副市长', '市商务局', '市商务局', '赵督办', '市政府督查室', '一季度末形成方案，4月中旬前出台',
        STAGES(['方案起草', '2026-02-01', '2026-03-31'], ['出台实施', '2026-04-01', '2026-04-15']), day(2026, 4, 15), '办理中', null],
      ['建议提案', '关于缓解临江县城区停车难的建议', '刘副市长', '临江县', '临江县', '赵督办', '市人大代表联络室', '答复代表并落实',
        STAGES(['办理答复', '2026-02-10', '2026-03-31']), day(2026, 3, 31), '已办结', day(2026, 4, 8)],
      ['建议提案', '关于农贸市场食品安全快检的提案', '刘副市长', '市市场监管局', '市市场监管局、青川区', '王督办', '市政协提案委', '与同类提案合并办理',
        STAGES(['办理答复', '2026-03-01', '2026-05-31']), day(2026, 5, 31), '已销号', null],
      ['重点工作', '重点流域水质提升', '李副市长', '市生态环境局', '市生态环境局', '赵督办', '市政府督查室', '国控断面水质稳定达到Ⅲ类',
        STAGES(['治理', '2026-03-01', '2026-06-30']), '2026年二季度', '办理中', null],
      ['备注：本表由督查考核平台导出，阶段信息为「阶段名称 开始日期至结束日期」。'],
    ],
    merges: ['A1:L1'],
    titleRows: [1],
    headerRows: [2],
    widths: [10, 26, 10, 14, 20, 8, 14, 26, 40, 12, 10, 12],
  };
  const scores = (name: string, rows: readonly (readonly (string | number)[])[]): FieldSheet =>
    simpleSheet(name, ['责任单位', '事项数', '加分', '减分', '总分', '排名'], rows);
  return [
    sheet,
    simpleSheet('单位', ['单位名称', '单位类别', '别名'], [
      ['市商务局', '市直单位', null],
      ['市市场监管局', '市直单位', '市场监管局'],
      ['市生态环境局', '市直单位', null],
      ['青川区', '县(市、区)', null],
      ['临江县', '县(市、区)', null],
    ]),
    rulesSheet(['列名:办理要求', '相关要求']),
    // What the platform itself scored, by its own method: DUBAN reads neither sheet.
    scores('市直单位得分', [['市市场监管局', 2, 3, 0, 98, 1], ['市商务局', 2, 0, 2, 91, 2], ['市生态环境局', 2, 0, 0, 90, 3]]),
    scores('区县得分', [['临江县', 2, 2, 0, 97, 1], ['青川区', 2, 0, 0, 95, 2]]),
  ];
}
