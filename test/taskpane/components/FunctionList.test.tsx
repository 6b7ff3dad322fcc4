// The DUBAN.* list, read from the functions.json the build writes, only once the section is opened.
import { screen } from '@testing-library/react';
import { FunctionList } from '../../../src/taskpane/components/FunctionList';
import { renderPane } from './renderPane';

const metadata = {
  functions: [
    { name: 'COEFF', description: '功效系数。', parameters: [{ name: '事项数' }, { name: '最高事项数' }] },
    { name: 'SCORE', description: '单位的月度总分。', parameters: [{ name: '单位' }, { name: '台账' }, { name: '单位表', optional: true }] },
  ],
};

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

it('fetches functions.json when opened and lists each signature, optional parameters in brackets', async () => {
  const fetch = jest.fn(() => Promise.resolve({ json: () => Promise.resolve(metadata) }));
  Object.assign(globalThis, { fetch });
  const { user } = renderPane(<FunctionList />);
  expect(fetch).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: '工作表函数 =DUBAN.*' }));
  expect(await screen.findByText('DUBAN.SCORE(单位, 台账, [单位表])')).toBeTruthy();
  expect(screen.getByText('DUBAN.COEFF(事项数, 最高事项数)')).toBeTruthy();
  expect(screen.getByText('单位的月度总分。')).toBeTruthy();
  expect(fetch).toHaveBeenCalledWith('functions.json');
});

it('says what to check when the list cannot be read', async () => {
  Object.assign(globalThis, { fetch: jest.fn(async () => Promise.reject(new Error('offline'))) });
  const { user } = renderPane(<FunctionList />);
  await user.click(screen.getByRole('button', { name: '工作表函数 =DUBAN.*' }));
  expect(await screen.findByText('无法读取函数列表，请检查加载项服务器是否运行。')).toBeTruthy();
});
