// The empty ledger workbook that `duban template` writes (and the task pane can create): sheets,
// headers from schema.ts, drop-down lists, date columns, one example row and the ledger's lights.
import { cellAddress, columnLetters } from '../cellAddress';
import { dayOf } from '../calendar/dates';
import { LIST_PROMPTS, TEMPLATE_EXAMPLE as EX } from './layoutText';
import {
  type ColumnSpec,
  type SheetKind,
  ADJUSTMENT_COLUMNS,
  HOLIDAY_COLUMNS,
  IMPORTANCE_ALIASES,
  TEMPLATE_LEDGER_COLUMNS,
  ROSTER_COLUMNS,
  RULES_COLUMNS,
  SHEET_NAMES,
  STATUS_CHOICES,
} from '../read/schema';
import { SANMENXIA_2019 } from '../rules/sanmenxia2019';
import type { ColumnFormat, LayoutCell } from './cellFormat';

/** A drop-down: fixed values, or the cells of another template column (the roster's names). */
export type ListSource =
  | { kind: 'values'; values: readonly string[] }
  | { kind: 'column'; sheet: string; header: string };

export interface DropDown {
  source: ListSource;
  /** 'stop' refuses other text; 'warning' lets staff keep an alias or another preset's word. */
  strictness: 'stop' | 'warning';
  error: string;
}

export interface TemplateColumn {
  header: string;
  required: boolean;
  format: ColumnFormat;
  width: number;
  dropDown: DropDown | null;
}

/** A conditional format over the data rows; `formula` is written for the first data row (row 2). */
export interface Highlight {
  formula: string;
  /** RRGGBB */
  fill: string;
}

export interface TemplateSheet {
  name: string;
  columns: readonly TemplateColumn[];
  /** Row 2; dates as Excel serials. */
  example: readonly LayoutCell[];
  highlights: readonly Highlight[];
}

export interface TemplateLayout {
  sheets: readonly TemplateSheet[];
  /** Drop-downs and highlights cover rows 2 … lastRow. */
  lastRow: number;
}

const LAST_ROW = 2000;
const DATE_KEYS = new Set(['assigned', 'deadline', 'extendedTo', 'completed', 'date']);
const WIDTHS: Readonly<Record<string, number>> = { content: 36, unit: 20, cooperators: 20, name: 22, note: 30, value: 24 };

const unique = (values: readonly string[]): string[] => [...new Set(values)];
const sheetName = (kind: SheetKind): string => SHEET_NAMES[kind][0];
const header = (columns: readonly ColumnSpec[], key: string): string => columns.find((c) => c.key === key)!.header;

const values = (list: readonly string[], strictness: DropDown['strictness'] = 'stop'): DropDown => ({
  source: { kind: 'values', values: list },
  strictness,
  error: strictness === 'stop' ? LIST_PROMPTS.pickOnly : LIST_PROMPTS.notInList,
});

const ROSTER_LIST: DropDown = {
  source: { kind: 'column', sheet: sheetName('roster'), header: header(ROSTER_COLUMNS, 'name') },
  // The ledger may name a unit by its 别名, which is not in the list.
  strictness: 'warning',
  error: LIST_PROMPTS.unitError,
};

// 级别 words the sanmenxia-2019 table uses, in the seed's column order.
const LEVELS = unique(SANMENXIA_2019.adjustmentCategories.flatMap((c) => Object.keys(c.points)).filter((l) => l !== ''));

const DROP_DOWNS: Readonly<Record<string, DropDown>> = {
  importance: values(unique(Object.values(IMPORTANCE_ALIASES))),
  status: values(STATUS_CHOICES),
  // Other presets name other categories and levels, so these only warn.
  category: values(SANMENXIA_2019.adjustmentCategories.map((c) => c.name), 'warning'),
  level: values(LEVELS, 'warning'),
};

function columnsOf(specs: readonly ColumnSpec[], dropDowns: Readonly<Record<string, DropDown>>): TemplateColumn[] {
  return specs.map((spec) => ({
    header: spec.header,
    required: spec.required,
    format: DATE_KEYS.has(spec.key) ? 'date' : spec.key === 'points' ? 'score' : 'text',
    width: WIDTHS[spec.key] ?? 12,
    dropDown: dropDowns[spec.key] ?? null,
  }));
}

