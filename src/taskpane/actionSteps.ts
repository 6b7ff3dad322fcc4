// The host-neutral part of the task pane's actions (TaskpaneActions in actions.ts): the month, the
// progress steps, the validation summary, the preset the 规则 sheet names, the template's sheet
// names. Each host adapter (Office.js in excel/, WPS in src/wps) reads and writes around these.
import type { Period, PresetName, Problem, WorkbookInput } from '../engine/model';
import { periodOf } from '../engine/calendar/period';
import { parseDate } from '../engine/read/dateText';
import type { ReadResult } from '../engine/read/readLedger';
import { ledgerPlace, monthOverview, overviewPeriod, type MonthOverview } from '../engine/report/overview';
import { PRESETS } from '../engine/rules/presets';
import { namedPreset } from '../engine/read/ruleSheet';
import { RULES_COLUMNS } from '../engine/read/schema';
import { findSheet, readTable } from '../engine/read/table';
import { countProblems } from '../engine/report/problemCount';
import { uniqueSheetName } from '../engine/report/sheetLayout';
import { templateLayout, type TemplateLayout } from '../engine/report/templateLayout';
import type { OnProgress, OverviewRequest, PresetInfo, Step, ValidationResult } from './actions';
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

/** The overview of a read without 错误; null otherwise, as a generation would refuse it too. */
export function overviewOf(result: ReadResult, period: Period): MonthOverview | null {
  const place = ledgerPlace(result);
  if (!result.ledger || !place || countProblems(result.problems).errors > 0) return null;
  return monthOverview(result.ledger, period, place);
}

export function validationSummary(problems: readonly Problem[]): ValidationResult {
  return { problems, ...countProblems(problems) };
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
