// Excel's ROUND rounds the decimal number the cell shows, half away from zero. Binary floating
// point must not decide a half: 51.575 is stored as 51.57499999…, yet Excel gives 51.58.

/** ROUND(value, digits) as Excel computes it. */
export function excelRound(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  // 15 significant digits is what Excel keeps; it turns 5157.4999999999 back into 5157.5.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 ? -rounded : rounded;
}
