// 概览 on the fake Excel: read with 校验's syncs, whatever the ledger's size; the engine's overview
// of the same cells; none for a ledger with 错误; the month under way seen as of today.
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { dayOf } from '../../src/engine/calendar/dates';
import { periodOf } from '../../src/engine/calendar/period';
import { readLedger } from '../../src/engine/read/readLedger';
import { ledgerPlace, monthOverview } from '../../src/engine/report/overview';
import type { WorkbookInput } from '../../src/engine/model';
import { installFakeOffice, type FakeExcel, type FakePlatform, type WorkbookData } from './fakeExcel';
import { MONTH, asData, readExample, withLedgerRows } from './ledgerFixtures';

const noProgress = () => undefined;
const REQUEST = { month: MONTH, preset: 'sanmenxia-2019' as const, today: '2026-11-05' };

let example: WorkbookData;
let large: WorkbookData;
beforeAll(async () => {
  example = asData(await readExample());
  large = withLedgerRows(example, 10_000);
});

async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await action();
  return fake.syncCount - before;
}

test.each([
  ['the example', 'PC', () => example],
  ['the example', 'OfficeOnline', () => example],
  ['a 10,000-row ledger', 'PC', () => large],
  ['a 10,000-row ledger', 'OfficeOnline', () => large],
] as const)('on %s in %s it makes the syncs 校验 alone makes (at most one more is allowed)', async (_, platform: FakePlatform, data) => {
  const fake = installFakeOffice(data(), { platform });
  const actions = createExcelActions();
  const validate = await syncsOf(fake, () => actions.validate(MONTH, noProgress));
  let result: Awaited<ReturnType<typeof actions.overview>> | undefined;
  const overview = await syncsOf(fake, async () => {
    result = await actions.overview(REQUEST, noProgress);
  });
  expect(overview).toBeLessThanOrEqual(validate + 1);
  expect(overview).toBe(validate);
  expect(result?.overview?.items.length).toBeGreaterThan(0);
}, 60_000);

test('it is the engine’s overview of the cells the fake holds, with the 台账’s 编号 cells for click-to-row', async () => {
  const fake = installFakeOffice(example);
  const progress = jest.fn();
  const result = await createExcelActions().overview(REQUEST, progress);
  const book: WorkbookInput = { sheets: fake.sheetNames().map((name) => ({ name, values: fake.values(name) })) };
  const period = periodOf(MONTH)!;
  const read = readLedger(book, { reportYear: 2026, asOf: period.asOf, preset: 'sanmenxia-2019' });
  expect(result.overview).toEqual(monthOverview(read.ledger!, period, ledgerPlace(read)!));
  expect(result.validation.errors).toBe(0);
  // The example's 台账 has its header in row 1 and 编号 in column A.
  const first = result.overview!.items[0];
  expect(fake.cell('台账', first.cell).value).toBe(first.id);
  expect(progress.mock.calls.map((c) => c[0])).toEqual(['读取工作簿', '校验台账', '生成概览', '生成概览']);
});

test('a ledger with an 错误 gets its problems and no overview', async () => {
  const broken = { sheets: example.sheets.map((s) => (s.name === '台账' ? { ...s, values: [s.values[0], [...s.values[1].slice(0, 5), 'not a date', ...s.values[1].slice(6)]] } : s)) };
  installFakeOffice(broken);
  const result = await createExcelActions().overview(REQUEST, noProgress);
  expect(result.overview).toBeNull();
  expect(result.validation.problems).toContainEqual(expect.objectContaining({ sheet: '台账', cell: 'F2', severity: '错误' }));
});

test('the month under way is seen as of today; a bad day is refused in Chinese', async () => {
  installFakeOffice(example);
  const actions = createExcelActions();
  const result = await actions.overview({ ...REQUEST, today: '2026-10-12' }, noProgress);
  expect(result.overview?.period).toEqual({ year: 2026, month: 10, asOf: dayOf(2026, 10, 12) });
  await expect(actions.overview({ ...REQUEST, today: '10月12日' }, noProgress)).rejects.toThrow('日期「10月12日」无效：请写成 YYYY-MM-DD，例如 2026-06-30。');
});
