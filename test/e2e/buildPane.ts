// The end-to-end test's build: the production webpack config with office.js served locally, in
// development mode for speed, plus a second page, taskpane-e2e.html, whose first script installs
// the fake Excel holding one of the given workbooks (`?book=name`, the first by default). Both
// pages carry the same Content-Security-Policy.
import path from 'path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import type { WorkbookData } from '../taskpane/fakeExcel';

const ROOT = path.resolve(__dirname, '../..');

export const E2E_PAGE = 'taskpane-e2e.html';

type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<webpack.Configuration>;

function transpileOnly(rule: webpack.RuleSetRule): webpack.RuleSetRule {
  // Type errors are typecheck:web's business; here they would only slow the build down.
  const use = rule.use as { loader: string; options?: object } | undefined;
  return use?.loader === 'ts-loader' ? { ...rule, use: { ...use, options: { ...use.options, transpileOnly: true } } } : rule;
}

export async function buildPane(outputDir: string, workbooks: Readonly<Record<string, WorkbookData>>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true, officeJs: 'local' }, { mode: 'development' });
  const entry = config.entry as Record<string, string>;
  // The e2e page runs under the real page's Content-Security-Policy (the intranet build's: this
  // origin only), so a script or style the policy refuses fails the test.
  const taskpanePage = config.plugins?.find((p) => p instanceof HtmlWebpackPlugin) as unknown as { userOptions: { contentSecurityPolicy?: string } };
  const contentSecurityPolicy = taskpanePage.userOptions.contentSecurityPolicy;
  if (!contentSecurityPolicy) throw new Error('webpack.config.js gives taskpane.html no contentSecurityPolicy');
  const e2eConfig: webpack.Configuration = {
    ...config,
    mode: 'development',
    context: ROOT,
    devtool: false,
    entry: { ...entry, fakeOffice: './test/e2e/page/installFake.ts' },
    output: { ...config.output, path: outputDir },
    module: { rules: (config.module?.rules as webpack.RuleSetRule[]).map(transpileOnly) },
    plugins: [
      ...(config.plugins ?? []),
      new webpack.DefinePlugin({ DUBAN_E2E_WORKBOOKS: JSON.stringify(workbooks) }),
      new HtmlWebpackPlugin({
        filename: E2E_PAGE,
        template: './src/taskpane/taskpane.html',
        chunks: ['fakeOffice', 'functions', 'taskpane'],
        chunksSortMode: 'manual',
        // The fake stands in for office.js on this page, as a script file of this origin.
        officeJs: null,
        contentSecurityPolicy,
      }),
    ],
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(e2eConfig, (error, result) => (error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`e2e build failed:\n${stats.toString({ all: false, errors: true })}`);
}
