// Reading a date from a cell as staff write it (SPEC §1): Excel serials, JS dates and text.
import { dayOf, FIRST_SERIAL, isValidYmd, LAST_SERIAL, PHANTOM_LEAP_DAY } from '../calendar/dates';
import type { CellValue, Day } from '../model';
import { normalizeText } from '../text';

export type DateParse =
  | { ok: true; day: Day; yearAssumed: boolean }
  | { ok: false; reason: 'phantom' | 'range' | 'format' | 'nonexistent' | 'type' };

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
  // Full-width digits become ASCII first, so that a space between two digits can be kept as a
  // 'T' before normalizeText drops every space: "2024-5-1 18:30" must not become "2024-5-118:30",
  // nor "2024 5 31" the serial number 2024531.
  const text = normalizeText(value.normalize('NFKC').replace(/(\d)\s+(?=\d)/g, '$1T'));
  if (text === '') return null;
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
