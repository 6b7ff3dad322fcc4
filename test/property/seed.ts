// One fixed seed for every fast-check property (jest runs this file before each test file), so a
// property that passes passes on every run and a boundary it reaches is reached every time; a
// failure reports its seed and counterexample path. To explore: DUBAN_FC_SEED=<integer> runs another
// seed, DUBAN_FC_SEED=random a new one each run (printed, so a failure can be replayed).
import fc from 'fast-check';

/** The pinned seed: any integer will do, but it must not change between runs. */
export const PINNED_SEED = 20261130;

/** The seed a run uses: PINNED_SEED unless DUBAN_FC_SEED names another (or `random`). */
export function propertySeed(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return PINNED_SEED;
  if (setting.trim() === 'random') return (Date.now() ^ (Math.random() * 0x100000000)) | 0;
  const seed = Number(setting);
  if (!Number.isSafeInteger(seed)) throw new Error(`DUBAN_FC_SEED must be an integer or "random", not "${setting}"`);
  return seed;
}

/** This run's seed. */
export const runSeed = propertySeed(process.env.DUBAN_FC_SEED);
if (runSeed !== PINNED_SEED) process.stdout.write(`fast-check seed ${runSeed} (DUBAN_FC_SEED=${runSeed} replays it)\n`);
fc.configureGlobal({ seed: runSeed });
