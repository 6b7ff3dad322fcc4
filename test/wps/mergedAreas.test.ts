// Merged areas in WPS (SPEC §1.1 (5)): found by bisecting the used range with Range.MergeCells and
// asking one cell's MergeArea, so a field ledger reads in WPS as in Excel and the CLI, in calls that
// grow with the merged areas, not the cells; a sheet with too many is read as unmerged, with a 警告.
import * as path from 'path';
import fc from 'fast-check';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { periodFor } from '../../src/taskpane/actionSteps';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { sourceSheets } from '../../src/taskpane/sourceSheets';
import { readLedger } from '../../src/engine/read/readLedger';
import type { WorkbookInput } from '../../src/engine/model';
import { findMergedAreas, MERGE_CALL_BUDGET } from '../../src/wps/mergedAreas';
import { readNames, readSheets } from '../../src/wps/readBook';
import { createWpsActions } from '../../src/wps/wpsActions';
import { installFakeOffice, type SheetData, type WorkbookData } from '../taskpane/fakeExcel';
import { parseAddress, rectAddress } from '../taskpane/fakeModel';
import { FIELD_LEDGER, FIELD_LEDGER_SHEET } from '../taskpane/fieldLedger';
import { FakeWps } from './fakeWps';

const MONTH = '2026-10';
const noProgress = () => undefined;
const sorted = (areas: readonly string[] | undefined) => [...(areas ?? [])].sort();

/** The source sheets as the WPS adapter reads them for the ledger, and the calls that took. */
function readThroughWps(data: WorkbookData): { book: WorkbookInput; calls: number } {
  const fake = new FakeWps(data);
  const names = readNames(fake);
  const before = fake.calls;
  const book = readSheets(fake, names, sourceSheets(names.sheets), MERGE_CALL_BUDGET);
  return { book, calls: fake.calls - before };
}

describe('the fake models MergeCells and MergeArea as Excel answers them', () => {
  const fake = new FakeWps({ sheets: [{ name: 'a', values: [['标题'], [], ['x', 'y']], merged: ['A1:C1', 'A2:A3', 'B2:B3'] }] });
  const sheet = fake.ActiveWorkbook.Worksheets.Item('a');

  test('MergeCells: true inside one area or several, false with none, null when mixed', () => {
    expect(sheet.Range('B1').MergeCells).toBe(true);
    expect(sheet.Range('A1:C1').MergeCells).toBe(true);
    // A2:A3 and B2:B3 are two areas: every cell is merged.
    expect(sheet.Range('A2:B3').MergeCells).toBe(true);
    expect(sheet.Range('C2:C3').MergeCells).toBe(false);
    expect(sheet.Range('A1:C3').MergeCells).toBeNull();
  });

  test('MergeArea of a cell is its area, or the cell itself; of more than one cell it is not modelled', () => {
    expect(sheet.Range('A3').MergeArea.Address(false, false)).toBe('A2:A3');
    expect(sheet.Range('C1').MergeArea.Address(false, false)).toBe('A1:C1');
    expect(sheet.Range('C3').MergeArea.Address(false, false)).toBe('C3');
    expect(() => sheet.Range('A2:B3').MergeArea).toThrow('not modelled');
    expect(() => sheet.Range('A2').MergeArea.Address()).toThrow('not modelled');
  });
});

