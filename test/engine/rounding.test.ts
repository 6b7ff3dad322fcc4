import { excelRound } from '../../src/engine/rounding';

// Excel's ROUND rounds the decimal the cell shows, half away from zero. Some of these halves are
// stored just below the half (1.005 is 1.00499999999999989…, 0.285 is 0.28499999999999997…,
// 2.675 is 2.67499999999999982…); others just above (51.575 is 51.57500000000000284…). Either
// way the answer must be the decimal one.
describe('excelRound(value, 2)', () => {
  test.each([
    [51.575, 51.58],
    [2.675, 2.68],
    [1.005, 1.01],
    [0.125, 0.13], // exactly representable half: away from zero
    [0.285, 0.29],
    [8.345, 8.35],
    [1.255, 1.26],
    [58.3333, 58.33],
    [58.335, 58.34],
    [99.994999, 99.99],
    [99.995, 100],
    [100, 100],
    [0, 0],
  ])('ROUND(%p, 2) = %p', (value, expected) => {
    expect(excelRound(value, 2)).toBe(expected);
  });

  test('negative values round half away from zero too', () => {
    expect(excelRound(-1.005, 2)).toBe(-1.01);
    expect(excelRound(-51.575, 2)).toBe(-51.58);
    expect(excelRound(-0.125, 2)).toBe(-0.13);
    expect(excelRound(-58.3333, 2)).toBe(-58.33);
  });

  test('a negative value that rounds to zero is 0, not -0', () => {
    // Object.is tells them apart; Intl.NumberFormat prints -0 as "-0".
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
    expect(Object.is(excelRound(-0.4, 0), 0)).toBe(true);
  });

  test('scores as the presets produce them', () => {
    // 功效系数 0.5 + 7/9 × 0.5 = 0.8888…; 2 of 3 due items done: 2/3 × 100 × 0.8888… = 59.259259…
    expect(excelRound((2 / 3) * 100 * (0.5 + (7 / 9) * 0.5), 2)).toBe(59.26);
    // 0.5 + 1/8 × 0.5 = 0.5625; all done: 56.25 exactly, plus 通报表扬 10 = 66.25.
    expect(excelRound(100 * (0.5 + (1 / 8) * 0.5) + 10, 2)).toBe(66.25);
    // A sum that floating point puts a hair away from the decimal: 0.1 + 0.2 = 0.30000000000000004.
    expect(excelRound(0.1 + 0.2, 2)).toBe(0.3);
  });

  test('where the naive Math.round(x * 100) / 100 is wrong', () => {
    // 1.005 * 100 = 100.49999999999999, 0.285 * 100 = 28.499999999999996,
    // 1.255 * 100 = 125.49999999999999: the naive way gives 1, 0.28 and 1.25.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(excelRound(1.005, 2)).toBe(1.01);
    expect(excelRound(0.285, 2)).toBe(0.29);
    expect(excelRound(1.255, 2)).toBe(1.26);
    // A score built by arithmetic: 100.5 × 0.01 = 1.0050000000000001 in binary, still 1.01.
    expect(excelRound(100.5 * 0.01, 2)).toBe(1.01);
  });
});

describe('other digits', () => {
  test('digits 0', () => {
    expect(excelRound(2.5, 0)).toBe(3);
    expect(excelRound(-2.5, 0)).toBe(-3);
    expect(excelRound(0.5, 0)).toBe(1);
    expect(excelRound(1.4999999, 0)).toBe(1);
    expect(excelRound(58.3333, 0)).toBe(58);
    expect(excelRound(-58.5, 0)).toBe(-59);
  });

  test('digits 1 and 3', () => {
    expect(excelRound(51.575, 1)).toBe(51.6);
    expect(excelRound(0.05, 1)).toBe(0.1);
    expect(excelRound(1.0005, 3)).toBe(1.001);
    expect(excelRound(2.0745, 3)).toBe(2.075);
  });

  test('negative digits round to tens, hundreds, ten-thousands, with no float residue', () => {
    expect(excelRound(1234.5, -2)).toBe(1200);
    expect(excelRound(1250, -2)).toBe(1300);
    expect(excelRound(-1250, -2)).toBe(-1300);
    expect(excelRound(123456.789, -1)).toBe(123460);
    // 25000 / 10^4 = 2.5 → 3 → 3 × 10^4. Dividing 3 by 10 ** -4 gave 30000.000000000004.
    expect(excelRound(25000, -4)).toBe(30000);
    expect(excelRound(49999, -5)).toBe(0);
  });

  test('fractional digits are truncated, as in Excel', () => {
    expect(excelRound(1.2345, 2.9)).toBe(1.23);
  });
});

describe('large values and non-finite input', () => {
  test('large magnitudes', () => {
    expect(excelRound(123456789012.345, 2)).toBe(123456789012.35);
    expect(excelRound(-123456789012.345, 2)).toBe(-123456789012.35);
    // Excel keeps 15 significant digits, and so does excelRound: 2^53 = 9007199254740992 comes
    // back as 9007199254740990, as Excel shows it.
    expect(excelRound(2 ** 53, 2)).toBe(9007199254740990);
    expect(excelRound(1e300, 2)).toBe(1e300);
    expect(excelRound(1.7e308, 2)).toBe(1.7e308); // ×100 would overflow to Infinity
  });

  test('NaN and infinities pass through', () => {
    expect(excelRound(Number.NaN, 2)).toBeNaN();
    expect(excelRound(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(excelRound(Number.NEGATIVE_INFINITY, 2)).toBe(Number.NEGATIVE_INFINITY);
  });
});
