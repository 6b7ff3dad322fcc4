// DUBAN.STATUS, LIGHT and STAGE: one item's dates on a report date, by the engine's rules.
import { defaultCalendar } from '../calendar/calendar';
import { escalate } from '../score/escalation';
import type { Day, ItemStatus, RuleSet } from '../model';
import { itemStatus, light, type ItemDates, type Light } from '../score/status';
import { InputError } from './inputError';
import { FN_MSG } from './messages';

/** The functions take 办理时限 as a required argument: their items always have a deadline. */
type DatedItem = ItemDates & { deadline: Day };

function checked(dates: DatedItem): DatedItem {
  if (dates.extendedTo !== null && dates.extendedTo <= dates.deadline) throw new InputError(FN_MSG.extensionNotAfterDeadline());
  return dates;
}

export function statusAt(dates: DatedItem, asOf: Day): Exclude<ItemStatus, '已销号'> {
  return itemStatus(checked(dates), asOf) as Exclude<ItemStatus, '已销号'>;
}

export function lightAt(dates: DatedItem, asOf: Day, rules: RuleSet): Light {
  return light(checked(dates), asOf, defaultCalendar(), rules.params.dueSoonWorkdays);
}

/** The escalation stage reached by asOf, or '' while the item is not overdue by a working day. */
export function stageAt(deadline: Day, extendedTo: Day | null, asOf: Day, rules: RuleSet): string {
  checked({ deadline, extendedTo, completed: null });
  return escalate(rules, defaultCalendar(), deadline, extendedTo, asOf).stage?.label ?? '';
}
