// examples/field-ledger-2026.xlsx: the 台账 of the fictional 临江县 as the county's 督查室 keeps it,
// not as DUBAN's template lays it out (FIELD-LEDGERS.md): a title and an information row above the
// header, section rows, one item over three towns on merged sub-rows, several units in one cell,
// `6月底前` and other deadlines as staff write them, 是否办结 instead of a 办结日期, a two-column
// 单位 sheet and a footnote. `npm run demo` reads it after the template example; its numbers are
// worked out in test/scripts/makeExample.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { day, fieldWorkbook, simpleSheet, type FieldCell, type FieldSheet } from '../field/workbook';

export const FIELD_EXAMPLE = path.join('examples', 'field-ledger-2026.xlsx');

const item = (n: number | null, content: string | null, units: string, co: string | null, assigned: FieldCell, deadline: string | null, done: string, progress: string, leader: string | null, note: string | null = null): FieldCell[] =>
  [n, content, units, co, assigned, deadline, done, progress, leader, note];

export function fieldExampleSheets(): FieldSheet[] {
  const ledger: FieldSheet = {
    name: '台账',
    rows: [
      ['临江县2026年县委县政府重点工作督办台账'],
      ['填报单位：县委县政府督查室', null, null, null, null, null, null, '更新时间：2026年10月31日'],
      ['序号', '督办事项', '责任单位', '配合单位', '交办时间', '完成\n时限', '是否办结', '进展情况', '责任领导', '备注'],
      ['一、项目建设'],
      item(1, '县城北区污水管网建设', '县住建局、县城管局', null, day(2026, 1, 15), '6月底前', '是', '已完工通水', '王副县长'),
      item(2, '国道G318临江段改线工程', '县交通运输局', '县发改局', day(2026, 2, 10), '2026.9', '否', '征地完成90%，剩余3户正在协调', '陈副县长', '已申请延期，待县政府审定'),
      item(3, '县工业园区标准化厂房建设', '县发改局', '县住建局', day(2026, 3, 1), '2026年底前', '否', '一期主体封顶', '陈副县长'),
      item(4, '县医院新院区建设', '县卫健局', '县住建局', day(2026, 1, 20), '2026年8月底', '是', '8月25日竣工验收', '李副县长'),
      ['二、民生实事'],
      item(5, '农村饮水安全巩固提升', '城关镇', null, day(2026, 2, 20), '2026年三季度', '是', '完成管网改造12公里', '李副县长'),
      item(null, null, '河口乡', null, null, null, '是', '新建水厂1座', null),
      item(null, null, '青石镇', null, null, null, '否', '水源地保护工程未完工', null, '9月督查发现进度滞后'),
      item(6, '城区背街小巷整治', '县城管局', null, day(2026, 3, 5), '6月底前', '否', '完成12条，剩余3条', '王副县长'),
      item(7, '义务教育学校扩容', '县教育局', '县住建局', day(2026, 1, 10), '2026年8月底前', '是', '新增学位1200个，秋季学期投用', '李副县长'),
      item(8, '城镇老旧小区改造', '县住建局', '城关镇', day(2026, 3, 15), '2026年底前', '否', '已开工18个小区', '王副县长'),
      ['三、生态环保'],
      item(9, '中央环保督察反馈问题整改', '县生态环境分局、县水利局、县农业农村局', null, day(2026, 1, 5), '2026年6月底前', '是', '7项问题全部完成整改', '张副县长'),
      item(10, '河湖“清四乱”专项行动', '县水利局', null, day(2026, 4, 1), '2026年10月底', '否', '已清理问题点位46处', '张副县长'),
      item(11, '秸秆禁烧和综合利用', '各乡镇', '县农业农村局', day(2026, 5, 10), '长期坚持', '否', '未发现焚烧火点', '张副县长'),
      ['四、社会治理'],
      item(12, '安全生产大排查大整治', '县应急管理局', null, day(2026, 4, 15), '2026.7', '是', '排查隐患326处，全部整改', '陈副县长'),
      item(13, '信访积案化解', '县城管局、县住建局', null, day(2026, 6, 1), '2026年9月30日前', '否', '化解5件，剩余2件', '王副县长'),
      item(14, '校园周边环境整治', '县教育局', null, day(2026, 9, 1), '2026年11月底前', '否', '已开展联合执法2次', '李副县长'),
      item(15, '冬春森林防火', '白沙镇', '县应急管理局', day(2026, 10, 20), '2026年底前', '否', '已落实护林员42名', '张副县长'),
      ['备注：本台账每月5日前更新；是否办结以县委县政府督查室核实为准。'],
    ],
    merges: ['A1:J1', 'A4:J4', 'A9:J9', 'A10:A12', 'B10:B12', 'E10:E12', 'F10:F12', 'I10:I12', 'A16:J16', 'A20:J20', 'A25:J25'],
    titleRows: [1],
    headerRows: [3],
    widths: [6, 28, 26, 14, 12, 14, 9, 30, 10, 24],
  };
  const units = simpleSheet('单位', ['单位名称', '单位类别'], [
    ...['县发改局', '县住建局', '县交通运输局', '县城管局', '县教育局', '县卫健局', '县水利局', '县生态环境分局', '县农业农村局', '县应急管理局'].map((u) => [u, '县直单位']),
    ...['城关镇', '河口乡', '青石镇', '白沙镇'].map((u) => [u, '乡镇']),
  ], [18, 12]);
  return [ledger, units];
}

export async function writeFieldExample(outPath: string = FIELD_EXAMPLE): Promise<string> {
  mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  writeFileSync(outPath, await fieldWorkbook(fieldExampleSheets()));
  return outPath;
}
