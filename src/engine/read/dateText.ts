// Reading a date from a cell as staff write it (SPEC §1): Excel serials, JS dates and text.
// parseDate takes a day; parseLooseDate also takes the months, periods, ranges and standing
// rules that 台账 deadlines are written in (SPEC §1.1 (8)).
import { dayOf, daysInMonth, FIRST_SERIAL, isValidYmd, LAST_SERIAL, PHANTOM_LEAP_DAY, ymdOf } from '../calendar/dates';
import type { CellValue, Day } from '../model';
import { normalizeText } from '../text';
import { arabicNumerals } from './chineseNumerals';

export type DateParse =
  | { ok: true; day: Day; yearAssumed: boolean }
  | { ok: false; reason: 'phantom' | 'range' | 'format' | 'nonexistent' | 'type' };

export type DateFailure = Extract<DateParse, { ok: false }>['reason'];

/** Which day a month or a period stands for: its first (交办日期) or its last (办理时限, 延期至). */
export type PeriodSide = 'start' | 'end';
/** How the text was written, for the reader's explanation and its one-per-sheet 警告. */
export type DateWriting = 'day' | 'month' | 'period' | 'range'; // 'day' covers serials, Dates, full dates, "9月30日前"
export type LooseDate =
  | { kind: 'day'; day: Day; yearAssumed: boolean; writing: DateWriting; ambiguousMonth?: true }
  | { kind: 'standing' } // 长期… / 每月25日前: no deadline at all
  | { kind: 'error'; reason: DateFailure | 'relative' | 'standingNotAllowed' };
export type LooseDateFailure = Extract<LooseDate, { kind: 'error' }>['reason'];

