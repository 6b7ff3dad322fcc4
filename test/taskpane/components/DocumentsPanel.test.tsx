// The 通知单 / 催办单 panel and the Word download in the pane, against the actions contract: what
// they ask for, what they show, and that 登记催办 writes only after the user confirms.
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import type { NoticeResult } from '../../../src/taskpane/actions';
import { memoryActions, validationOf } from './memoryActions';
import { renderPane } from './renderPane';

const TODAY = new Date(2026, 10, 5);
const NOV_5 = 46331; // 2026-01-01 is 46023; 5 November is day 309 of the year
const button = (name: string) => screen.getByRole('button', { name });

const ROWS = [
  { date: NOV_5, unit: '北塬县', category: '催办', level: '黄', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕3号' },
  { date: NOV_5, unit: '南屏县', category: '催办', level: '红', relatedItem: 'DC-2026-256', note: '催办单 督催〔2026〕4号' },
];
const URGES: NoticeResult = {
  kind: 'done',
  sheet: '2026年11月5日催办单',
  documents: 2,
  notes: ['DC-2026-232（西河县）：上一份催办单的反馈期至2026年11月2日，期满仍未办结再发下一级。'],
  registration: { sheet: '加减分', rows: ROWS },
};

describe('生成通知单 / 生成催办单', () => {
  it('asks for the selected rows by default, or the month’s items, with the month and preset of the pane', async () => {
    const actions = memoryActions({ notices: { kind: 'done', sheet: '督查通知单', documents: 2, notes: [], registration: null } });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成通知单'));
    expect(await screen.findByText('「督查通知单」共 2 份，每份一页（A4 纵向），可直接打印。')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '所选月份交办的全部事项' }));
    await user.click(button('生成通知单'));
    await waitFor(() => expect(actions.calls.filter((c) => c.name === 'generateNotices')).toHaveLength(2));
    expect(actions.calls.filter((c) => c.name === 'generateNotices').map((c) => c.args[0])).toEqual([
      { kind: '通知', scope: 'selection', month: '2026-10', preset: 'sanmenxia-2019' },
      { kind: '通知', scope: 'month', month: '2026-10', preset: 'sanmenxia-2019' },
    ]);
    await user.click(button('转到「督查通知单」'));
    expect(actions.goTo).toHaveBeenLastCalledWith('督查通知单', '');
  });

  it('says why nothing was made, and refuses on a ledger with errors', async () => {
    const empty = memoryActions({ notices: { kind: 'empty', message: '请先在「台账」表中选中要发通知单或催办单的事项行（可按住 Ctrl 多选），再点按钮。', notes: [] } });
    const { user, unmount } = renderPane(<App actions={empty} today={TODAY} />);
    await user.click(button('生成通知单'));
    expect(await screen.findByText(/请先在「台账」表中选中/)).toBeTruthy();
    unmount();

    const invalid = memoryActions({ notices: { kind: 'invalid', validation: validationOf([{ sheet: '台账', cell: 'G5', severity: '错误', message: '日期无效。' }]) } });
    const second = renderPane(<App actions={invalid} today={TODAY} />);
    await second.user.click(button('生成催办单'));
    expect(await screen.findByText('台账有 1 条错误。请先点「校验台账」查看并改正，再生成。')).toBeTruthy();
  });
});

describe('登记催办', () => {
  it('lists the rows first; nothing is written until 登记到加减分 is clicked', async () => {
    const actions = memoryActions({ notices: URGES, registered: { sheet: '加减分', firstRow: 4, lastRow: 5 } });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成催办单'));
    expect(await screen.findByText(/把这 2 份催办单登记到「加减分」表/)).toBeTruthy();
    expect(screen.getByText(URGES.kind === 'done' ? URGES.notes[0] : '')).toBeTruthy();
    const table = screen.getByRole('table', { name: '登记催办' });
    expect(within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent))).toEqual([
      [],
      ['2026-11-05', '北塬县', '催办', '黄', 'DC-2026-244', '催办单 督催〔2026〕3号'],
      ['2026-11-05', '南屏县', '催办', '红', 'DC-2026-256', '催办单 督催〔2026〕4号'],
    ]);
    expect(actions.calls.some((c) => c.name === 'appendAdjustments')).toBe(false);

    await user.click(button('登记到加减分'));
    expect(await screen.findByText('已登记到「加减分」第 4–5 行。')).toBeTruthy();
    expect(actions.calls.filter((c) => c.name === 'appendAdjustments')).toEqual([{ name: 'appendAdjustments', args: [ROWS] }]);
    expect(screen.queryByRole('button', { name: '登记到加减分' })).toBeNull();
  });

  it('不登记 writes nothing and says so', async () => {
    const actions = memoryActions({ notices: URGES });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('生成催办单'));
    await user.click(await screen.findByRole('button', { name: '不登记' }));
    expect(await screen.findByText('没有登记：加减分表未改动。')).toBeTruthy();
    expect(actions.calls.some((c) => c.name === 'appendAdjustments')).toBe(false);
  });

  it('no offer where the rule set has no 催办 deduction; the reason when the sheet cannot take the rows', async () => {
    const none = memoryActions({ notices: { ...URGES, registration: null } as NoticeResult });
    const { user, unmount } = renderPane(<App actions={none} today={TODAY} />);
    await user.click(button('生成催办单'));
    await screen.findByText('「2026年11月5日催办单」共 2 份，每份一页（A4 纵向），可直接打印。');
    expect(screen.queryByRole('button', { name: '登记到加减分' })).toBeNull();
    unmount();

    const broken = memoryActions({ notices: { ...URGES, registration: { error: '「加减分」表没有「级别」列，无法追加登记：请先在表头加上这些列。' } } as NoticeResult });
    const second = renderPane(<App actions={broken} today={TODAY} />);
    await second.user.click(button('生成催办单'));
    expect(await screen.findByText('不能登记催办：「加减分」表没有「级别」列，无法追加登记：请先在表头加上这些列。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记到加减分' })).toBeNull();
  });
});

describe('下载 Word 版通报', () => {
  it('hands the bytes to the browser as 2026年10月通报.docx', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:duban';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect([this.download, this.href]).toEqual(['2026年10月通报.docx', 'blob:duban']);
    });
    const actions = memoryActions();
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('下载 Word 版通报'));
    expect(await screen.findByText('已下载「2026年10月通报.docx」。')).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    expect(created[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(actions.calls).toContainEqual({ name: 'bulletinDocx', args: ['2026-10', 'sanmenxia-2019'] });
    click.mockRestore();
  });

  it('where the host drops downloads, says so plainly and how to get the file instead', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click');
    const actions = memoryActions({ docx: { kind: 'done', fileName: '2026年10月通报.docx', bytes: new Uint8Array([0x50, 0x4b]), downloadable: false } });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(button('下载 Word 版通报'));
    expect(
      await screen.findByText('这个版本的 Excel（Mac 版、iPad 版）不能从任务窗格下载文件。请在电脑上用命令行生成：duban bulletin 台账.xlsx --month 2026-10 --docx 通报.docx'),
    ).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });
});
