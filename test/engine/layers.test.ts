// The shape of ARCHITECTURE.md, checked on the import graph: the engine imports no host, its stages
// import only from stages before them, the surfaces never import each other, and nothing imports
// in a circle.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** The engine's stages in the order data flows; a stage may import from itself and those before it. */
const STAGES = ['', 'calendar', 'rules', 'read', 'score', 'report', 'sheetFunctions'] as const;
const SURFACES = ['cli', 'functions', 'taskpane', 'wps'];
/** Packages the engine may use: data and pure functions that run in every host. */
const ENGINE_PACKAGES = [/^chinese-days\//, /^fastest-levenshtein$/];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface Imports {
  local: string[];
  packages: string[];
}

const graph = new Map<string, Imports>(
  sourceFiles(SRC).map((file) => {
    const specs = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
    const local = specs.filter((s) => s.startsWith('.')).map((s) => resolveLocal(file, s));
    expect(local).not.toContain(null);
    return [file, { local: local as string[], packages: specs.filter((s) => !s.startsWith('.')) }];
  }),
);

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const engineStage = (file: string): number => {
  const parts = rel(file).split('/');
  if (parts[0] !== 'engine') return -1;
  return STAGES.indexOf((parts.length === 2 ? '' : parts[1]) as (typeof STAGES)[number]);
};

test('every engine file sits in a known stage', () => {
  const engineFiles = [...graph.keys()].filter((f) => rel(f).startsWith('engine/'));
  expect(engineFiles.length).toBeGreaterThan(30);
  expect(engineFiles.filter((f) => engineStage(f) < 0).map(rel)).toEqual([]);
});

test('the engine imports no host: no Office, DOM, React, ExcelJS or Node module', () => {
  const offending = [...graph].flatMap(([file, { packages }]) =>
    rel(file).startsWith('engine/') ? packages.filter((p) => !ENGINE_PACKAGES.some((re) => re.test(p))).map((p) => `${rel(file)} → ${p}`) : [],
  );
  expect(offending).toEqual([]);
});

test('an engine stage imports only from itself and the stages before it', () => {
  const offending = [...graph].flatMap(([file, { local }]) => {
    const stage = engineStage(file);
    if (stage < 0) return [];
    return local.filter((target) => engineStage(target) > stage || engineStage(target) < 0).map((t) => `${rel(file)} → ${rel(t)}`);
  });
  expect(offending).toEqual([]);
});

/**
 * WPS hosts the task pane's React app over its own actions: src/wps may import src/taskpane, but
 * only what is host-neutral there (the app, the actions interface and their shared steps).
 */
const ALLOWED_CROSSING = { from: 'wps', to: 'taskpane' };

test('the surfaces import the engine, never each other (except WPS reusing the task pane)', () => {
  const surfaceOf = (file: string) => rel(file).split('/')[0];
  const offending = [...graph].flatMap(([file, { local }]) => {
    const own = surfaceOf(file);
    if (!SURFACES.includes(own)) return [];
    const crossing = (t: string) => SURFACES.includes(surfaceOf(t)) && surfaceOf(t) !== own;
    const allowed = (t: string) => own === ALLOWED_CROSSING.from && surfaceOf(t) === ALLOWED_CROSSING.to;
    return local.filter((t) => crossing(t) && !allowed(t)).map((t) => `${rel(file)} → ${rel(t)}`);
  });
  expect(offending).toEqual([]);
});

test('WPS reaches no Office code: nothing it imports, however indirectly, is the Excel adapter, the Excel functions or Office.js', () => {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const next of graph.get(file)?.local ?? []) visit(next);
  };
  const wpsFiles = [...graph.keys()].filter((f) => rel(f).startsWith('wps/'));
  expect(wpsFiles.length).toBeGreaterThan(10);
  wpsFiles.forEach(visit);
  const office = [...reached].filter((f) => /^(taskpane\/excel|functions)\//.test(rel(f)) || graph.get(f)?.packages.some((p) => /office|custom-functions/.test(p)));
  expect(office.map(rel)).toEqual([]);
  // The shared task pane reaches WPS nowhere either: the crossing goes one way.
  expect([...graph].filter(([f, { local }]) => rel(f).startsWith('taskpane/') && local.some((t) => rel(t).startsWith('wps/'))).map(([f]) => rel(f))).toEqual([]);
});

test('no module imports itself through a circle', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file)?.local ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});
