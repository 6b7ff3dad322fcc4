// 概览 on a small ledger the engine summed up (overviewFixture.ts): the light buttons and the
// lists behind them, click-to-row, the due and newly overdue lists, and the charts' tables for
// screen readers; in the pane: made on opening, again for another month, and by 校验台账.
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { LightPanel } from '../../../src/taskpane/components/overview/LightPanel';
import { Overview } from '../../../src/taskpane/components/overview/Overview';
import { memoryActions, validationOf } from './memoryActions';
import { juneOverview } from './overviewFixture';
import { renderPane } from './renderPane';

// Role queries walk jsdom's accessibility tree, which a chart's SVG makes large: on a busy
// machine a test of clicks and lists passes the global 20 s.
jest.setTimeout(60_000);

const TODAY = new Date(2026, 10, 5);
const overview = juneOverview();
const ready = { kind: 'ready' as const, result: { validation: validationOf([]), overview } };

function renderOverview() {
  const onGoTo = jest.fn();
  const view = renderPane(<Overview state={ready} onGoTo={onGoTo} />);
  return { onGoTo, ...view };
}

/** The lights alone: role queries in jsdom slow down with every chart node on the page. */
function renderLights() {
  const onGoTo = jest.fn<void, [string, string]>();
  const view = renderPane(<LightPanel overview={overview} onGoTo={(cell) => onGoTo(overview.sheet, cell)} />);
  return { onGoTo, ...view };
}

/** The rows of a table as text, header row first. */
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => Array.from(row.children, (cell) => cell.textContent));

describe('the lights', () => {
  it('counts 红 3, 黄 2, 绿 2 for the ledger, and per category in a table of buttons', () => {
    renderLights();
    const lights = within(screen.getByRole('group', { name: '全部事项的督办灯' })).getAllByRole('button');
    expect(lights.map((b) => b.getAttribute('aria-label'))).toEqual(['红灯 3 项：逾期未办结', '黄灯 2 项：临期', '绿灯 2 项：其余（含已办结）']);
    expect(lights.map((b) => b.textContent)).toEqual(['红灯3项逾期未办结', '黄灯2项临期', '绿灯2项其余（含已办结）']);
    expect(rowsOf(screen.getByRole('table', { name: '按单位类别' }))).toEqual([
      ['类别', '红', '黄', '绿'],
      ['县（市、区）', '3', '1', '1'],
      ['市直单位', '0', '1', '1'],
    ]);
  });

  it('lists the items behind a light, most overdue first, and goes to an item’s row on click', async () => {
    const { user, onGoTo } = renderLights();
    const red = screen.getByRole('button', { name: /^红灯 3 项/ });
    expect(red.getAttribute('aria-expanded')).toBe('false');
    await user.click(red);
    expect(red.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('region', { name: '全部红灯事项（3 项）' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'A-1 事项A-1甲县 · 时限 2026-06-10 · 逾期 7 个工作日',
      'B-1 事项B-1乙县 · 时限 2026-06-18 · 逾期 1 个工作日',
      'A-2 事项A-2甲县 · 时限 2026-06-19 · 逾期 1 个工作日',
    ]);
    await user.click(within(list).getByRole('button', { name: /^B-1 / }));
    // B-1 is the fixture's third row (rows from 2), its 编号 in column B.
    expect(onGoTo).toHaveBeenLastCalledWith('督查台账', 'B4');
    await user.click(red);
    expect(screen.queryByRole('region', { name: /红灯事项/ })).toBeNull();
  });

  it('lists one category’s items from its row of the table', async () => {
    const { user } = renderLights();
    await user.click(screen.getByRole('button', { name: '市直单位：黄灯 1 项' }));
    const list = screen.getByRole('region', { name: '市直单位黄灯事项（1 项）' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['T-3 事项T-3市交通运输局 · 时限 2026-06-24 · 剩 2 个工作日']);
    await user.click(screen.getByRole('button', { name: '县（市、区）：绿灯 1 项' }));
    expect(within(screen.getByRole('region', { name: '县（市、区）绿灯事项（1 项）' })).getByRole('listitem').textContent).toBe('B-2 事项B-2乙县 · 时限 2026-05-29 · 已办结');
  });
});

describe('what falls due and what fell overdue', () => {
  it('lists the 黄 items soonest first, and the items overdue since Thursday 18 June', () => {
    renderOverview();
    expect(screen.getByText('截至2026年6月22日；黄灯：3个工作日内到期。')).toBeTruthy();
    const due = screen.getByText('临期事项：3个工作日内到期（2 项）', { selector: 'h3' });
    expect(within(due.nextElementSibling as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'A-3 事项A-3甲县 · 时限 2026-06-22 · 今天到期',
      'T-3 事项T-3市交通运输局 · 时限 2026-06-24 · 剩 2 个工作日',
    ]);
    const newly = screen.getByText('新增逾期：上一工作日（2026年6月18日）以来（2 项）', { selector: 'h3' });
    expect(within(newly.nextElementSibling as HTMLElement).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 3))).toEqual(['B-1', 'A-2']);
  });
});

