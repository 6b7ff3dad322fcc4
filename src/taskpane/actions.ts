// What the task pane's buttons do, as the React components see it. The components receive an
// implementation as a prop (see ARCHITECTURE.md: Office calls isolated in one host module), so
// they test without Excel; `excel/` implements it on Office.js.
import type { PresetName, Problem } from '../engine/model';
import type { DocumentKind } from '../engine/report/noticeBatch';
import type { RegistrationRow } from '../engine/report/registration';
import type { ColumnChoice, ColumnMapPlan } from '../engine/read/columnMap';
import type { SheetReading } from '../engine/read/sheetReading';
import type { MonthOverview } from '../engine/report/overview';

export type Step = '读取工作簿' | '校验台账' | '计算排名' | '生成通报' | '写入工作表' | '新建模板' | '生成文书' | '生成概览';

/** Reports progress during long work; `done` / `total` steps. */
export type OnProgress = (step: Step, done: number, total: number) => void;

/** The user's answer when a sheet to be generated exists already. */
export type ConflictChoice = 'newName' | 'replace' | 'cancel';

/** Asks the user what to do; the default answer a dialog offers is 'newName'. */
export type OnConflict = (existing: string, suggested: string) => Promise<ConflictChoice>;

export interface PresetInfo {
  available: readonly PresetName[];
  /** The preset the workbook's 规则 sheet names, when it has one. */
  fromRules: PresetName | null;
}

export interface ValidationResult {
  problems: readonly Problem[];
  errors: number;
  warnings: number;
  /** How each sheet was read (readLedger's readings), the 台账 first when its header row was found. */
  readings: readonly SheetReading[];
}

/** What the 列对应 step would write, shown to the user before anything is written. */
export interface ColumnMapProposal {
  /** The 规则 sheet as the workbook names it, or the name of the one the plan creates. */
  sheet: string;
  choices: readonly ColumnChoice[];
  /** planColumnMap's rows on that sheet, from its values when the proposal was made. */
  plan: ColumnMapPlan;
}

export type GenerateResult =
  | {
      kind: 'done';
      sheets: readonly string[];
      units: number;
      overdueItems: number;
      /** After 生成通报 with a 报送 sheet: the suggested 加减分 not yet registered; absent when there are none. */
      suggestions?: RegistrationOffer;
    }
  | { kind: 'invalid'; validation: ValidationResult }
  | { kind: 'cancelled' };

export interface TemplateResult {
  sheets: readonly string[];
}

/** 通知单 for the rows selected in the 台账, or for every item assigned in the month; 催办单 are due today. */
export interface NoticeRequest {
  kind: DocumentKind;
  scope: 'selection' | 'month';
  month: string;
  preset: PresetName;
}

/**
 * Rows to append to 加减分, listed before anything is written: 登记催办 (the 催办单 just made) or the
 * suggested 加减分 for 应报未报; or why the 加减分 sheet (or the host) cannot take them.
 */
export type RegistrationOffer = { sheet: string; rows: readonly RegistrationRow[] } | { error: string };

export type NoticeResult =
  | {
      kind: 'done';
      sheet: string;
      documents: number;
      /** Items left out, and why (Chinese, one line each). */
      notes: readonly string[];
      /** Offered after 催办单 under a rule set whose 催办单 deduct; null otherwise. */
      registration: RegistrationOffer | null;
    }
  | { kind: 'empty'; message: string; notes: readonly string[] }
  | { kind: 'invalid'; validation: ValidationResult }
  | { kind: 'cancelled' };

/** Where the rows went: 1-based sheet rows, first to last. */
export interface RegistrationResult {
  sheet: string;
  firstRow: number;
  lastRow: number;
}

/**
 * The Word 通报's bytes, for the pane to offer as a download; `downloadable` false where the host
 * is known to drop downloads from a task pane (Excel on Mac and iPad).
 */
export type DocxResult =
  | { kind: 'done'; fileName: string; bytes: Uint8Array<ArrayBuffer>; downloadable: boolean }
  | { kind: 'invalid'; validation: ValidationResult };

/** What 概览 is asked for. */
export interface OverviewRequest {
  month: string;
  preset: PresetName;
  /** The day the pane looks from, YYYY-MM-DD: the month under way is seen as of this day. */
  today: string;
}

/** 校验 under the chosen rule set and the month's overview, from one read of the workbook. */
export interface OverviewResult {
  validation: ValidationResult;
  /** null when the ledger has an 错误 (or none can be read): nothing trustworthy to show. */
  overview: MonthOverview | null;
}

export interface TaskpaneActions {
  presets(): Promise<PresetInfo>;
  validate(month: string, onProgress: OnProgress): Promise<ValidationResult>;
  /** 生成排名: the ranking sheet. */
  generateRanking(month: string, preset: PresetName, onConflict: OnConflict, onProgress: OnProgress): Promise<GenerateResult>;
  /** 生成通报: the ranking and the bulletin sheets, as the CLI's `bulletin` command. */
  generateBulletin(month: string, preset: PresetName, onConflict: OnConflict, onProgress: OnProgress): Promise<GenerateResult>;
  /** 新建台账模板: adds 台账, 单位, 加减分 (and 规则, 节假日) sheets; never replaces a sheet. */
  createTemplate(onProgress: OnProgress): Promise<TemplateResult>;
  /** 概览, also behind 校验台账: validation and the overview in the syncs of validation alone. */
  overview(request: OverviewRequest, onProgress: OnProgress): Promise<OverviewResult>;
  /** Activates the sheet and selects the cell ('' selects A1). */
  goTo(sheet: string, cell: string): Promise<void>;
  /** 督查通知单 or 催办单 on a new sheet, one A4 page each. */
  generateNotices(request: NoticeRequest, onConflict: OnConflict, onProgress: OnProgress): Promise<NoticeResult>;
  /**
   * 登记 (催办 or suggested 加减分), on the user's confirmation: appends the rows below the last used
   * row of 加减分 (a new 加减分 sheet when there is none); never changes a cell that holds anything.
   */
  appendAdjustments(rows: readonly RegistrationRow[]): Promise<RegistrationResult>;
  /** The month's 通报 as a Word document (GB/T 9704). */
  bulletinDocx(month: string, preset: PresetName, onProgress: OnProgress): Promise<DocxResult>;
  /** 列对应, first step: what writing these choices would change on the 规则 sheet; writes nothing. */
  planColumnMap(choices: readonly ColumnChoice[]): Promise<ColumnMapProposal>;
  /**
   * 列对应, on the user's confirmation: writes the proposal's rows on the 规则 sheet (creating it
   * when the plan says so), the one write DUBAN makes to a source sheet. Refuses, writing nothing,
   * when the 规则 sheet no longer gives the same plan.
   */
  applyColumnMap(proposal: ColumnMapProposal): Promise<void>;
}
