// Chinese numerals as staff write months, quarters, days and years: 十二月, 三季度, 二〇二六年.

const CHINESE_NUMBER = /[〇零一二两三四五六七八九十]+/g;
const HAS_CHINESE_NUMBER = /[〇零一二两三四五六七八九十]/;
const CHINESE_DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function arabic(run: string): string {
  const ten = run.indexOf('十');
  // 二〇二六 is read digit by digit, as it is written.
  if (ten < 0) return [...run].map((c) => CHINESE_DIGIT[c]).join('');
  // Only 十, 十二, 二十, 三十一: anything else is left as written, for a format error.
  if (ten > 1 || run.length - ten > 2 || run.lastIndexOf('十') !== ten) return run;
  const tens = ten === 0 ? 1 : (CHINESE_DIGIT[run.charAt(0)] ?? 0);
  const units = ten === run.length - 1 ? 0 : (CHINESE_DIGIT[run.charAt(ten + 1)] ?? 0);
  return String(tens * 10 + units);
}

/** The text with every run of Chinese numerals from 0 to 99 (and digit-by-digit years) in digits. */
export function arabicNumerals(text: string): string {
  // A replace with a callback costs more than the test, and most cells hold no such numeral.
  return HAS_CHINESE_NUMBER.test(text) ? text.replace(CHINESE_NUMBER, arabic) : text;
}
