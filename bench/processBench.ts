// The CLI end to end on the .xlsx file, and ExcelJS's bare read of the same file beside it: both
// spawned, so both pay process start-up; wall time from the parent, peak memory from GNU time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median } from './measure';
import { CLI, EXCELJS_READ } from './paths';
import * as path from 'node:path';

export interface ProcessRun {
  /** Median wall time, ms. */
  median: number;
  runs: number[];
  /** Median peak resident set size, MB. */
  peakMB: number;
  peaksMB: number[];
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;
export const MEMORY_METHOD = hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (rssWrapper)';

function runOnce(script: string, args: readonly string[]): { ms: number; peakMB: number; stdout: string } {
  const command = hasGnuTime
    ? { file: GNU_TIME, args: ['-v', process.execPath, script, ...args] }
    : { file: process.execPath, args: [path.join(__dirname, 'rssWrapper.js'), script, ...args] };
  const start = performance.now();
  const result = spawnSync(command.file, command.args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${path.basename(script)} ${args.join(' ')} exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!match) throw new Error(`no peak memory in the output of ${path.basename(script)}`);
  return { ms, peakMB: Number(match[1]) / 1024, stdout: result.stdout };
}

/**
 * The two commands alternately, run after run, so a burst of load from elsewhere on the machine
 * falls on both rather than on one of them.
 */
export function benchProcesses(file: string, runs: number, warmup: number): { cli: ProcessRun; exceljs: ProcessRun } {
  const jobs = {
    cli: { script: CLI, args: ['rank', file, '--month', '2026-12', '--json'] },
    exceljs: { script: EXCELJS_READ, args: [file] },
  };
  const collected = { cli: [] as ReturnType<typeof runOnce>[], exceljs: [] as ReturnType<typeof runOnce>[] };
  for (let run = 0; run < warmup + runs; run++) {
    for (const key of ['cli', 'exceljs'] as const) {
      const result = runOnce(jobs[key].script, jobs[key].args);
      if (run >= warmup) collected[key].push(result);
    }
  }
  const summary = (list: ReturnType<typeof runOnce>[]): ProcessRun => ({
    median: median(list.map((r) => r.ms)),
    runs: list.map((r) => r.ms),
    peakMB: median(list.map((r) => r.peakMB)),
    peaksMB: list.map((r) => r.peakMB),
    stdout: list[list.length - 1].stdout,
  });
  return { cli: summary(collected.cli), exceljs: summary(collected.exceljs) };
}
