// Where the page loads office.js from, per build (docs/taskpane.md, "office.js 的加载"): read from
// webpack.config.js rather than from a build. The e2e test proves the local copy works in Chromium.
import path from 'path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type Factory = (env: Record<string, unknown>, options: { mode: string }) => Promise<webpack.Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, outside every tsconfig
const factory = require(path.join(ROOT, 'webpack.config.js')) as Factory;

// The plugins keep their options in fields their typings mark private.
const officeJsOf = (config: webpack.Configuration) =>
  ((config.plugins?.find((p) => p instanceof HtmlWebpackPlugin) as unknown as { userOptions: { officeJs: string } }).userOptions.officeJs);
const copiedFrom = (config: webpack.Configuration) =>
  config.plugins
    ?.filter((p) => p instanceof CopyWebpackPlugin)
    .flatMap((p) => (p as unknown as { patterns: { from: string; to: string }[] }).patterns);

describe('office.js in the built page', () => {
  const saved = process.env.DUBAN_OFFICE_JS;
  afterEach(() => {
    if (saved === undefined) delete process.env.DUBAN_OFFICE_JS;
    else process.env.DUBAN_OFFICE_JS = saved;
  });

  it('comes from Microsoft’s CDN by default, and nothing of @microsoft/office-js is copied', async () => {
    delete process.env.DUBAN_OFFICE_JS;
    const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
    expect(officeJsOf(config)).toBe(CDN);
    expect(copiedFrom(config)?.some((p) => p.from.includes('office-js'))).toBe(false);
  });

  it.each([
    ['--env officeJs=local', { officeJs: 'local' }, undefined],
    ['DUBAN_OFFICE_JS=local', {}, 'local'],
  ])('comes from the add-in’s own origin with %s, its files and licence copied to office-js/', async (_, env, variable) => {
    if (variable) process.env.DUBAN_OFFICE_JS = variable;
    const config = await factory({ WEBPACK_BUILD: true, ...env }, { mode: 'production' });
    expect(officeJsOf(config)).toBe('office-js/office.js');
    const copies = copiedFrom(config)?.filter((p) => p.to.startsWith('office-js')) ?? [];
    expect(copies.map((p) => path.relative(ROOT, p.from))).toEqual([
      'node_modules/@microsoft/office-js/dist',
      'node_modules/@microsoft/office-js/LICENSE.md',
    ]);
  });
});
