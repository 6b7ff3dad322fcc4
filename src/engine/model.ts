// The types every layer shares. The engine's input is what Office.js `range.values` gives;
// its output is plain data that a surface (custom functions, task pane, CLI) writes as it likes.

/** One cell as Office.js gives it. ExcelJS dates arrive as Date at UTC midnight (see dates.ts). */
export type CellValue = string | number | boolean | null | Date;
export type Grid = readonly (readonly CellValue[])[];

export interface SheetInput {
  name: string;
  values: Grid;
  /**
   * The sheet's merged areas as A1 ranges ('A3:A5'), as the host reports them. Office.js and ExcelJS
   * give a merged area's value in its top-left cell only; the engine spreads it (SPEC §1.1 (5)).
   * Absent when the host could not say (then the sheet reads as if nothing were merged).
   */
  merged?: readonly string[];
}

export interface WorkbookInput {
  sheets: readonly SheetInput[];
}

/** A calendar date as an Excel serial number in the 1900 system (1 = 1900-01-01), whole days. */
export type Day = number;

export type Severity = '错误' | '警告';

export interface Problem {
  /** Sheet name as the workbook spells it. */
  sheet: string;
  /** A1 address inside the sheet ('F12'), or '' when the problem concerns the whole sheet. */
  cell: string;
  severity: Severity;
  /** Chinese, says what to change. */
  message: string;
}

export type Importance = '一般重要' | '比较重要' | '特别重要';
export type DeclaredStatus = '办理中' | '已办结' | '已销号';
export type ItemStatus = '已销号' | '按期办结' | '逾期办结' | '逾期未办结' | '在办';

/** One 台账 row: one item for one responsible unit. */
export interface Item {
  /** 1-based row in the 台账 sheet. */
  row: number;
  id: string;
  content: string;
  /** Roster name of the 责任单位 (after alias matching). */
  unit: string;
  cooperators: readonly string[];
  importance: Importance;
  assigned: Day;
  /** 办理时限; null for a standing item (长期坚持, 每月25日前): never overdue, 绿 while open (SPEC §1.1 (8)). */
  deadline: Day | null;
  extendedTo: Day | null;
  completed: Day | null;
  /** 已销号: out of every count and score, in every month. */
  cancelled: boolean;
  /** What the row says besides what is scored; one object shared by the items of one row. */
  details: ItemDetails;
}

/** Free text of a 台账 row, kept for what DUBAN writes (notices, lists), never scored. */
export interface ItemDetails {
  /** 分类: the text of the section row above it (一、经济发展), '' when none. */
  section: string;
  /** 办理时限 as written, for outputs where 6月底前 or 长期坚持 reads better than a date. */
  deadlineText: string;
  requirement: string;
  standard: string;
  effect: string;
  owner: string;
  supervisor: string;
  /** 责任领导 */
  leader: string;
  /** 进展情况 */
  progress: string;
  /** 备注 */
  note: string;
}

export interface Unit {
  /** As written in the roster. */
  name: string;
  /** The preset's spelling when the roster's text matches one of its categories, else as written, or 未分类. */
  category: string;
  aliases: readonly string[];
  row: number;
}

export interface Adjustment {
  row: number;
  date: Day;
  /** Roster name. */
  unit: string;
  /** The preset's canonical category name. */
  category: string;
  /** Canonical level (国家 … 区, 特别重要 …, 红/黄/蓝), or null where the category needs none. */
  level: string | null;
  /** Magnitude that replaces the table value, or null. */
  points: number | null;
  relatedItem: string | null;
  note: string;
}

export type PresetName = 'sanmenxia-2019' | 'district-dynamic';

/** Which column of a preset's points table an adjustment's 级别 selects. */
export type LevelKind = 'authority' | 'importance' | 'urge' | 'none';

export interface AdjustmentCategoryRule {
  name: string;
  aliases: readonly string[];
  sign: 1 | -1;
  levelKind: LevelKind;
  /** Points by canonical level; levelKind 'none' uses the key ''. A missing key is an unknown pair. */
  points: Readonly<Record<string, number>>;
  /** sanmenxia-2019: counted at every occurrence, exempt from the highest-level-only rule. */
  perOccurrence: boolean;
}

export interface RuleParams {
  /** 每项分值 */
  itemValue: number;
  /** 逾期办结系数: share of the item value a late completion earns. */
  lateFactor: number;
  /** 功效系数范围 */
  coefficientScope: 'all' | 'category';
  /** 延期上限月数 */
  extensionMonths: number;
  /** 临期工作日: the yellow light. */
  dueSoonWorkdays: number;
  /** 基础分 (district-dynamic) */
  baseScore: number;
  /** 加分上限 (district-dynamic) */
  bonusCap: number;
  /** 减分上限 (district-dynamic) */
  deductionCap: number;
  /** 月排名加分 (sanmenxia-2019) */
  monthlyRankBonus: number;
  /** 实效加分 full points (district-dynamic) */
  effectivenessBonus: number;
  /**
   * 多责任单位 (SPEC §1.1 (6)): with several responsible units in one 责任单位 cell, 'all' (全部计分)
   * scores each as if it had its own row; 'firstOnly' (仅第一个) scores the lead and makes the others 配合单位.
   */
  multiUnit: 'all' | 'firstOnly';
  /** 下步工作要求: the bulletin's closing paragraph. */
  closingText: string;
}

