// Debian's Chromium, driven by playwright-core: never a browser download, never the network.
import { existsSync, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The end-to-end test needs Chromium at ${CHROMIUM} and will not download one. ` +
        'On Debian/Ubuntu: apt-get update && apt-get install -y chromium (or set DUBAN_CHROMIUM to its path).',
    );
  }
  // A fresh profile each run: no cache or stored state from an earlier run can hide a bug.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'duban-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    // About a task pane's width in Excel.
    viewport: { width: 380, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
