// What users' Excel downloads, from a production build of the default (CDN) configuration: the
// page's Content-Security-Policy, no eval or Function constructor anywhere in the bundle, no
// eval-* devtool in any mode, and no CLI-only dependency (ExcelJS above all) inside the add-in.
// The production dependencies and where each one runs are listed in docs/reliability.md; this test
// keeps that table true.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type Factory = ((env: Record<string, unknown>, options: { mode: string }) => Promise<webpack.Configuration>) & {
  contentSecurityPolicy: (officeJs: string | null) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, outside every tsconfig
const factory = require(path.join(ROOT, 'webpack.config.js')) as Factory;

let dist: string;
/** node_modules packages with at least one module in the bundle. */
let bundled: Set<string>;

function packagesOf(stats: webpack.StatsCompilation): Set<string> {
  const found = new Set<string>();
  const walk = (modules: webpack.StatsModule[] | undefined) => {
    for (const m of modules ?? []) {
      const id = m.nameForCondition ?? m.identifier ?? m.name ?? '';
      const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
      if (pkg) found.add(pkg[1].replace('\\', '/'));
      walk(m.modules);
    }
  };
  walk(stats.modules);
  return found;
}

const savedOfficeJs = process.env.DUBAN_OFFICE_JS;

beforeAll(async () => {
  // The default build: office.js from Microsoft's CDN.
  delete process.env.DUBAN_OFFICE_JS;
  dist = mkdtempSync(path.join(os.tmpdir(), 'duban-prod-'));
  const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, mode: 'production', context: ROOT, output: { ...config.output, path: dist } }, (error, result) =>
      error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(`production build failed:\n${stats.toString({ all: false, errors: true })}`);
  bundled = packagesOf(stats.toJson({ all: false, modules: true, nestedModules: true }));
}, 240_000);

afterAll(() => {
  if (savedOfficeJs !== undefined) process.env.DUBAN_OFFICE_JS = savedOfficeJs;
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('webpack devtool', () => {
  it.each([
    ['production', {}],
    ['production', { officeJs: 'local' }],
    ['development', {}],
    ['development', { officeJs: 'local' }],
  ])('is never an eval-* variant (%s %j): the CSP has no unsafe-eval', async (mode, env) => {
    const config = await factory({ WEBPACK_BUILD: true, ...env }, { mode });
    expect(config.devtool === false || typeof config.devtool === 'string').toBe(true);
    expect(typeof config.devtool === 'string' ? config.devtool : '').not.toMatch(/eval/);
  });
});

describe('taskpane.html of the production build', () => {
  const html = () => readFileSync(path.join(dist, 'taskpane.html'), 'utf8');

  it('carries the CSP first in <head>: own origin, plus Microsoft’s CDN for office.js only', () => {
    const page = html();
    const metas = [...page.matchAll(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/gi)];
    expect(metas).toHaveLength(1);
    const csp = metas[0][1];
    expect(csp).toBe(factory.contentSecurityPolicy(CDN));
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Styles: this origin and the empty <style> elements Griffel fills through CSSOM; never
    // 'unsafe-inline', never 'unsafe-eval' anywhere.
    expect(directives.get('style-src')).toEqual(["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Before anything that loads: only the charset declaration comes first.
    const head = page.slice(page.indexOf('<head>') + '<head>'.length);
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<script|<link|<style/));
    expect(head.search(/<meta/)).toBe(head.search(/<meta charset/i));
  });

  it('has no inline script, inline style, or event-handler attribute, and loads scripts only from itself and the CDN', () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBe(3);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      const src = /src="?([^"\s>]+)/.exec(attributes)?.[1];
      expect(src === CDN || (src !== undefined && !/^[a-z]+:|^\/\//i.test(src))).toBe(true);
    }
    expect(page).not.toMatch(/<style/i);
    expect(page).not.toMatch(/\sstyle=/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });
});

/** Ways to turn a string into code; a match inside a string literal would fail too, and be looked at. */
const EVALS: [string, RegExp][] = [
  ['eval(', /(?<![.\w$])eval\s*\(/g],
  ['new Function(', /\bnew\s+Function\s*\(/g],
  ['Function("…")', /(?<![.\w$])Function\s*\(\s*["'`]/g],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
];

describe('the production bundle', () => {
  it('holds no eval, Function constructor or string timer in any script it serves', () => {
    const scripts = readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.sort()).toEqual(['functions.js', 'taskpane.js']);
    const hits: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(path.join(dist, file), 'utf8');
      for (const [name, pattern] of EVALS) {
        for (const m of code.matchAll(pattern)) hits.push(`${file}: ${name} …${code.slice(Math.max(0, m.index - 80), m.index + 60)}…`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('contains nothing from ExcelJS or the CLI’s other dependencies; docs/reliability.md lists each production dependency as it is', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // A dependency reaches the add-in when it, or a package it depends on, has a module in the
    // bundle (@fluentui/react-components only re-exports its @fluentui/react-* packages).
    const reaches = (name: string): boolean => {
      const own = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      return bundled.has(name) || Object.keys(own.dependencies ?? {}).some((dep) => bundled.has(dep));
    };
    for (const cliOnly of ['exceljs', 'commander', 'cli-progress']) expect(reaches(cliOnly)).toBe(false);
    // Nor anything ExcelJS would have brought along.
    for (const name of bundled) expect(name).not.toMatch(/^(exceljs|jszip|unzipper|archiver|saxes|fast-csv|commander|cli-progress)$/);

    const docs = readFileSync(path.join(ROOT, 'docs/reliability.md'), 'utf8');
    const section = docs.slice(docs.indexOf('### 生产依赖'));
    const rows = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+?) \| (是|否) \|/gm)].map(([, name, version, inAddIn]) => ({ name, version, inAddIn: inAddIn === '是' }));
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(pkg.dependencies).sort());
    for (const row of rows) {
      expect({ name: row.name, version: row.version }).toEqual({ name: row.name, version: pkg.dependencies[row.name] });
      expect({ name: row.name, inAddIn: row.inAddIn }).toEqual({ name: row.name, inAddIn: reaches(row.name) });
    }
  });
});

describe('office.js as the intranet build copies it (Microsoft’s code, docs/reliability.md)', () => {
  it('turns strings into code only in webpack 4’s global helper, which takes window in a browser first', () => {
    const dir = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json', { paths: [ROOT] })), 'dist');
    // The helper: `this` of a sloppy-mode function is window, so new Function is never reached,
    // and a refusal by the CSP would be caught.
    const helper = /n=function\(\)\{return this\}\(\);try\{n=n\|\|new Function\("return this"\)\(\)\}catch\(e\)\{"object"==typeof window&&\(n=window\)\}/g;
    const others: string[] = [];
    let helpers = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && !f.endsWith('.debug.js'))) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      helpers += [...code.matchAll(helper)].length;
      const rest = code.replace(helper, '');
      for (const [name, pattern] of EVALS) for (const m of rest.matchAll(pattern)) others.push(`${file}: ${name} …${rest.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
    }
    expect(others).toEqual([]);
    expect(helpers).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, 'office.js'), 'utf8')).not.toMatch(helper);
  });
});
