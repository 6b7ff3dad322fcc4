// The suggested 加减分 for 应报未报 after 生成通报, against the actions contract: the rows listed
// first, appended only on 登记到加减分, nothing written on 不登记, and no offer when there is none.
import { screen, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import type { RegistrationOffer } from '../../../src/taskpane/actions';
import { memoryActions } from './memoryActions';
import { renderPane } from './renderPane';

const TODAY = new Date(2026, 10, 5);
// 2026-01-01 is serial 46023: 30 September is day 273 of the year, 25 October day 298.
const SEP_30 = 46023 + 272;
const OCT_25 = 46023 + 297;
const ROWS = [
  { date: SEP_30, unit: '甲街道', category: '逾期报送', level: null, relatedItem: 'A-1', note: '应报未报：2026年9月进展情况（比较重要事项每月报送）' },
  { date: OCT_25, unit: '乙街道', category: '超期', level: '特别重要', relatedItem: 'B-1', note: '应报未报：2026年10月19日—10月25日进展情况（特别重要事项每周报送）' },
];
const OFFER: RegistrationOffer = { sheet: '加减分', rows: ROWS };
const button = (name: string) => screen.getByRole('button', { name });
const TITLE = '应报未报：建议登记的加减分';

describe('建议加减分 after 生成通报', () => {
  it('lists the rows (a row without 级别 shows it blank); appends only when 登记到加减分 is clicked', async () => {
    const actions = memoryActions({ suggestions: OFFER, registered: { sheet: '加减分', firstRow: 12, lastRow: 13 } });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成通报'));
    expect(await screen.findByText(/本年截至本月有 2 次应报未报尚未登记。建议在「加减分」表末尾追加以下 2 行/)).toBeTruthy();
    const table = screen.getByRole('table', { name: TITLE });
    expect(within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent))).toEqual([
      [],
      ['2026-09-30', '甲街道', '逾期报送', '', 'A-1', ROWS[0].note],
      ['2026-10-25', '乙街道', '超期', '特别重要', 'B-1', ROWS[1].note],
    ]);
    expect(actions.calls.some((c) => c.name === 'appendAdjustments')).toBe(false);

    await user.click(button('登记到加减分'));
    expect(await screen.findByText('已登记到「加减分」第 12–13 行。')).toBeTruthy();
    expect(actions.calls.filter((c) => c.name === 'appendAdjustments')).toEqual([{ name: 'appendAdjustments', args: [ROWS] }]);
    expect(screen.queryByRole('button', { name: '登记到加减分' })).toBeNull();
  });

  it('不登记 writes nothing', async () => {
    const skipping = memoryActions({ suggestions: OFFER });
    const first = renderPane(<App actions={skipping} today={TODAY} />);
    await first.user.click(button('生成通报'));
    await first.user.click(await screen.findByRole('button', { name: '不登记' }));
    expect(await screen.findByText('没有登记：加减分表未改动。')).toBeTruthy();
    expect(skipping.calls.some((c) => c.name === 'appendAdjustments')).toBe(false);
  });

  it('no offer without suggestions; the reason when they cannot be appended', async () => {
    const none = memoryActions();
    const second = renderPane(<App actions={none} today={TODAY} />);
    await second.user.click(button('生成通报'));
    await screen.findByText('「2026年10月排名」、「2026年10月通报」：共 30 个单位，逾期未办结 7 项。');
    expect(screen.queryByText(TITLE)).toBeNull();
    expect(screen.queryByRole('button', { name: '登记到加减分' })).toBeNull();
    second.unmount();

    const refused = memoryActions({ suggestions: { error: '「加减分」表没有「关联事项」列，无法追加登记：请先在表头加上这些列。' } });
    const third = renderPane(<App actions={refused} today={TODAY} />);
    await third.user.click(button('生成通报'));
    expect(await screen.findByText('不能登记建议加减分：「加减分」表没有「关联事项」列，无法追加登记：请先在表头加上这些列。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记到加减分' })).toBeNull();
  });
});
