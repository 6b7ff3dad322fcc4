// A progress bar on stderr for big ledgers; small ones finish before a bar would help.
import { SingleBar } from 'cli-progress';

export const PROGRESS_THRESHOLD_ROWS = 10_000;

export interface Progress {
  step(label: string): void;
  stop(): void;
}

const silent: Progress = { step: () => undefined, stop: () => undefined };

/** A bar over `steps` phases when the ledger has more than PROGRESS_THRESHOLD_ROWS rows. */
export function progressFor(rows: number, steps: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (rows <= PROGRESS_THRESHOLD_ROWS) return silent;
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} {label}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(steps, 0, { label: `台账 ${rows} 行` });
  return {
    step: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
