import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { addMonths, dayOf, ymdOf } from '../../src/engine/calendar/dates';
import { parseDate } from '../../src/engine/read/dateText';
import type { CellValue, Day, WorkbookInput } from '../../src/engine/model';
import { readLedger } from '../../src/engine/read/readLedger';
import { SANMENXIA_2019 } from '../../src/engine/rules/sanmenxia2019';
import { rankMonth } from '../../src/engine/score/rank';
import { ADJUSTMENT_COLUMNS, REPORT_COLUMNS, ROSTER_COLUMNS, RULES_COLUMNS, TEMPLATE_LEDGER_COLUMNS } from '../../src/engine/read/schema';
import { main } from '../../scripts/make-example';
import { FIELD_EXAMPLE, writeFieldExample } from '../../scripts/example/fieldLedger';
import { xlsxParts } from './xlsxParts';

type Record_ = Record<string, CellValue>;

/** A sheet's rows as objects keyed by the schema's column keys, found by their header text. */
function readRows(ws: ExcelJS.Worksheet, columns: readonly { key: string; header: string }[]): Record_[] {
  const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const index = new Map(columns.map((c) => [c.key, headers.indexOf(c.header)]));
  for (const [key, i] of index) if (i < 1) throw new Error(`${ws.name}: no column for ${key}`);
  const out: Record_[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const rec: Record_ = {};
    for (const [key, i] of index) {
      const v = row.getCell(i).value;
      rec[key] = v === undefined ? null : (v as CellValue);
    }
    out.push(rec);
  });
  return out;
}

function day(v: CellValue): Day | null {
  const p = parseDate(v, 2026);
  if (p === null) return null;
  if (!p.ok || p.yearAssumed) throw new Error(`bad date ${String(v)}`);
  return p.day;
}

/** Each roster name and alias → the roster name. */
function rosterNames(units: readonly Record_[]): Map<string, string> {
  const canonical = new Map<string, string>();
  for (const u of units) {
    canonical.set(String(u.name), String(u.name));
    for (const a of String(u.aliases ?? '').split('、').filter(Boolean)) canonical.set(a, String(u.name));
  }
  return canonical;
}

/** Every cell's value of every sheet, for comparing two runs. */
function dump(wb: ExcelJS.Workbook): string {
  const sheets = wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((row) => rows.push(row.values));
    return [ws.name, rows];
  });
  return JSON.stringify(sheets);
}

/** The workbook as the engine reads it: every sheet's used range, cell by cell. */
function toInput(book: ExcelJS.Workbook): WorkbookInput {
  return {
    sheets: book.worksheets.map((ws) => {
      const values: CellValue[][] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const row: CellValue[] = [];
        for (let c = 1; c <= ws.columnCount; c++) {
          const v = ws.getRow(r).getCell(c).value;
          row.push(v === undefined ? null : (v as CellValue));
        }
        values.push(row);
      }
      return { name: ws.name, values };
    }),
  };
}

