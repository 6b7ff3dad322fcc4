// npm run bench [-- --size small|medium|large] [--runs N] [--warmup N] [--peer-runs N]
// Builds the synthetic ledgers, measures, prints the numbers and the targets of issue 5.
// Only a run of every size writes bench/results.json (the README quotes it); a partial run, such
// as CI's smoke run, writes bench/.cache/results-<size>.json so it never replaces the full record.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchEngine } from './engineBench';
import { benchFormulaPeer } from './formulaPeer';
import { generateLedger, SIZES, type SizeSpec } from './generate';
import { CACHE_DIR, RESULTS } from './paths';
import { benchProcesses, MEMORY_METHOD } from './processBench';
import { baselineReader, compareReaders } from './readerBaseline';
import { judge, measurementTable, targetTable, type Results } from './targets';
import { taskpaneSyncs } from './taskpaneSyncs';
import { xlsxFor } from './xlsxFile';

interface Options {
  sizes: SizeSpec[];
  runs: number;
  warmup: number;
  peerRuns: number;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = (flag: string, fallback: number, min: number) => {
    const text = value(flag);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} takes an integer ≥ ${min}, not ${text}`);
    return n;
  };
  const size = value('--size') ?? 'all';
  const sizes = size === 'all' ? [...SIZES] : SIZES.filter((s) => s.name === size);
  if (sizes.length === 0) throw new Error(`--size takes small, medium, large or all, not ${size}`);
  const runs = count('--runs', 5, 1);
  return { sizes, runs, warmup: count('--warmup', 1, 0), peerRuns: count('--peer-runs', runs, 1) };
}

/** Processes of each reader in the old-vs-new comparison: a process's own speed varies by a few per cent. */
const READER_ROUNDS = 3;

const log = (text: string) => process.stderr.write(`${text}\n`);
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = new Date();
  const loadBefore = load();
  const results: Results = {};
  const notes: string[] = [];
  const baseline = baselineReader();
  if ('missing' in baseline) notes.push(baseline.missing);
  for (const spec of opts.sizes) {
    log(`[${spec.name}] ${spec.units} units, ${spec.rows} rows, ${spec.adjustments} adjustments: generating`);
    const data = generateLedger(spec);
    const file = await xlsxFor(data);
    log(`[${spec.name}] engine and custom functions`);
    const { results: engine, ranking } = benchEngine(data, opts.runs, opts.warmup);
    log(`[${spec.name}] CLI and bare ExcelJS read of ${path.relative(process.cwd(), file)}`);
    const { cli, exceljs } = benchProcesses(file, opts.runs, opts.warmup);
    log(`[${spec.name}] template read, today's reader and the one of before issue 11, by turns`);
    const readers = 'module' in baseline ? compareReaders(baseline.module, spec.name, READER_ROUNDS, opts.runs, opts.warmup) : baseline.missing;
    checkCli(cli.stdout, ranking, spec.name);
    // The largest size takes the formula peer over 20 minutes (issue 5), so it is left out.
    let peer = null;
    if (spec.name !== 'large') {
      log(`[${spec.name}] formula peer (HyperFormula)`);
      // A 10,000-row evaluation takes about a minute; when the small size ran first in this
      // process, HyperFormula's code is warm already and its runs stand in for the warm-up.
      const peerWarmup = spec.name !== 'small' && results.small ? 0 : opts.warmup;
      peer = benchFormulaPeer(data, opts.peerRuns, peerWarmup);
      if (peerWarmup !== opts.warmup) notes.push(`${spec.name}: HyperFormula 不另作预热，以同一进程中 small 规模的 ${opts.warmup + opts.peerRuns} 次运行为预热`);
      if (peer.halfCentCaveats > 0) notes.push(`${spec.name}: ${peer.halfCentCaveats} 个单位的总分只因 HyperFormula 按二进制值舍入半分而差 0.01`);
    }
    log(`[${spec.name}] task pane 生成通报 on the fake Excel`);
    const syncs = await taskpaneSyncs(data);
    results[spec.name] = { units: spec.units, rows: spec.rows, adjustments: spec.adjustments, engine, readers, cli, exceljs, peer, taskpaneSyncs: syncs };
    log(`[${spec.name}] done`);
  }
  const targets = judge(results);
  const loadAfter = load();
  if (Math.max(loadBefore[0], loadAfter[0]) >= 1) notes.push(`运行时机器不空闲：1 分钟平均负载 开始 ${loadBefore[0]}、结束 ${loadAfter[0]}（2 核）`);

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  };
  const measurements = measurementTable(results);
  const judged = targetTable(targets);
  process.stdout.write(`\n${measurements}\n\n${judged}\n\n`);
  process.stdout.write(`机器：${machine.cpu}，${machine.cores} 核，Node ${machine.node}；负载 ${loadBefore.join(' / ')} → ${loadAfter.join(' / ')}；${opts.runs} 次取中位数（预热 ${opts.warmup} 次）；内存：${MEMORY_METHOD}\n`);
  for (const note of notes) process.stdout.write(`注：${note}\n`);

  const record = {
    date: started.toISOString(),
    machine,
    loadAverage: { before: loadBefore, after: loadAfter },
    runs: opts.runs,
    warmup: opts.warmup,
    peerRuns: opts.peerRuns,
    memoryMethod: MEMORY_METHOD,
    sizes: strip(results),
    targets,
    notes,
  };
  const complete = opts.sizes.length === SIZES.length;
  const out = complete ? RESULTS : path.join(CACHE_DIR, `results-${opts.sizes.map((s) => s.name).join('-')}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), out)}`);
}

/** Numbers only: the CLI's printed ranking is not a result. */
function strip(results: Results): unknown {
  return JSON.parse(JSON.stringify(results, (key, value: unknown) => (key === 'stdout' ? undefined : value)));
}

/** The CLI read the .xlsx; its ranking must be the engine's ranking of the arrays, unit by unit. */
function checkCli(stdout: string, expected: readonly { unit: string; score: number; rank: number }[], size: string): void {
  const rows = JSON.parse(stdout) as { unit: string; score: number; rank: number }[];
  const byUnit = new Map(rows.map((r) => [r.unit, r]));
  const wrong = expected.filter((e) => byUnit.get(e.unit)?.score !== e.score || byUnit.get(e.unit)?.rank !== e.rank);
  if (rows.length !== expected.length || wrong.length > 0) {
    throw new Error(`[${size}] the CLI's ranking of the .xlsx differs from the engine's ranking of the arrays (${wrong.length} units, e.g. ${wrong[0]?.unit})`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
