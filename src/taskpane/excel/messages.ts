// What the task pane's Excel adapter alone tells the user (what every host adapter says is in
// ../texts.ts). The Excel versions named here are those of Microsoft's requirement-set tables (docs/taskpane.md
// 「Requirement sets」): ExcelApi 1.13 and 1.14.

export const EXCEL_TEXT = {
  /** Office's ApiNotFound: DUBAN uses nothing past ExcelApi 1.14 without checking first. */
  apiNotFound:
    '这个版本的 Excel 缺少督办要用的功能（ApiNotFound）。督办需要 Microsoft 365（Windows 版 2108 或 Mac 版 16.52 及以后）、' +
    'Excel 2021 或 Excel 网页版：请把 Office 更新到最新版本后再试。',
  /** ExcelApi 1.13 (Range.getMergedAreasOrNullObject) missing: the sheet was read as if unmerged. */
  mergedAreasUnsupported: (sheet: string) =>
    `「${sheet}」表已按没有合并单元格读取：这个版本的 Excel 不能告诉督办哪些单元格是合并的（需要 ExcelApi 1.13，` +
    '即 Microsoft 365 的 Windows 版 2102 或 Mac 版 16.50 及以后、Excel 2021，或 Excel 网页版）。跨行合并的单元格只有第一行有值，' +
    '其余各行可能被报为缺少内容：请把 Office 更新到最新版本，或取消这些合并并在每一行填上值。',
} as const;
