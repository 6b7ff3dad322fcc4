// How DUBAN read a sheet laid out by its keepers (SPEC §1.1): which row is the header, which column
// answers to which DUBAN column and why, which rows are not items. `duban validate --explain` and
// the task pane's 校验结果 show it; the task pane's 列对应 step starts from it.

/** Why a column was taken: its DUBAN name, one of its aliases, or a 列名 row of the 规则 sheet. */
export type ColumnVia = 'name' | 'alias' | 'mapping';

export interface ColumnReading {
  key: string;
  /** The DUBAN column name (编号, 事项内容 …). */
  name: string;
  /** The sheet must have it (a missing one is an 错误). */
  required: boolean;
  /** 0-based column, or null when the sheet has none. */
  column: number | null;
  /** The header as written in the sheet. */
  header: string | null;
  via: ColumnVia | null;
}

/** A row below the header that is not an item, and why. */
export interface SkippedRow {
  /** 1-based. */
  row: number;
  reason: 'section' | 'note' | 'total' | 'stray';
  text: string;
}

export interface SheetReading {
  sheet: string;
  /** 1-based; two rows for a grouped header (时间节点 above 交办日期 | 办理时限). */
  headerRows: readonly number[];
  /** The header cells as written, by 0-based column (the lower row's where there are two). */
  headers: readonly { column: number; text: string }[];
  columns: readonly ColumnReading[];
  /** Section rows (一、经济发展) whose text is the 分类 of the rows below them. */
  sections: { row: number; text: string }[];
  skipped: SkippedRow[];
  /** Merged areas over several rows whose value now stands in each of their rows. */
  mergedAreas: number;
  /** What DUBAN had to assume for the whole sheet, each also a 警告. */
  assumptions: string[];
}
