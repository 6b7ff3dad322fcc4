// The host-neutral part of the task pane's actions (TaskpaneActions in actions.ts): the month, the
// progress steps, the validation summary, the preset the 规则 sheet names, the template's sheet
// names. Each host adapter (Office.js in excel/, WPS in src/wps) reads and writes around these.
import type { Ledger, Period, PresetName, Problem, SheetInput, WorkbookInput } from '../engine/model';
import { periodOf } from '../engine/calendar/period';
import { parseDate } from '../engine/read/dateText';
import { ledgerPlace, monthOverview, overviewPeriod, type MonthOverview } from '../engine/report/overview';
import { PRESETS } from '../engine/rules/presets';
import type { ReadResult } from '../engine/read/readLedger';
import { namedPreset } from '../engine/read/ruleSheet';
import { planColumnMap, type ColumnChoice } from '../engine/read/columnMap';
import { RULES_COLUMNS, SHEET_NAMES } from '../engine/read/schema';
import { findSheet, readTable } from '../engine/read/table';
import { monthOutputs, type MonthOutputs } from '../engine/report/monthOutputs';
import { countProblems } from '../engine/report/problemCount';
import type { SheetReading } from '../engine/read/sheetReading';
import { uniqueSheetName } from '../engine/report/sheetLayout';
import { rankingTableName } from '../engine/report/sheetStyle';
import { templateLayout, type TemplateLayout } from '../engine/report/templateLayout';
import type { ColumnMapProposal, GenerateResult, OnConflict, OnProgress, OverviewRequest, OverviewResult, PresetInfo, Step, ValidationResult } from './actions';
import { suggestionOffer } from './registrationOffers';
import { chooseTargets, type SheetTarget } from './sheetTarget';
import { ACTION_TEXT } from './texts';

export function periodFor(month: string): Period {
  const period = periodOf(month);
  if (!period) throw new Error(ACTION_TEXT.badMonth(month));
  return period;
}

/** The overview's report date: the month's last day, or `today` while the month runs. */
export function overviewPeriodFor(request: OverviewRequest): Period {
  const period = periodFor(request.month);
  const today = parseDate(request.today, period.year);
  if (!today?.ok || today.yearAssumed) throw new Error(ACTION_TEXT.badDay(request.today));
  return overviewPeriod(period, today.day);
}


export function validationSummary(problems: readonly Problem[], readings: readonly SheetReading[]): ValidationResult {
  return { problems, ...countProblems(problems), readings };
}

export const VALIDATE_STEPS: readonly Step[] = ['读取工作簿', '校验台账'];
export const OVERVIEW_STEPS: readonly Step[] = [...VALIDATE_STEPS, '生成概览'];
export const TEMPLATE_STEPS: readonly Step[] = ['新建模板'];

export const generationSteps = (withBulletin: boolean): Step[] => [
  '读取工作簿',
  '校验台账',
  '计算排名',
  ...(withBulletin ? (['生成通报'] as const) : []),
  '写入工作表',
];

/** Reports each step as it starts, and the end. */
export function stepReporter(onProgress: OnProgress, steps: readonly Step[]) {
  let done = 0;
  return {
    step(step: Step) {
      onProgress(step, done, steps.length);
      done += 1;
    },
    end() {
      onProgress(steps[steps.length - 1], steps.length, steps.length);
    },
  };
}

/** A workbook as a host adapter read it: its sheet and table names, the source sheets as read, the engine's reading. */
export interface LoadedBook {
  names: { sheets: readonly string[]; tables: readonly string[] };
  sources: readonly string[];
  /** The source sheets' values: 登记催办 plans its rows on the 加减分 sheet as read. */
  book: WorkbookInput;
  result: ReadResult;
  /** The engine's problems after what the host itself had to say (e.g. merged cells it could not read). */
  validation: ValidationResult;
}

export function loadedBook(
  names: LoadedBook['names'],
  sources: readonly string[],
  book: WorkbookInput,
  result: ReadResult,
  hostNotes: readonly Problem[] = [],
): LoadedBook {
  const problems = hostNotes.length > 0 ? [...hostNotes, ...result.problems] : result.problems;
  return { names, sources, book, result, validation: validationSummary(problems, result.readings) };
}

/** The overview of a read without 错误; null otherwise, as a generation would refuse it too. */
function overviewOf(loaded: LoadedBook, period: Period): MonthOverview | null {
  const { result } = loaded;
  const place = ledgerPlace(result);
  if (!result.ledger || !place || loaded.validation.errors > 0) return null;
  return monthOverview(result.ledger, period, place);
}

