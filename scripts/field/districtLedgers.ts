// District-level layouts of FIELD-LEDGERS.md, all scored by preset district-dynamic: the 督查督办
// analysis export, the published 民生实事 progress table and the task export of a 督查 system.
// test/cli/fieldLedgers.test.ts works out their rankings.
import { ADJUSTMENT_HEADER, day, rulesSheet, simpleSheet, type FieldSheet } from './workbook';

/**
 * 督查督办 analysis export: a title row; 办理要求及时限 holding the time limit as staff write it
 * (`2026年6月底前`, `长期坚持`), 办理情况 holding the status words, 延期办结情况 the new date; the
 * 规则 sheet maps those three; footnotes 制表 and 审核; a per-unit summary sheet with a two-row
 * grouped header that DUBAN does not read.
 */
export function districtAnalysis(): FieldSheet[] {
  const sheet: FieldSheet = {
    name: '台账',
    rows: [
      ['青川区督查督办事项办理情况分析表（2026年1—6月）'],
      ['编号', '交办事项', '交办时间', '责任单位', '督办责任人', '办理要求及时限', '办理情况', '延期办结情况', '办结总时间'],
      ['QC-2026-001', '城区积水点改造', day(2026, 2, 10), '区住建局', '周涛', '2026年5月31日前办结', '已办结', null, '98天'],
      ['QC-2026-002', '占道经营专项整治', day(2026, 3, 5), '区城管局', '周涛', '2026年6月底前', '正在办理', null, null],
      ['QC-2026-003', '重点项目前期手续办理', day(2026, 1, 15), '区发改局、区住建局', '吴敏', '2026年4月30日前', '已办结', null, '104天'],
      ['QC-2026-004', '背街小巷环境整治', day(2026, 3, 20), '城东街道', '吴敏', '2026年5月31日前', '办理中', '2026年7月31日', null],
      ['QC-2026-005', '老旧小区物业管理提升', day(2026, 4, 1), '城西街道', '周涛', '2026年5月底', '办理中', null, null],
      ['QC-2026-006', '防汛物资储备检查', day(2026, 4, 10), '城东街道', '吴敏', '长期坚持', '办理中', null, null],
      ['QC-2026-007', '辖区企业安全生产排查', day(2026, 2, 1), '城西街道', '周涛', '2026年3月31日前', '已办结', null, '58天'],
      ['制表：青川区委区政府督查室', null, null, null, null, '审核：王强'],
    ],
    merges: ['A1:I1'],
    titleRows: [1],
    headerRows: [2],
    widths: [13, 22, 12, 18, 10, 20, 10, 14, 10],
  };
  const summary: FieldSheet = {
    name: '分析汇总',
    rows: [
      ['责任单位', '交办事项总数', '办结情况', null, '办结率', '办结平均时长（天）'],
      [null, null, '已办结', '未办结', null, null],
      ['区住建局', 2, 2, 0, '100%', 101],
      ['区城管局', 1, 0, 1, '0%', null],
      ['区发改局', 1, 1, 0, '100%', 104],
      ['城东街道', 2, 0, 2, '0%', null],
      ['城西街道', 2, 1, 1, '50%', 58],
    ],
    merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'],
    headerRows: [1, 2],
  };
  return [
    sheet,
    summary,
    simpleSheet('单位', ['单位名称', '单位类别'], [
      ['区住建局', '综合管理类'],
      ['区城管局', '综合管理类'],
      ['区发改局', '经济发展类'],
      ['城东街道', '街道类'],
      ['城西街道', '街道类'],
    ]),
    simpleSheet('加减分', ADJUSTMENT_HEADER, [
      [day(2026, 5, 20), '区城管局', '表彰', '区', null, 'QC-2026-002', '区委区政府通报表彰'],
      [day(2026, 6, 5), '城西街道', '超期', null, null, 'QC-2026-005', '超过办理时限未办结'],
      [day(2026, 6, 12), '城西街道', '催办', '黄', null, 'QC-2026-005', '黄色催办单'],
    ]),
    rulesSheet(
      ['规则集', 'district-dynamic'],
      ['列名:办理时限', '办理要求及时限'],
      ['列名:办理状态', '办理情况'],
      ['列名:延期至', '延期办结情况'],
    ),
  ];
}

/**
 * 民生实事 progress table: a title row; one project over three sub-rows with a unit each, its 序号,
 * name, target and time limit merged down; unit names with and without the 区 prefix (住建局,
 * 文旅局 are the roster's 别名); a full-width space inside `序　号`; a line break in a header; a
 * footnote. The published table has no time limit and no status: the office added 完成时限 and
 * 是否办结, and there is no 交办日期 or 办结日期.
 */
