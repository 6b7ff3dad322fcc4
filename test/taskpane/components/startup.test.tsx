// The page outside Excel: an explanation, never a blank page.
import { act, screen } from '@testing-library/react';
import { startupView } from '../../../src/taskpane/startup';
import { memoryActions } from './memoryActions';
import { renderPane } from './renderPane';

describe('startupView', () => {
  it('explains that the page runs inside Excel and how to load it, in a plain browser', async () => {
    const createActions = jest.fn(() => memoryActions());
    renderPane(await startupView({ onReady: () => Promise.resolve({ host: null }) }, createActions));
    expect(screen.getByRole('heading', { level: 1, name: '请在 Excel 中打开督办' })).toBeTruthy();
    expect(screen.getByText(/只能在 Excel 里运行/)).toBeTruthy();
    expect(screen.getByText(/README「旁加载到 Excel」/)).toBeTruthy();
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(steps.map((step) => step.split('：')[0])).toEqual(['Windows 版 Excel', 'Mac 版 Excel', 'Excel 网页版']);
    expect(screen.queryByText(/office\.js/)).toBeNull();
    expect(createActions).not.toHaveBeenCalled();
  });

  it('also names the likely cause when office.js itself did not load', async () => {
    renderPane(await startupView(undefined, () => memoryActions()));
    expect(screen.getByRole('heading', { name: '请在 Excel 中打开督办' })).toBeTruthy();
    expect(screen.getByText(/没能加载 Microsoft 的 office\.js.*npm run build:intranet/)).toBeTruthy();
  });

  it('renders the pane, with the actions made only then, inside Excel', async () => {
    const createActions = jest.fn(() => memoryActions());
    renderPane(await startupView({ onReady: () => Promise.resolve({ host: 'Excel' as unknown as Office.HostType }) }, createActions));
    await act(() => Promise.resolve()); // the pane's first call, presets(), settles
    expect(screen.getByRole('button', { name: '校验台账' })).toBeTruthy();
    expect(createActions).toHaveBeenCalledTimes(1);
  });
});
