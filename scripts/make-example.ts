// Builds examples/ledger-2026.xlsx, the bundled example ledger of the fictional 青川市 as it stands
// at the end of October 2026. Seeded, so every run writes the same cell values; docs and tests
// can quote its numbers. Run as a script, it also writes examples/field-ledger-2026.xlsx, a
// county's ledger kept its own way (example/fieldLedger.ts).
//   node dist-node/scripts/make-example.js [outPath]
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { WorkCalendar } from '../src/engine/calendar/calendar';
import { dayOf, ymdOf } from '../src/engine/calendar/dates';
import type { Day } from '../src/engine/model';
import { ADJUSTMENT_COLUMNS, HOLIDAY_COLUMNS, TEMPLATE_LEDGER_COLUMNS, REPORT_COLUMNS, ROSTER_COLUMNS, RULES_COLUMNS } from '../src/engine/read/schema';
import { generateAdjustments } from './example/adjustments';
import { writeFieldExample } from './example/fieldLedger';
import { generateLedger, type LedgerRow, type TextDate } from './example/ledger';
import { Rng } from './example/random';
import { GRACE_WORKDAYS, generateReports } from './example/reports';
import { CLOSING_TEXT } from './example/tasks';
import { UNITS } from './example/units';

export const DEFAULT_OUT = path.join('examples', 'ledger-2026.xlsx');
const SEED = 20261031;
/** The 报送 sheet draws from its own sequence, so the rows before it stay as they were. */
const REPORT_SEED = 20261101;
/** Fixed metadata, so the workbook's properties do not change from run to run either. */
const STAMP = new Date(Date.UTC(2026, 10, 2, 9, 0, 0));
const DATE_FORMAT = 'yyyy-mm-dd';

/** The 节假日 overrides the example shows; the generator's calendar honours them too. */
const HOLIDAYS: readonly { day: Day; work: boolean; note: string }[] = [
  { day: dayOf(2026, 10, 9), work: false, note: '示例：市政府通知增加的休息日，覆盖内置节假日日历' },
  { day: dayOf(2026, 10, 10), work: true, note: '国庆调休上班（与内置日历一致，列出以示“班”的写法）' },
];

export interface ExampleSummary {
  path: string;
  units: number;
  ledgerRows: number;
  items: number;
  adjustments: number;
  reports: number;
}

/** ExcelJS stores a date cell's day by its UTC fields; UTC midnight keeps every time zone on it. */
function jsDate(day: Day): Date {
  const { year, month, day: d } = ymdOf(day);
  return new Date(Date.UTC(year, month - 1, d));
}

function textDate(day: Day, style: TextDate): string {
  const { year, month, day: d } = ymdOf(day);
  return style === 'slash' ? `${year}/${month}/${d}` : `${year}年${month}月${d}日`;
}

type CellInput = string | number | Date | null;

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
  rows: readonly CellInput[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center' };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  for (const values of rows) {
    const row = ws.addRow(values.map((v) => v ?? null));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  }
  return ws;
}

function ledgerCells(r: LedgerRow): CellInput[] {
  const date = (day: Day | null, style?: TextDate) => (day === null ? null : style ? textDate(day, style) : jsDate(day));
  const byKey: Record<(typeof TEMPLATE_LEDGER_COLUMNS)[number]['key'], CellInput> = {
    id: r.id,
    content: r.content,
    unit: r.unitWritten,
    cooperators: r.cooperatorsWritten.join('、') || null,
    importance: r.importance,
    assigned: date(r.assigned, r.textDates.assigned),
    deadline: date(r.deadline),
    extendedTo: date(r.extendedTo),
    completed: date(r.status === '已销号' ? null : r.completed, r.textDates.completed),
    status: r.status,
    requirement: r.requirement,
    standard: r.standard,
    effect: r.effect,
    owner: r.owner,
    supervisor: r.supervisor,
    source: r.origin,
  };
  return TEMPLATE_LEDGER_COLUMNS.map((c) => byKey[c.key]);
}

export function buildWorkbook(): { workbook: ExcelJS.Workbook; summary: Omit<ExampleSummary, 'path'> } {
  const rng = new Rng(SEED);
  const cal = new WorkCalendar(HOLIDAYS.map(({ day, work }) => ({ day, work })));
  const ledger = generateLedger(rng, cal);
  const adjustments = generateAdjustments(rng, cal, ledger);
  const reports = generateReports(new Rng(REPORT_SEED), cal, ledger, adjustments);

  const wb = new ExcelJS.Workbook();
  wb.creator = '青川市人民政府督查室';
  wb.lastModifiedBy = '青川市人民政府督查室';
  wb.title = '青川市2026年督查台账（示例）';
  wb.created = STAMP;
  wb.modified = STAMP;

  const ledgerSheet = addSheet(
    wb,
    '台账',
    TEMPLATE_LEDGER_COLUMNS.map((c) => c.header),
    [13, 60, 22, 32, 10, 12, 12, 12, 12, 10, 44, 34, 34, 18, 10, 12, 12, 12, 12],
    ledger.map(ledgerCells),
  );
  ledgerSheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TEMPLATE_LEDGER_COLUMNS.length } };

  addSheet(
    wb,
    '单位',
    ROSTER_COLUMNS.map((c) => c.header),
    [28, 14, 24],
    UNITS.map((u) => [u.name, u.category, u.aliases.join('、') || null]),
  );

  addSheet(
    wb,
    '加减分',
    ADJUSTMENT_COLUMNS.map((c) => c.header),
    [12, 24, 14, 18, 8, 13, 52],
    // 分值 stays blank: the preset's table gives the points, and a typed value would silently
    // outlive a later correction of 级别.
    adjustments.map((a) => [jsDate(a.date), a.unit, a.category, a.level || null, null, a.relatedItem, a.note]),
  );

  addSheet(
    wb,
    '报送',
    REPORT_COLUMNS.map((c) => c.header),
    [12, 13, 22, 60],
    reports.map((r) => [jsDate(r.date), r.id, r.unitWritten, r.content]),
  );

  addSheet(wb, '规则', RULES_COLUMNS.map((c) => c.header), [16, 100], [
    ['规则集', 'sanmenxia-2019'],
    ['下步工作要求', CLOSING_TEXT],
    ['报送宽限工作日', GRACE_WORKDAYS],
  ]).getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  addSheet(wb, '节假日', [...HOLIDAY_COLUMNS.map((c) => c.header), '说明'], [12, 8, 50], HOLIDAYS.map((h) => [
    jsDate(h.day),
    h.work ? '班' : '休',
    h.note,
  ]));

  return {
    workbook: wb,
    summary: {
      units: UNITS.length,
      ledgerRows: ledger.length,
      items: new Set(ledger.map((r) => r.id)).size,
      adjustments: adjustments.length,
      reports: reports.length,
    },
  };
}

export async function main(outPath: string = DEFAULT_OUT): Promise<ExampleSummary> {
  const { workbook, summary } = buildWorkbook();
  mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  await workbook.xlsx.writeFile(outPath);
  return { path: outPath, ...summary };
}

if (require.main === module) {
  main(process.argv[2])
    .then(async (s) => {
      console.log(`${s.path}: ${s.units} 个单位，台账 ${s.ledgerRows} 行（${s.items} 个事项），加减分 ${s.adjustments} 条，报送 ${s.reports} 条`);
      console.log(`${await writeFieldExample()}: 临江县自有格式的台账（标题、分类行、合并单元格、一格多个单位、是否办结）`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    });
}