export function livelihoodProjects(): FieldSheet[] {
  const sheet: FieldSheet = {
    name: '台账',
    rows: [
      ['青川区2026年民生实事项目推进情况表（1—8月）'],
      ['序\u3000号', '项目名称', '责任单位', '目标任务', '完成时限', '1-8月实际完成情况', '1-8月实际\n完成率%', '是否办结', '备注'],
      [1, '城镇老旧小区改造', '区住建局', '改造老旧小区30个', '2026年底前', '已完成18个', '60%', '否', null],
      [null, null, '城东街道', null, null, '已完成8个', '100%', '是', null],
      [null, null, '城西街道', null, null, '已完成4个', '40%', '否', null],
      [2, '新建城市书房', '文旅局', '新建城市书房5个', '2026年9月底', '已建成2个', '40%', '否', null],
      [3, '农贸市场提升改造', '住建局', '改造农贸市场3个', '2026年6月底前', '已全部完工', '100%', '是', '6月28日验收'],
      [4, '背街小巷整治', '城东街道', '整治背街小巷20条', '2026.7', '已整治12条', '60%', '否', null],
      [null, null, '城西街道', null, null, '已整治9条', '45%', '否', null],
      ['注：完成率为1—8月累计完成量占年度目标的比例。'],
    ],
    merges: ['A1:I1', 'A3:A5', 'B3:B5', 'D3:D5', 'E3:E5', 'A8:A9', 'B8:B9', 'D8:D9', 'E8:E9'],
    titleRows: [1],
    headerRows: [2],
    widths: [6, 20, 12, 20, 14, 18, 12, 8, 14],
  };
  return [
    sheet,
    simpleSheet('单位', ['单位名称', '单位类别', '别名'], [
      ['区住建局', '综合管理类', '住建局'],
      ['区文化旅游局', '综合服务类', '文旅局'],
      ['城东街道', '街道类', null],
      ['城西街道', '街道类', null],
    ]),
    rulesSheet(
      ['规则集', 'district-dynamic'],
      ['列名:事项内容', '项目名称'],
      ['列名:办理要求', '目标任务'],
      ['列名:进展情况', '1-8月实际完成情况'],
    ),
  ];
}

/**
 * Task export of a 督查 system: the header on row 1; 事项 for the item; 主办单位 and 协办单位 joined
 * with `，`; 交办时间 and 办结时间 as date-time text (`2026-03-02 09:15:00`); 紧急程度 and 重大
 * that DUBAN does not score; the system's task id in a hidden column.
 */
export function supervisionSystemTasks(): FieldSheet[] {
  const task = (id: string, type: string, major: string, content: string, unit: string, co: string | null, assigned: string, deadline: string,
    urgency: string, feedback: string | null, progress: string | null, status: string, completed: string | null, key: string) =>
    [id, type, major, content, unit, co, assigned, deadline, urgency, feedback, progress, status, completed, key];
  const sheet: FieldSheet = {
    name: '台账',
    rows: [
      ['编号', '类型', '重大', '事项', '主办单位', '协办单位', '交办时间', '办理时限', '紧急程度', '反馈时间', '办理情况', '状态', '办结时间', '任务ID'],
      task('DB2026-031', '领导批示', '否', '关于优化企业开办流程的批示', '区发改局', '区财政局，区审计局', '2026-03-02 09:15:00', '2026-04-30', '特急',
        '2026-04-28 17:40:00', '已完成流程再造，开办时间压缩至1天', '已办结', '2026-04-28 17:40:00', 'a3f1c2e0'),
      task('DB2026-032', '会议议定', '是', '重点招商项目签约落地', '区商务局', '区发改局', '2026-03-10 10:00:00', '2026-05-31', '加急',
        '2026-05-25 09:00:00', '已签约2个项目', '在办', null, 'b7d40e19'),
      task('DB2026-035', '建议提案', '否', '关于规范财政专项资金管理的建议', '区财政局', null, '2026-03-15 08:30:00', '2026-05-15', '平急',
        '2026-05-20 11:00:00', '已答复代表', '已办结', '2026-05-20 11:00:00', 'c95e2a77'),
      task('DB2026-036', '领导批示', '是', '审计发现问题整改', '区审计局', '区财政局', '2026-04-01 14:20:00', '2026-05-20', '特急',
        '2026-05-18 16:00:00', '正在整改', '在办', null, 'd2086b3c'),
      task('DB2026-040', '会议议定', '否', '外资企业走访服务', '区商务局', null, '2026-04-20 09:00:00', '2026-06-30', '平急', null, null, '待办理', null, 'e41f9d58'),
      task('DB2026-041', '领导批示', '否', '产业园区闲置用地清理', '区发改局', null, '2026-06-03 10:30:00', '2026-08-31', '加急', null, null, '待办理', null, 'f6a3078b'),
    ],
    headerRows: [1],
    hiddenColumns: [14],
    widths: [12, 10, 6, 28, 10, 20, 18, 12, 8, 18, 26, 8, 18, 10],
  };
  return [
    sheet,
    simpleSheet('单位', ['单位名称', '单位类别', '别名'], [
      ['区发改局', '经济发展类', '发改局'],
      ['区商务局', '招商类', '商务局'],
      ['区财政局', '综合服务类', '财政局'],
      ['区审计局', '综合服务类', '审计局'],
    ]),
    simpleSheet('加减分', ADJUSTMENT_HEADER, [
      [day(2026, 4, 18), '区商务局', '批示表扬', '市', null, 'DB2026-032', '市领导批示肯定'],
      [day(2026, 5, 25), '区审计局', '超期', '特别重要', null, 'DB2026-036', '超过办理时限未整改'],
    ]),
    rulesSheet(['规则集', 'district-dynamic'], ['列名:事项内容', '事项']),
  ];
}