describe('the charts, and their numbers as tables for screen readers', () => {
  it('the month ends January–June: no rate before anything was assigned, 1 of 7 done from May', () => {
    renderOverview();
    expect(screen.getByText('2026年1—6月各月末办结率', { selector: 'figcaption' })).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: '2026年1—6月各月末办结率（数据表）' }))).toEqual([
      ['月份', '办结率'],
      ['1月', '—'], ['2月', '—'], ['3月', '0.0%'], ['4月', '0.0%'], ['5月', '14.3%'], ['6月', '14.3%'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: '2026年1—6月各月末逾期未办结事项（数据表）' })).slice(-2)).toEqual([
      ['5月', '0'],
      ['6月', '3'],
    ]);
  });

  it('per category the scores with their ranks: 乙县 20/40 × 100 × (0.5 + 2/3 × 0.5) = 41.67 before 甲县 0', () => {
    renderOverview();
    // n: 甲县 3, 乙县 2, 交通 2; maxN 3. 交通: nothing due yet → ratio 1 → 100 × 0.8333 = 83.33.
    expect(rowsOf(screen.getByRole('table', { name: '2026年6月县（市、区）得分（数据表）' }))).toEqual([
      ['排名', '单位', '总分'],
      ['1', '乙县', '41.67'],
      ['2', '甲县', '0.00'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: '2026年6月市直单位得分（数据表）' }))).toEqual([
      ['排名', '单位', '总分'],
      ['1', '市交通运输局', '83.33'],
    ]);
  });
});

describe('in the pane', () => {
  it('is made when the pane opens, for last month under the 规则 sheet’s rule set, as of today', async () => {
    const actions = memoryActions({ overview, presets: { available: ['sanmenxia-2019', 'district-dynamic'], fromRules: 'district-dynamic' } });
    renderPane(<App actions={actions} today={TODAY} />);
    expect(await screen.findByLabelText('红灯 3 项：逾期未办结')).toBeTruthy();
    expect(actions.calls.filter((c) => c.name === 'overview')).toEqual([
      { name: 'overview', args: [{ month: '2026-10', preset: 'district-dynamic', today: '2026-11-05' }] },
    ]);
  });

  it('is made again for another month, and 校验台账 refreshes it from its own read', async () => {
    // What it shows is not the point here, and charts slow jsdom's queries down.
    const actions = memoryActions({ overview: null });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await waitFor(() => expect(actions.calls.filter((c) => c.name === 'overview')).toHaveLength(1));
    await user.selectOptions(screen.getByLabelText('考核月份'), '2026-09');
    await waitFor(() => expect(actions.calls.filter((c) => c.name === 'overview')).toHaveLength(2));
    await user.click(screen.getByText('校验台账'));
    expect(await screen.findByText('台账校验通过，没有发现问题。')).toBeTruthy();
    const asked = actions.calls.filter((c) => c.name === 'overview').map((c) => c.args[0]);
    expect(asked).toEqual([
      { month: '2026-10', preset: 'sanmenxia-2019', today: '2026-11-05' },
      { month: '2026-09', preset: 'sanmenxia-2019', today: '2026-11-05' },
      { month: '2026-09', preset: 'sanmenxia-2019', today: '2026-11-05' },
    ]);
    expect(actions.calls.some((c) => c.name === 'validate')).toBe(false);
  });

  it('says why there is none: a ledger with 错误, or an action that failed', async () => {
    const errors = validationOf([
      { sheet: '台账', cell: 'F3', severity: '错误', message: '办理时限不是日期。' },
      { sheet: '台账', cell: 'F4', severity: '错误', message: '办理时限不是日期。' },
    ]);
    const first = renderPane(<App actions={memoryActions({ validation: errors, overview: null })} today={TODAY} />);
    expect(await screen.findByText('台账有 2 条错误，暂不能给出概览。请点「校验台账」查看并改正。')).toBeTruthy();
    first.unmount();
    renderPane(<App actions={memoryActions({ overview: new Error('没有找到「台账」工作表。') })} today={TODAY} />);
    expect(await screen.findByText('无法生成概览：没有找到「台账」工作表。')).toBeTruthy();
  });
});
