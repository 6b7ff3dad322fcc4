// The sheets DUBAN writes into a workbook (排名, 通报, 通知单, 催办单, 建议加减分: report/), told by the
// shape of their names, so that the reader never takes one of them for a source sheet: a 通报 lists
// overdue items under 事项内容 | 责任单位 and would otherwise pass for a 台账. The names themselves
// are made in report/ (layoutText.ts, noticeText.ts, reportsText.ts), a stage the reader may not
// import; test/engine/read/generatedSheets.test.ts holds these shapes to the names made there.

const GENERATED_NAMES: readonly RegExp[] = [
  // 2026年6月排名, 2026年6月通报, 2026年6月通知单
  /^\d{4}年\d{1,2}月(?:排名|通报|通知单)$/,
  // 2026年11月5日催办单
  /^\d{4}年\d{1,2}月\d{1,2}日催办单$/,
  /^督查通知单$/,
  /^建议加减分$/,
];

// What uniqueSheetName (report/sheetLayout.ts) appends when the name was taken: 2026年6月排名 (2).
const COPY_SUFFIX = / \(\d+\)$/;

/** Whether DUBAN wrote a sheet of this name (or its numbered copy). */
export function isGeneratedSheet(name: string): boolean {
  const base = name.replace(COPY_SUFFIX, '');
  return GENERATED_NAMES.some((shape) => shape.test(base));
}