describe('make-example', () => {
  let dir: string;
  let wb: ExcelJS.Workbook;
  let secondRun: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-example-'));
    const first = await main(path.join(dir, 'a', 'ledger.xlsx'));
    const second = await main(path.join(dir, 'b.xlsx'));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first.path);
    secondRun = new ExcelJS.Workbook();
    await secondRun.xlsx.readFile(second.path);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };

  it('has every sheet with a bold, frozen header row', () => {
    for (const name of ['台账', '单位', '加减分', '报送', '规则', '节假日']) {
      const ws = sheet(name);
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('is deterministic', () => {
    expect(dump(secondRun)).toBe(dump(wb));
  });

  it('has a roster of about 30 units in both categories', () => {
    const units = readRows(sheet('单位'), ROSTER_COLUMNS);
    expect(units.length).toBeGreaterThanOrEqual(28);
    expect(units.length).toBeLessThanOrEqual(32);
    expect(units.filter((u) => u.category === '县（市、区）').length).toBeGreaterThanOrEqual(6);
    expect(units.filter((u) => u.category === '市直单位').length).toBeGreaterThanOrEqual(18);
    expect(units.filter((u) => u.aliases !== null).length).toBeGreaterThanOrEqual(5);
  });

  it('has a valid ledger of about 300 rows', () => {
    const canonical = rosterNames(readRows(sheet('单位'), ROSTER_COLUMNS));
    const rows = readRows(sheet('台账'), TEMPLATE_LEDGER_COLUMNS);
    expect(rows.length).toBeGreaterThanOrEqual(270);
    expect(rows.length).toBeLessThanOrEqual(330);

    const keys = new Set<string>();
    let extended = 0;
    let cancelled = 0;
    let aliased = 0;
    let textDates = 0;
    const byId = new Map<string, number>();
    for (const r of rows) {
      const unit = canonical.get(String(r.unit));
      expect(unit).toBeDefined();
      if (unit !== r.unit) aliased++;
      for (const c of String(r.cooperators ?? '').split('、').filter(Boolean)) expect(canonical.has(c)).toBe(true);
      const key = `${String(r.id)}|${unit}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
      byId.set(String(r.id), (byId.get(String(r.id)) ?? 0) + 1);
      expect(String(r.id)).toMatch(/^DC-2026-\d{3}$/);
      for (const k of ['content', 'importance', 'requirement', 'standard', 'effect', 'owner', 'supervisor']) {
        expect(r[k]).toEqual(expect.any(String));
      }
      if (typeof r.assigned === 'string' || typeof r.completed === 'string') textDates++;

      const assigned = day(r.assigned) as Day;
      const deadline = day(r.deadline) as Day;
      const extendedTo = day(r.extendedTo);
      const completed = day(r.completed);
      expect(deadline).toBeGreaterThanOrEqual(assigned);
      if (extendedTo !== null) {
        extended++;
        expect(extendedTo).toBeGreaterThan(deadline);
        expect(extendedTo).toBeLessThanOrEqual(addMonths(deadline, 2));
      }
      if (completed !== null) expect(completed).toBeGreaterThanOrEqual(assigned);
      if (r.status === '已办结') expect(completed).not.toBeNull();
      if (r.status === '办理中') expect(completed).toBeNull();
      if (r.status === '已销号') {
        cancelled++;
        expect(completed).toBeNull();
      }
    }
    expect(extended).toBeGreaterThanOrEqual(3);
    expect(cancelled).toBeGreaterThanOrEqual(2);
    expect(aliased).toBeGreaterThan(0);
    expect(textDates).toBeGreaterThanOrEqual(2);
    expect([...byId.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(5);
    expect(rows.some((r) => String(r.cooperators ?? '').includes('、'))).toBe(true);
  });

  it('has adjustments in every sanmenxia-2019 category, each tied to a ledger item', () => {
    const ledger = readRows(sheet('台账'), TEMPLATE_LEDGER_COLUMNS);
    const units = new Set(readRows(sheet('单位'), ROSTER_COLUMNS).map((u) => String(u.name)));
    const adjustments = readRows(sheet('加减分'), ADJUSTMENT_COLUMNS);
    expect(adjustments.length).toBeGreaterThanOrEqual(35);
    expect(adjustments.length).toBeLessThanOrEqual(50);

    const categories = new Set(adjustments.map((a) => a.category));
    for (const c of SANMENXIA_2019.adjustmentCategories) expect(categories).toContain(c.name);

    for (const a of adjustments) {
      expect(units.has(String(a.unit))).toBe(true);
      const rule = SANMENXIA_2019.adjustmentCategories.find((c) => c.name === a.category);
      expect(Object.keys(rule?.points ?? {})).toContain(a.level === null ? '' : String(a.level));
      const items = ledger.filter((r) => r.id === a.relatedItem);
      expect(items.length).toBeGreaterThan(0);
      if (a.category === '配合不力') {
        expect(items.some((r) => String(r.cooperators ?? '').length > 0)).toBe(true);
      }
      expect(day(a.date)).toBeGreaterThanOrEqual(day(items[0].assigned) as Day);
    }

    const praisedTwice = adjustments.filter((a) => a.category === '通报表扬').filter((a, _, all) =>
      all.some((b) => b !== a && b.unit === a.unit && b.relatedItem === a.relatedItem),
    );
    expect(new Set(praisedTwice.map((a) => a.level))).toEqual(new Set(['省', '市']));
  });

  it('has a 报送 sheet of monthly progress reports, each by a responsible unit of its item before it was completed', () => {
    const canonical = rosterNames(readRows(sheet('单位'), ROSTER_COLUMNS));
    const ledger = readRows(sheet('台账'), TEMPLATE_LEDGER_COLUMNS);
    const reports = readRows(sheet('报送'), REPORT_COLUMNS);
    expect(reports.length).toBeGreaterThanOrEqual(80);
    let aliased = 0;
    const months = new Set<number>();
    for (const r of reports) {
      const unit = canonical.get(String(r.unit));
      if (unit !== r.unit) aliased++;
      const row = ledger.find((l) => l.id === r.id && canonical.get(String(l.unit)) === unit);
      expect(row).toBeDefined();
      const date = day(r.date) as Day;
      expect(date).toBeGreaterThan(day(row!.assigned) as Day);
      expect(date).toBeLessThanOrEqual(day('2026-10-31') as Day);
      if (row!.completed !== null) expect(date).toBeLessThan(day(row!.completed) as Day);
      expect(String(r.content)).toMatch(/^\d{1,2}月进展：/);
      months.add(ymdOf(date).month);
    }
    expect(aliased).toBeGreaterThan(0);
    expect(months.size).toBeGreaterThanOrEqual(8);
    expect(readRows(sheet('规则'), RULES_COLUMNS)).toContainEqual({ name: '报送宽限工作日', value: 3 });
  });

  it('names each item\'s 事项来源, leader instructions among them', () => {
    const ledger = readRows(sheet('台账'), TEMPLATE_LEDGER_COLUMNS);
    const sources = new Set(ledger.map((r) => r.source));
    expect(sources).toEqual(new Set(['常务会议', '政府工作报告', '市长办公会议', '领导批示', '专题会议']));
    for (const r of ledger.filter((l) => l.source === '领导批示')) expect(String(r.content)).toContain('批示');
  });

  it('passes the engine\'s validation without an 错误 or 警告', () => {
    const result = readLedger(toInput(wb), { reportYear: 2026 });
    expect(result.fatal).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.ledger?.items.length).toBe(readRows(sheet('台账'), TEMPLATE_LEDGER_COLUMNS).length);
    expect(result.ledger?.rules.preset).toBe('sanmenxia-2019');
  });

  it('names the rule set and the closing text', () => {
    const rules = readRows(sheet('规则'), RULES_COLUMNS);
    expect(rules).toContainEqual({ name: '规则集', value: 'sanmenxia-2019' });
    expect(String(rules.find((r) => r.name === '下步工作要求')?.value).length).toBeGreaterThan(50);
  });
});

describe('the field-style example (examples/field-ledger-2026.xlsx)', () => {
  let dir: string;
  let book: WorkbookInput;
  const OCTOBER = { year: 2026, month: 10, asOf: dayOf(2026, 10, 31) };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-field-example-'));
    book = await readWorkbookFile(await writeFieldExample(path.join(dir, 'field.xlsx')));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));


  it('is the committed file, part for part', async () => {
    expect(await xlsxParts(path.join(dir, 'field.xlsx'))).toEqual(await xlsxParts(FIELD_EXAMPLE));
  });

  it('is laid out as a county keeps its ledger, not as the template', () => {
    const [ledger, units] = book.sheets;
    expect(ledger.values[0][0]).toBe('临江县2026年县委县政府重点工作督办台账');
    expect(ledger.values[2]).toContain('是否办结');
    expect(ledger.values[2]).not.toContain('办结日期');
    expect(ledger.values.flat()).toContain('6月底前');
    expect(ledger.values.flat()).toContain('县生态环境分局、县水利局、县农业农村局');
    expect(ledger.merged).toEqual(expect.arrayContaining(['A10:A12', 'B10:B12', 'F10:F12']));
    expect(units.values[0]).toEqual(['单位名称', '单位类别']);
    expect(String(ledger.values[ledger.values.length - 1][0])).toMatch(/^备注：/);
  });

  it('is read without an 错误, telling what it assumed', () => {
    const result = readLedger(book, { reportYear: 2026, asOf: OCTOBER.asOf });
    expect(result.problems.filter((p) => p.severity === '错误')).toEqual([]);
    const reading = result.readings[0];
    expect(reading.headerRows).toEqual([3]);
    expect(reading.sections.map((s) => s.text)).toEqual(['一、项目建设', '二、民生实事', '三、生态环保', '四、社会治理']);
    expect(reading.mergedAreas).toBe(5);
    // 7 rows say 是 without a date; 11 is 长期坚持; 15 deadlines are months or periods.
    expect(reading.assumptions).toEqual([
      expect.stringMatching(/^「台账」表有 1 个事项的办理时限是长期或周期性要求/),
      expect.stringMatching(/^「办理时限」有 15 格写的是月份、时段或起止范围/),
      expect.stringMatching(/^台账没有「办结日期」列：标为已办结的 7 个事项/),
    ]);
  });

  it('ranks October by hand (sanmenxia-2019: 县直单位 and 乡镇 have no 月排名加分 cut-off)', () => {
    const { ledger } = readLedger(book, { reportYear: 2026, asOf: OCTOBER.asOf });
    // At 10-31 (是 counts as done on min(D, 10-31), 按期):
    //   1 住建+城管 6月底前 是 · 2 交通 2026.9 否 → 逾期 · 3 发改 年底 否 · 4 卫健 8月底 是
    //   5 城关, 河口 是, 青石 否 (merged sub-rows, 三季度 → 9-30: 青石 逾期) · 6 城管 6月底前 否 → 逾期
    //   7 教育 8月底前 是 · 8 住建 年底 否 · 9 生态环境, 水利, 农业农村 是 · 10 水利 10月底 = asOf → 在办
    //   11 各乡镇 = 4 towns, 长期坚持 → 在办 · 12 应急 2026.7 是 · 13 城管+住建 9月30日前 否 → 逾期
    //   14 教育 11月底前 → 在办 · 15 白沙 年底 → 在办
    // maxN 3 (住建, 城管): coefficient n 1 → 2/3, n 2 → 5/6, n 3 → 1.
    //   教育, 水利, 城关, 河口: due 1 done 1 → 83.33;  白沙: nothing due → 83.33
    //   发改 (nothing due), 卫健, 生态环境, 农业农村, 应急 (due 1 done 1) → 66.67
    //   住建 due 2 done 1 → 50;  城管 due 3 done 1 → 33.33;  交通, 青石 → 0
    const rows = rankMonth(ledger!, OCTOBER).map((r) => [r.unit, r.items, r.completed, r.overdue, r.score, r.rank]);
    expect(rows).toEqual([
      ['县教育局', 2, 1, 0, 83.33, 1],
      ['县水利局', 2, 1, 0, 83.33, 1],
      ['县发改局', 1, 0, 0, 66.67, 3],
      ['县卫健局', 1, 1, 0, 66.67, 3],
      ['县生态环境分局', 1, 1, 0, 66.67, 3],
      ['县农业农村局', 1, 1, 0, 66.67, 3],
      ['县应急管理局', 1, 1, 0, 66.67, 3],
      ['县住建局', 3, 1, 1, 50, 8],
      ['县城管局', 3, 1, 2, 33.33, 9],
      ['县交通运输局', 1, 0, 1, 0, 10],
      ['城关镇', 2, 1, 0, 83.33, 1],
      ['河口乡', 2, 1, 0, 83.33, 1],
      ['白沙镇', 2, 0, 0, 83.33, 1],
      ['青石镇', 2, 0, 1, 0, 4],
    ]);
  });
});
