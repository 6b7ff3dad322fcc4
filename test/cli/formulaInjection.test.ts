// Unit names and item texts that look like formulas come out of every generated sheet as the text
// they are: no cell of the ranking, the bulletin or the template is a formula.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';

const HOSTILE = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2', '@SUM(A1)', '＝1+1', '=cmd|\' /C calc\'!A0'];

const silent = (): Io & { stdout: string[] } => {
  const stdout: string[] = [];
  return { stdout, out: (t) => stdout.push(t), err: () => undefined };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duban-injection-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A ledger whose units and items are all named like formulas; each unit has one overdue item. */
async function hostileLedger(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ledger = workbook.addWorksheet('台账');
  ledger.addRow(['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限', '办结日期', '办理状态']);
  HOSTILE.forEach((name, i) => ledger.addRow([`=A${i}`, name, name, '一般重要', '2026-03-02', '2026-04-30', null, '办理中']));
  const roster = workbook.addWorksheet('单位');
  roster.addRow(['单位名称', '单位类别', '别名']);
  HOSTILE.forEach((name) => roster.addRow([name, '@市直单位', null]));
  const file = path.join(dir, 'ledger.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Every cell that holds a value, with what ExcelJS reads back. */
function cells(workbook: ExcelJS.Workbook): { where: string; cell: ExcelJS.Cell }[] {
  const out: { where: string; cell: ExcelJS.Cell }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => out.push({ where: `${sheet.name}!${cell.address}`, cell })));
  }
  return out;
}

function expectNoFormula(workbook: ExcelJS.Workbook): void {
  const formulas = cells(workbook).filter(({ cell }) => cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined);
  expect(formulas.map((f) => f.where)).toEqual([]);
}

describe('formula-looking names and texts', () => {
  it('are text cells in the ranking and the bulletin, written with the Text format', async () => {
    const input = await hostileLedger();
    const io = silent();
    expect(await run(['validate', input, '--month', '2026-06'], io)).toBe(0);
    const out = path.join(dir, 'bulletin.xlsx');
    expect(await run(['bulletin', input, '--month', '2026-06', '--out', out], silent())).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expectNoFormula(workbook);
    const written = cells(workbook).filter(({ cell }) => typeof cell.value === 'string' && HOSTILE.includes(cell.value));
    // Each name in the ranking sheet and in the bulletin's ranking and overdue tables.
    for (const sheet of ['2026年6月排名', '2026年6月通报']) {
      const here = written.filter((w) => w.where.startsWith(`${sheet}!`)).map((w) => w.cell.value);
      expect(new Set(here)).toEqual(new Set(HOSTILE));
    }
    for (const { cell } of written) expect(cell.numFmt).toBe('@');
  });

  it('the template has no formula cell either', async () => {
    const out = path.join(dir, 'template.xlsx');
    expect(await run(['template', out], silent())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expectNoFormula(workbook);
  });
});
