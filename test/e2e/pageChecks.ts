// What every end-to-end page test watches and checks: script errors, refusals by the page's
// Content-Security-Policy, an axe scan, screenshots kept in test-artifacts/.
import AxeBuilder from '@axe-core/playwright';
import path from 'path';
import type { Page } from 'playwright-core';

/** A refusal by the page's Content-Security-Policy: its securitypolicyviolation event or its console line. */
export interface Refusal {
  directive: string;
  /** The refused URL, 'inline' or 'eval'. */
  blocked: string;
  /** The script that tried, as url:line. */
  source: string;
  text: string;
}

export interface PageWatch {
  /** Uncaught errors and console errors (React's warnings among them), as they came. */
  errors: string[];
  /** What the page's Content-Security-Policy refused, save office.js's telemetry outside Office (below). */
  refusals: Refusal[];
  /** office.js's telemetry frame and the style hiding it, refused as they must be. */
  officeTelemetry: Refusal[];
}

/**
 * office.js loaded outside Office (the pane opened in a plain browser) starts its telemetry: it
 * adds an iframe of Microsoft's telemetry service and hides it with an inline style. The page's
 * policy refuses both, as it must: the add-in may send nothing to Microsoft from an intranet, and
 * that frame is the very thing the intranet build keeps out. Whether office.js gets that far while
 * a test looks depends on timing, so exactly these two refusals are recognised, by what they are
 * and by coming from office.js's own file on the page's origin, and kept apart; any other refusal
 * counts, and so would this frame if any other script tried it.
 */
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

function isOfficeTelemetry(refusal: Refusal, origin: string): boolean {
  const fromOfficeJs = refusal.source.startsWith(`${origin}/office-js/`);
  const frame = refusal.blocked.startsWith(OFFICE_TELEMETRY);
  const hidingStyle = refusal.blocked === 'inline' && (refusal.directive === 'style-src-attr' || /^Applying inline style/.test(refusal.text));
  return fromOfficeJs && (frame || hidingStyle);
}

/** Listens from the next navigation on; call before the first goto. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], refusals: [], officeTelemetry: [] };
  const refused = (refusal: Refusal) => {
    const origin = new URL(page.url()).origin;
    (isOfficeTelemetry(refusal, origin) ? watch.officeTelemetry : watch.refusals).push(refusal);
  };
  page.on('pageerror', (error) => watch.errors.push(`${error.name}: ${error.message}`));
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
    else watch.errors.push(`console.error: ${text} (${source})`);
  });
  return watch;
}

/** What the page did wrong since the last call (errors and refusals), taken off the watch. */
export function takeProblems(watch: PageWatch): { errors: string[]; refusals: string[] } {
  const describe = (r: Refusal) => `${r.directive} refused ${r.blocked} at ${r.source}: ${r.text.slice(0, 120)}`;
  return { errors: watch.errors.splice(0), refusals: watch.refusals.splice(0).map(describe) };
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
  // axe fetches each stylesheet with XMLHttpRequest to read its rules, which a page opened from
  // file:// (WPS's offline add-in) refuses with a console error: there it reads the DOM only.
  const builder = new AxeBuilder({ page });
  if (page.url().startsWith('file:')) builder.options({ preload: false });
  const { violations } = await builder.analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
  expect({ state, violations: severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`) }).toEqual({
    state,
    violations: [],
  });
}
