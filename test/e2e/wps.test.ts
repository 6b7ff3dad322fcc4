// The WPS add-in exactly as `npm run build:wps` writes it (a production build), without WPS: both
// layouts and the installers; every script parseable by an ES2017 engine and free of APIs newer
// than the Chromium it targets; the hidden main page, opened from the offline folder (file://) with
// a fake window.wps, defining every ribbon callback and registering the functions, which rank the
// example as the CLI does; the task pane in Debian's Chromium, offline and online, clicked through
// with screenshots in test-artifacts/e2e-wps/ and an axe scan of every state, 通知单 and 登记 included.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import * as acorn from 'acorn';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { buildWps, offlineEntry, type WpsBuild } from '../../scripts/wps/build';
import { rankCommand } from '../../src/cli/commands';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import type { FakeWps } from '../wps/fakeWps';
import { EXAMPLE, asData } from '../taskpane/ledgerFixtures';
import { buildFakeWps } from './buildFakeWps';
import { launchChromium, type Browser } from './chromium';
import { expectAccessible, screenshot, takeProblems, watchPage, type PageWatch } from './pageChecks';
import { serveDirectory, type StaticServer } from './staticServer';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e-wps');

/**
 * Runtime APIs newer than Chromium 87, the engine the build targets (docs/wps.md), each with its
 * Chromium version; none may appear in a shipped script. (Array findLast, 97, is left out: the
 * focus manager tabster has methods of that name.)
 */
const NEWER_APIS: [RegExp, string][] = [
  [/\brandomUUID\b/, 'crypto.randomUUID (92, secure contexts only)'],
  [/\bstructuredClone\b/, 'structuredClone (98)'],
  [/\bObject\.hasOwn\b/, 'Object.hasOwn (93)'],
  [/\.at\(/, 'Array/String .at() (92)'],
  [/\.to(Sorted|Reversed|Spliced)\(/, 'toSorted / toReversed / toSpliced (110)'],
  [/\bAbortSignal\.timeout\b/, 'AbortSignal.timeout (103)'],
  [/\bObject\.groupBy\b|\bMap\.groupBy\b/, 'groupBy (117)'],
  [/\bPromise\.withResolvers\b/, 'Promise.withResolvers (119)'],
  [/\bArray\.fromAsync\b/, 'Array.fromAsync (121)'],
  // Not an API gap but a known fault: wpsjs 1.4.10 removed these for throwing on Linux builds.
  [/\btoLocale(Date|Time)String\b/, 'toLocaleDateString / toLocaleTimeString (throw on WPS for Linux)'],
];

type Cells = (string | number | boolean | null)[][];

let build: WpsBuild;
let fakeScript: string;
let server: StaticServer;
let browser: Browser;
let work: string;
const watches: PageWatch[] = [];
const requests: string[] = [];

const fakeOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { __fakeWps: FakeWps }).__fakeWps.book.snapshot());

async function newPage(withFake: boolean): Promise<Page> {
  const page = await browser.context.newPage();
  watches.push(await watchPage(page));
  page.on('request', (request) => requests.push(request.url()));
  if (withFake) await page.addInitScript({ path: fakeScript });
  // Month-end work on October 2026, whatever the machine's clock says.
  await page.clock.setFixedTime(new Date('2026-11-05T09:00:00+08:00'));
  return page;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)).map((f) => `${name}/${f}`) : [name])).sort();
}

