// The task pane against a test double of the actions contract: what it shows, what it calls.
import { act, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { deferred, memoryActions, validationOf } from './memoryActions';
import { renderPane } from './renderPane';

// 5 November 2026: month-end work on October.
const TODAY = new Date(2026, 10, 5);

const button = (name: string) => screen.getByRole('button', { name });

// Role queries over the whole pane take seconds each on a busy two-core machine; a test of a few
// clicks passed the global 20 s there.
jest.setTimeout(60_000);

/**
 * The conflict dialog, found by its title. In jsdom Fluent cannot move focus into a dialog (no
 * layout), so tabster soon takes it for an inactive modal and marks it aria-hidden, which role
 * queries respect; whether that came before a query was timing. That the title labels the dialog
 * is checked here; its focus, in a real browser (test/e2e).
 */
async function dialogTitled(title: string | RegExp): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  const dialog = heading.closest('[role="dialog"]') as HTMLElement;
  expect(dialog.getAttribute('aria-labelledby')).toBe(heading.id);
  return dialog;
}
const choicesIn = (dialog: HTMLElement) => within(dialog).getAllByRole('button', { hidden: true });

/** Until the overview the pane makes on opening has answered, as it has long before a user clicks. */
const paneOpened = () => waitFor(() => expect(screen.queryByText('正在生成概览……')).toBeNull());

describe('settings', () => {
  it('defaults to last month and to the preset the 规则 sheet names, and passes both on', async () => {
    const actions = memoryActions({ presets: { available: ['sanmenxia-2019', 'district-dynamic'], fromRules: 'district-dynamic' } });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    expect(screen.getByLabelText('考核月份')).toHaveProperty('value', '2026-10');
    await waitFor(() => expect(screen.getByLabelText('规则集')).toHaveProperty('value', 'district-dynamic'));
    expect(screen.getByRole('option', { name: /区级评分细则.*「规则」表指定/ })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('考核月份'), '2026-09');
    await user.click(button('生成排名'));
    await screen.findByText('已生成');
    expect(actions.calls).toContainEqual({ name: 'generateRanking', args: ['2026-09', 'district-dynamic'] });
  });

  it('defaults to sanmenxia-2019 when the workbook has no 规则 sheet, and lists two years of months', async () => {
    const actions = memoryActions();
    renderPane(<App actions={actions} today={new Date(2027, 0, 3)} />);
    expect(screen.getByLabelText('考核月份')).toHaveProperty('value', '2026-12');
    const months = within(screen.getByLabelText('考核月份')).getAllByRole('option');
    expect(months).toHaveLength(24);
    expect(months[0].textContent).toBe('2027年1月');
    await waitFor(() => expect(actions.calls).toContainEqual({ name: 'presets', args: [] }));
    expect(screen.getByLabelText('规则集')).toHaveProperty('value', 'sanmenxia-2019');
  });

  it('still offers the presets, with a warning, when the 规则 sheet cannot be read', async () => {
    renderPane(<App actions={memoryActions({ presets: new Error('「规则」表第 3 行：未知参数') })} today={TODAY} />);
    expect(await screen.findByText(/无法读取「规则」表.*未知参数/)).toBeTruthy();
    expect(within(screen.getByLabelText('规则集')).getAllByRole('option')).toHaveLength(2);
  });
});

