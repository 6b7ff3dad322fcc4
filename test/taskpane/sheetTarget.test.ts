// Where a generated sheet goes when its name is taken (SPEC §5: never replaced silently).
import { chooseTarget, namesAfter } from '../../src/taskpane/sheetTarget';

const ask = (choice: 'newName' | 'replace' | 'cancel') => jest.fn(() => Promise.resolve(choice));

describe('chooseTarget', () => {
  test('a free name is used without asking', async () => {
    const onConflict = ask('cancel');
    expect(await chooseTarget('2026年6月排名', ['台账'], ['台账'], onConflict)).toEqual({ name: '2026年6月排名', replaces: null });
    expect(onConflict).not.toHaveBeenCalled();
  });

  test('a taken name asks, with the name as Excel spells it and the suggestion', async () => {
    const onConflict = ask('replace');
    const target = await chooseTarget('2026年6月排名', ['台账', '2026年6月排名'], ['台账'], onConflict);
    expect(onConflict).toHaveBeenCalledWith('2026年6月排名', '2026年6月排名 (2)');
    expect(target).toEqual({ name: '2026年6月排名', replaces: '2026年6月排名' });
    expect(namesAfter(['台账', '2026年6月排名'], target!)).toEqual(['台账', '2026年6月排名']);
  });

  test('a source sheet is never replaced, whatever the answer', async () => {
    expect(await chooseTarget('台账', ['台账'], ['台账'], ask('replace'))).toEqual({ name: '台账 (2)', replaces: null });
  });

  test('cancel gives null', async () => {
    expect(await chooseTarget('a', ['A'], [], ask('cancel'))).toBeNull();
  });
});