// A time of day may follow the date: after a space (kept as 'T', see parseDate) or 'T', or
// straight after 日/号. Without that separator "2024-5-118:30" would read as 11 May.
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?`;
const WITH_YEAR = new RegExp(
  String.raw`^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})(?:T${TIME})?|年(\d{1,2})月(\d{1,2})(?:[日号]T?${TIME}|[日号]|T${TIME})?)$`,
);
const WITHOUT_YEAR = /^(\d{1,2})月(\d{1,2})[日号]?$/;

function fromParts(year: number, month: number, day: number, yearAssumed: boolean): DateParse {
  if (!isValidYmd(year, month, day)) return { ok: false, reason: 'nonexistent' };
  const serial = dayOf(year, month, day);
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return { ok: false, reason: 'range' };
  return { ok: true, day: serial, yearAssumed };
}

/**
 * Reads a date cell. Blank gives null. Serial numbers keep their calendar day (a time of day is
 * dropped); text takes the formats of SPEC §1, and `5月31日` takes `reportYear` with yearAssumed.
 * A Date is read by its UTC fields, as ExcelJS stores a cell's date at UTC midnight.
 */
export function parseDate(value: CellValue, reportYear: number): DateParse | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return { ok: false, reason: 'type' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'format' };
    return fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), false);
  }
  if (typeof value === 'number') return parseSerial(value);
  const text = dateText(value);
  if (text === '') return null;
  return parseDayText(text, reportYear);
}

// Full-width digits become ASCII first, so that a space between two digits can be kept as a
// 'T' before normalizeText drops every space: "2024-5-1 18:30" must not become "2024-5-118:30",
// nor "2024 5 31" the serial number 2024531.
function dateText(value: string): string {
  return normalizeText(value.normalize('NFKC').replace(/(\d)\s+(?=\d)/g, '$1T'));
}

function parseDayText(text: string, reportYear: number): DateParse {
  const full = WITH_YEAR.exec(text);
  if (full) {
    const month = Number(full[2] ?? full[4]);
    const day = Number(full[3] ?? full[5]);
    return fromParts(Number(full[1]), month, day, false);
  }
  const short = WITHOUT_YEAR.exec(text);
  if (short) return fromParts(reportYear, Number(short[1]), Number(short[2]), true);
  return { ok: false, reason: 'format' };
}

function parseSerial(value: number): DateParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'format' };
  const serial = Math.floor(value);
  if (serial === PHANTOM_LEAP_DAY) return { ok: false, reason: 'phantom' };
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return { ok: false, reason: 'range' };
  return { ok: true, day: serial, yearAssumed: false };
}

// Numbers from 1990 to 2099 are a year, or a year and month typed as 2026.6 (which Excel keeps as
// a number): as serials they would be days in 1905, which no ledger holds.
const FIRST_YEAR_NUMBER = 1990;
const END_YEAR_NUMBER = 2100;

const STANDING: LooseDate = Object.freeze({ kind: 'standing' });

/**
 * Reads a date cell of the 台账 as staff write it (SPEC §1.1 (8)): whatever parseDate takes, and
 * months, periods, ranges and `…前`, which stand for their last day (`side` 'end') or their
 * first ('start'); standing rules (长期, 每月25日前) where `standingAllowed` (办理时限 only).
 * Blank gives null. docs/decisions.md「台账里的日期写法」lists every form.
 */
export function parseLooseDate(value: CellValue, reportYear: number, side: PeriodSide, standingAllowed: boolean): LooseDate | null {
  // Serials and `2026-06-30` are most cells: they take parseDate's own steps, nothing before them.
  if (typeof value === 'number') {
    if (value >= FIRST_YEAR_NUMBER && value < END_YEAR_NUMBER) return yearMonthNumber(value, side);
    // Most cells: one object for the answer, none on the way (100,000 rows, three dates each).
    const serial = Math.floor(value);
    if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL && serial !== PHANTOM_LEAP_DAY) return { kind: 'day', day: serial, yearAssumed: false, writing: 'day' };
    return looseOf(parseSerial(value));
  }
  if (typeof value !== 'string') {
    const parsed = parseDate(value, reportYear);
    return parsed && looseOf(parsed);
  }
  const text = dateText(value);
  if (text === '') return null;
  const exact = parseDayText(text, reportYear);
  if (exact.ok || exact.reason !== 'format') return looseOf(exact);
  return parseWritten(text, reportYear, side, standingAllowed);
}

function looseOf(parsed: DateParse): LooseDate {
  return parsed.ok
    ? { kind: 'day', day: parsed.day, yearAssumed: parsed.yearAssumed, writing: 'day' }
    : { kind: 'error', reason: parsed.reason };
}

/** The days a text stands for, first to last, and whether it named its year. */
interface Span {
  first: Day;
  last: Day;
  year: number;
  yearWritten: boolean;
  writing: DateWriting;
}
/** null: the text is not of this form. */
type SpanParse = Span | DateFailure | null;

function dayOfSpan(span: Span, side: PeriodSide, ambiguousMonth: boolean): LooseDate {
  const day = side === 'end' ? span.last : span.first;
  return ambiguousMonth
    ? { kind: 'day', day, yearAssumed: !span.yearWritten, writing: span.writing, ambiguousMonth }
    : { kind: 'day', day, yearAssumed: !span.yearWritten, writing: span.writing };
}

function yearMonthNumber(value: number, side: PeriodSide): LooseDate {
  // The shortest decimal form is what the cell shows: 2026.6, 2026.06, 2026.12, 2026.1.
  const [yearText, monthText] = String(value).split('.');
  const year = Number(yearText);
  if (monthText !== undefined && monthText.length > 2) return { kind: 'error', reason: 'format' };
  const span = monthText === undefined ? spanOf(year, true, WHOLE_YEAR, 'period') : spanOf(year, true, wholeMonth(Number(monthText)), 'month');
  if (typeof span === 'string') return { kind: 'error', reason: span };
  // A number cell keeps 2026.10 as 2026.1: January, or October typed with its 0?
  return dayOfSpan(span, side, monthText === '1');
}

/** First month and day, last month and day (0: the month's last day). */
type Months = readonly [number, number, number, number];
const WHOLE_YEAR: Months = [1, 1, 12, 0];
const wholeMonth = (month: number): Months => [month, 1, month, 0];

// 底, 末 and 年中 name a point, which stands for the month it falls in: a 交办日期 written 年底
// starts on 1 December, not 1 January (6月底 likewise starts on 1 June).
const YEAR_WORDS: ReadonlyMap<string, Months> = new Map(Object.entries({
  年内: WHOLE_YEAR,
  年度: WHOLE_YEAR,
  年度内: WHOLE_YEAR,
  全年: WHOLE_YEAR,
  年底: [12, 1, 12, 0],
  年末: [12, 1, 12, 0],
  年终: [12, 1, 12, 0],
  年中: [6, 1, 6, 0],
  年初: [1, 1, 1, 0],
  上半年: [1, 1, 6, 0],
  上半年底: [6, 1, 6, 0],
  上半年末: [6, 1, 6, 0],
  下半年: [7, 1, 12, 0],
  下半年底: [12, 1, 12, 0],
  下半年末: [12, 1, 12, 0],
} satisfies Record<string, Months>));
const QUARTER = /^第?(\d)季度?([底末])?$/;
const MONTH = /^(\d{1,2})月份?(底|末|初|中|上旬|中旬|下旬)?$/;
/** Days of a month a word after 月 stands for: [first, last (0: the month's last day)]. */
const MONTH_PART: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['初', [1, 10]],
  ['上旬', [1, 10]],
  ['中', [11, 20]],
  ['中旬', [11, 20]],
  ['下旬', [21, 0]],
]);
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const YEAR_PREFIX = /^\d{4}(?=年|$)/;

function spanOf(year: number, yearWritten: boolean, [fromMonth, fromDay, toMonth, toDay]: Months, writing: DateWriting): Span | DateFailure {
  if (fromMonth < 1 || toMonth > 12) return 'nonexistent';
  const first = dayOf(year, fromMonth, fromDay);
  const last = dayOf(year, toMonth, toDay === 0 ? daysInMonth(year, toMonth) : toDay);
  if (first < FIRST_SERIAL || last > LAST_SERIAL) return 'range';
  return { first, last, year, yearWritten, writing };
}

/** A period word with its year taken away: 年底, 上半年, 三季度末, 6月, 6月下旬. */
function periodOf(text: string, year: number, yearWritten: boolean): SpanParse {
  // Every such word holds 年: 6月底 and 三季度 need no look-up.
  const words = text.includes('年') ? YEAR_WORDS.get(text) : undefined;
  if (words) return spanOf(year, yearWritten, words, 'period');
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const last = Number(quarter[1]) * 3;
    return spanOf(year, yearWritten, [quarter[2] ? last : last - 2, 1, last, 0], 'period');
  }
  const month = MONTH.exec(text);
  if (!month) return null;
  const part = month[2] === undefined ? undefined : MONTH_PART.get(month[2]);
  const m = Number(month[1]);
  return part ? spanOf(year, yearWritten, [m, part[0], m, part[1]], 'period') : spanOf(year, yearWritten, wholeMonth(m), 'month');
}

/** One date, month or period, with or without its year (`defaultYear` then). */
function parseSpan(text: string, defaultYear: number): SpanParse {
  const day = parseDayText(text, defaultYear);
  if (day.ok) return { first: day.day, last: day.day, year: ymdOf(day.day).year, yearWritten: !day.yearAssumed, writing: 'day' };
  if (day.reason !== 'format') return day.reason;
  return parsePeriodSpan(text, defaultYear);
}

/** A month or period, with or without its year (`defaultYear` then). */
function parsePeriodSpan(text: string, defaultYear: number): SpanParse {
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth) return spanOf(Number(yearMonth[1]), true, wholeMonth(Number(yearMonth[2])), 'month');
  if (!YEAR_PREFIX.test(text)) return periodOf(text, defaultYear, false);
  const year = Number(text.slice(0, 4));
  const rest = text.slice(4);
  if (rest === '' || rest === '年') return spanOf(year, true, WHOLE_YEAR, 'period');
  // 2026年底 keeps its 年 (年底); 2026年6月 and 2026年上半年 drop it.
  return periodOf(rest, year, true) ?? periodOf(rest.slice(1), year, true);
}

const RANGE_SEPARATOR = /[至到~〜—–―‐-]+/g;
// 3至6月 and 2026年3-6月: the start borrows the end's unit.
const BARE_START = /(?:^|年)\d{1,2}$/;
const END_UNIT = /^\d{1,2}(月|季度)/;
// 2026.3~6 and 2026.3.1-6.30: the end borrows the start's leading parts (2026.3-6 is a day, 6 March,
// as parseDate reads it).
const NUMERIC_START = /^\d{4}([-/.])\d{1,2}(?:\1\d{1,2})?$/;
const NUMERIC_END = /^\d{1,2}(?:[-/.]\d{1,2})?$/;
// 3月1日至15日: the end borrows the start's month.
const DAY_END = /^\d{1,2}[日号]$/;
const TRAILING_DAY = /\d{1,2}[日号]?$/;
const NUMERIC_PARTS = /[-/.]/;

/**
 * A range stands for its start's first day and its end's last day. '-' both separates the parts
 * of 2026-03-01 and the two ends, so every separator is tried until both sides read.
 */
function parseRange(text: string, reportYear: number): SpanParse {
  for (const separator of text.matchAll(RANGE_SEPARATOR)) {
    const at = separator.index;
    if (at === 0 || at + separator[0].length === text.length) continue;
    const span = rangeOf(text.slice(0, at), text.slice(at + separator[0].length), reportYear);
    if (span !== null) return span;
  }
  return null;
}

function rangeOf(startText: string, endText: string, reportYear: number): SpanParse {
  const unit = END_UNIT.exec(endText);
  const from = unit && BARE_START.test(startText) ? startText + unit[1] : startText;
  let start = parseSpan(from, reportYear);
  if (start === null || typeof start === 'string') return start;
  const end = parseSpan(completeEnd(from, endText, start), start.yearWritten ? start.year : reportYear);
  if (end === null || typeof end === 'string') return end;
  // 3月至2026年6月: the start takes the end's year.
  if (end.yearWritten && !start.yearWritten) {
    start = parseSpan(from, end.year);
    if (start === null || typeof start === 'string') return start;
  }
  if (start.first > end.last) return 'format';
  return { first: start.first, last: end.last, year: start.year, yearWritten: start.yearWritten || end.yearWritten, writing: 'range' };
}

function completeEnd(startText: string, endText: string, start: Span): string {
  if (NUMERIC_START.test(startText) && NUMERIC_END.test(endText)) {
    const startParts = startText.split(NUMERIC_PARTS);
    const endParts = endText.split(NUMERIC_PARTS);
    return [...startParts.slice(0, startParts.length - endParts.length), ...endParts].join('.');
  }
  if (start.writing === 'day' && DAY_END.test(endText)) return startText.replace(TRAILING_DAY, '') + endText;
  return endText;
}

// Words around a date that do not move it: 截至6月底, 到年底, 9月30日前, 6月底前完成.
const AFFIXES = /^(?:截至|截止(?:到|至)?|至|到|于)?(.+?)(?:之前|以前|前|止)?(?:完成|办结)?$/;
const STANDING_TEXT = new RegExp(
  '^(?:(?:长期|常态化|持续)(?:坚持|推进|开展|落实|进行|任务)?|按(?:序时|时序)(?:进度)?(?:推进)?' +
    // recurring rules: 每月, 每月25日前, 每周五 (by then 每周5), 每季度末, 每年12月底前
    '|每(?:年|半年|季度|季|月|旬|周|星期|日|天)' +
    '(?:第?\\d{1,2}(?:个工作日|日|号|天|周)?|[日天底末初]|上旬|中旬|下旬|\\d{1,2}月(?:\\d{1,2}[日号]?|底|末)?)?' +
    '(?:之前|以前|前)?(?:报送|上报|反馈|更新|调度|通报)?(?:进展|进度|情况)?)$',
);
// Words that place a date only against the day they were written or the day of assignment.
const RELATIVE = new RegExp(
  '^(?:近期|近日|尽快|尽早|立即|立刻|马上|即时|及时|随时|适时|即日|当天|当日|今天|今日|明天|明日|后天)' +
    '|(?:本|这|下|次|今|明|上|去|后|来)(?:周|星期|个?月|季度|季|年)' +
    '|\\d+个?(?:工作日|自然日|日|天|周|星期|月)(?:内|之内|以内)|之日起',
);

function parseWritten(text: string, reportYear: number, side: PeriodSide, standingAllowed: boolean): LooseDate {
  const words = arabicNumerals(text);
  const core = AFFIXES.exec(words)?.[1] ?? words;
  // Unchanged text has already failed as a day.
  const span = (core === text ? parsePeriodSpan(core, reportYear) : parseSpan(core, reportYear)) ?? parseRange(core, reportYear);
  if (typeof span === 'string') return { kind: 'error', reason: span };
  if (span !== null) return dayOfSpan(span, side, false);
  if (STANDING_TEXT.test(words)) return standingAllowed ? STANDING : { kind: 'error', reason: 'standingNotAllowed' };
  return { kind: 'error', reason: RELATIVE.test(words) ? 'relative' : 'format' };
}
