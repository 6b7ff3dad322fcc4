// Rows below the header that are not items (SPEC §1.1 (4)): section rows that head a group of
// items (一、经济发展), footnotes (备注：…, 填表说明：…, 制表人：…) and totals (合计, 小计).
import type { CellValue } from '../model';
import { cellText, isBlank, isPrintable } from '../text';

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'item' }
  | { kind: 'note' | 'total'; text: string }
  /** `heading`: written as a heading (一、 （二） 1. 第…), or merged across the table. */
  | { kind: 'section'; text: string; heading: boolean };

// A label, then a colon: what staff write under a table. 制表人、审核人、填报单位 … are the same
// labels with the word for person or unit after them.
const NOTE = /^[（(]?(?:备注|注|说明|填(?:表|写|报)说明|制表(?:人|单位|日期|时间)?|审核(?:人)?|填报(?:人|单位|日期|时间)|联系(?:人|电话))\s*[:：]/;
const TOTAL = /^(?:合计|总计|小计)/;
const LEADS = new Set([...'备注说填制审联合总小（(']);
// 一、 二． （一） (2) 1. 1、 第一部分 第二类 — the ways a heading is numbered.
const HEADING = /^(?:[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百\d]+\s*[)）]|\d+\s*[、.．](?!\d)|第[一二三四五六七八九十百\d]+[部分章节类项篇批条]?)/;

const ITEM: RowKind = { kind: 'item' };
const BLANK: RowKind = { kind: 'blank' };

/**
 * What a row is. `sections`: the sheet is one whose section rows mean something (the 台账);
 * `wideMerge`: a merged area of this row spans at least half the table's width.
 */
export function classifyRow(cells: readonly CellValue[], sections: boolean, wideMerge: boolean): RowKind {
  let first = -1;
  let second = -1;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    if (first < 0) first = c;
    else {
      second = c;
      break;
    }
  }
  if (first < 0) return BLANK;
  const lead = cells[first];
  // The first character decides whether either pattern can match: no regex runs on the 编号 of
  // each of 100,000 item rows, and only a cell that starts with a space is trimmed to find it.
  if (typeof lead === 'string') {
    const start = isPrintable(lead.charCodeAt(0)) ? lead : lead.trimStart();
    if (LEADS.has(start.charAt(0))) {
      if (NOTE.test(start)) return { kind: 'note', text: cellText(lead) };
      if (TOTAL.test(start)) return { kind: 'total', text: cellText(lead) };
    }
  }
  if (!sections || (second >= 0 && !wideMerge)) return ITEM;
  const text = cellText(lead);
  return { kind: 'section', text, heading: wideMerge || HEADING.test(text) };
}