/**
 * The ledger's lights (SPEC §1 临期工作日): an open row past its effective deadline is red, one due
 * within `dueSoonWorkdays` working days is yellow. WORKDAY knows weekends only, not the Chinese
 * holiday calendar; the engine's own statuses are exact, these colours are a reminder while typing.
 */
function ledgerHighlights(dueSoonWorkdays: number): Highlight[] {
  const at = (key: string) => `$${columnLetters(TEMPLATE_LEDGER_COLUMNS.findIndex((c) => c.key === key))}2`;
  const deadline = `IF(${at('extendedTo')}="",${at('deadline')},${at('extendedTo')})`;
  const open = `${at('completed')}="",NOT(ISNUMBER(SEARCH("销号",${at('status')}))),${at('deadline')}<>""`;
  return [
    { formula: `AND(${open},${deadline}<TODAY())`, fill: 'FFC7CE' },
    { formula: `AND(${open},${deadline}>=TODAY(),${deadline}<=WORKDAY(TODAY(),${dueSoonWorkdays}))`, fill: 'FFEB9C' },
  ];
}

/** The template workbook; `year` dates the example rows so they fall in the year staff start in. */
export function templateLayout(year: number): TemplateLayout {
  const example = ledgerExampleRow(year);
  return {
    lastRow: LAST_ROW,
    sheets: [
      {
        name: sheetName('ledger'),
        columns: columnsOf(TEMPLATE_LEDGER_COLUMNS, { ...DROP_DOWNS, unit: ROSTER_LIST }),
        example,
        highlights: ledgerHighlights(SANMENXIA_2019.params.dueSoonWorkdays),
      },
      {
        name: sheetName('roster'),
        columns: columnsOf(ROSTER_COLUMNS, {
          category: values(SANMENXIA_2019.unitCategories, 'warning'),
        }),
        example: [EX.unit, EX.unitCategory, EX.unitAlias],
        highlights: [],
      },
      {
        name: sheetName('adjustments'),
        columns: columnsOf(ADJUSTMENT_COLUMNS, { ...DROP_DOWNS, unit: ROSTER_LIST }),
        example: [dayOf(year, 6, 15), EX.unit, '通报表扬', '市', null, EX.itemId, EX.adjustmentNote],
        highlights: [],
      },
      {
        name: sheetName('rules'),
        columns: columnsOf(RULES_COLUMNS, {}),
        example: [EX.ruleName, SANMENXIA_2019.preset],
        highlights: [],
      },
      {
        name: sheetName('holidays'),
        columns: columnsOf(HOLIDAY_COLUMNS, { type: values(['休', '班']) }),
        example: [dayOf(year, 10, 1), EX.holidayType],
        highlights: [],
      },
    ],
  };
}

function ledgerExampleRow(year: number): LayoutCell[] {
  const byKey: Readonly<Record<string, LayoutCell>> = {
    id: EX.itemId,
    content: EX.content,
    unit: EX.unit,
    importance: '比较重要',
    assigned: dayOf(year, 5, 6),
    deadline: dayOf(year, 6, 30),
    status: EX.status,
    requirement: EX.requirement,
    standard: EX.standard,
    effect: EX.effect,
    owner: EX.owner,
    supervisor: EX.supervisor,
  };
  return TEMPLATE_LEDGER_COLUMNS.map((c) => byKey[c.key] ?? null);
}

/** `'单位'!$A$2:$A$2000`: the range a 'column' list points at, for a list validation's formula. */
export function listRange(layout: TemplateLayout, source: Extract<ListSource, { kind: 'column' }>): string {
  const sheet = layout.sheets.find((s) => s.name === source.sheet)!;
  const letter = columnLetters(sheet.columns.findIndex((c) => c.header === source.header));
  return `'${sheet.name}'!$${letter}$2:$${letter}$${layout.lastRow}`;
}

/** `E2:E2000`: the data cells of one template column. */
export function dataRange(layout: TemplateLayout, columnIndex: number): string {
  return `${cellAddress(1, columnIndex)}:${cellAddress(layout.lastRow - 1, columnIndex)}`;
}