describe('a field ledger with merged cells reads in WPS as in Excel and the CLI', () => {
  /** The county ledger with the 列名 row that says 完成时间 is its 办理时限. */
  const MAPPED: WorkbookData = { sheets: [...FIELD_LEDGER.sheets, { name: '规则', values: [['参数', '值'], ['列名:办理时限', '完成时间']] }] };

  test('the county 台账: the same merged areas reach the engine, and 校验 gives what Excel’s adapter gives', async () => {
    const { book } = readThroughWps(MAPPED);
    const ledger = book.sheets.find((s) => s.name === FIELD_LEDGER_SHEET)!;
    expect(sorted(ledger.merged)).toEqual(sorted(FIELD_LEDGER.sheets[0].merged));
    expect(book.sheets.find((s) => s.name === '单位')!.merged).toEqual([]);
    const wps = await createWpsActions(new FakeWps(MAPPED)).validate(MONTH, noProgress);
    installFakeOffice(MAPPED, { platform: 'PC' });
    const excel = await createExcelActions().validate(MONTH, noProgress);
    expect(wps).toEqual(excel);
    // Row 7, item 2's second sub-row, takes 序号 2, 督办事项 and both dates from row 6: no 错误,
    // and the four areas over rows 6–7 are the reading's.
    expect(wps.errors).toBe(0);
    expect(wps.readings[0]).toMatchObject({ sheet: FIELD_LEDGER_SHEET, mergedAreas: 4 });
  });

  /** The fixture as the CLI reads it, and as a WPS workbook holding the same cells and merged areas. */
  async function fixture(file: string): Promise<{ cli: WorkbookInput; data: WorkbookData }> {
    const cli = await readWorkbookFile(path.join(__dirname, '../fixtures/field', file));
    const data = { sheets: cli.sheets.map((s): SheetData => ({ name: s.name, values: s.values as SheetData['values'], merged: s.merged })) };
    return { cli, data };
  }

  test.each(['city-plan-list.xlsx', 'livelihood-projects.xlsx', 'meeting-decisions.xlsx', 'city-assessment-platform.xlsx'])(
    '%s: the WPS adapter hands the engine the CLI’s values and merged areas, and the engine reads the same items',
    async (file) => {
      const { cli, data } = await fixture(file);
      const { book } = readThroughWps(data);
      const names = sourceSheets(cli.sheets.map((s) => s.name));
      for (const name of names) {
        const [ours, theirs] = [book, cli].map((b) => b.sheets.find((s) => s.name === name)!);
        expect({ name, values: ours.values, merged: sorted(ours.merged) }).toEqual({ name, values: theirs.values, merged: sorted(theirs.merged) });
      }
      const { year, asOf } = periodFor(MONTH);
      const cliRead = readLedger({ sheets: cli.sheets.map((s) => (names.includes(s.name) ? s : { name: s.name, values: [] })) }, { reportYear: year, asOf });
      expect(readLedger(book, { reportYear: year, asOf })).toEqual(cliRead);
    },
  );

  test('city-plan-list.xlsx has merged cells to read: 12 spanning rows, as `duban validate --explain` counts them', async () => {
    const { data } = await fixture('city-plan-list.xlsx');
    const { book } = readThroughWps(data);
    const { year, asOf } = periodFor(MONTH);
    expect(readLedger(book, { reportYear: year, asOf }).readings[0].mergedAreas).toBe(12);
  });
});

describe('the calls grow with the merged areas, not with the rows', () => {
  /** `rows` item rows of 10 columns under a merged title: two items with a sub-row (编号 and 事项内容 merged down), a section row merged across. */
  function tall(rows: number): WorkbookData {
    const values: (string | number | null)[][] = [['督查台账'], ['编号', '事项内容', '责任单位', '交办日期', '办理时限', '办结日期', '办理情况', '督办人', '责任人', '备注']];
    const merged = ['A1:J1'];
    for (let i = 0; i < rows; i += 1) {
      values.push([`DC-${i}`, `事项${i}`, '县水利局', 46023, 46203, null, '推进中', '张三', '李四', `第${i}项`]);
      if (i === 3 || i === rows / 2) {
        values.push([null, null, '县财政局', null, null, null, '推进中', '张三', '王五', null]);
        merged.push(`A${values.length - 1}:A${values.length}`, `B${values.length - 1}:B${values.length}`);
      }
      if (i === rows / 2 + 1) {
        values.push(['二、民生实事']);
        merged.push(`A${values.length}:J${values.length}`);
      }
    }
    return { sheets: [{ name: '台账', values, merged }] };
  }

  test('10,000 rows and 6 merged areas: found in under 1,000 calls (0.2 s), and 10 times the rows add only a few', () => {
    const small = readThroughWps(tall(1_000));
    const large = readThroughWps(tall(10_000));
    expect(sorted(large.book.sheets[0].merged)).toEqual(sorted(tall(10_000).sheets[0].merged));
    expect(sorted(small.book.sheets[0].merged)).toEqual(sorted(tall(1_000).sheets[0].merged));
    // 100,000 cells: a call per cell would be 100,000 calls (20 s at 0.2 ms). Bisection asks 2
    // calls a block and halves the mixed ones: each small area's edges lie in a few blocks of
    // each of the log2(100,000) ≈ 17 levels, so some tens of calls an area, 6 areas well under 1,000.
    expect(large.calls).toBeLessThan(1_000);
    // Ten times the rows is log2(10) ≈ 3.3 more levels: at most 4 mixed blocks an area on each,
    // 2 calls a block, for 6 areas.
    expect(large.calls - small.calls).toBeLessThan(6 * 3.4 * 4 * 2);
  });

  test('a sheet without merged cells costs two calls more than its values', () => {
    const plain = tall(10_000).sheets[0];
    const { book, calls } = readThroughWps({ sheets: [{ ...plain, merged: [] }] });
    expect(book.sheets[0].merged).toEqual([]);
    // UsedRange, Value2; then Range(used) and its MergeCells, false.
    expect(calls).toBe(4);
  });
});

