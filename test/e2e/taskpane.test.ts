// The built task pane in Debian's Chromium, on the bundled example workbook held by the fake
// Excel: each button clicked, the sheets it writes read back from the fake, screenshots kept in
// test-artifacts/e2e/, and an axe scan of every state; then a county's own field-style 台账 through
// 校验, 列对应 and 校验 again. Offline: office.js is the local copy. A step fails on any script
// error, console error or refusal by the page's policy that it causes (pageChecks.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { rankCommand } from '../../src/cli/commands';
import { RANKING_HEADERS } from '../../src/engine/report/layoutText';
import type { WorkbookInput } from '../../src/engine/model';
import type { FakeExcel, WorkbookData } from '../taskpane/fakeExcel';
import { FIELD_LEDGER, FIELD_LEDGER_SHEET } from '../taskpane/fieldLedger';
import { E2E_PAGE, buildPane } from './buildPane';
import { launchChromium, type Browser } from './chromium';
import { expectAccessible as axeScan, screenshot as shoot, takeProblems, watchPage, type PageWatch } from './pageChecks';
import { serveDirectory, type StaticServer } from './staticServer';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/ledger-2026.xlsx');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');

type Snapshot = ReturnType<FakeExcel['snapshot']>;
type Cells = Snapshot['sheets'][number]['values'];

let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;
const offOrigin: string[] = [];

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, outside every tsconfig
const { contentSecurityPolicy } = require(path.join(ROOT, 'webpack.config.js')) as { contentSecurityPolicy: (officeJs: string | null) => string };
/** The policy of the intranet build, which both pages carry (office.js from this origin). */
const PAGE_CSP = contentSecurityPolicy('office-js/office.js');

async function pageCsp(): Promise<string | null> {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
}