async function cliRanking(): Promise<{ unit: string; score: number; rank: number }[]> {
  let out = '';
  await rankCommand(EXAMPLE, { month: '2026-10', json: true }, { out: (text) => (out += text), err: () => undefined });
  return JSON.parse(out) as { unit: string; score: number; rank: number }[];
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Chromium first: when it is missing, say so before spending time on the build.
  browser = await launchChromium();
  work = mkdtempSync(path.join(os.tmpdir(), 'duban-wps-e2e-'));
  build = await buildWps(path.join(work, 'dist-wps'));
  fakeScript = await buildFakeWps(path.join(work, 'fake'), asData(await readWorkbookFile(EXAMPLE)));
  server = await serveDirectory(build.online);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run build:wps', () => {
  it('writes the online folder, the offline folder with its publish.xml entry, and the installers', () => {
    const shipped = files(build.online);
    expect(shipped).toEqual(expect.arrayContaining(['index.html', 'taskpane.html', 'main.js', 'taskpane.js', 'taskpane.css', 'ribbon.xml', 'manifest.xml', 'functions.json', 'assets/icon-80.png']));
    expect(files(build.offline)).toEqual(shipped);
    // Compared as bytes: a deep equality of half a megabyte takes jest a minute.
    expect(shipped.filter((file) => !readFileSync(path.join(build.offline, file)).equals(readFileSync(path.join(build.online, file))))).toEqual([]);
    const dist = path.dirname(build.online);
    expect(readFileSync(path.join(dist, 'jsaddons/publish.xml'), 'utf8')).toContain(offlineEntry(build.version));
    expect(path.basename(build.offline)).toBe(`duban_${build.version}`);
    for (const installer of ['install-wps.sh', 'install-wps.ps1', 'install-wps.cmd']) expect(existsSync(path.join(dist, installer))).toBe(true);
    const { functions } = JSON.parse(readFileSync(path.join(build.online, 'functions.json'), 'utf8')) as { functions: unknown };
    expect(functions).toEqual(build.functions);
    expect(functions).toHaveLength(11);
  });

  it('ships scripts an ES2017 engine parses, with no API newer than Chromium 87 and no eval', () => {
    const scripts = files(build.online).filter((f) => f.endsWith('.js'));
    expect(scripts).toEqual(['main.js', 'taskpane.js']);
    for (const file of scripts) {
      const source = readFileSync(path.join(build.online, file), 'utf8');
      // acorn also checks regular expressions against the version: no named groups, no lookbehind.
      expect(() => acorn.parse(source, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
      expect({ file, newer: NEWER_APIS.filter(([pattern]) => pattern.test(source)).map(([, name]) => name) }).toEqual({ file, newer: [] });
      expect(source).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('checks what it claims to: newer syntax and APIs are refused', () => {
    expect(() => acorn.parse('let a = b?.c;', { ecmaVersion: 2017 })).toThrow();
    expect(() => acorn.parse('try {} catch {}', { ecmaVersion: 2017 })).toThrow();
    expect(() => acorn.parse('const o = { ...p };', { ecmaVersion: 2017 })).toThrow();
    expect(() => acorn.parse('/(?<year>\\d{4})/', { ecmaVersion: 2017 })).toThrow();
    expect(NEWER_APIS.filter(([pattern]) => pattern.test('const id = crypto.randomUUID(); const copy = structuredClone(x);')).map(([, n]) => n)).toHaveLength(2);
  });
});

describe('the main page, offline (file://), in a fake WPS', () => {
  let page: Page;
  const mainPage = () => pathToFileURL(path.join(build.offline, 'index.html')).href;

  beforeAll(async () => {
    page = await newPage(true);
    await page.goto(mainPage());
  });

  it('defines every callback ribbon.xml names, on window, as WPS looks them up', async () => {
    const ribbon = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(path.join(build.offline, 'ribbon.xml'), 'utf8'));
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (/^(on|get)[A-Z]/.test(key) && typeof value === 'string') names.push(value);
        else walk(value);
      }
    };
    walk(ribbon);
    expect(names.sort()).toEqual(['ribbon.GetImage', 'ribbon.OnAction', 'ribbon.OnAddinLoad']);
    const types = await page.evaluate((paths) => paths.map((p) => typeof p.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], window)), names);
    expect(types).toEqual(names.map(() => 'function'));
    const image = await page.evaluate(() => (window as unknown as { ribbon: { GetImage: () => string } }).ribbon.GetImage());
    expect(existsSync(path.join(build.offline, image))).toBe(true);
  });

  it('registers the ten functions under DUBAN with their metadata, and 督办面板 opens the pane beside it', async () => {
    const registered = await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fakeWps: FakeWps }).__fakeWps;
      return [...fake.functions].map(([name, f]) => ({ name, metadata: f.metadata }));
    });
    expect(registered.map((f) => f.name).sort()).toEqual(build.functions.map((f) => `DUBAN.${f.name}`).sort());
    expect(registered.map((f) => f.metadata)).toEqual(build.functions);
    const pane = await page.evaluate(() => {
      (window as unknown as { ribbon: { OnAction: (c: { Id: string }) => boolean } }).ribbon.OnAction({ Id: 'dubanPanel' });
      return (globalThis as unknown as { __fakeWps: FakeWps }).__fakeWps.panes[0];
    });
    expect(pane).toMatchObject({ url: pathToFileURL(path.join(build.offline, 'taskpane.html')).href, Visible: true });
  });

  it('ranks the example through DUBAN.RANKING and DUBAN.SCORE as the CLI does', async () => {
    const results = await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fakeWps: FakeWps }).__fakeWps;
      const used = (name: string) => fake.ActiveWorkbook.Worksheets.Item(name).UsedRange;
      const spill = fake.call('DUBAN.RANKING', used('台账'), used('单位'), used('加减分'), '2026-10') as Cells;
      const units = spill.slice(1).map((row) => row[spill[0].indexOf('单位')]).filter((u) => u !== '');
      const scores = units.map((unit) => fake.call('DUBAN.SCORE', unit, used('台账').Value2, used('单位').Value2, used('加减分').Value2, '2026-10'));
      return { spill, units, scores };
    });
    const cli = await cliRanking();
    const header = results.spill[0];
    const rows = results.spill.slice(1).filter((row) => row[header.indexOf('单位')] !== '');
    expect(new Map(rows.map((r) => [r[header.indexOf('单位')], [r[header.indexOf('总分')], r[header.indexOf('排名')]]]))).toEqual(
      new Map(cli.map((u) => [u.unit, [u.score, u.rank]])),
    );
    expect(new Map(results.units.map((u, i) => [u, results.scores[i]]))).toEqual(new Map(cli.map((u) => [u.unit, u.score])));
  });
});

