// Today's 台账 reader against the one of before issue 11 (reading field ledgers), on this machine
// and in this run. Issue 11 asks that reading the template layout stays within 1.1× of before; a
// fixed time from another day's run says nothing once the machine's speed changes (it was 1.8×
// slower on 2026-11-30 than on 2026-11-23, docs/performance.md), so the old reader is built from
// git and both are timed here, each in its own processes, by turns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { median, type Timing } from './measure';
import { CACHE_DIR, ROOT } from './paths';
import type { ReaderRuns } from './readerRuns';

/** The last commit before issue 11's reading: the reader of run 7 (2026-11-23, 438 ms). */
export const BASELINE_COMMIT = '6c7cfc5f9055f82e0d884178853a7b2b31949ed6';

export interface ReaderComparison {
  current: Timing;
  baseline: Timing;
}

const CURRENT_READER = path.join(__dirname, '..', 'src', 'engine', 'read', 'readLedger.js');
const RUNS_SCRIPT = path.join(__dirname, 'readerRuns.js');

function run(file: string, args: readonly string[]): string | null {
  const result = spawnSync(file, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? null : `${path.basename(file)} ${args.join(' ')}: ${(result.stderr || result.stdout || String(result.error)).trim().slice(-800)}`;
}

/** The compiled readLedger.js of BASELINE_COMMIT, built once into bench/.cache; or why it cannot be. */
export function baselineReader(): { module: string } | { missing: string } {
  const dir = path.join(CACHE_DIR, `reader-${BASELINE_COMMIT.slice(0, 12)}`);
  const module = path.join(dir, 'build', 'src', 'engine', 'readLedger.js');
  if (existsSync(module)) return { module };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = path.join(dir, 'engine.tar');
  // The engine alone: it imports nothing outside src/engine but packages, found in ROOT/node_modules.
  const steps: (() => string | null)[] = [
    () => run('git', ['archive', '--output', tar, BASELINE_COMMIT, 'src/engine']),
    () => run('tar', ['-xf', tar, '-C', dir]),
    () => {
      const config = { extends: path.join(ROOT, 'tsconfig.json'), compilerOptions: { rootDir: '.', outDir: 'build', types: ['node'] }, include: ['src/engine/**/*.ts'] };
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config));
      return null;
    },
    () => run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(dir, 'tsconfig.json')]),
  ];
  let failed: string | null = null;
  for (const step of steps) if ((failed = step()) !== null) break;
  if (failed !== null) {
    rmSync(dir, { recursive: true, force: true });
    return { missing: `无法构建 ${BASELINE_COMMIT.slice(0, 7)} 的读取器（${failed}）` };
  }
  return { module };
}

function readerRuns(module: string, size: string, runs: number, warmup: number): ReaderRuns {
  const result = spawnSync(process.execPath, ['--expose-gc', RUNS_SCRIPT, module, size, String(runs), String(warmup)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`readerRuns ${module} ${size} exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout) as ReaderRuns;
}

/**
 * `rounds` processes of each reader, by turns, each timing `runs` reads after `warmup`. Both read
 * the same generated ledger (one seed), which must give no 错误 to either.
 */
export function compareReaders(baseline: string, size: string, rounds: number, runs: number, warmup: number): ReaderComparison {
  const times = { current: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const [key, module] of [['baseline', baseline], ['current', CURRENT_READER]] as const) {
      const got = readerRuns(module, size, runs, warmup);
      if (got.errors > 0) throw new Error(`the ${key} reader found ${got.errors} 错误 in the ${size} ledger`);
      times[key].push(...got.runs);
    }
  }
  return {
    current: { median: median(times.current), runs: times.current },
    baseline: { median: median(times.baseline), runs: times.baseline },
  };
}
