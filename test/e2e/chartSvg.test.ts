// The SVG files of `duban bulletin --charts` for the example ledger, rendered in Chromium: each
// drawn to a PNG kept in test-artifacts/charts/ (to look at), with every label inside the picture
// and the picture the size the file declares.
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { bulletinChartFiles, type ChartFile } from '../../src/cli/writeCharts';
import { periodOf } from '../../src/engine/calendar/period';
import { readLedger } from '../../src/engine/read/readLedger';
import { buildBulletin } from '../../src/engine/report/bulletin';
import { launchChromium, type Browser } from './chromium';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/charts');

let browser: Browser;
let page: Page;
let files: ChartFile[];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.context.newPage();
  const period = periodOf('2026-10')!;
  const { ledger } = readLedger(await readWorkbookFile(path.join(ROOT, 'examples/ledger-2026.xlsx')), { reportYear: 2026, asOf: period.asOf });
  files = bulletinChartFiles(buildBulletin(ledger!, period));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** PNG width and height from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the --charts SVGs in Chromium', () => {
  it('are the three charts of the October bulletin', () => {
    expect(files.map((f) => f.name)).toEqual(['2026年10月通报-办结率.svg', '2026年10月排名-县（市、区）.svg', '2026年10月排名-市直单位.svg']);
  });

  it('render at their declared size with every label inside the picture; the PNGs are kept', async () => {
    for (const file of files) {
      await page.setContent(`<!doctype html><html><body style="margin:0">${file.svg}</body></html>`);
      const svg = page.locator('svg');
      const declared = await svg.evaluate((el) => ({ width: Number(el.getAttribute('width')), height: Number(el.getAttribute('height')) }));
      const outside = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return Array.from(el.querySelectorAll('text'))
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width === 0 || r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom)
          .map(({ text }) => text);
      });
      expect({ file: file.name, outside }).toEqual({ file: file.name, outside: [] });
      const png = await svg.screenshot({ path: path.join(ARTIFACTS, file.name.replace(/\.svg$/, '.png')) });
      expect(pngSize(png)).toEqual(declared);
      writeFileSync(path.join(ARTIFACTS, file.name), file.svg);
    }
  }, 60_000);
});
