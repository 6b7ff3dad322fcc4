// The fake keeps Office.js's rules, so a test that passes on it does not rely on what Excel refuses.
import { installFakeOffice, loadWorkbook } from './fakeExcel';

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
    await expect(fake.run((context) => Promise.resolve(context.workbook.worksheets.getItem('台账').activate()))).rejects.toThrow('never synced');
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
