// Excel's ROUND rounds the decimal number the cell shows, half away from zero. Binary floating
// point must not decide a half: 1.005 is stored as 1.00499999999999989…, yet Excel gives 1.01.

/** ROUND(value, digits) as Excel computes it; like Excel, a fractional digits is truncated. */
export function excelRound(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.trunc(digits);
  // Scale by a power of ten that is an exact integer where possible: 10 ** -4 is not exactly
  // 0.0001, and dividing by it turned ROUND(25000, -4) into 30000.000000000004.
  const power = 10 ** Math.abs(places);
  // 15 significant digits is what Excel keeps; it turns 5157.4999999999 back into 5157.5.
  const scaled = Number((places >= 0 ? Math.abs(value) * power : Math.abs(value) / power).toPrecision(15));
  if (!Number.isFinite(scaled)) return value; // beyond 1.8e308 once scaled: nothing to round
  const whole = Math.floor(scaled + 0.5);
  // Back to 15 significant digits: beyond 2^53 the scaling leaves noise in the 16th digit.
  const rounded = Number((places >= 0 ? whole / power : whole * power).toPrecision(15));
  // ROUND(-0.001, 2) is 0, not -0 (which Intl.NumberFormat would print as "-0").
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