describe('the task pane, offline (file://)', () => {
  let page: Page;
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const status = () => page.locator('main > [role="status"]');
  const sheet = async (name: string): Promise<Cells> => {
    const found = (await fakeOf(page)).sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found.values;
  };

  beforeAll(async () => {
    page = await newPage(true);
  });

  it('outside WPS, says what the page is', async () => {
    const plain = await newPage(false);
    await plain.goto(pathToFileURL(path.join(build.offline, 'taskpane.html')).href);
    await expect(plain.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('请在 WPS 表格中打开督办');
    await screenshot(plain, ARTIFACTS, '0-outside-wps');
    await expectAccessible(plain, 'outside WPS');
    await plain.close();
  });

  it('loads in the fake WPS with last month and the 规则 sheet’s preset', async () => {
    await page.goto(pathToFileURL(path.join(build.offline, 'taskpane.html')).href);
    await button('校验台账').waitFor();
    await expect(page.getByLabel('考核月份').inputValue()).resolves.toBe('2026-10');
    await expect(page.getByLabel('规则集').inputValue()).resolves.toBe('sanmenxia-2019');
    // Fluent's run-time styles applied under the page's Content-Security-Policy, from file:// too.
    await expect(button('校验台账').evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).resolves.not.toBe('0px');
    await screenshot(page, ARTIFACTS, '1-start');
    await expectAccessible(page, 'start');
  });

  it('校验台账 finds the example clean', async () => {
    await button('校验台账').click();
    await status().getByText(/台账校验通过/).waitFor();
    await screenshot(page, ARTIFACTS, '2-validation');
  });

  it('生成排名 writes every unit as the CLI scores it, never touching a source sheet', async () => {
    const sources = async () => Promise.all(['台账', '单位', '加减分'].map(sheet));
    const before = await sources();
    await button('生成排名').click();
    await status().getByText('已生成').waitFor();
    const ranking = await sheet('2026年10月排名');
    const at = (name: string) => ranking[0].indexOf(name);
    const cli = await cliRanking();
    expect(new Map(ranking.slice(1).map((r) => [r[at('单位')], [r[at('总分')], r[at('排名')]]]))).toEqual(new Map(cli.map((u) => [u.unit, [u.score, u.rank]])));
    expect(await sources()).toEqual(before);
    await expect(status().textContent()).resolves.toContain('共 30 个单位');
    await screenshot(page, ARTIFACTS, '3-ranking');
    await expectAccessible(page, 'ranking generated');
  });

  it('生成通报 asks about the existing ranking, then writes the bulletin', async () => {
    await button('生成通报').click();
    await page.getByRole('dialog', { name: '工作表「2026年10月排名」已存在' }).waitFor();
    await screenshot(page, ARTIFACTS, '4-conflict-dialog');
    await expectAccessible(page, 'conflict dialog');
    await page.keyboard.press('Enter');
    await status().getByText('已生成').waitFor();
    // The masthead (督查通报, 期号, issuer and date over the red line) above the title.
    expect((await sheet('2026年10月通报'))[0][0]).toBe('督查通报');
    expect((await sheet('2026年10月通报'))[4][0]).toBe('关于2026年10月份督查事项办理情况的通报');
    expect(await sheet('2026年10月排名 (2)')).toEqual(await sheet('2026年10月排名'));
    await screenshot(page, ARTIFACTS, '5-bulletin');
    await expectAccessible(page, 'bulletin generated');
    // Two axe scans, the second over the suggestions' table too: about 19 s on a busy 2-core machine.
  }, 60_000);

  it('after 生成通报, the example’s unregistered 应报未报 are offered, and 登记到加减分 appends them below the last row', async () => {
    const offer = page.getByRole('table', { name: '应报未报：建议登记的加减分' });
    await offer.waitFor();
    const offered = await offer.getByRole('row').count();
    const before = await sheet('加减分');
    await button('登记到加减分').click();
    // The header row is not a suggestion.
    const first = before.length + 1;
    const last = before.length + offered - 1;
    await page.getByText(`已登记到「加减分」第 ${first}–${last} 行。`).waitFor();
    const after = await sheet('加减分');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(last);
    await screenshot(page, ARTIFACTS, '5b-suggestions-registered');
  });

  it('新建台账模板 adds the template sheets beside the others', async () => {
    await button('新建台账模板').click();
    await status().getByText('已新建台账模板').waitFor();
    const names = (await fakeOf(page)).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['台账 (2)', '单位 (2)', '加减分 (2)']));
    await screenshot(page, ARTIFACTS, '6-template');
    await expectAccessible(page, 'template created');
  });

  it('生成通知单: the rows selected in the 台账 (window.wps’s ActiveWindow.RangeSelection) become two notices, a page break between', async () => {
    await page.evaluate(() => {
      const fake = (globalThis as unknown as { __fakeWps: FakeWps }).__fakeWps;
      // Rows 2–3: DC-2026-001 for its two responsible units, selected by their row headers.
      fake.ActiveWorkbook.Worksheets.Item('台账').Activate();
      fake.book.sheet('台账').selection = '2:3';
    });
    await button('生成通知单').click();
    await page.getByText('「督查通知单」共 2 份，每份一页（A4 纵向），可直接打印。').waitFor();
    const notices = (await fakeOf(page)).sheets.find((s) => s.name === '督查通知单')!;
    expect(notices.values.slice(0, 4).map((row) => row[0])).toEqual(['市政府督查室', '督查通知', expect.stringMatching(/^督通〔2026〕\d+号$/), '市交通运输局：']);
    expect(notices.pageBreaks).toHaveLength(1);
    expect(notices.pageLayout).toMatchObject({ PaperSize: 9, Orientation: 1, Zoom: 100 });
    await page.getByRole('heading', { name: '通知单与催办单' }).scrollIntoViewIfNeeded();
    await screenshot(page, ARTIFACTS, '6b-notices');
    await expectAccessible(page, 'notices generated');
  });
});

describe('the task pane, online (http)', () => {
  it('lists the DUBAN functions from the functions.json the build wrote', async () => {
    const page = await newPage(true);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole('button', { name: '工作表函数 =DUBAN.*', exact: true }).click();
    await page.getByText(/^DUBAN\.SCORE\(单位, 台账, \[单位表\]/).waitFor();
    await expect(page.locator('dt').count()).resolves.toBe(11);
    await screenshot(page, ARTIFACTS, '7-functions');
    await expectAccessible(page, 'function list');
  });
});

describe('every page', () => {
  it('ran without a script error, a refusal by its Content-Security-Policy, or a request off the add-in', () => {
    expect(watches.map(takeProblems)).toEqual(watches.map(() => ({ errors: [], refusals: [] })));
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith(server.origin))).toEqual([]);
  });
});
