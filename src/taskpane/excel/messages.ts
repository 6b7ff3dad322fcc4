// What the task pane's Excel adapter tells the user, in one place with its siblings' texts.

export const EXCEL_TEXT = {
  badMonth: (month: string) => `月份「${month}」无效：请写成 YYYY-MM，例如 2026-06。`,
  sheetMissing: (sheet: string) => `找不到工作表「${sheet}」：它可能已被删除或改名，请重新校验台账。`,
} as const;
