// What the task pane's buttons do, as the React components see it. The components receive an
// implementation as a prop (see ARCHITECTURE.md: Office calls isolated in one host module), so
// they test without Excel; `excel/` implements it on Office.js.
import type { PresetName, Problem } from '../engine/model';
import type { MonthOverview } from '../engine/report/overview';

export type Step = '读取工作簿' | '校验台账' | '计算排名' | '生成通报' | '写入工作表' | '新建模板' | '生成概览';

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
}

export type GenerateResult =
  | { kind: 'done'; sheets: readonly string[]; units: number; overdueItems: number }
  | { kind: 'invalid'; validation: ValidationResult }
  | { kind: 'cancelled' };

export interface TemplateResult {
  sheets: readonly string[];
}

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
}
