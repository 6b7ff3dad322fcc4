// A county office's own 台账, laid out as FIELD-LEDGERS.md finds them and nobody prepared for
// DUBAN: a merged title and an information row above the header, 督办事项 / 交办时间 headers, the
// deadline under 完成时间 (which DUBAN never reads by itself: it needs a 列名 row), section rows
// merged across, one item over two sub-rows with its 序号, 事项 and dates merged down, two units in
// one cell, dates as 2026.6 and 6月底前, 是否办结 instead of a status, and a footnote. Plain data,
// no Node APIs: the end-to-end page bundles it too.
import type { WorkbookData } from './fakeExcel';

/** Excel's serial number of a date (1900 system). */
const serial = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;

export const FIELD_LEDGER_SHEET = '督查台账';

/** The header row (row 3), A to I. */
export const FIELD_HEADERS = ['序号', '督办事项', '责任单位', '交办时间', '完成时间', '是否办结', '办结时间', '进展情况', '备注'];

export const FIELD_LEDGER: WorkbookData = {
  sheets: [
    {
      name: FIELD_LEDGER_SHEET,
      values: [
        ['青川县2026年重点工作督查台账'],
        ['填报单位：县委督查室    更新时间：2026年10月31日'],
        FIELD_HEADERS,
        ['一、经济发展'],
        [1, '推进工业园区标准化厂房建设', '县发改局', '2026.1', '2026.6', '是', serial(2026, 6, 20), '已完工验收', null],
        [2, '优化营商环境专项行动', '县市场监管局', serial(2026, 3, 1), '6月底前', '否', null, '正在整改', null],
        [null, null, '县政务服务中心', null, null, '是', serial(2026, 7, 10), '已完成', null],
        ['二、民生实事'],
        [3, '老旧小区改造', '县住建局、县城管局', '2026.2', '2026年9月', '否', null, '推进中', null],
        [4, '城乡供水一体化', '县水利局', serial(2026, 4, 1), serial(2026, 12, 31), '否', null, '管网铺设中', '跨年项目'],
        ['备注：本台账每月5日前更新。'],
      ],
      // The title, the information row and the section rows across; item 2's 序号, 督办事项,
      // 交办时间 and 完成时间 down over its two sub-rows.
      merged: ['A1:I1', 'A2:I2', 'A4:I4', 'A6:A7', 'B6:B7', 'D6:D7', 'E6:E7', 'A8:I8'],
    },
    {
      name: '单位',
      values: [
        ['单位名称', '单位类别'],
        ['县发改局', '县直部门'],
        ['县市场监管局', '县直部门'],
        ['县政务服务中心', '县直部门'],
        ['县住建局', '县直部门'],
        ['县城管局', '县直部门'],
        ['县水利局', '县直部门'],
        ['县财政局', '县直部门'],
      ],
    },
  ],
};
