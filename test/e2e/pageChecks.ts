// What every end-to-end page test watches and checks: script errors, refusals by the page's
// Content-Security-Policy, an axe scan, screenshots kept in test-artifacts/.
import AxeBuilder from '@axe-core/playwright';
import path from 'path';
import type { Page } from 'playwright-core';

export interface PageWatch {
  errors: string[];
  /** Everything the page's Content-Security-Policy refused, from the page's own events and console. */
  cspViolations: string[];
}

/** Listens from the next navigation on; call before the first goto. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], cspViolations: [] };
  page.on('pageerror', (error) => watch.errors.push(error.message));
  // A refused style leaves the pane unstyled without any script error: listen for the refusals.
  await page.exposeFunction('__dubanCspViolation', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (globalThis as unknown as { __dubanCspViolation: (text: string) => void }).__dubanCspViolation;
      report(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(`console: ${message.text()}`);
  });
  return watch;
}

export async function screenshot(page: Page, directory: string, name: string): Promise<void> {
  // Fluent's motions finished, so a dialog is shown as the user sees it once it is open.
  await page.screenshot({ path: path.join(directory, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/**
 * Fluent UI's focus manager (tabster) adds aria-hidden focusable <i data-tabster-dummy> elements on
 * purpose: they hand focus on as soon as they get it, and must stay silent to screen readers. axe
 * flags them; Fluent lists it as a known false positive (microsoft/tabster#288), and Microsoft's
 * Accessibility Insights suppresses exactly these nodes. Every other node still counts.
 */
const isTabsterDummy = (id: string, html: string) => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

/** axe on the page as it is now: nothing serious or critical. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
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
