// The task pane's actions as every host adapter must carry them out, whichever object model is
// underneath: the same test bodies run on the fake Excel (excelActions.test.ts) and on the fake
// WPS (test/wps/wpsActions.test.ts). A host gives its actions over a workbook, and a view of that
// workbook in host-neutral terms; what only one host has (sync counts, payload limits, points)
// stays in that host's own test.
import type { ConflictChoice, GenerateResult, OnConflict, OnProgress, TaskpaneActions } from '../../src/taskpane/actions';
import { bulletinGrid, bulletinPrintArea } from '../../src/engine/report/bulletinGrid';
import { buildBulletin } from '../../src/engine/report/bulletin';
import type { Ledger, WorkbookInput } from '../../src/engine/model';
import { dayOf } from '../../src/engine/calendar/dates';
import { periodOf } from '../../src/engine/calendar/period';
import { rankMonth } from '../../src/engine/score/rank';
import { MSG } from '../../src/engine/read/messages';
import { readLedger } from '../../src/engine/read/readLedger';
import { ledgerPlace, monthOverview } from '../../src/engine/report/overview';
import { rankingTable } from '../../src/engine/report/sheetLayout';
import type { WorkbookData } from './fakeExcel';
import type { Scalar } from './fakeModel';
import { FORMULA_LOOKING, MONTH, asData, readExample, withFormulaUnits } from './ledgerFixtures';

export const SOURCES = ['台账', '单位', '加减分', '报送', '规则', '节假日'];
// The template has no 报送 sheet: an empty one would count every reporting period as missed.
const TEMPLATE_SHEETS = SOURCES.filter((name) => name !== '报送');
export const RANKING = '2026年10月排名';
export const BULLETIN = '2026年10月通报';
const PERIOD = periodOf(MONTH)!;

/** A generated sheet's print settings, as every host can say them. */
export interface PageView {
  paper: 'A4' | null;
  orientation: 'portrait' | 'landscape' | null;
  onePageWide: boolean;
  /** Per cent, when printed at a fixed zoom instead of one page wide. */
  scale: number | null;
  titleRows: string | null;
}

/** What a test reads back from a host's workbook. */
export interface BookView {
  sheetNames(): string[];
  /** From A1 to the last used cell, null for blanks. */
  values(sheet: string): (Scalar | null)[][];
  cell(sheet: string, address: string): { value: Scalar | null; formula: string | null; numberFormat: string };
  merges(sheet: string): string[];
  tables(): { name: string; sheet: string; address: string; style: string; headers: string[] }[];
  activeSheet(): string | null;
  selection(sheet: string): string | null;
  frozenRows(sheet: string): number;
  gridlines(sheet: string): boolean;
  page(sheet: string): PageView;
  /** As the sheet's page setup holds it (A1:AJ60), or null. */
  printArea(sheet: string): string | null;
  /** Characters of the default font. */
  columnWidth(sheet: string, column: string): number | undefined;
  /** Points. */
  rowHeight(sheet: string, address: string): number | undefined;
  fontSize(sheet: string, address: string): number | undefined;
  bold(sheet: string, address: string): boolean | undefined;
  /** RGB hex. */
  fontColor(sheet: string, address: string): string | undefined;
  /** RGB hex, as the engine's styles. */
  fill(sheet: string, address: string): string | undefined;
  /** The cell has lines between it and the rows and columns beside it. */
  bordered(sheet: string, address: string): boolean;
  listRule(sheet: string, address: string): { source: string; strict: boolean } | undefined;
  /** The conditional fills of a sheet, highest priority first. */
  highlights(sheet: string): { formula: string; fill: string }[];
  /** 0-based rows that begin a printed page by a manual page break. */
  pageBreaks(sheet: string): number[];
  /** As a user types into a cell. */
  edit(sheet: string, address: string, value: string): void;
  /** As a user selects cells ('1:3', 'A5,A9:C9') on the sheet, making it the active one. */
  select(sheet: string, address: string): void;
  /** Everything, to tell whether an action changed anything at all. */
  snapshot(): unknown;
}

