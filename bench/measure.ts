// Timing: the median of several runs after warm-up runs, each run prepared outside the clock.
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median, ms. */
  median: number;
  /** Every timed run, ms, in order. */
  runs: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Collects garbage between runs when node runs with --expose-gc, so one run's garbage is not billed to the next. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Milliseconds by some clock. */
export type Clock = () => number;

export const wallClock: Clock = () => performance.now();

/**
 * CPU time of the whole process (every thread, garbage collection included): the work done,
 * without the time this VM's scheduler gives to others, which made wall times of one reader vary
 * by ±20% from run to run on 2026-11-30 while CPU times varied by a few per cent.
 */
export const cpuClock: Clock = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * `prepare` builds one run's input (untimed) and returns the work to time. A check of the last
 * run's result is the caller's job: the benchmark must fail loudly on a wrong answer.
 */
export function time<T>(runs: number, warmup: number, prepare: (run: number) => () => T, clock: Clock = wallClock): Timing & { last: T } {
  const times: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < warmup + runs; run++) {
    const work = prepare(run);
    collect();
    const start = clock();
    last = work();
    const elapsed = clock() - start;
    if (run >= warmup) times.push(elapsed);
  }
  return { median: median(times), runs: times, last: last as T };
}

export async function timeAsync<T>(runs: number, warmup: number, work: (run: number) => Promise<T>): Promise<Timing & { last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < warmup + runs; run++) {
    collect();
    const start = performance.now();
    last = await work(run);
    const elapsed = performance.now() - start;
    if (run >= warmup) times.push(elapsed);
  }
  return { median: median(times), runs: times, last: last as T };
}

/**
 * Two measurements run by turns, run after run, for a ratio between them: a burst of load from
 * elsewhere on the machine then falls on both rather than on one.
 */
export function timeTogether<A, B>(
  runs: number,
  warmup: number,
  prepareA: (run: number) => () => A,
  prepareB: (run: number) => () => B,
): [Timing & { last: A }, Timing & { last: B }] {
  const a: number[] = [];
  const b: number[] = [];
  let lastA: A | undefined;
  let lastB: B | undefined;
  for (let run = 0; run < warmup + runs; run++) {
    const one = time(1, 0, () => prepareA(run));
    const other = time(1, 0, () => prepareB(run));
    lastA = one.last;
    lastB = other.last;
    if (run >= warmup) {
      a.push(one.median);
      b.push(other.median);
    }
  }
  return [
    { median: median(a), runs: a, last: lastA as A },
    { median: median(b), runs: b, last: lastB as B },
  ];
}
