// The hostile workbook corpus (scripts/make-fixtures.ts) through the CLI: each file's exit code and
// message as test/fixtures/expected.json gives them, and docs/reliability.md kept to the same table.
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { makeFixtures } from '../../scripts/make-fixtures';
import expected from '../fixtures/expected.json';

interface Outcome {
  code: number;
  stdout?: string;
  stderr?: string;
  /** Fields of `rank --json` rows, by unit. */
  units?: Record<string, Record<string, unknown>>;
}

const CASES = Object.entries(expected as Record<string, { case: string; validate: Outcome; rank: Outcome }>);

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;
let files: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duban-hostile-'));
  files = makeFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(argv: string[], want: Outcome): Promise<void> {
  const io = capture();
  const started = Date.now();
  const code = await run(argv, io);
  const stdout = io.stdout.join('\n');
  const stderr = io.stderr.join('\n');
  expect({ code, stdout: stdout.slice(0, 500), stderr: stderr.slice(0, 500) }).toMatchObject({ code: want.code });
  if (want.stdout) expect(stdout).toContain(want.stdout);
  if (want.stderr) expect(stderr).toContain(want.stderr);
  // Unusable input: one line, no stack trace.
  if (code === 2) expect(io.stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  if (want.units) {
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    for (const [unit, fields] of Object.entries(want.units)) expect(rows.find((r) => r.unit === unit)).toMatchObject(fields);
  }
  // Everything here is small or refused before it is inflated, except the 100,000 formatted rows.
  expect(Date.now() - started).toBeLessThan(60_000);
}

describe.each(CASES)('%s', (file, { validate, rank }) => {
  it(`validate exits ${validate.code}`, async () => {
    await check(['validate', files[file], '--month', '2026-06'], validate);
  }, 90_000);

  it(`rank --json exits ${rank.code}`, async () => {
    await check(['rank', files[file], '--month', '2026-06', '--json'], rank);
  }, 90_000);
});

describe('100,000 formatted empty rows', () => {
  it('give no problem at all: a blank row is no data, however it is formatted', async () => {
    const io = capture();
    expect(await run(['validate', files['formatted-empty-rows.xlsx'], '--month', '2026-06', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n'))).toEqual([]);
  }, 90_000);
});

describe('30,000 characters in one cell', () => {
  it('reach the bulletin whole, in rows no taller than Excel allows', async () => {
    const out = path.join(dir, 'long-bulletin.xlsx');
    expect(await run(['bulletin', files['long-text.xlsx'], '--month', '2026-06', '--out', out], capture())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('2026年6月通报')!;
    const texts: string[] = [];
    sheet.eachRow((row) => {
      expect(row.height ?? 0).toBeLessThanOrEqual(409);
      row.eachCell((cell) => texts.push(cell.text));
    });
    expect(texts).toContain('改'.repeat(30_000));
  });
});

describe('docs/reliability.md', () => {
  // | `file` | 情形 | validate | rank --json | … |
  const rows = readFileSync(path.join(__dirname, '../../docs/reliability.md'), 'utf8')
    .split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|[^|]*\|\s*(\d)\s*\|\s*(\d)\s*\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);

  it('lists every fixture with the exit codes the CLI gives, and nothing else', () => {
    const documented = Object.fromEntries(rows.map((m) => [m[1], { validate: Number(m[2]), rank: Number(m[3]) }]));
    const tested = Object.fromEntries(CASES.map(([file, e]) => [file, { validate: e.validate.code, rank: e.rank.code }]));
    expect(documented).toEqual(tested);
  });
});