describe('校验台账', () => {
  const problems = validationOf([
    { sheet: '台账', cell: 'F12', severity: '错误', message: '办理时限早于交办日期，请改正办理时限。' },
    { sheet: '加减分', cell: 'C4', severity: '错误', message: '单位「交通局」不在单位表中。' },
    { sheet: '台账', cell: 'K3', severity: '警告', message: '责任人为空，请填写。' },
    { sheet: '台账', cell: 'H20', severity: '错误', message: '延期至超过上限。' },
    { sheet: '单位', cell: '', severity: '警告', message: '没有「单位类别」列，全部按未分类排名。' },
  ]);

  it('groups the problems by sheet, in the order reported, with counts and severities', async () => {
    const { user } = renderPane(<App actions={memoryActions({ validation: problems })} today={TODAY} />);
    await user.click(button('校验台账'));
    expect(await screen.findByText(/共有错误 3 条、警告 2 条。点击一条问题可转到对应单元格。$/)).toBeTruthy();

    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['台账错误 2警告 1', '加减分错误 1', '单位警告 1']);
    const ledger = headings[0].parentElement as HTMLElement;
    expect(within(ledger).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'F12错误：办理时限早于交办日期，请改正办理时限。',
      'K3警告：责任人为空，请填写。',
      'H20错误：延期至超过上限。',
    ]);
    // A problem about a whole sheet says so instead of showing an empty address.
    expect(button('整张表 警告：没有「单位类别」列，全部按未分类排名。')).toBeTruthy();
  });

  it('goes to the sheet and cell of a clicked problem, also from the keyboard', async () => {
    const actions = memoryActions({ validation: problems });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('校验台账'));
    await user.click(await screen.findByRole('button', { name: /^C4 错误/ }));
    expect(actions.goTo).toHaveBeenLastCalledWith('加减分', 'C4');

    screen.getByRole('button', { name: /^H20 错误/ }).focus();
    await user.keyboard('{Enter}');
    expect(actions.goTo).toHaveBeenLastCalledWith('台账', 'H20');
    await user.click(button('整张表 警告：没有「单位类别」列，全部按未分类排名。'));
    expect(actions.goTo).toHaveBeenLastCalledWith('单位', '');
  });

  it('says so when the ledger is clean, and lists nothing', async () => {
    const { user } = renderPane(<App actions={memoryActions()} today={TODAY} />);
    await user.click(button('校验台账'));
    expect(await screen.findByText(/台账校验通过，没有发现问题。$/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '校验结果', level: 2 })).toBeNull();
  });

  it('shows the first 100 problems of a sheet and more on request', async () => {
    const many = validationOf(
      Array.from({ length: 130 }, (_, i) => ({ sheet: '台账', cell: `B${i + 2}`, severity: '警告' as const, message: '编号为空。' })),
    );
    const { user, container } = renderPane(<App actions={memoryActions({ validation: many })} today={TODAY} />);
    await user.click(button('校验台账'));
    await screen.findByText(/警告 130 条/);
    // Counted by tag: role queries over hundreds of buttons are slow in jsdom.
    expect(container.querySelectorAll('li')).toHaveLength(100);
    await user.click(screen.getByText('再显示 100 条（已显示 100 / 130 条）'));
    expect(container.querySelectorAll('li')).toHaveLength(130);
    expect(screen.queryByText(/再显示/)).toBeNull();
  });
});

describe('progress', () => {
  it('shows the current step in a live region and a progress bar while the work runs', async () => {
    const hold = deferred();
    const actions = memoryActions({
      during: async (onProgress) => {
        onProgress('计算排名', 2, 3);
        await hold.promise;
      },
    });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成排名'));

    const live = await screen.findByText('计算排名（2/3）');
    expect(live.getAttribute('role')).toBe('status');
    expect(screen.getByRole('progressbar', { name: '处理进度' })).toBeTruthy();
    // Every button stays focusable but refuses a second run while one is under way.
    expect(button('生成通报').getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button('生成排名'));

    await act(() => {
      hold.resolve();
      return Promise.resolve();
    });
    await screen.findByText('已生成');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(live.textContent).toBe('');
    expect(button('生成通报').getAttribute('aria-disabled')).toBeNull();
  });
});

