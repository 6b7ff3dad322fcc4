// The fake WPS as one browser script, with the example workbook inlined, for page.addInitScript:
// the add-in's pages are tested exactly as build:wps wrote them, with nothing added to them.
import path from 'path';
import webpack from 'webpack';
import type { WorkbookData } from '../taskpane/fakeExcel';

const ROOT = path.resolve(__dirname, '../..');

export async function buildFakeWps(outputDir: string, workbook: WorkbookData): Promise<string> {
  const config: webpack.Configuration = {
    mode: 'development',
    context: ROOT,
    devtool: false,
    entry: './test/e2e/page/installFakeWps.ts',
    output: { path: outputDir, filename: 'fake-wps.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.wps.json') } } }] },
    plugins: [new webpack.DefinePlugin({ DUBAN_E2E_WORKBOOK: JSON.stringify(workbook) })],
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`fake WPS build failed:\n${stats.toString({ all: false, errors: true })}`);
  return path.join(outputDir, 'fake-wps.js');
}
