// The ten DUBAN.* sheet functions, host-neutral: arguments as a spreadsheet passes them (unknown:
// blank cells, text dates, numbers, rows of cells), a number, text or a table back, bad input as
// an InputError. Excel (src/functions) and WPS (src/wps) each register these same functions under
// the same names and map InputError to their own error value; the names, parameters and Chinese
// help are declared once, in src/functions/functions.ts's JSDoc.
import { efficacyCoefficient, itemScoreOf } from '../score/coefficient';
import { count, finiteNumber, nonNegative, optionalDate, periodArg, requiredDate, tableArg, textArg, today } from './args';
import { InputError } from './inputError';
import { lightAt, stageAt, statusAt } from './itemDates';
import { TABLE_NAMES, type LedgerTables } from './ledgerCache';
import { FN_MSG } from './messages';
import { tablePoints } from './points';
import { rankingSpill, unitScore, type SpillCell } from './ranking';
import { ruleSetArg, rulesChoice } from './rulesArg';
import { addWorkdaysTo, calendarOf, HOLIDAYS_PARAM, workdaysFrom } from './workdays';

function coefficientOf(items: unknown, maxItems: unknown): number {
  const n = count(items, '事项数');
  const maxN = count(maxItems, '最高事项数');
  if (n > maxN) throw new InputError(FN_MSG.countAboveMax());
  return efficacyCoefficient(n, maxN);
}

function ledgerTables(ledger: unknown, roster: unknown, adjustments: unknown, rules: unknown): LedgerTables {
  const grid = tableArg(ledger, TABLE_NAMES.ledger);
  if (!grid) throw new InputError(FN_MSG.required(TABLE_NAMES.ledger));
  const { preset, table } = rulesChoice(rules);
  return {
    ledger: grid,
    roster: tableArg(roster, TABLE_NAMES.roster),
    adjustments: tableArg(adjustments, TABLE_NAMES.adjustments),
    rules: table,
    preset,
  };
}

const asOfArg = (value: unknown) => optionalDate(value, '截止日期') ?? today();

function itemDates(deadline: unknown, completed: unknown, extendedTo: unknown) {
  return {
    deadline: requiredDate(deadline, '办理时限'),
    completed: optionalDate(completed, '办结日期'),
    extendedTo: optionalDate(extendedTo, '延期至'),
  };
}

const holidayCalendar = (holidays: unknown) => calendarOf(tableArg(holidays, HOLIDAYS_PARAM), new Date().getFullYear());

/** Each function in the parameter order of its declaration in src/functions/functions.ts. */
export const SHEET_FUNCTIONS = {
  COEFF: (items: unknown, maxItems: unknown): number => coefficientOf(items, maxItems),

  ITEMSCORE: (earnedPoints: unknown, totalPoints: unknown, items: unknown, maxItems: unknown): number => {
    const earned = nonNegative(earnedPoints, '完成分值');
    const total = nonNegative(totalPoints, '总分值');
    if (earned > total) throw new InputError(FN_MSG.earnedAboveTotal());
    return itemScoreOf(earned, total, coefficientOf(items, maxItems));
  },

  SCORE: (unit: unknown, ledger: unknown, roster?: unknown, adjustments?: unknown, period?: unknown, rules?: unknown): number => {
    const name = textArg(unit, '单位');
    if (!name) throw new InputError(FN_MSG.required('单位'));
    return unitScore(name, ledgerTables(ledger, roster, adjustments, rules), periodArg(period));
  },

  RANKING: (ledger: unknown, roster?: unknown, adjustments?: unknown, period?: unknown, rules?: unknown): SpillCell[][] =>
    rankingSpill(ledgerTables(ledger, roster, adjustments, rules), periodArg(period)),

  STATUS: (deadline: unknown, completed: unknown, extendedTo?: unknown, asOf?: unknown): string =>
    statusAt(itemDates(deadline, completed, extendedTo), asOfArg(asOf)),

  LIGHT: (deadline: unknown, completed: unknown, extendedTo?: unknown, asOf?: unknown, rules?: unknown): string =>
    lightAt(itemDates(deadline, completed, extendedTo), asOfArg(asOf), ruleSetArg(rules)),

  WORKDAYS: (start: unknown, end: unknown, holidays?: unknown): number => {
    const from = requiredDate(start, '开始');
    const to = requiredDate(end, '结束');
    return workdaysFrom(from, to, holidayCalendar(holidays));
  },

  ADDWORKDAYS: (date: unknown, days: unknown, holidays?: unknown): number => {
    const day = requiredDate(date, '日期');
    const count = Math.trunc(finiteNumber(days, '天数'));
    return addWorkdaysTo(day, count, holidayCalendar(holidays));
  },

  POINTS: (category: unknown, level: unknown, rules?: unknown): number => {
    const name = textArg(category, '类别');
    if (!name) throw new InputError(FN_MSG.required('类别'));
    return tablePoints(name, textArg(level, '级别'), ruleSetArg(rules));
  },

  STAGE: (deadline: unknown, extendedTo?: unknown, asOf?: unknown, rules?: unknown): string =>
    stageAt(requiredDate(deadline, '办理时限'), optionalDate(extendedTo, '延期至'), asOfArg(asOf), ruleSetArg(rules)),
};

export type SheetFunctionName = keyof typeof SHEET_FUNCTIONS;