describe('any layout of merged areas is found whole, once', () => {
  const rect = fc.record({ top: fc.nat(11), left: fc.nat(6), rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 4 }) });

  test('random non-overlapping areas on a 12 × 7 used range, clipped to it as the CLI clips them', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 12 }), (candidates) => {
        const areas: string[] = [];
        const taken: ReturnType<typeof parseAddress>[] = [];
        for (const c of candidates) {
          const r = { top: c.top, left: c.left, bottom: c.top + c.rows - 1, right: c.left + c.columns - 1 };
          if (r.top === r.bottom && r.left === r.right) continue;
          if (taken.some((t) => t.left <= r.right && r.left <= t.right && t.top <= r.bottom && r.top <= t.bottom)) continue;
          taken.push(r);
          areas.push(rectAddress(r));
        }
        const values = Array.from({ length: 12 }, (_, r) => Array.from({ length: 7 }, (_, c) => `${r},${c}`));
        const fake = new FakeWps({ sheets: [{ name: 'a', values, merged: areas }] });
        const found = findMergedAreas(fake.ActiveWorkbook.Worksheets.Item('a'), { top: 0, left: 0, bottom: 11, right: 6 }, MERGE_CALL_BUDGET);
        const clipped = taken.map((t) => `${rectAddress({ ...t, bottom: t.top, right: t.left })}:${rectAddress({ top: Math.min(t.bottom, 11), left: Math.min(t.right, 6), bottom: Math.min(t.bottom, 11), right: Math.min(t.right, 6) })}`);
        expect(sorted(found ?? undefined)).toEqual(sorted(clipped));
      }),
    );
  });
});

describe('too many merged areas to find in time', () => {
  /** `items` two-row items with 编号, 事项内容 and both dates merged down each: 4 areas an item. */
  function dense(items: number): WorkbookData {
    const values: (string | number | null)[][] = [['编号', '事项内容', '责任单位', '交办日期', '办理时限']];
    const merged: string[] = [];
    for (let i = 0; i < items; i += 1) {
      const top = values.length + 1;
      values.push([`DC-${i}`, `事项${i}`, '县水利局', 46023, 46203], [null, null, '县财政局', null, null]);
      merged.push(...['A', 'B', 'D', 'E'].map((c) => `${c}${top}:${c}${top + 1}`));
    }
    return { sheets: [{ name: '台账', values, merged }, { name: '单位', values: [['单位名称', '单位类别'], ['县水利局', '县直部门'], ['县财政局', '县直部门']] }] };
  }

  test('the search stops past its budget of calls: the 台账 reads as unmerged, and one 警告 says so and what to do', async () => {
    // 150 items are 600 areas: at 3 calls an area found, more than a budget of 1,000 by themselves.
    const fake = new FakeWps(dense(150));
    const result = await createWpsActions(fake, { mergeCallBudget: 1_000 }).validate(MONTH, noProgress);
    // The budget, the last block's 5 calls past it, and the few calls of names and values.
    expect(fake.calls).toBeLessThan(1_000 + 5 + 20);
    const [first, ...rest] = result.problems;
    expect(first).toMatchObject({ sheet: '台账', cell: '', severity: '警告' });
    expect(first.message).toMatch(/^「台账」表已按没有合并单元格读取：.*命令行 duban/);
    expect(rest.some((p) => p.message.includes('没有合并单元格读取'))).toBe(false);
    // Unmerged, each item's second sub-row holds only its 责任单位 and is skipped with a 警告.
    expect(rest).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'C3', severity: '警告' }));
  });

  test('with the usual budget a few hundred areas are still found: 100 items, 400 areas', () => {
    const data = dense(100);
    const { book, calls } = readThroughWps(data);
    expect(sorted(book.sheets[0].merged)).toEqual(sorted(data.sheets[0].merged));
    expect(calls).toBeLessThan(MERGE_CALL_BUDGET);
  });
});