async function snapshot(): Promise<Snapshot> {
  return page.evaluate(() => (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.snapshot());
}

function sheetOf(snap: Snapshot, name: string): Cells {
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}; the workbook has ${snap.sheets.map((s) => s.name).join(', ')}`);
  return sheet.values;
}

const screenshot = (name: string) => shoot(page, ARTIFACTS, name);
const expectAccessible = (state: string) => axeScan(page, state);

/** Waits until the fake's active sheet is `name` (goTo runs after the click returns). */
async function activeSheetBecomes(name: string): Promise<void> {
  await page.waitForFunction((wanted) => (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.activeSheet() === wanted, name);
}

/** Until a condition on what the page reported holds, bounded only by the test's timeout. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

const button = (name: string) => page.getByRole('button', { name, exact: true });
const lights = () => page.getByRole('group', { name: '全部事项的督办灯' });
const status = () => page.locator('main > [role="status"]');

/** What `duban rank --json` prints for the example: the engine's answer, from the CLI's side. */
async function cliRanking(month: string): Promise<{ unit: string; score: number; rank: number }[]> {
  let out = '';
  await rankCommand(EXAMPLE, { month, json: true }, { out: (text) => (out += text), err: () => undefined });
  return JSON.parse(out) as { unit: string; score: number; rank: number }[];
}

/** readWorkbookFile gives dates as serial numbers, as Office.js does; the engine's type also allows Date. */
function officeData(book: WorkbookInput): WorkbookData {
  return {
    sheets: book.sheets.map(({ name, values }) => ({
      name,
      values: values.map((row) =>
        row.map((value) => {
          if (value instanceof Date) throw new Error(`${name}: a Date where Office.js gives a serial number`);
          return value;
        }),
      ),
    })),
  };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Chromium first: when it is missing, say so before spending time on the build.
  browser = await launchChromium();
  dist = mkdtempSync(path.join(os.tmpdir(), 'duban-e2e-'));
  await buildPane(dist, { example: officeData(await readWorkbookFile(EXAMPLE)), field: FIELD_LEDGER });
  server = await serveDirectory(dist);
  page = await browser.context.newPage();
  watch = await watchPage(page);
  // Nothing may leave the machine: the intranet build must work without Microsoft's CDN.
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(server.origin)) return route.continue();
    offOrigin.push(route.request().url());
    return route.abort();
  });
  // Month-end work on October 2026, whatever the machine's clock says.
  await page.clock.setFixedTime(new Date('2026-11-05T09:00:00+08:00'));
  // The development build of the pane with its charts takes minutes on a busy two-core machine.
}, 300_000);

// Every step waits on a real browser; axe scans of the overview's charts take seconds each.
jest.setTimeout(90_000);

afterEach(() => {
  expect(takeProblems(watch)).toEqual({ errors: [], refusals: [] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the task pane in Chromium', () => {
  it('outside Excel, explains what the page is and how to load it, with office.js from its own origin', async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('请在 Excel 中打开督办');
    await expect(page.getByText(/README「旁加载到 Excel」/).count()).resolves.toBe(1);
    expect(server.requested).toContain('/office-js/office.js');
    await expect(pageCsp()).resolves.toBe(PAGE_CSP);
    await screenshot('0-outside-excel');
    await expectAccessible('outside Excel');
  });

  it('loads in the fake Excel with last month and the default preset chosen, both scripts running', async () => {
    await page.goto(`${server.origin}/${E2E_PAGE}`);
    await button('校验台账').waitFor();
    await expect(page.getByLabel('考核月份').inputValue()).resolves.toBe('2026-10');
    await expect(page.getByLabel('规则集').inputValue()).resolves.toBe('sanmenxia-2019');
    // The same policy as the real page, and Fluent's run-time styles applied under it.
    await expect(pageCsp()).resolves.toBe(PAGE_CSP);
    await expect(button('校验台账').evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).resolves.not.toBe('0px');
    // functions.js shares the page (the shared runtime) and registered every DUBAN function.
    const registered = await page.evaluate(() => (globalThis as unknown as { __registeredFunctions: string[] }).__registeredFunctions);
    expect(registered).toEqual(expect.arrayContaining(['SCORE', 'RANKING', 'STATUS', 'WORKDAYS']));
    // 概览 is the first view: the lights of October's items, as of 31 October.
    await lights().waitFor();
    await expect(page.getByText('截至2026年10月31日；黄灯：3个工作日内到期。').count()).resolves.toBe(1);
    // Nothing wider than a task pane: a long option must not push the pane sideways.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(380);
    await screenshot('1-start');
    await expectAccessible('start');
  });

  it('概览 fits 320 px and 450 px panes, in high contrast too, with its charts as tables; a light lists its items and goes to one', async () => {
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('figure svg').first().waitFor();
      // The charts redraw for the new width a moment after it changes, as when a user drags the
      // pane's edge; then whatever still sticks out past the pane is named.
      await page.waitForFunction((pane) => document.documentElement.scrollWidth <= pane, width, { timeout: 10_000 }).catch(() => undefined);
      const sticking = await page.evaluate((pane) => {
        if (document.documentElement.scrollWidth <= pane) return [];
        return Array.from(document.querySelectorAll('body *'))
          .filter((el) => el.getBoundingClientRect().right > pane && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > pane))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} right ${el.getBoundingClientRect().right}: ${(el.textContent ?? '').slice(0, 40)}`);
      }, width);
      expect({ width, sticking }).toEqual({ width, sticking: [] });
      // Every chart inside the pane's width.
      const widest = await page.locator('figure').evaluateAll((figures) => Math.max(...figures.map((f) => f.getBoundingClientRect().right)));
      expect(widest).toBeLessThanOrEqual(width);
      await screenshot(`1a-overview-${width}`);
      await expectAccessible(`overview at ${width} px`);
    }
    await page.setViewportSize({ width: 320, height: 900 });
    await page.emulateMedia({ forcedColors: 'active' });
    await screenshot('1b-overview-high-contrast-320');
    await page.emulateMedia({ forcedColors: 'none' });
    await page.setViewportSize({ width: 380, height: 900 });

    // The charts' numbers for screen readers: 10 month ends, and each category's units.
    await expect(page.getByRole('table', { name: '2026年1—10月各月末办结率（数据表）' }).getByRole('row').count()).resolves.toBe(11);
    await expect(page.getByRole('table', { name: '2026年10月县（市、区）得分（数据表）' }).getByRole('row').count()).resolves.toBe(9);

    const red = lights().getByRole('button', { name: /^红灯/ });
    await red.click();
    const list = page.getByRole('region', { name: /^全部红灯事项/ });
    const first = list.getByRole('listitem').first().getByRole('button');
    const id = ((await first.textContent()) ?? '').split(' ')[0];
    await screenshot('1c-overview-red-list');
    await first.click();
    await activeSheetBecomes('台账');
    const ledger = (await snapshot()).sheets.find((s) => s.name === '台账')!;
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ledger.selection ?? '') ?? [];
    expect(ledger.values[Number(digits) - 1][letters.charCodeAt(0) - 65]).toBe(id);
    await red.click();
  });

  it('校验台账: the example is clean; a bad date typed in is listed, and clicking it selects the cell', async () => {
    await button('校验台账').click();
    await expect(status().getByText(/台账校验通过/).waitFor()).resolves.toBeUndefined();

    // As a user would: a 办理时限 that is not a date, in the first item row.
    const cell = await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      const values = fake.values('台账');
      const headerRow = values.findIndex((row) => row.includes('办理时限'));
      const column = values[headerRow].indexOf('办理时限');
      const target = fake.sheet('台账').cellForWrite(headerRow + 1, column);
      const saved = target.value;
      target.value = '下月底';
      return { row: headerRow + 2, letter: String.fromCharCode(65 + column), saved };
    });
    await button('校验台账').click();
    const problem = page.getByRole('button', { name: new RegExp(`^${cell.letter}${cell.row} 错误`) });
    await problem.waitFor();
    await expect(page.getByRole('heading', { level: 3 }).first().textContent()).resolves.toMatch(/^台账错误 1/);
    await screenshot('2-validation');
    await expectAccessible('validation result');

    await problem.click();
    await activeSheetBecomes('台账');
    const ledger = (await snapshot()).sheets.find((s) => s.name === '台账');
    expect(ledger?.selection).toBe(`${cell.letter}${cell.row}`);

    await page.evaluate(({ row, letter, saved }) => {
      const fake = (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      fake.sheet('台账').cellForWrite(row - 1, letter.charCodeAt(0) - 65).value = saved;
    }, cell);
  });

  it('生成排名: writes 2026年10月排名 with the header row and every unit, scored as the CLI scores them', async () => {
    const before = await snapshot();
    await button('生成排名').click();
    await status().getByText('已生成').waitFor();
    const after = await snapshot();
    const sheet = sheetOf(after, '2026年10月排名');
    expect(sheet[0]).toEqual(Object.values(RANKING_HEADERS));

    const column = (header: string) => sheet[0].indexOf(header);
    const rows = sheet.slice(1).map((r) => ({ unit: r[column('单位')], score: r[column('总分')], rank: r[column('排名')] }));
    const expected = await cliRanking('2026-10');
    expect(rows).toHaveLength(30);
    expect(new Map(rows.map((r) => [r.unit, [r.score, r.rank]]))).toEqual(new Map(expected.map((u) => [u.unit, [u.score, u.rank]])));
    // 市水利局 worked by hand from its seven rows in the example, at 2026-10-31:
    //   DC-2026-007 D 02-06 done 02-24 逾期办结; -117 D 05-25 done 05-19 按期; -139 D 07-22 done 08-17 逾期办结;
    //   -169 D 08-31 done 08-12 按期; -179 D 07-23 open 逾期未办结; -199 D 09-09 done 08-27 按期; -249 D 11-13 done 10-22 按期.
    // Its one deduction is a 逾期报送 on 2026-10-22 (DC-2026-249): 减分 5.
    const water = sheet.find((r) => r[column('单位')] === '市水利局');
    expect(['事项数', '已办结', '按期办结', '逾期办结', '逾期未办结', '在办', '减分'].map((h) => water?.[column(h)])).toEqual([7, 6, 4, 2, 1, 0, 5]);
    expect(after.tables.map((t) => t.sheet)).toContain('2026年10月排名');
    // The sources are read, never written.
    for (const name of ['台账', '单位', '加减分']) expect(sheetOf(after, name)).toEqual(sheetOf(before, name));

    await expect(status().textContent()).resolves.toContain('共 30 个单位');
    await screenshot('3-ranking');
    await button('转到「2026年10月排名」').click();
    await activeSheetBecomes('2026年10月排名');
  });

  it('生成通报: asks about the existing ranking with 另存为新表 focused, then writes the bulletin', async () => {
    await button('生成通报').click();
    const dialog = page.getByRole('dialog', { name: '工作表「2026年10月排名」已存在' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === '另存为新表（2026年10月排名 (2)）');
    await screenshot('4-conflict-dialog');
    await expectAccessible('conflict dialog');

    await page.keyboard.press('Enter');
    await status().getByText('已生成').waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('生成通报');
    const snap = await snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['2026年10月排名', '2026年10月排名 (2)', '2026年10月通报']));
    expect(sheetOf(snap, '2026年10月排名 (2)')).toEqual(sheetOf(snap, '2026年10月排名'));
    const bulletin = sheetOf(snap, '2026年10月通报');
    expect(bulletin[0][0]).toBe('督查通报');
    expect(bulletin[4][0]).toBe('关于2026年10月份督查事项办理情况的通报');
    // Its chart, and the ranking's, in the sheets' same batch (the fake checks their cells).
    const charts = (name: string) => snap.sheets.find((s) => s.name === name)!.charts.map((c) => [c.type, c.props['title.text']]);
    expect(charts('2026年10月通报')).toEqual([['Line', '2026年1—10月各月末办结率']]);
    expect(charts('2026年10月排名 (2)')).toEqual([
      ['BarClustered', '2026年10月县（市、区）得分'],
      ['BarClustered', '2026年10月市直单位得分'],
    ]);
    expect(bulletin.flat()).toEqual(expect.arrayContaining(['一、总体情况']));
    await screenshot('5-bulletin');
    await expectAccessible('bulletin generated');
  });

  it('新建台账模板: adds the template sheets beside the existing ones, without touching them', async () => {
    const before = await snapshot();
    await button('新建台账模板').click();
    await status().getByText('已新建台账模板').waitFor();
    const after = await snapshot();
    const added = after.sheets.map((s) => s.name).filter((name) => !before.sheets.some((s) => s.name === name));
    expect(added.length).toBeGreaterThanOrEqual(3);
    const ledger = added.find((name) => name.startsWith('台账')) as string;
    const headerRow = sheetOf(after, ledger).find((row) => row.includes('编号'));
    expect(headerRow).toEqual(expect.arrayContaining(['编号', '事项内容', '责任单位', '办理时限', '办结日期']));
    expect(sheetOf(after, '台账')).toEqual(sheetOf(before, '台账'));
    await screenshot('6-template');
    await expectAccessible('template created');
  });

  it('生成通知单: the rows selected in the 台账 become two notices on one sheet, a page break between', async () => {
    await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      // Rows 2–3: DC-2026-001 for its two responsible units, selected by their row headers.
      fake.book.active = fake.sheet('台账');
      fake.sheet('台账').selection = '2:3';
    });
    await button('生成通知单').click();
    await page.getByText('「督查通知单」共 2 份，每份一页（A4 纵向），可直接打印。').waitFor();
    const snap = await snapshot();
    const notices = snap.sheets.find((s) => s.name === '督查通知单')!;
    expect(notices.values.slice(0, 4).map((row) => row[0])).toEqual(['市政府督查室', '督查通知', expect.stringMatching(/^督通〔2026〕\d+号$/), '市交通运输局：']);
    expect(notices.pageBreaks).toHaveLength(1);
    expect(notices.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { scale: 100 } });
    await page.getByRole('heading', { name: '通知单与催办单' }).scrollIntoViewIfNeeded();
    await screenshot('8-notices');
    await expectAccessible('notices generated');
  });

  it('下载 Word 版通报: Chromium receives 2026年10月通报.docx, a Word package holding the bulletin', async () => {
    const arriving = page.waitForEvent('download');
    await button('下载 Word 版通报').click();
    const download = await arriving;
    expect(download.suggestedFilename()).toBe('2026年10月通报.docx');
    const file = path.join(ARTIFACTS, '2026年10月通报.docx');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('关于2026年10月份督查事项');
    await page.getByText('已下载「2026年10月通报.docx」。').waitFor();
    await screenshot('9-docx-downloaded');
  });

  it('生成催办单 under district-dynamic lists the 登记催办 rows first, and appends them to 加减分 only on confirmation', async () => {
    // The example turned district-dynamic in place, as an office would: 规则集 changed, and a 加减分
    // sheet holding one 蓝 issued for DC-2026-244 on Monday 26 October.
    const rows = await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel;
      const rules = fake.values('规则');
      fake.sheet('规则').cellForWrite(rules.findIndex((r) => r[0] === '规则集'), 1).value = 'district-dynamic';
      const adjustments = fake.sheet('加减分');
      fake.values('加减分').forEach((line, r) => line.forEach((_, c) => {
        if (r > 0) adjustments.cellForWrite(r, c).value = null;
      }));
      ['46321', '北塬县', '催办', '蓝', null, 'DC-2026-244', '催办单 督催〔2026〕1号'].forEach((value, c) => {
        if (value !== null) adjustments.cellForWrite(1, c).value = c === 0 ? Number(value) : value;
      });
      const ledger = fake.values('台账');
      const rowOf = (id: string) => ledger.findIndex((r) => r[0] === id) + 1;
      fake.book.active = fake.sheet('台账');
      fake.sheet('台账').selection = `A${rowOf('DC-2026-244')},A${rowOf('DC-2026-256')}`;
      return fake.values('加减分');
    });
    await page.getByLabel('规则集').selectOption('district-dynamic');
    await button('生成催办单').click();
    const offer = page.getByRole('table', { name: '登记催办' });
    await offer.waitFor();
    // Today is 5 November 2026 (the page's clock): 244 goes from its 蓝 to 黄; 256, due 23 October with
    // no entry, is 9 working days overdue: 红. Numbers run on from the one registered.
    const cells = await offer.getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['2026-11-05', '北塬县', '催办', '黄', 'DC-2026-244', '催办单 督催〔2026〕2号'],
      ['2026-11-05', '南屏县', '催办', '红', 'DC-2026-256', '催办单 督催〔2026〕3号'],
    ]);
    expect(sheetOf(await snapshot(), '加减分')).toEqual(rows);
    await offer.scrollIntoViewIfNeeded();
    await screenshot('10-register-offer');
    await expectAccessible('registration offered');

    await button('登记到加减分').click();
    await page.getByText('已登记到「加减分」第 3–4 行。').waitFor();
    const after = sheetOf(await snapshot(), '加减分');
    expect(after.slice(0, 2)).toEqual(rows);
    expect(after.slice(2)).toEqual([
      [46331, '北塬县', '催办', '黄', null, 'DC-2026-244', '催办单 督催〔2026〕2号'],
      [46331, '南屏县', '催办', '红', null, 'DC-2026-256', '催办单 督催〔2026〕3号'],
    ]);
    await screenshot('11-registered');
  });

  it('lists the DUBAN functions from the functions.json the build wrote', async () => {
    await button('工作表函数 =DUBAN.*').click();
    await page.getByText(/^DUBAN\.SCORE\(/).waitFor();
    await expect(page.locator('dt').count()).resolves.toBeGreaterThanOrEqual(10);
    await screenshot('7-functions');
    await expectAccessible('function list');
  });

  it('a field-style 台账: 校验 opens 列对应, the preview shows the one write, 确认写入 makes it, 校验 again passes', async () => {
    await page.goto(`${server.origin}/${E2E_PAGE}?book=field`);
    const before = await snapshot();
    await button('校验台账').click();
    // 办理时限 is under 完成时间, which DUBAN never takes by itself: the step opens.
    const deadline = page.getByLabel('办理时限（必填）');
    await deadline.waitFor();
    await expect(page.getByText('缺少必填列「办理时限」：请在下面选择表中对应的列。').count()).resolves.toBe(1);
    await expect(page.getByLabel('事项内容（必填）').inputValue()).resolves.toBe('1');
    await screenshot('8-field-columns');
    await expectAccessible('列对应');

    await deadline.selectOption({ label: 'E 列「完成时间」' });
    await button('预览写入内容').click();
    await page.getByText('将写入「规则」表').waitFor();
    await expect(page.getByText('第 2 行：参数「列名:办理时限」，值「完成时间」。').count()).resolves.toBe(1);
    // Shown, not written.
    expect((await snapshot()).sheets.map((s) => s.name)).toEqual([FIELD_LEDGER_SHEET, '单位']);
    await screenshot('9-field-preview');
    await expectAccessible('列对应 preview');

    await button('确认写入').click();
    await status().getByText(/共有错误 0 条/).waitFor();
    const after = await snapshot();
    expect(sheetOf(after, '规则')).toEqual([
      ['参数', '值'],
      ['列名:办理时限', '完成时间'],
    ]);
    // The one write: the 台账 and 单位 keep every value and merge.
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toMatchObject({ values: sheet.values, merges: sheet.merges });

    await page.getByRole('button', { name: /^读取说明/ }).click();
    await page.getByText('办理时限 ← E 列「完成时间」（「规则」表的列名对应）').waitFor();
    await expect(page.getByText('合并单元格：4 处跨行合并，其值用于所跨的每一行').count()).resolves.toBe(1);
    await screenshot('10-field-validated');
    await expectAccessible('field ledger validated, reading open');
    // Three states, each scanned by axe: more than the default 20 s on a busy machine.
  }, 90_000);

  it('the field-style 台账 ranks as worked by hand: merged sub-rows, two units in one cell, 是否办结', async () => {
    await button('生成排名').click();
    await status().getByText('已生成').waitFor();
    const sheet = sheetOf(await snapshot(), '2026年10月排名');
    const column = (header: string) => sheet[0].indexOf(header);
    const rows = new Map(sheet.slice(1).map((r) => [r[column('单位')], ['事项数', '按期办结', '逾期办结', '逾期未办结', '在办', '总分', '排名'].map((h) => r[column(h)])]));
    // At 31 October: 1 按期 (20 June ≤ 30 June); item 2's two sub-rows, 6月底前 = 30 June: one open
    // (逾期未办结), one done 10 July (逾期办结); 县住建局、县城管局 each overdue since 30 September;
    // 县水利局 due 31 December. One item each at most, so 功效系数 = 0.5 + 1/1 × 0.5 = 1: a due item
    // done scores 20/20 × 100 = 100, one not done 0, none due 100; 县财政局 has none: 0.5 × 100 = 50.
    expect(rows).toEqual(
      new Map([
        ['县发改局', [1, 1, 0, 0, 0, 100, 1]],
        ['县政务服务中心', [1, 0, 1, 0, 0, 100, 1]],
        ['县水利局', [1, 0, 0, 0, 1, 100, 1]],
        ['县财政局', [0, 0, 0, 0, 0, 50, 4]],
        ['县市场监管局', [1, 0, 0, 1, 0, 0, 5]],
        ['县住建局', [1, 0, 0, 1, 0, 0, 5]],
        ['县城管局', [1, 0, 0, 1, 0, 0, 5]],
      ]),
    );
  });

  it('sent nothing off its origin: office.js’s telemetry frame outside Office, if it came, was refused before any request', () => {
    expect(offOrigin).toEqual([]);
    // Only the frame and the style that hides it, each at most twice (event and console line).
    expect(watch.officeTelemetry.length).toBeLessThanOrEqual(4);
  });

  it('enforces the policy: an injected inline style, and eval in a script of its own origin, are refused and reported', async () => {
    // Last, so that the refusals it provokes are the only ones: they prove the listener works.
    // page.evaluate runs outside the policy, so eval is tried from a script file the page loads.
    writeFileSync(path.join(dist, 'csp-probe.js'), "try { window.__cspProbe = new Function('return \\'ran\\'')(); } catch (e) { window.__cspProbe = 'refused'; }\n");
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: red; }';
      document.head.append(style);
      const script = document.createElement('script');
      script.src = 'csp-probe.js';
      document.head.append(script);
    });
    await page.waitForFunction(() => (globalThis as unknown as { __cspProbe?: string }).__cspProbe !== undefined);
    await expect(page.evaluate(() => (globalThis as unknown as { __cspProbe?: string }).__cspProbe)).resolves.toBe('refused');
    // The reports arrive through an exposed function, a moment after the refusals.
    const style = () => watch.refusals.some((r) => r.directive.startsWith('style-src'));
    const evalRefused = () => watch.refusals.some((r) => r.directive.startsWith('script-src') && r.blocked === 'eval');
    await until(() => style() && evalRefused());
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.not.toBe('rgb(255, 0, 0)');
    // Taken off the list (with their console lines): they are this step's purpose, not its failure.
    watch.refusals.splice(0);
  });
});
