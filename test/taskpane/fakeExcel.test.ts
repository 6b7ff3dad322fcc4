// The fake keeps Office.js's rules, so a test that passes on it does not rely on what Excel refuses.
import { installFakeOffice, loadWorkbook, MERGED_AREAS_LIMIT } from './fakeExcel';

const book = () => loadWorkbook({ sheets: [{ name: '台账', values: [['编号', '事项内容'], ['DC-1', '修路']] }] });

describe('fake Excel', () => {
  test('a property is readable only after it was loaded and synced', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('台账').getRange('A1:B2');
      expect(() => range.values).toThrow('PropertyNotLoaded');
      range.load('values');
      expect(() => range.values).toThrow('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([['编号', '事项内容'], ['DC-1', '修路']]);
      expect(() => range.numberFormat).toThrow('PropertyNotLoaded');
    });
    expect(fake.syncCount).toBe(1);
  });

  test('writes are queued and applied at sync, in order', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('排名');
      sheet.getRange('A1').numberFormat = [['@']];
      sheet.getRange('A1').values = [['=1+1']];
      expect(fake.sheetNames()).toEqual(['台账']);
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['台账', '排名']);
    expect(fake.cell('排名', 'A1')).toEqual({ value: '=1+1', formula: null, numberFormat: '@' });
  });

  test('null objects, missing sheets, and calls never synced', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('单位');
      const used = context.workbook.worksheets.add('空').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('单位').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    await expect(fake.run(async (context) => context.workbook.worksheets.getItem('台账').activate())).rejects.toThrow('never synced');
  });

  test('a request or response over the payload limit is refused', async () => {
    const fake = loadWorkbook({ sheets: [{ name: 'a', values: [['x'.repeat(2_000)]] }] }, { payloadLimit: 1_000 });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('a').getRange('B1').values = [['y'.repeat(2_000)]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      context.workbook.worksheets.getItem('a').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(fake.cell('a', 'B1').value).toBeNull();
  });

  test('desktop Excel has no payload limit', async () => {
    const fake = loadWorkbook({ sheets: [{ name: 'a', values: [['x'.repeat(6 * 1024 * 1024)]] }] }, { platform: 'PC' });
    const range = await fake.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem('a').getRange('A1').load('values');
      await context.sync();
      return a1;
    });
    expect(range.values[0][0]).toHaveLength(6 * 1024 * 1024);
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(6 * 1024 * 1024);
  });

  test('the used part of a range, or a null object', async () => {
    const fake = loadWorkbook({ sheets: [{ name: 'a', values: [[], [null, null, 'c'], [null, 1], [], [], ['f']] }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('a');
      const top = sheet.getRangeByIndexes(0, 0, 3, 16_384).getUsedRangeOrNullObject(true).load('address,values');
      const none = sheet.getRange('D1:E9').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(top.address).toBe("'a'!A2:C3");
      expect(top.values).toEqual([['', '', 'c'], ['', 1, '']]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test('merged areas: only those starting in the range, readable once loaded, a null object when there are none', async () => {
    const fake = loadWorkbook({ sheets: [{ name: '台账', values: [['标题'], [], ['a', 'b']], merged: ['A1:C1', 'A2:A3', 'B2:B3'] }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('台账');
      const all = sheet.getRange().getMergedAreasOrNullObject();
      const lower = sheet.getRange('A3:C9').getMergedAreasOrNullObject().load('address');
      const below = sheet.getRange('B2:C9').getMergedAreasOrNullObject().load('areas/items/address');
      expect(() => all.areas).toThrow('PropertyNotLoaded');
      all.load('areas/items/address');
      await context.sync();
      expect(all.areas.items.map((r) => r.address)).toEqual(["'台账'!A1:C1", "'台账'!A2:A3", "'台账'!B2:B3"]);
      expect(() => all.address).toThrow('PropertyNotLoaded');
      // A3 lies in A2:A3, but that area starts above the range (office-js issue #3611).
      expect(lower.isNullObject).toBe(true);
      expect(below.areas.items.map((r) => r.address)).toEqual(["'台账'!B2:B3"]);
    });
  });

  test(`past ${MERGED_AREAS_LIMIT} merged areas in the range, the sync fails`, async () => {
    const merged = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    const fake = loadWorkbook({ sheets: [{ name: 'a', values: [['x']], merged }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('a');
      sheet.getRange().getMergedAreasOrNullObject().load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      const fewer = sheet.getRange(`A1:A${2 * MERGED_AREAS_LIMIT}`).getMergedAreasOrNullObject().load('areas/items/address');
      await context.sync();
      expect(fewer.areas.items).toHaveLength(MERGED_AREAS_LIMIT);
    });
  });

  test.each([
    ['1.14', true],
    ['1.12', false],
  ] as const)('ExcelApi %s: isSetSupported 1.13 is %s, and merged areas are an ApiNotFound below it', async (excelApi, has113) => {
    installFakeOffice({ sheets: [{ name: 'a', values: [[1]], merged: ['A1:A2'] }] }, { excelApi });
    const globals = globalThis as unknown as {
      Office: { context: { requirements: { isSetSupported(name: string, version: string): boolean } } };
      __fakeExcel: ReturnType<typeof loadWorkbook>;
    };
    const { isSetSupported } = globals.Office.context.requirements;
    expect([isSetSupported('ExcelApi', '1.9'), isSetSupported('ExcelApi', '1.13'), isSetSupported('ExcelApi', '1.15')]).toEqual([true, has113, false]);
    expect(isSetSupported('SharedRuntime', '1.1')).toBe(true);
    await globals.__fakeExcel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('a').getRange().getMergedAreasOrNullObject().load('address');
      if (has113) {
        await context.sync();
        expect(areas.address).toBe("'a'!A1:A2");
      } else {
        await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      }
    });
  });

  test.each([
    [undefined, 'OfficeOnline'],
    ['PC', 'PC'],
  ] as const)('installs Excel and Office globals for a page (platform %s → %s)', async (platform, reported) => {
    const fake = installFakeOffice({ sheets: [{ name: 'a', values: [[1]] }] }, { platform });
    const globals = globalThis as unknown as {
      Office: { onReady(): Promise<{ host: string; platform: string }>; context: { diagnostics: { platform: string } }; PlatformType: Record<string, string> };
      __fakeExcel: unknown;
    };
    expect(await globals.Office.onReady()).toEqual({ host: 'Excel', platform: reported });
    expect(globals.Office.context.diagnostics.platform).toBe(globals.Office.PlatformType[reported]);
    expect(fake.payloadLimit).toBe(reported === 'PC' ? Infinity : 5 * 1024 * 1024);
    expect(globals.__fakeExcel).toBe(fake);
    expect(fake.snapshot().sheets[0]).toMatchObject({ name: 'a', values: [[1]] });
  });
});