export interface ActionHost {
  name: string;
  /** The bulletin's chart is drawn on the sheet (Office.js); elsewhere only its data stands beside the page. */
  drawsCharts: boolean;
  open(data: WorkbookData, options?: { today?: () => Date }): { actions: TaskpaneActions; book: BookView };
}

const noProgress = () => undefined;
const answer = (choice: ConflictChoice): OnConflict & jest.Mock => jest.fn(() => Promise.resolve(choice));

const inputOf = (book: BookView): WorkbookInput => ({ sheets: book.sheetNames().map((name) => ({ name, values: book.values(name) })) });

function engineLedger(book: BookView): Ledger {
  return readLedger(inputOf(book), { reportYear: PERIOD.year, asOf: PERIOD.asOf, preset: 'sanmenxia-2019' }).ledger!;
}

/** The example with 'not a date' as the first item's 交办日期 (F2), its only row: an 错误. */
const withBadDate = (data: WorkbookData): WorkbookData => ({
  sheets: data.sheets.map((s) => (s.name === '台账' ? { ...s, values: [s.values[0], [...s.values[1].slice(0, 5), 'not a date', ...s.values[1].slice(6)]] } : s)),
});

export function describeActionContract(host: ActionHost): void {
  let example: WorkbookData;
  beforeAll(async () => {
    example = asData(await readExample());
  });

  describe(`${host.name}: a small workbook worked by hand`, () => {
    // May 2026, sanmenxia-2019, 每项分值 20. All assigned 2026-03-02; report date 2026-05-31.
    //   甲县 A1 D 04-30 done 04-20 → 按期办结; A2 D 04-30 done 05-10 → 逾期办结; A3 D 05-15 open → 逾期未办结
    //   乙县 B1 D 05-31 open → 在办 (D = report date); B2 D 05-30 open → 逾期未办结
    // 甲县: coefficient 0.5 + 3/3 × 0.5 = 1; 事项得分 = 20 × (1 + 1) / (20 × 3) × 100 × 1 = 66.67.
    // 乙县: coefficient 0.5 + 2/3 × 0.5 = 0.8333; nothing completed of 20 due → 0.
    // Both are in the top 3 of their category every month January–April with no deduction: 月排名加分 4 × 10 = 40.
    // 甲县 66.67 + 40 = 106.67, rank 1; 乙县 0 + 40 = 40, rank 2; April ranked them the same (较上月 0).
    const d = (iso: string) => {
      const [y, m, day] = iso.split('-').map(Number);
      return Date.UTC(y, m - 1, day) / 86_400_000 + 25_569;
    };
    const row = (id: string, unit: string, deadline: string, completed = '') =>
      [id, `事项${id}`, unit, '一般重要', d('2026-03-02'), d(deadline), '', completed ? d(completed) : '', '', '要求', '标准', '效果', '张三', '李四'];
    const small: WorkbookData = {
      sheets: [
        {
          name: '台账',
          values: [
            ['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限', '延期至', '办结日期', '办理状态', '办理要求', '办理标准', '办理效果', '责任人', '督办人'],
            row('A1', '甲县', '2026-04-30', '2026-04-20'),
            row('A2', '甲县', '2026-04-30', '2026-05-10'),
            row('A3', '甲县', '2026-05-15'),
            row('B1', '乙县', '2026-05-31'),
            row('B2', '乙县', '2026-05-30'),
          ],
        },
        { name: '单位', values: [['单位名称', '单位类别', '别名'], ['甲县', '县（市、区）', ''], ['乙县', '县（市、区）', '']] },
        { name: '加减分', values: [['日期', '单位', '类别', '级别', '分值', '关联事项', '说明']] },
      ],
    };

    test('生成排名 counts 2 overdue items (A3, B2) and writes the scores worked out above', async () => {
      const { actions, book } = host.open(small);
      const result = await actions.generateRanking('2026-05', 'sanmenxia-2019', answer('newName'), noProgress);
      expect(result).toEqual({ kind: 'done', sheets: ['2026年5月排名'], units: 2, overdueItems: 2 });
      const [header, ...rows] = book.values('2026年5月排名');
      const pick = (names: string[]) => rows.map((r) => names.map((name) => r[header.indexOf(name)]));
      expect(pick(['排名', '单位', '事项数', '已办结', '按期办结', '逾期办结', '逾期未办结', '在办', '加分', '减分', '总分', '较上月'])).toEqual([
        [1, '甲县', 3, 2, 1, 1, 1, 0, 40, 0, 106.67, 0],
        [2, '乙县', 2, 0, 0, 0, 1, 1, 40, 0, 40, 0],
      ]);
      const [jia, yi] = pick(['功效系数', '事项得分']) as number[][];
      expect(jia[0]).toBe(1);
      expect(jia[1]).toBeCloseTo(200 / 3, 10);
      expect(yi[0]).toBeCloseTo(5 / 6, 10);
      expect(yi[1]).toBe(0);
    });
  });

  describe(`${host.name}: generating`, () => {
    test('source sheets keep every value through every action', async () => {
      const { actions, book } = host.open(example);
      const sources = () => SOURCES.map((name) => book.values(name));
      const before = sources();
      const steps: (() => Promise<unknown>)[] = [
        () => actions.presets(),
        () => actions.validate(MONTH, noProgress),
        () => actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress),
        () => actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('replace'), noProgress),
        () => actions.generateBulletin(MONTH, 'district-dynamic', answer('newName'), noProgress),
        () => actions.createTemplate(noProgress),
        () => actions.goTo('加减分', 'F3'),
        () => actions.generateNotices({ kind: '通知', scope: 'month', month: MONTH, preset: 'sanmenxia-2019' }, answer('newName'), noProgress),
        () => actions.generateNotices({ kind: '催办', scope: 'month', month: MONTH, preset: 'sanmenxia-2019' }, answer('newName'), noProgress),
        () => actions.bulletinDocx(MONTH, 'sanmenxia-2019', noProgress),
      ];
      for (const step of steps) {
        await step();
        expect(sources()).toEqual(before);
      }
      // The values the engine reads from the fake are the file's, cell for cell.
      expect(SOURCES.map((name) => book.values(name))).toEqual(SOURCES.map((name) => example.sheets.find((s) => s.name === name)!.values));
    });

    test('validate reports what the engine finds in the file', async () => {
      const input = await readExample();
      const { actions } = host.open(example);
      const result = await actions.validate(MONTH, noProgress);
      // The report date is the chosen month's last day, as the CLI's `validate --month` takes it.
      const { problems, readings } = readLedger(input, { reportYear: 2026, asOf: PERIOD.asOf });
      expect(result.problems).toEqual(problems);
      expect(result.readings).toEqual(readings);
      expect(result.errors).toBe(0);
      expect(result.warnings).toBe(problems.length);
    });

    test('the ranking sheet holds rankMonth’s rows as a real table, formatted for A4', async () => {
      const { actions, book } = host.open(example);
      const progress = jest.fn<void, Parameters<OnProgress>>();
      const result = await actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), progress);
      const expected = rankingTable(rankMonth(engineLedger(book), PERIOD), 'coefficient');
      // The sum of the units' 逾期未办结 counts is the number of items the bulletin lists as overdue.
      expect(result).toEqual({ kind: 'done', sheets: [RANKING], units: expected.rows.length, overdueItems: buildBulletin(engineLedger(book), PERIOD).overdueItems.length });
      const [header, ...rows] = book.values(RANKING);
      expect(header).toEqual(expected.columns.map((c) => c.header));
      expect(rows).toEqual(expected.rows);

      expect(book.tables()).toEqual([{ name: '排名_2026_10', sheet: RANKING, address: `A1:S${rows.length + 1}`, style: 'TableStyleMedium2', headers: header }]);
      expect(book.cell(RANKING, 'J2').numberFormat).toBe('0.0%');
      expect(book.cell(RANKING, 'K2').numberFormat).toBe('0.0000');
      expect(book.cell(RANKING, 'O2').numberFormat).toBe('0.00');
      expect(book.cell(RANKING, 'P2').numberFormat).toBe('+0;-0;0');
      // The example has a 报送 sheet: 应报次数, 未报次数, then 本年通报批评 (sanmenxia-2019 counts them).
      expect(header.slice(16)).toEqual(['应报次数', '未报次数', '本年通报批评']);
      expect(book.cell(RANKING, 'R2').numberFormat).toBe('0');
      expect(book.frozenRows(RANKING)).toBe(1);
      expect(book.page(RANKING)).toEqual({ paper: 'A4', orientation: 'landscape', onePageWide: true, scale: null, titleRows: '$1:$1' });
      // 单位: 24 characters wide in the layout.
      expect(book.columnWidth(RANKING, 'B')).toBe(24);
      expect(book.bold(RANKING, 'A1')).toBe(true);
      expect(progress.mock.calls.map((c) => c[0])).toEqual(['读取工作簿', '校验台账', '计算排名', '写入工作表', '写入工作表']);
      expect(progress).toHaveBeenLastCalledWith('写入工作表', 4, 4);
    });

    test('the bulletin sheet is the engine’s grid: merged title, tables, A4 portrait', async () => {
      const { actions, book } = host.open(example);
      const result = await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
      const bulletin = buildBulletin(engineLedger(book), PERIOD);
      if (result.kind !== 'done') throw new Error(result.kind);
      // The example's 报送 sheet leaves 应报未报 unregistered: the offer follows the bulletin (its rows
      // in noticeContract.ts).
      const { suggestions, ...done } = result;
      expect(done).toEqual({ kind: 'done', sheets: [RANKING, BULLETIN], units: 30, overdueItems: bulletin.overdueItems.length });
      expect(suggestions).toMatchObject({ sheet: '加减分' });
      expect(book.values(RANKING).slice(1)).toEqual(rankingTable(bulletin.ranking.flatMap((b) => b.rows), 'coefficient').rows);

      // The masthead: 督查通报, 第10期, 市政府督查室 and 2 November 2026 (the first working day after
      // Saturday 31 October); then a blank row and the title.
      expect(['A1', 'A2', 'A3', 'S3'].map((a) => book.cell(BULLETIN, a).value)).toEqual(['督查通报', '第10期', '市政府督查室', '2026年11月2日']);
      expect(book.cell(BULLETIN, 'A5').value).toBe('关于2026年10月份督查事项办理情况的通报');
      expect(book.merges(BULLETIN)).toContain('A5:AJ5');
      expect(book.fontSize(BULLETIN, 'A5')).toBe(18);
      expect(book.gridlines(BULLETIN)).toBe(false);
      expect(book.page(BULLETIN)).toEqual({ paper: 'A4', orientation: 'portrait', onePageWide: true, scale: null, titleRows: null });
      const grid = bulletinGrid(bulletin, { drawsCharts: host.drawsCharts });
      // The page is the grid's columns; the chart's data beside it is not printed.
      expect(book.printArea(BULLETIN)).toBe(bulletinPrintArea(grid));
      for (const block of grid) {
        if (block.kind === 'form') {
          for (const row of block.rows) {
            expect(book.rowHeight(BULLETIN, `A${row.row + 1}`)).toBe(row.height);
            for (const cell of row.cells) expect(book.values(BULLETIN)[row.row][cell.column]).toBe(cell.text);
          }
          continue;
        }
        if (block.kind === 'chart') {
          // Its data beside the page: the caption, and two rows below it 月份 | 办结率 from January.
          const { data } = block;
          const at = (row: number, column: number) => book.values(BULLETIN)[row]?.[column] ?? null;
          expect(at(data.row, data.column)).toBe(data.caption);
          expect([at(data.row + 2, data.column), at(data.row + 2, data.column + 1)]).toEqual(data.table.columns.map((c) => c.header));
          expect(data.table.rows.map((_, r) => [at(data.row + 3 + r, data.column), at(data.row + 3 + r, data.column + 1)])).toEqual(data.table.rows);
          expect(at(data.row + 3, data.column)).toBe('1月');
          continue;
        }
        if (block.kind === 'text') {
          expect(book.cell(BULLETIN, `A${block.row + 1}`).value).toBe(block.text);
          expect(book.rowHeight(BULLETIN, `A${block.row + 1}`)).toBe(block.height);
          continue;
        }
        const cells = book.values(BULLETIN)[block.row + 1];
        const firstRow = block.table.rows[0];
        expect(block.starts.map((c) => cells[c] ?? null)).toEqual([...firstRow]);
        expect(book.fill(BULLETIN, `A${block.row + 1}`)).toBe('D9E1F2');
        expect(book.bordered(BULLETIN, `A${block.row + 2}`)).toBe(true);
      }
    });

    test('text a spreadsheet would read as a formula stays text, in the Text format', async () => {
      const { actions, book } = host.open(withFormulaUnits(example));
      const result = await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
      expect(result.kind).toBe('done');
      for (const sheetName of [RANKING, BULLETIN]) {
        const values = book.values(sheetName);
        for (const text of FORMULA_LOOKING) {
          const row = values.findIndex((line) => line.includes(text));
          expect(row).toBeGreaterThanOrEqual(0);
          const address = `${String.fromCharCode(65 + values[row].indexOf(text))}${row + 1}`;
          expect(book.cell(sheetName, address)).toEqual({ value: text, formula: null, numberFormat: '@' });
        }
      }
    });

    test('a ledger with an 错误 gives its problems and writes nothing', async () => {
      const { actions, book } = host.open(withBadDate(example));
      const result = await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
      expect(result.kind).toBe('invalid');
      expect(result.kind === 'invalid' && result.validation.problems).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'F2', severity: '错误' }));
      expect(book.sheetNames()).toEqual(SOURCES);
    });
  });

  describe(`${host.name}: a 台账 on a sheet not named 台账`, () => {
    // The example as a county office's workbook comes: its 台账 on Sheet1, an empty Sheet2 beside.
    const onSheet1 = (data: WorkbookData): WorkbookData => ({
      sheets: [...data.sheets.map((s) => (s.name === '台账' ? { ...s, name: 'Sheet1' } : s)), { name: 'Sheet2', values: [] }],
    });
    const SHEET1_SOURCES = [...SOURCES.map((name) => (name === '台账' ? 'Sheet1' : name)), 'Sheet2'];

    test('validate and 生成排名 read it by its header, say so once, and write no source cell', async () => {
      const { actions, book } = host.open(onSheet1(example));
      const before = SHEET1_SOURCES.map((name) => book.values(name));
      const validation = await actions.validate(MONTH, noProgress);
      expect(validation.problems).toEqual(readLedger(inputOf(book), { reportYear: PERIOD.year, asOf: PERIOD.asOf }).problems);
      expect(validation.errors).toBe(0);
      // The example's header is its first row.
      const taken = { sheet: 'Sheet1', cell: 'A1', severity: '警告', message: MSG.ledgerByHeader('Sheet1', 1, ['事项内容', '责任单位']) };
      expect(validation.problems.filter((p) => p.message.includes('当作台账'))).toEqual([taken]);
      expect(validation.readings[0].sheet).toBe('Sheet1');

      const result = await actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
      expect(result).toMatchObject({ kind: 'done', sheets: [RANKING] });
      // The ranking of the example read with its 台账 named so.
      const named = readLedger(await readExample(), { reportYear: PERIOD.year, asOf: PERIOD.asOf, preset: 'sanmenxia-2019' }).ledger!;
      expect(book.values(RANKING).slice(1)).toEqual(rankingTable(rankMonth(named, PERIOD), 'coefficient').rows);
      expect(SHEET1_SOURCES.map((name) => book.values(name))).toEqual(before);
      expect(book.sheetNames()).toEqual([...SHEET1_SOURCES, RANKING]);
    });
  });

  describe(`${host.name}: 概览`, () => {
    const REQUEST = { month: MONTH, preset: 'sanmenxia-2019' as const, today: '2026-11-05' };

    test('is the engine’s overview of the cells the workbook holds, with the 台账’s 编号 cells for click-to-row', async () => {
      const { actions, book } = host.open(example);
      const progress = jest.fn<void, Parameters<OnProgress>>();
      const result = await actions.overview(REQUEST, progress);
      const read = readLedger(inputOf(book), { reportYear: 2026, asOf: PERIOD.asOf, preset: 'sanmenxia-2019' });
      expect(result.overview).toEqual(monthOverview(read.ledger!, PERIOD, ledgerPlace(read)!));
      expect(result.validation).toEqual(await actions.validate(MONTH, noProgress));
      // The example's 台账 has its header in row 1 and 编号 in column A.
      const first = result.overview!.items[0];
      expect(book.cell('台账', first.cell).value).toBe(first.id);
      expect(progress.mock.calls.map((c) => c[0])).toEqual(['读取工作簿', '校验台账', '生成概览', '生成概览']);
    });

    test('a ledger with an 错误 gets its problems and no overview', async () => {
      const { actions } = host.open(withBadDate(example));
      const result = await actions.overview(REQUEST, noProgress);
      expect(result.overview).toBeNull();
      expect(result.validation.problems).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'F2', severity: '错误' }));
    });

    test('the month under way is seen as of today; a bad day is refused in Chinese', async () => {
      const { actions } = host.open(example);
      const result = await actions.overview({ ...REQUEST, today: '2026-10-12' }, noProgress);
      expect(result.overview?.period).toEqual({ year: 2026, month: 10, asOf: dayOf(2026, 10, 12) });
      await expect(actions.overview({ ...REQUEST, today: '10月12日' }, noProgress)).rejects.toThrow('日期「10月12日」无效：请写成 YYYY-MM-DD，例如 2026-06-30。');
    });
  });

  describe(`${host.name}: sheet-name collisions`, () => {
    async function twice(choice: ConflictChoice): Promise<{ book: BookView; onConflict: jest.Mock; second: GenerateResult }> {
      const { actions, book } = host.open(example);
      await actions.generateBulletin(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
      // A note staff typed beside the generated ranking: it shows which sheet survived.
      book.edit(RANKING, 'Z1', '已核对');
      const onConflict = answer(choice);
      const second = await actions.generateBulletin(MONTH, 'sanmenxia-2019', onConflict, noProgress);
      return { book, onConflict, second };
    }

    test('newName: both sheets get (2), the table a name of its own', async () => {
      const { book, onConflict, second } = await twice('newName');
      expect(onConflict.mock.calls).toEqual([
        [RANKING, `${RANKING} (2)`],
        [BULLETIN, `${BULLETIN} (2)`],
      ]);
      expect(second).toMatchObject({ kind: 'done', sheets: [`${RANKING} (2)`, `${BULLETIN} (2)`] });
      expect(book.tables().map((t) => t.name)).toEqual(['排名_2026_10', '排名_2026_10_2']);
      // The first ranking is untouched, the new one a copy without the note.
      expect(book.cell(RANKING, 'Z1').value).toBe('已核对');
      expect(book.values(`${RANKING} (2)`)).toEqual(book.values(RANKING).map((row) => row.slice(0, 19)));
    });

    test('replace: the old sheets are deleted only after the user chose it', async () => {
      const { book, second } = await twice('replace');
      expect(second).toMatchObject({ kind: 'done', sheets: [RANKING, BULLETIN] });
      expect(book.sheetNames()).toEqual([...SOURCES, RANKING, BULLETIN]);
      expect(book.cell(RANKING, 'Z1').value).toBeNull();
      expect(book.tables().map((t) => t.name)).toEqual(['排名_2026_10_2']);
    });

    test('cancel: nothing is written', async () => {
      const { actions, book } = host.open(example);
      await actions.generateRanking(MONTH, 'sanmenxia-2019', answer('newName'), noProgress);
      const before = book.snapshot();
      const result = await actions.generateRanking(MONTH, 'sanmenxia-2019', answer('cancel'), noProgress);
      expect(result).toEqual({ kind: 'cancelled' });
      expect(book.snapshot()).toEqual(before);
    });
  });

  describe(`${host.name}: template`, () => {
    test('a new template validates with no problem at all', async () => {
      const { actions, book } = host.open({ sheets: [{ name: 'Sheet1', values: [] }] }, { today: () => new Date(2026, 4, 1) });
      const result = await actions.createTemplate(noProgress);
      expect(result.sheets).toEqual(TEMPLATE_SHEETS);
      expect(book.activeSheet()).toBe('台账');
      const input: WorkbookInput = { sheets: book.sheetNames().map((name) => ({ name, values: book.values(name) })) };
      expect(readLedger(input, { reportYear: 2026 }).problems).toEqual([]);

      expect(book.cell('台账', 'A1').value).toBe('编号');
      expect(book.cell('台账', 'G2').numberFormat).toBe('yyyy-mm-dd');
      expect(book.cell('台账', 'G2000').numberFormat).toBe('yyyy-mm-dd');
      expect(book.frozenRows('台账')).toBe(1);
      expect(book.fill('台账', 'A1')).toBe('FCE4D6');
      expect(book.listRule('台账', 'E2')).toEqual({ source: '一般重要,比较重要,特别重要', strict: true });
      expect(book.listRule('台账', 'C5')).toEqual({ source: "='单位'!$A$2:$A$2000", strict: false });
      expect(book.highlights('台账')).toEqual([
        { formula: expect.stringContaining('<TODAY()'), fill: 'FFC7CE' },
        { formula: expect.stringContaining('WORKDAY(TODAY(),3)'), fill: 'FFEB9C' },
      ]);
    });

    test('never replaces a sheet: taken names get (2), and the unit list follows the new 单位', async () => {
      const { actions, book } = host.open(example);
      const result = await actions.createTemplate(noProgress);
      expect(result.sheets).toEqual(TEMPLATE_SHEETS.map((name) => `${name} (2)`));
      expect(SOURCES.map((name) => book.values(name))).toEqual(SOURCES.map((name) => example.sheets.find((s) => s.name === name)!.values));
      expect(book.listRule('台账 (2)', 'C2')).toEqual({ source: "='单位 (2)'!$A$2:$A$2000", strict: false });
    });
  });

  describe(`${host.name}: presets and goTo`, () => {
    test('the preset the 规则 sheet names', async () => {
      expect(await host.open(example).actions.presets()).toEqual({ available: ['sanmenxia-2019', 'district-dynamic'], fromRules: 'sanmenxia-2019' });
      expect((await host.open({ sheets: example.sheets.filter((s) => s.name !== '规则') }).actions.presets()).fromRules).toBeNull();
    });

    test('goTo activates the sheet and selects the cell; a missing sheet is a Chinese message', async () => {
      const { actions, book } = host.open(example);
      await actions.goTo('加减分', 'F3');
      expect(book.activeSheet()).toBe('加减分');
      expect(book.selection('加减分')).toBe('F3');
      await actions.goTo('单位', '');
      expect(book.selection('单位')).toBe('A1');
      await expect(actions.goTo('没有的表', 'A1')).rejects.toThrow('找不到工作表「没有的表」');
    });
  });
}
