// 概览 on the fake Excel: read with 校验's syncs, whatever the ledger's size. What every host's
// overview must be (the engine's of the same cells, none for a ledger with 错误, the month under
// way as of today) is in actionContract.ts.
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
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
