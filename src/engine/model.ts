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
  /** 事项来源 as written (领导批示, 建议提案 …), '' when none. */
  source: string;
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
  /** 报送宽限工作日: a progress report dated this many working days after its period still counts for it. */
  reportGraceWorkdays: number;
  /** 月度通报计入批评次数: each earlier month whose bulletin criticised a unit counts as one 通报批评. */
  monthlyBulletinCriticism: boolean;
  /** 取消评先树优批评次数: from this many 通报批评 in a year a unit is left out of 年中/年终 praise; 0 = never. */
  praiseBarCriticisms: number;
  /** 发文单位: the office that issues the bulletin, 通知单 and 催办单. */
  issuer: string;
  /** 通知单编号前缀: 督通 in 督通〔2026〕12号. */
  noticePrefix: string;
  /** 通知单起始号: the number of the year's first 督查通知单. */
  noticeStart: number;
  /** 催办单编号前缀: 督催 in 督催〔2026〕3号. */
  urgePrefix: string;
  /** 催办单起始号: the number of the year's first 催办单. */
  urgeStart: number;
  /** 联系电话 of the office, printed on the 通知单 and 催办单; '' leaves a line to fill in by hand. */
  phone: string;
  /** 期号: the bulletin's issue number; null numbers it by the month. */
  issueNumber: number | null;
}

/**
 * One colour of district-dynamic's 催办单 (seed 002 第十一条、第十五条): who signs it, what it
 * demands, and from how many working days overdue it is suggested when the item has no 催办 entry.
 */
export interface UrgeLevel {
  /** The 级别 a 催办 entry of 加减分 records it under: 蓝, 黄, 红. */
  level: string;
  /** 蓝色催办单 */
  title: string;
  /** Suggested from this many working days overdue; also the bulletin's escalation stage. */
  fromWorkdays: number;
  /** The escalation stage's words in the bulletin's list of overdue items. */
  stage: string;
  /** What the level demands of the responsible unit. */
  demand: string;
  /** 签发: who signs it. */
  signer: string;
  /** 抄送, '' for none. */
  copyTo: string;
  /** Working days the unit has to answer before the next colour is due. */
  replyWorkdays: number;
  /** The band's fill, RGB hex: light enough that black text on it reads in a black-and-white print. */
  fill: string;
}

/** The single-item documents of seed 000 (《督查通知》《催办通知》), 002 and 004 (通知单, 催办单). */
export interface DocumentRules {
  /** 督查通知单 or 督查通知. */
  noticeTitle: string;
  /** The 催办 document's title where the preset has no colours (sanmenxia-2019: 催办通知). */
  urgeTitle: string;
  /** Colours in escalation order; empty: the 催办 document names the escalation stage instead. */
  urgeLevels: readonly UrgeLevel[];
  /** Who signs a 催办 document by escalation stage (no colours). */
  stageSigner: string;
  /** The 加减分 category a 催办单 is registered under; null where none deducts (no 登记催办). */
  urgeCategory: string | null;
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

/** What a unit's 通报批评 count of the year leads to (seed 003 十六(二)(三)): from `from` criticisms on. */
export interface CriticismConsequence {
  from: number;
  label: string;
}

export interface CriticismRules {
  /** 加减分 类别 that are a 通报批评 of the unit. */
  categories: readonly string[];
  /** Ordered by `from`; the last one a count reaches applies. */
  consequences: readonly CriticismConsequence[];
}

/**
 * The default 办理时限 of an item by its 事项来源 (seed 003 九、十): `amount` working days or months
 * after 交办日期, and with `maxMonths`, no 延期至 later than that many months after 交办日期.
 */
export interface SourceDeadline {
  name: string;
  aliases: readonly string[];
  amount: number;
  unit: 'workdays' | 'months';
  maxMonths: number | null;
}

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
  /** The 加减分 类别 a missed progress report is suggested as (逾期报送; 超期 at the item's 督查等级). */
  missedReportCategory: string;
  criticism: CriticismRules;
  sourceDeadlines: readonly SourceDeadline[];
  /** 督查通知单 and 催办单. */
  documents: DocumentRules;
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
  /** 应报: progress reports due this year up to asOf; absent when the workbook has no 报送 sheet. */
  reportsDue?: number;
  /** 未报: of those, the ones without a report. */
  reportsMissing?: number;
  /** 本年通报批评: absent when the rule set counts none. */
  criticisms?: number;
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

/** The heading a 通报 carries above its title: who issues it, its number and its date. */
export interface Masthead {
  issuer: string;
  /** 期号: 第N期 */
  issue: number;
  /** Date of issue. */
  date: Day;
}

export interface Bulletin {
  masthead: Masthead;
  title: string;
  period: Period;
  totals: BulletinTotals;
  ranking: readonly { category: string; rows: readonly UnitScore[] }[];
  praise: readonly PraiseEntry[];
  /** Units with at least one 逾期未办结 item, in ranking order. */
  criticised: readonly string[];
  overdueItems: readonly OverdueItem[];
  closing: string;
  /** 报送情况; absent when the workbook has no 报送 sheet. */
  reports?: ReportsSummary;
  /** 本年通报批评 of every unit criticised at least once; absent when the rule set counts none. */
  criticismCounts?: readonly UnitCriticism[];
  /** Units left out of this month's 年中/年终 praise for their 通报批评 (取消评先树优). */
  praiseBarred?: readonly string[];
  /** Month ends of the year so far, the report date last: its 办结率 chart. */
  trend: readonly MonthEndPoint[];
}

/** One reporting period of an item without a report from its responsible unit (应报未报). */
export interface MissedReport {
  id: string;
  content: string;
  unit: string;
  importance: Importance;
  cadence: Cadence;
  /** The period, first and last day. */
  start: Day;
  end: Day;
  /** The last day a report counted for it: `end` plus 报送宽限工作日. */
  due: Day;
}

export interface ReportsSummary {
  /** This year up to asOf. */
  due: number;
  missing: number;
  /** Periods whose report fell due in the report month. */
  dueThisMonth: number;
  missingThisMonth: number;
  /** The units that missed most reports this year, most first (ties at the cut-off too). */
  worst: readonly { unit: string; missing: number }[];
  /** When naming every unit tied at the cut-off would make a long list: how many more, each with how many. */
  worstTied: { units: number; missing: number } | null;
  /** The report month's 应报未报, in ranking order. */
  missed: readonly MissedReport[];
}

export interface UnitCriticism {
  unit: string;
  count: number;
  /** The consequence the count reached, '' below the first. */
  consequence: string;
}

/** One row of the 报送 sheet: a unit reported progress on an item. */
export interface ProgressReport {
  row: number;
  date: Day;
  /** The item reported on: its position in `Ledger.items` (the unit's own row of the 编号). */
  item: number;
  /** The item's 编号 as the unit's own 台账 row spells it. */
  id: string;
  /** Roster name. */
  unit: string;
}

/** Everything read from a workbook that scoring needs, after validation. */
export interface Ledger {
  units: readonly Unit[];
  items: readonly Item[];
  adjustments: readonly Adjustment[];
  /** The 报送 sheet's rows; absent when the workbook has none, which then says nothing about reports. */
  reports?: readonly ProgressReport[];
  rules: RuleSet;
  calendar: Calendar;
}
