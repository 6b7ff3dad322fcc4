// How an item of the overview reads in a list: its deadline and how far it is from it.
import { formatDay } from '../../../engine/calendar/dates';
import type { OverviewItem } from '../../../engine/report/overview';
import { OVERVIEW } from '../../texts';

/** 办理时限 as the 台账 writes it (6月底前, 长期坚持), else the effective date. */
export function deadlineText(item: OverviewItem): string {
  if (item.deadlineText) return item.deadlineText;
  return item.deadline === null ? OVERVIEW.item.standing : formatDay(item.deadline);
}

/** 剩 3 个工作日, 今天到期, 逾期 7 个工作日, 已办结, 长期. */
export function standingText(item: OverviewItem): string {
  if (item.status === '按期办结' || item.status === '逾期办结') return OVERVIEW.item.completed;
  if (item.workdays === null) return OVERVIEW.item.standing;
  if (item.status === '逾期未办结') return OVERVIEW.item.overdue(-item.workdays);
  return item.workdays === 0 ? OVERVIEW.item.dueToday : OVERVIEW.item.left(item.workdays);
}
