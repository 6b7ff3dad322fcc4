// One reader's timed reads of the template-layout ledger of one size, in a process of its own:
//   node --expose-gc readerRuns.js <readLedger.js> <size> <runs> <warmup>
// Prints the CPU times (measure.ts: cpuClock) and what was read as JSON. The current reader and the one of before issue 11
// each run here by turns (readerBaseline.ts), so neither warms up nor trains the other's code.
import { generateLedger, REPORT_YEAR, sheetsOf, SIZES } from './generate';
import { cpuClock, time } from './measure';

/** What both readers return, the one of before issue 11 and today's. */
interface Reader {
  readLedger(book: { sheets: { name: string; values: unknown[][] }[] }, options: { reportYear: number }): { ledger: unknown; problems: { severity: string }[] };
}

export interface ReaderRuns {
  runs: number[];
  errors: number;
}

async function main([modulePath, sizeName, runsText, warmupText]: string[]): Promise<void> {
  const spec = SIZES.find((s) => s.name === sizeName);
  if (!spec) throw new Error(`no size ${sizeName}`);
  const reader = (await import(modulePath)) as Reader;
  const book = { sheets: sheetsOf(generateLedger(spec)) };
  const timing = time(Number(runsText), Number(warmupText), () => () => reader.readLedger(book, { reportYear: REPORT_YEAR }), cpuClock);
  const errors = timing.last.problems.filter((p) => p.severity === '错误').length;
  const result: ReaderRuns = { runs: timing.runs, errors: timing.last.ledger ? errors : Math.max(errors, 1) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
