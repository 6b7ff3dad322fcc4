// What the DUBAN.* functions say about their own arguments, in one place for review. Problems
// inside the ledger tables come from the read stage's messages (../read/messages.ts).

export const FN_MSG = {
  required: (param: string) => `「${param}」不能为空，请填写。`,
  dateWithoutYear: (param: string, text: string) => `「${param}」的值「${text}」没有写年份：请写完整日期，例如 2026-05-31。`,
  notCount: (param: string, text: string) => `「${param}」的值「${text}」无效：应为不小于 0 的整数。`,
  notNumber: (param: string, text: string) => `「${param}」的值「${text}」无效：应为不小于 0 的数值。`,
  countAboveMax: () => '「事项数」不能大于「最高事项数」：最高事项数是各单位事项数中的最大值。',
  earnedAboveTotal: () => '「完成分值」不能大于「总分值」：请核对两个数。',
  extensionNotAfterDeadline: () => '「延期至」应晚于「办理时限」：请填写延期后的新时限，或留空。',
  notInteger: (param: string, text: string) => `「${param}」的值「${text}」无效：应为整数。`,
  tooManyDays: (param: string, limit: number) => `「${param}」超出范围：最多 ${limit} 天（约一百年），请缩小范围。`,
  outOfRange: () => '结果超出 Excel 的日期范围（1900-03-01 至 9999-12-31）：请核对日期和天数。',
  badMonth: (text: string) =>
    `「月份或截止日期」的值「${text}」无法识别：请写成 2026-05（整月）或引用一个日期（截至该日），留空表示截至今天。`,
  notSingleValue: (param: string) => `「${param}」应为一个值或一个单元格，不能是多个单元格的区域。`,
  notTable: (param: string) => `「${param}」应为一个区域（含表头行），例如 台账!A1:O500。`,
  ledgerProblem: (param: string, cell: string, message: string) =>
    `「${param}」${cell ? ` ${cell}（区域内位置）` : ''}：${message}`,
  moreProblems: (count: number) => `另有 ${count} 处错误`,
  problemsColumn: '问题',
  problemRow: (severity: string, where: string) => `${severity}｜${where}`,
  defect: (text: string) => `计算出错（程序缺陷，请报告）：${text}`,
} as const;
