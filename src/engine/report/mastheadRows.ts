// The 通报's 版头 on the print grid (GB/T 9704 7.2): 督查通报 in red, 第N期, then 发文单位 on the
// left and the date of issue on the right above a red rule.
import { formatChineseDay } from '../calendar/dates';
import type { Masthead } from '../model';
import { OFFICIAL_RED, formCell, formRow, type FormRow } from './formGrid';
import { MASTHEAD } from './layoutText';
import { GRID_COLUMNS } from './printGrid';

const HALF = GRID_COLUMNS / 2;

/** Three rows from `top`. */
export function mastheadRows(masthead: Masthead, top: number): FormRow[] {
  const rule = { edges: 'bottom', weight: 'medium', color: OFFICIAL_RED } as const;
  return [
    formRow(top, [formCell({ text: MASTHEAD.name, style: 'masthead', horizontal: 'center', wrap: false })]),
    formRow(top + 1, [formCell({ text: MASTHEAD.issue(masthead.issue), style: 'body', horizontal: 'center' })]),
    formRow(top + 2, [
      formCell({ text: masthead.issuer, style: 'body', span: HALF, border: rule }),
      formCell({ text: formatChineseDay(masthead.date), style: 'body', column: HALF, span: HALF, horizontal: 'right', border: rule }),
    ]),
  ];
}
