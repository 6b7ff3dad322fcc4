// How an item of the overview reads in a list: its deadline and how far it is from it.
import { formatDay } from '../../../engine/calendar/dates';
import type { OverviewItem } from '../../../engine/report/overview';
import { OVERVIEW } from '../../texts';

/** The effective date (延期至 when extended); a standing item's words as the 台账 writes them (长期坚持). */
export function deadlineText(item: OverviewItem): string {
  if (item.deadline !== null) return formatDay(item.deadline);
  return item.deadlineText || OVERVIEW.item.standing;
}

/** 剩 3 个工作日, 今天到期, 逾期 7 个工作日, 已办结, 长期. */
export function standingText(item: OverviewItem): string {
  if (item.status === '按期办结' || item.status === '逾期办结') return OVERVIEW.item.completed;
  if (item.workdays === null) return OVERVIEW.item.standing;
  if (item.status === '逾期未办结') return OVERVIEW.item.overdue(-item.workdays);
  return item.workdays === 0 ? OVERVIEW.item.dueToday : OVERVIEW.item.left(item.workdays);
}
