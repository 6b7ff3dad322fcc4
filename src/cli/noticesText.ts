// What `duban notices` says, in one place.
export const NOTICES_CLI_TEXT = {
  badKind: (kind: string) => `--kind 的值「${kind}」无效：可选 通知（督查通知单）或 催办（催办单）。`,
  emptyIds: '--ids 没有给出编号：请写成 --ids DC-001,DC-002。',
  noticeNeedsChoice: '请用 --month YYYY-MM（该月交办的全部事项）或 --ids 编号,编号 指定要生成通知单的事项。',
  registerOnlyUrges: '--register 只用于 --kind 催办：登记的是催办单。',
  noUrgeDeduction: (preset: string) => `规则集 ${preset} 没有催办减分，催办单无需登记到加减分表；请去掉 --register。`,
  missingIds: (ids: readonly string[]) => `台账中没有这些编号的事项（或已销号）：${ids.join('、')}。请核对 --ids。`,
  noNotices: '所选范围内没有交办事项，未生成通知单。',
  noUrges: '没有需要发催办单的逾期未办结事项，未生成催办单。',
  written: (count: number, sheet: string, file: string) => `已生成「${sheet}」共 ${count} 份（每份一页）：${file}`,
} as const;