describe('generation', () => {
  it('summarises what it made, with a button to each new sheet', async () => {
    const actions = memoryActions();
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成通报'));
    expect(await screen.findByText(/「2026年10月排名」、「2026年10月通报」：共 30 个单位，逾期未办结 7 项。$/)).toBeTruthy();
    await user.click(button('转到「2026年10月通报」'));
    expect(actions.goTo).toHaveBeenLastCalledWith('2026年10月通报', '');
  });

  it('refuses with the errors listed when the ledger has errors', async () => {
    const validation = validationOf([{ sheet: '台账', cell: 'G7', severity: '错误', message: '办理时限不是日期。' }]);
    const actions = memoryActions({ generated: { kind: 'invalid', validation } });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成排名'));
    expect(await screen.findByText(/台账有 1 条错误，没有生成任何工作表。请先改正下列问题，再重新生成。$/)).toBeTruthy();
    await user.click(button('G7 错误：办理时限不是日期。'));
    expect(actions.goTo).toHaveBeenLastCalledWith('台账', 'G7');
  });

  it('reports a failed action in words instead of dying', async () => {
    const actions = memoryActions({
      during: () => Promise.reject(new Error('工作簿已被保护，无法添加工作表。')),
    });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成排名'));
    expect(await screen.findByText(/工作簿已被保护，无法添加工作表。$/)).toBeTruthy();
    expect(screen.getByText('操作没有完成')).toBeTruthy();
  });

  it('reports a go-to that fails, e.g. a sheet deleted since', async () => {
    const actions = memoryActions();
    actions.goTo.mockRejectedValueOnce(new Error('找不到工作表'));
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成排名'));
    await user.click(await screen.findByRole('button', { name: '转到「2026年10月排名」' }));
    expect(await screen.findByText(/无法转到「2026年10月排名」：找不到工作表$/)).toBeTruthy();
  });
});

describe('conflict dialog', () => {
  // That the dialog focuses this first button is checked in a real browser (test/e2e): jsdom has no
  // layout, so Fluent's focus finder sees no visible button in it.
  it('offers the new name first; Enter on it keeps the existing sheet; focus then returns to the button clicked', async () => {
    const actions = memoryActions({ existing: ['2026年10月排名'] });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await paneOpened();
    await user.click(button('生成排名'));

    const choices = choicesIn(await dialogTitled('工作表「2026年10月排名」已存在'));
    expect(choices.map((b) => b.textContent)).toEqual(['另存为新表（2026年10月排名 (2)）', '替换', '取消']);

    choices[0].focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/「2026年10月排名 \(2\)」：共 30 个单位/)).toBeTruthy();
    expect(actions.conflictAnswers).toEqual(['newName']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button('生成排名'));
  });

  it('asks once per existing sheet and can replace', async () => {
    const actions = memoryActions({ existing: ['2026年10月排名', '2026年10月通报'] });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await paneOpened();
    await user.click(button('生成通报'));
    await user.click(within(await dialogTitled(/2026年10月排名」已存在/)).getByRole('button', { name: '替换', hidden: true }));
    await user.click(within(await dialogTitled(/2026年10月通报」已存在/)).getByRole('button', { name: /另存为新表/, hidden: true }));
    expect(actions.conflictAnswers).toEqual(['replace', 'newName']);
    expect(await screen.findByText(/「2026年10月排名」、「2026年10月通报 \(2\)」/)).toBeTruthy();
  });

  it('treats Esc as 取消 and says nothing was changed', async () => {
    const actions = memoryActions({ existing: ['2026年10月排名'] });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await paneOpened();
    await user.click(button('生成排名'));
    await dialogTitled(/已存在/);
    await user.keyboard('{Escape}');
    expect(await screen.findByText('已取消，没有生成或改动任何工作表。')).toBeTruthy();
    expect(actions.conflictAnswers).toEqual(['cancel']);
    expect(document.activeElement).toBe(button('生成排名'));
  });
});

describe('新建台账模板', () => {
  it('lists the sheets it added and goes to 台账', async () => {
    const actions = memoryActions();
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('新建台账模板'));
    expect(await screen.findByText(/已新建「台账」、「单位」、「加减分」、「规则」、「节假日」工作表，请在「台账」中登记事项。$/)).toBeTruthy();
    await user.click(button('转到「台账」'));
    expect(actions.goTo).toHaveBeenLastCalledWith('台账', '');
  });
});
