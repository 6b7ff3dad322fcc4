import { PassThrough } from 'stream';
import { progressFor, PROGRESS_THRESHOLD_ROWS } from '../../src/cli/progress';

/** A stream that says it is a terminal, so cli-progress draws into it. */
function terminal(): { stream: NodeJS.WriteStream; text: () => string } {
  const pass = new PassThrough();
  const chunks: string[] = [];
  pass.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  Object.assign(pass, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: pass as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('progress bar on stderr', () => {
  it('draws for a ledger over 10,000 rows, with the step names', async () => {
    const t = terminal();
    const progress = progressFor(PROGRESS_THRESHOLD_ROWS + 1, 2, t.stream);
    progress.step('校验台账');
    progress.step('评分排名');
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(t.text()).toContain('台账 10001 行');
    expect(t.text()).toMatch(/评分排名|2\/2/);
  });

  it('stays silent for 10,000 rows or fewer', async () => {
    const t = terminal();
    const progress = progressFor(PROGRESS_THRESHOLD_ROWS, 2, t.stream);
    progress.step('校验台账');
    progress.stop();
    await new Promise((r) => setImmediate(r));
    expect(t.text()).toBe('');
  });
});
