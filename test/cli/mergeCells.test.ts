// Merged areas taken out of the sheet XML before ExcelJS sees them (src/cli/mergeCells.ts), and
// what readWorkbookFile makes of them: the engine's input as Office.js would give it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sheetParts, takeMergeCells } from '../../src/cli/mergeCells';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { WorkbookFileError } from '../../src/cli/workbookFileError';
import { xlsx, type SheetSpec } from '../../scripts/fixtures/packaging';

describe('takeMergeCells', () => {
  const sheet = (tail: string) => Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;mergeCells&gt;</t></is></c></row></sheetData>${tail}<pageMargins/></worksheet>`);

  it('gives the areas as written and the part without the element', () => {
    const taken = takeMergeCells(sheet('<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C2:C4"/></mergeCells>'));
    expect(taken?.refs).toEqual(['A1:B1', 'C2:C4']);
    // Text that reads <mergeCells> is escaped in the XML, so it is never taken for the element.
    expect(taken?.rest.toString()).toBe(sheet('').toString());
  });

  it('takes a self-closing empty element, and gives null where there is none', () => {
    expect(takeMergeCells(sheet('<mergeCells count="0"/>'))).toEqual({ refs: [], rest: sheet('') });
    expect(takeMergeCells(sheet(''))).toBeNull();
  });
});

describe('sheetParts', () => {
  it('pairs each sheetId with its part as ExcelJS does, relative or absolute targets', () => {
    const workbook = '<workbook><sheets><sheet name="台账" sheetId="3" r:id="rId7"/><sheet r:id="rId1" sheetId="1" name="单位"/></sheets></workbook>';
    const rels = '<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/><Relationship Target="/xl/worksheets/sheet9.xml" Id="rId7" Type="…/worksheet"/></Relationships>';
    expect(sheetParts(workbook, rels)).toEqual(new Map([[3, 'xl/worksheets/sheet9.xml'], [1, 'xl/worksheets/sheet1.xml']]));
  });
});

describe('readWorkbookFile with merged areas', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-merges-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, sheets: SheetSpec[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, xlsx(sheets));
    return file;
  };

  it('keeps a value in the top-left cell only, hands the areas on clipped to the values, per sheet', async () => {
    const file = write('clip.xlsx', [
      { name: '单位', rows: [['a']] },
      {
        name: '台账',
        // A value left in a covered cell by some other program: Office.js would not show it.
        rows: [['标题', '被合并的值', null], ['x', 'y', 'z'], ['u', null, null]],
        merges: ['A1:C1', 'B2:B3', 'A10:XFD1048576', 'E1:E3'],
      },
    ]);
    const [roster, ledger] = (await readWorkbookFile(file)).sheets;
    expect(roster.merged).toEqual([]);
    expect(ledger.values).toEqual([['标题', null, null], ['x', 'y', 'z'], ['u', null, null]]);
    // A10:XFD1048576 and E1:E3 lie outside the three rows and three columns that hold values.
    expect(ledger.merged).toEqual(['A1:C1', 'B2:B3']);
  });

  it('reads a sheet with one merged area over a whole sheet at once', async () => {
    const file = write('huge.xlsx', [{ name: '台账', rows: [['编号', '事项内容', '责任单位']], merges: ['A10:XFD1048576'] }]);
    const started = Date.now();
    expect((await readWorkbookFile(file)).sheets[0].merged).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses merged areas that overlap until they cover more cells than the sheet has (damage to Excel too)', async () => {
    const file = write('overlap.xlsx', [{ name: '台账', rows: [['a', 'b'], ['c', 'd']], merges: ['A1:B2', 'A1:B2', 'A1:B2', 'A1:B2', 'A1:B2'] }]);
    await expect(readWorkbookFile(file)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ problem: 'invalid' });
  });
});
