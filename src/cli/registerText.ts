// What `--register` says, for `notices` (登记催办) and `reports` (建议加减分) alike.
export const REGISTER_CLI_TEXT = {
  /** The copy's default name beside the ledger, by what it registers. */
  copyName: { urges: '登记催办', suggestions: '登记建议加减分' },
  /** What the appended rows are, in the sentence that reports them. */
  rowsName: { urges: '催办记录', suggestions: '建议加减分' },
  registered: (count: number, rows: string, sheet: string, file: string) =>
    `已把 ${count} 条${rows}追加到「${sheet}」表，另存为：${file}（原台账未改动，原有行没有任何改动；核对后可用它替换原台账。ExcelJS 不保留图表、数据透视表和宏，原台账有这些内容时，请把新增的行复制到原台账中。）`,
  noSuggestions: '没有需要登记的建议加减分，未另存台账副本。',
} as const;
