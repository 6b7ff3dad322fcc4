// The CLI never costs the user a file: it refuses to write over the input ledger however the path
// is spelled, and a write that fails half-way leaves the old output as it was and no litter.
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';

// ExcelJS's writer (the class of every workbook's `xlsx`), to make it fail half-way through a
// file as a full disk would.
const XLSX = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { writeFile(file: string): Promise<void> };

const EXAMPLE = path.join(__dirname, '../../examples/ledger-2026.xlsx');

function capture(): Io & { stderr: string[] } {
  const stderr: string[] = [];
  return { stderr, out: () => undefined, err: (t) => stderr.push(t) };
}

let dir: string;
let input: string;
let original: Buffer;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'duban-safety-'));
  input = path.join(dir, '台账.xlsx');
  original = await fs.readFile(EXAMPLE);
  await fs.writeFile(input, original);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('--out that is the input ledger', () => {
  const spellings: [string, () => Promise<string>][] = [
    ['through a sub-directory and ..', async () => {
      await fs.mkdir(path.join(dir, 'sub'));
      return path.join(dir, 'sub', '..', '台账.xlsx');
    }],
    ['relative to the working directory', () => Promise.resolve(path.relative(process.cwd(), input))],
    ['with ./ inside', () => Promise.resolve(path.join(dir, '.', '台账.xlsx'))],
    ['a symbolic link to it', async () => {
      const link = path.join(dir, 'link.xlsx');
      await fs.symlink(input, link);
      return link;
    }],
    ['a hard link to it', async () => {
      const link = path.join(dir, 'hard.xlsx');
      await fs.link(input, link);
      return link;
    }],
  ];

  it.each(spellings)('is refused when written %s, and the ledger stays byte-identical', async (_label, spell) => {
    const out = await spell();
    for (const argv of [['rank', input, '--month', '2026-06', '--out', out], ['bulletin', input, '--month', '2026-06', '--out', out]]) {
      const io = capture();
      expect(await run(argv, io)).toBe(2);
      expect(io.stderr).toEqual([expect.stringContaining('输出文件不能是输入的台账文件本身')]);
    }
    expect((await fs.readFile(input)).equals(original)).toBe(true);
  });
});

describe('a write that fails half-way', () => {
  const out = () => path.join(dir, '通报.xlsx');
  const OLD = Buffer.from('上个月的通报，不能被弄坏');

  async function expectOldOutputAndNoLitter(): Promise<void> {
    expect((await fs.readFile(out())).equals(OLD)).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(['台账.xlsx', '通报.xlsx']);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
  }

  beforeEach(() => fs.writeFile(out(), OLD));

  it('when the disk fills while the temporary file is written: exit 2, old file intact, no temporary file', async () => {
    jest.spyOn(XLSX, 'writeFile').mockImplementation(async (file: string) => {
      await fs.writeFile(file, Buffer.from('PK\u0003\u0004 half a workbook'));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const io = capture();
    expect(await run(['bulletin', input, '--month', '2026-06', '--out', out()], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining('无法写入文件')]);
    await expectOldOutputAndNoLitter();
  });

  it('when the rename fails: exit 2, old file intact, no temporary file', async () => {
    jest.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' }));
    const io = capture();
    expect(await run(['rank', input, '--month', '2026-06', '--out', out()], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining('无法写入文件')]);
    await expectOldOutputAndNoLitter();
  });

  it('when the writer itself breaks: an internal error, still no damage and no litter', async () => {
    jest.spyOn(XLSX, 'writeFile').mockImplementation(async (file: string) => {
      await fs.writeFile(file, 'half');
      throw new Error('unexpected');
    });
    const io = capture();
    expect(await run(['bulletin', input, '--month', '2026-06', '--out', out()], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringContaining('内部错误')]);
    await expectOldOutputAndNoLitter();
  });
});
