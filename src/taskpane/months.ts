// The months a user can report on, counted back from the day App passes in (its clock, or a fixed
// day in tests). The actions receive an explicit `YYYY-MM`, so a ranking or bulletin never depends
// on when it runs; only the template's year does.
import { monthLabel } from './texts';

export interface MonthOption {
  /** `YYYY-MM`, as the actions and the CLI's --month take it. */
  value: string;
  label: string;
}

/** Two years back covers a year-end report made in the new year, with room to re-run old months. */
const MONTHS_SHOWN = 24;

/** This month and the months before it, newest first. */
export function recentMonths(today: Date): MonthOption[] {
  return Array.from({ length: MONTHS_SHOWN }, (_, back) => {
    const date = new Date(today.getFullYear(), today.getMonth() - back, 1);
    const year = date.getFullYear();
    const month = date.getMonth() + 1;
    return { value: `${year}-${String(month).padStart(2, '0')}`, label: monthLabel(year, month) };
  });
}

/** Month-end reports are made in the first days of the next month, so the default is last month. */
export function defaultMonth(options: readonly MonthOption[]): string {
  return options[1].value;
}

/** The local calendar day as YYYY-MM-DD: the day the overview looks from. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