/** 概览 once the workbook is read (the 读取工作簿 step reported): the validation, and the overview of a valid ledger. */
export function overviewResult(loaded: LoadedBook, period: Period, report: ReturnType<typeof stepReporter>): OverviewResult {
  report.step('校验台账');
  report.step('生成概览');
  const overview = overviewOf(loaded, period);
  report.end();
  return { validation: loaded.validation, overview };
}

/** What 生成排名 / 生成通报 writes, once the ledger was valid and the user answered about taken names. */
export interface GenerationPlan {
  ledger: Ledger;
  period: Period;
  /** The sheets as read, for where suggested 加减分 would go. */
  book: WorkbookInput;
  outputs: MonthOutputs;
  /** One for each of outputs.sheets, in order. */
  targets: SheetTarget[];
  tableName: string;
}

/**
 * 生成排名 / 生成通报 between reading and writing, as every host does it: a ledger with an 错误 is
 * refused with its problems, the month computed, and every taken name asked about before
 * anything is written (so a cancel writes nothing).
 */
export async function planGeneration(
  loaded: LoadedBook,
  period: Period,
  withBulletin: boolean,
  onConflict: OnConflict,
  report: ReturnType<typeof stepReporter>,
): Promise<GenerationPlan | Exclude<GenerateResult, { kind: 'done' }>> {
  report.step('校验台账');
  const { validation } = loaded;
  const ledger = loaded.result.ledger;
  if (validation.errors > 0 || !ledger) return { kind: 'invalid', validation };
  report.step('计算排名');
  if (withBulletin) report.step('生成通报');
  const outputs = monthOutputs(ledger, period, withBulletin);
  const targets = await chooseTargets(outputs.sheets, loaded.names.sheets, loaded.sources, onConflict);
  if (!targets) return { kind: 'cancelled' };
  report.step('写入工作表');
  return { ledger, period, book: loaded.book, outputs, targets, tableName: rankingTableName(period, loaded.names.tables) };
}

/** The result of a plan written, with the progress ended; after a bulletin, the month's suggested 加减分 offered. */
export function generated(plan: GenerationPlan, report: ReturnType<typeof stepReporter>): GenerateResult {
  report.end();
  const done = { kind: 'done' as const, sheets: plan.targets.map((t) => t.name), units: plan.outputs.scores.length, overdueItems: plan.outputs.overdueItems };
  const suggestions = plan.outputs.bulletin ? suggestionOffer(plan.ledger, plan.period, plan.book) : null;
  return suggestions ? { ...done, suggestions } : done;
}

/** The presets to offer, and the one the book's 规则 sheet names (the book holds at least that sheet's values). */
export function presetInfo(book: WorkbookInput): PresetInfo {
  const rules = findSheet(book, 'rules');
  const fromRules = rules ? namedPreset(readTable(rules, RULES_COLUMNS, [])) : null;
  return { available: Object.keys(PRESETS) as PresetName[], fromRules };
}

/** The layout with its sheets under the names they really get (`单位 (2)` when 单位 is taken). */
function renamedLayout(layout: TemplateLayout, names: ReadonlyMap<string, string>): TemplateLayout {
  const rename = (name: string) => names.get(name) ?? name;
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      name: rename(sheet.name),
      columns: sheet.columns.map((column) => {
        const source = column.dropDown?.source;
        if (!column.dropDown || source?.kind !== 'column') return column;
        return { ...column, dropDown: { ...column.dropDown, source: { ...source, sheet: rename(source.sheet) } } };
      }),
    })),
  };
}

/** 新建台账模板 beside the sheets `taken`: never a replaced sheet, a taken name gets `(2)`. */
export function templateBeside(year: number, taken: readonly string[]): TemplateLayout {
  const layout = templateLayout(year);
  const names = new Map<string, string>();
  const all = [...taken];
  for (const sheet of layout.sheets) {
    const name = uniqueSheetName(sheet.name, all);
    names.set(sheet.name, name);
    all.push(name);
  }
  return renamedLayout(layout, names);
}

/** The 列对应 plan for these choices on the workbook's 规则 sheet as it is now (null: there is none). */
export function columnMapProposal(rules: SheetInput | null, choices: readonly ColumnChoice[]): ColumnMapProposal {
  return { sheet: rules?.name ?? SHEET_NAMES.rules[0], choices, plan: planColumnMap(rules?.values ?? null, choices) };
}

/**
 * Refuses a confirmed proposal when the 规则 sheet, read again, no longer gives the same plan (a
 * row added or changed since the preview): nothing is written then.
 */
export function checkProposalCurrent(confirmed: ColumnMapProposal, now: ColumnMapProposal): void {
  if (now.sheet !== confirmed.sheet || JSON.stringify(now.plan) !== JSON.stringify(confirmed.plan)) {
    throw new Error(ACTION_TEXT.columnMapStale(confirmed.sheet));
  }
}
