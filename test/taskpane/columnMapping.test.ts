// The 列对应 step on the fake Excel: the plan is shown and nothing written; on confirmation exactly
// the planned cells of the 规则 sheet are written, as text, and nothing else; validating again
// reads the column through the new 列名 row.
import type { ColumnMapProposal } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { installFakeOffice, type FakeExcel, type WorkbookData } from './fakeExcel';
import { FIELD_LEDGER, FIELD_LEDGER_SHEET } from './fieldLedger';

const MONTH = '2026-10';
const noProgress = () => undefined;
const DEADLINE = { key: 'deadline', header: '完成时间' };

/** Every sheet but `except`, values and merges, to show a write touched nothing else. */
function others(fake: FakeExcel, except: string) {
  return fake.sheetNames().filter((name) => name !== except).map((name) => ({ name, values: fake.values(name), merges: fake.merges(name) }));
}

async function syncsOf<T>(fake: FakeExcel, action: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.syncCount;
  const value = await action();
  return { value, syncs: fake.syncCount - before };
}

describe('a workbook without a 规则 sheet', () => {
  test('校验 finds 办理时限 missing; the plan makes a 规则 sheet and writes nothing yet', async () => {
    const fake = installFakeOffice(FIELD_LEDGER);
    const actions = createExcelActions();
    const first = await actions.validate(MONTH, noProgress);
    expect(first.problems.filter((p) => p.severity === '错误').map((p) => `${p.sheet}!${p.cell}`)).toEqual([`${FIELD_LEDGER_SHEET}!A3`]);
    expect(first.readings[0].columns.find((c) => c.key === 'deadline')).toMatchObject({ required: true, column: null });
    expect(first.readings[0].headers.map((h) => h.text)).toContain('完成时间');

    const before = fake.snapshot();
    const { value: proposal, syncs } = await syncsOf(fake, () => actions.planColumnMap([DEADLINE]));
    expect(proposal).toEqual({
      sheet: '规则',
      choices: [DEADLINE],
      plan: { createSheet: true, writes: [{ row: 1, values: ['列名:办理时限', '完成时间'], replaces: null }] },
    });
    // Names; the 规则 sheet, of which there is none: nothing to read.
    expect(syncs).toBe(1);
    expect({ ...fake.snapshot(), syncCount: 0 }).toEqual({ ...before, syncCount: 0 });
  });

  test('confirmed: a 规则 sheet with exactly 参数 | 值 and the 列名 row, as text; no other cell changes; validating again reads the column', async () => {
    const fake = installFakeOffice(FIELD_LEDGER);
    const actions = createExcelActions();
    const before = others(fake, '规则');
    const proposal = await actions.planColumnMap([DEADLINE]);
    const { syncs } = await syncsOf(fake, () => actions.applyColumnMap(proposal));
    // Names; the 规则 sheet (none); all the writes.
    expect(syncs).toBe(2);
    expect(fake.sheetNames()).toEqual([FIELD_LEDGER_SHEET, '单位', '规则']);
    expect(fake.values('规则')).toEqual([
      ['参数', '值'],
      ['列名:办理时限', '完成时间'],
    ]);
    for (const address of ['A1', 'B1', 'A2', 'B2']) expect(fake.cell('规则', address).numberFormat).toBe('@');
    expect(others(fake, '规则')).toEqual(before);

    const again = await actions.validate(MONTH, noProgress);
    expect(again.errors).toBe(0);
    expect(again.readings[0].columns.find((c) => c.key === 'deadline')).toMatchObject({ column: 4, header: '完成时间', via: 'mapping' });
  });
});

describe('a workbook with a 规则 sheet', () => {
  // 规则 as staff keep it: a full-width colon in the 列名 row, a blank row, a parameter below it.
  const rules = [['参数', '值'], ['规则集', 'sanmenxia-2019'], ['列名：办理时限', '截止时间'], [null, null], ['临期工作日', 5]];
  const book: WorkbookData = { sheets: [...FIELD_LEDGER.sheets, { name: '规则', values: rules }] };

  test('an existing 列名 row gets only its 值 changed, the other choice a row below the last one; nothing else moves', async () => {
    const fake = installFakeOffice(book);
    const actions = createExcelActions();
    const before = others(fake, '规则');
    const proposal = await actions.planColumnMap([DEADLINE, { key: 'completed', header: '办结时间' }]);
    expect(proposal.plan).toEqual({
      createSheet: false,
      writes: [
        { row: 2, values: ['列名:办理时限', '完成时间'], replaces: '截止时间' },
        { row: 5, values: ['列名:办结日期', '办结时间'], replaces: null },
      ],
    });
    const { syncs } = await syncsOf(fake, () => actions.applyColumnMap(proposal));
    // Names; the 规则 sheet; the writes.
    expect(syncs).toBe(3);
    expect(fake.values('规则')).toEqual([
      ['参数', '值'],
      ['规则集', 'sanmenxia-2019'],
      ['列名：办理时限', '完成时间'],
      [null, null],
      ['临期工作日', 5],
      ['列名:办结日期', '办结时间'],
    ]);
    expect(fake.cell('规则', 'A3').numberFormat).toBe('General');
    expect(fake.cell('规则', 'B3').numberFormat).toBe('@');
    expect(others(fake, '规则')).toEqual(before);
    expect((await actions.validate(MONTH, noProgress)).errors).toBe(0);
  });

  test('a 规则 sheet changed after the preview: nothing is written, and the user is told', async () => {
    const fake = installFakeOffice(book);
    const actions = createExcelActions();
    const proposal = await actions.planColumnMap([{ key: 'completed', header: '办结时间' }]);
    // Someone types a parameter into the row the preview showed as empty.
    fake.sheet('规则').cellForWrite(5, 0).value = '加分上限';
    const changed = fake.values('规则');
    await expect(actions.applyColumnMap(proposal)).rejects.toThrow('「规则」表在预览之后有了改动，没有写入任何内容');
    expect(fake.values('规则')).toEqual(changed);
  });

  test('a proposal that changes nothing writes nothing', async () => {
    const fake = installFakeOffice(book);
    const actions = createExcelActions();
    const proposal: ColumnMapProposal = await actions.planColumnMap([{ key: 'deadline', header: '截止 时间' }]);
    expect(proposal.plan.writes).toEqual([]);
    const { syncs } = await syncsOf(fake, () => actions.applyColumnMap(proposal));
    expect(syncs).toBe(2);
    expect(fake.values('规则')).toEqual(rules);
  });
});

test('a header Excel would read as a formula is written as text', async () => {
  const ledger = FIELD_LEDGER.sheets[0];
  const header = '=完成时间';
  const book: WorkbookData = {
    sheets: [{ ...ledger, values: ledger.values.map((row, r) => (r === 2 ? row.map((h) => (h === '完成时间' ? header : h)) : row)) }, FIELD_LEDGER.sheets[1]],
  };
  const fake = installFakeOffice(book);
  const actions = createExcelActions();
  await actions.applyColumnMap(await actions.planColumnMap([{ key: 'deadline', header }]));
  expect(fake.cell('规则', 'B2')).toEqual({ value: header, formula: null, numberFormat: '@' });
  expect((await actions.validate(MONTH, noProgress)).errors).toBe(0);
});
