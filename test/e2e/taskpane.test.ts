// The built task pane in Debian's Chromium, on the bundled example workbook held by the fake
// Excel: each button clicked, the sheets it writes read back from the fake, screenshots kept in
// test-artifacts/e2e/, and an axe scan of every state. Offline: office.js is the local copy.
// A step fails on any script error, console error or refusal by the page's policy it causes.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { rankCommand } from '../../src/cli/commands';
import { RANKING_HEADERS } from '../../src/engine/report/layoutText';
import type { WorkbookInput } from '../../src/engine/model';
import type { FakeExcel, WorkbookData } from '../taskpane/fakeExcel';
import { E2E_PAGE, buildPane } from './buildPane';
import { launchChromium, type Browser } from './chromium';
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
/** Uncaught errors and console errors since the last step ended. */
const pageErrors: string[] = [];
const offOrigin: string[] = [];

/** A refusal by the page's Content-Security-Policy: its securitypolicyviolation event or its console line. */
interface Refusal {
  directive: string;
  /** The refused URL, or 'inline'. */
  blocked: string;
  /** The script that tried, as url:line. */
  source: string;
  text: string;
}
/** What the policy refused since the last step ended, save office.js's telemetry (below). */
const refusals: Refusal[] = [];

/**
 * office.js loaded outside Office (the first step: the page in a plain browser) starts its
 * telemetry: it adds an iframe of Microsoft's telemetry service and hides it with an inline style.
 * The page's policy refuses both, as it must: the add-in may not send anything to Microsoft from
 * an intranet, and that frame is the very thing an intranet build keeps out. Whether office.js
 * gets that far before the step ends depends on timing, so these two refusals are recognised by
 * what they are and which script made them, kept here, and allowed; any other refusal fails its
 * step, and so would this frame if any script but office.js's own tried it.
 */
const officeTelemetry: Refusal[] = [];
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

function isOfficeTelemetry(refusal: Refusal): boolean {
  const fromOfficeJs = refusal.source.startsWith(`${server.origin}/office-js/`);
  const frame = refusal.blocked.startsWith(OFFICE_TELEMETRY);
  const hidingStyle = refusal.blocked === 'inline' && (refusal.directive === 'style-src-attr' || /^Applying inline style/.test(refusal.text));
  return fromOfficeJs && (frame || hidingStyle);
}

function refused(refusal: Refusal): void {
  (isOfficeTelemetry(refusal) ? officeTelemetry : refusals).push(refusal);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
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

async function screenshot(name: string): Promise<void> {
  // Fluent's motions finished, so a dialog is shown as the user sees it once it is open.
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/**
 * Fluent UI's focus manager (tabster) adds aria-hidden focusable <i data-tabster-dummy> elements on
 * purpose: they hand focus on as soon as they get it, and must stay silent to screen readers. axe
 * flags them; Fluent lists it as a known false positive (microsoft/tabster#288), and Microsoft's
 * Accessibility Insights suppresses exactly these nodes. Every other node still counts.
 */
const isTabsterDummy = (id: string, html: string) => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

/** axe on the page as it is now: nothing serious or critical. */
async function expectAccessible(state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
  expect({ state, violations: severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`) }).toEqual({
    state,
    violations: [],
  });
}

/** Waits until the fake's active sheet is `name` (goTo runs after the click returns). */
async function activeSheetBecomes(name: string): Promise<void> {
  await page.waitForFunction((wanted) => (globalThis as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.activeSheet() === wanted, name);
}

const button = (name: string) => page.getByRole('button', { name, exact: true });
const lights = () => page.getByRole('group', { name: '全部事项的督办灯' });
const status = () => page.locator('main > [role="status"]');

/** What `duban rank --json` prints for the example: the engine's answer, from the CLI's side. */
async function cliRanking(month: string): Promise<{ unit: string; score: number; rank: number }[]> {
  let out = '';
  await rankCommand(EXAMPLE, { month, json: true }, { out: (text) => (out += text), err: () => undefined });
  return JSON.parse(out);
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
  await buildPane(dist, officeData(await readWorkbookFile(EXAMPLE)));
  server = await serveDirectory(dist);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  // A refused style leaves the pane unstyled without any script error: listen for the refusals.
  await page.exposeFunction('__dubanCspViolation', refused);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (globalThis as unknown as { __dubanCspViolation: (refusal: Refusal) => void }).__dubanCspViolation;
      report({ directive: e.effectiveDirective, blocked: e.blockedURI || 'inline', source: `${e.sourceFile}:${e.lineNumber}`, text: e.sample });
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const source = message.location().url;
    if (/Content Security Policy/i.test(text)) refused({ directive: 'console', blocked: /^Framing '([^']+)'/.exec(text)?.[1] ?? 'inline', source, text });
    else pageErrors.push(`console.error: ${text} (${source})`);
  });
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
  const describe = (r: Refusal) => `${r.directive} refused ${r.blocked} at ${r.source}: ${r.text.slice(0, 120)}`;
  expect({ pageErrors: pageErrors.splice(0), refusals: refusals.splice(0).map(describe) }).toEqual({ pageErrors: [], refusals: [] });
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
    expect(bulletin[0][0]).toBe('关于2026年10月份督查事项办理情况的通报');
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

  it('lists the DUBAN functions from the functions.json the build wrote', async () => {
    await button('工作表函数 =DUBAN.*').click();
    await page.getByText(/^DUBAN\.SCORE\(/).waitFor();
    await expect(page.locator('dt').count()).resolves.toBeGreaterThanOrEqual(10);
    await screenshot('7-functions');
    await expectAccessible('function list');
  });

  it('sent nothing off its origin: office.js’s telemetry frame outside Office, if it came, was refused before any request', () => {
    expect(offOrigin).toEqual([]);
    // Only the frame and the style that hides it, each at most twice (event and console line).
    expect(officeTelemetry.length).toBeLessThanOrEqual(4);
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
    const reported = (console: boolean) => refusals.filter((r) => (r.directive === 'console') === console).length;
    for (let waited = 0; (reported(false) < 2 || reported(true) < 2) && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    // Taken off the list: they are this step's purpose, not its failure.
    const provoked = refusals.splice(0);
    expect(provoked.some((r) => r.directive.startsWith('style-src'))).toBe(true);
    expect(provoked.some((r) => r.directive.startsWith('script-src') && r.blocked === 'eval')).toBe(true);
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.not.toBe('rgb(255, 0, 0)');
  });
});