export interface EscalationStage {
  /** The stage applies from this many working days overdue on. */
  fromWorkdays: number;
  label: string;
}

export interface PraiseRule {
  month: number;
  top: number;
  label: string;
}

/** How often a responsible unit reports progress on an item: every calendar week (Monday–Sunday), month or quarter. */
export type Cadence = 'week' | 'month' | 'quarter';

export interface RuleSet {
  preset: PresetName;
  /** 'coefficient': seed 001's 功效系数 method; 'dynamic': seed 002's base + bonus − deduction. */
  method: 'coefficient' | 'dynamic';
  params: RuleParams;
  /** The ranking groups the preset names, in the order the bulletin lists them. */
  unitCategories: readonly string[];
  /** 月排名加分: rank cut-off per unit category (sanmenxia-2019); empty where the preset has none. */
  monthlyRankTop: Readonly<Record<string, number>>;
  adjustmentCategories: readonly AdjustmentCategoryRule[];
  /** sanmenxia-2019: entries without 关联事项 do not count, one event counts once at its highest level. */
  eventRules: boolean;
  /** Praise of the best units whose due items are all completed (年中, 年终). */
  praise: readonly PraiseRule[];
  escalation: readonly EscalationStage[];
  /** Progress reports by 督查等级 (seed 002 第八条; seed 004: 每月或按时限要求). */
  reportCadence: Readonly<Record<Importance, Cadence>>;
}

/** Working days by the Chinese calendar and the 节假日 sheet (calendar/calendar.ts implements it). */
export interface Calendar {
  isWorkday(day: Day): boolean;
  /** Working days d with from < d ≤ to; 0 when to ≤ from. */
  workdaysBetween(from: Day, to: Day): number;
  /** WORKDAY: n working days after (n < 0: before) the date; n = 0 gives the date itself. */
  addWorkdays(day: Day, n: number): Day;
  /** Whether the holidays of the year are known (built-in data or 节假日 rows). */
  covers(year: number): boolean;
}

/** What one 节假日 row says: this date is a day off (休) or a working day (班). */
export interface CalendarOverride {
  day: Day;
  work: boolean;
}

export interface Period {
  year: number;
  month: number;
  /** Report date: the month's last day unless given. */
  asOf: Day;
}

/** How a unit's items stand at the report date (SPEC §2). */
export interface ItemCounts {
  items: number;
  completed: number;
  onTime: number;
  late: number;
  overdue: number;
  open: number;
}

/** One unit's line in a month's ranking. */
export interface UnitScore extends ItemCounts {
  unit: string;
  category: string;
  /** null in district-dynamic */
  coefficient: number | null;
  /** null in district-dynamic */
  itemScore: number | null;
  /** ≥ 0; sanmenxia-2019 includes 月排名加分; district-dynamic is capped and includes 实效加分. */
  bonus: number;
  /** ≥ 0 */
  deduction: number;
  /** Rounded to 2 decimals as Excel's ROUND. */
  score: number;
  rank: number;
  /** Part of `bonus` that comes from earlier months' rankings (sanmenxia-2019). */
  monthlyRankBonus: number;
  /** Part of `bonus` that is 实效加分 before the cap (district-dynamic). */
  effectivenessBonus: number;
  /** Rank in the previous month's ranking, null in January. */
  previousRank: number | null;
}

export interface OverdueItem {
  id: string;
  content: string;
  unit: string;
  /** Effective deadline: 延期至 when present, else 办理时限 (an overdue item always has one). */
  deadline: Day;
  overdueWorkdays: number;
  stage: string;
}

export interface BulletinTotals {
  assigned: number;
  completed: number;
  onTime: number;
  late: number;
  open: number;
  overdue: number;
  /** completed / assigned, 0 when nothing was assigned */
  completionRate: number;
  /** onTime / completed, 0 when nothing was completed */
  onTimeRate: number;
}

/** The whole ledger at one month end of the report year (the bulletin's chart, the overview). */
export interface MonthEndPoint {
  month: number;
  /** The month's last day; for the report month, the report date. */
  asOf: Day;
  assigned: number;
  completed: number;
  overdue: number;
  /** completed / assigned; null when nothing was assigned yet, as the ranking leaves such a rate blank. */
  completionRate: number | null;
}

export interface PraiseEntry {
  reason: string;
  units: readonly string[];
}

export interface Bulletin {
  title: string;
  period: Period;
  totals: BulletinTotals;
  ranking: readonly { category: string; rows: readonly UnitScore[] }[];
  praise: readonly PraiseEntry[];
  /** Units with at least one 逾期未办结 item, in ranking order. */
  criticised: readonly string[];
  overdueItems: readonly OverdueItem[];
  closing: string;
  /** Month ends of the year so far, the report date last: its 办结率 chart. */
  trend: readonly MonthEndPoint[];
}

/** Everything read from a workbook that scoring needs, after validation. */
export interface Ledger {
  units: readonly Unit[];
  items: readonly Item[];
  adjustments: readonly Adjustment[];
  rules: RuleSet;
  calendar: Calendar;
}
