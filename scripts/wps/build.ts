// `npm run build:wps`: the WPS 表格 add-in (docs/wps.md), in wpsjs's layouts, into dist-wps/:
//   online/                   the add-in for a web server on the intranet; its address, ending in /,
//                             goes into publish.xml, and ribbon.xml must load from it
//   jsaddons/duban_VERSION/   the same files for a local (offline) install, beside
//   jsaddons/publish.xml      the entry WPS reads (what the installers merge into the user's own)
//   install-wps.sh            Linux installer (UOS, Kylin), install-wps.ps1 + .cmd for Windows
// Each holds index.html (the hidden main page: ribbon callbacks, function registration),
// taskpane.html, main.js, taskpane.js, ribbon.xml, manifest.xml, functions.json, assets/.
//   node dist-node/scripts/wps/build.js [outDir]       (default dist-wps)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { wpsFunctions, type OfficeFunction, type WpsFunction } from '../../src/wps/functionMetadata';

/** The repository: the folder holding src/wps, wherever this file runs from (source or dist-node). */
function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'src', 'wps')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository above ${from}`);
  }
}

const ROOT = repositoryRoot(__dirname);
/** The add-in's name in publish.xml and its folder's (printable ASCII, as wpsjs requires). */
export const ADDIN_NAME = 'duban';
export const DEFAULT_OUT = 'dist-wps';

export interface WpsBuild {
  /** dist-wps/online */
  online: string;
  /** dist-wps/jsaddons/duban_VERSION */
  offline: string;
  version: string;
  functions: WpsFunction[];
}

/** The functions' metadata, generated from src/functions/functions.ts's JSDoc as for Excel. */
async function functionMetadata(): Promise<WpsFunction[]> {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, 'src/functions/functions.ts'));
  if (result.errors.length > 0) throw new Error(`functions.ts: ${result.errors.join('; ')}`);
  return wpsFunctions((JSON.parse(result.metadataJson) as { functions: OfficeFunction[] }).functions);
}

function webpackConfig(out: string, functions: readonly WpsFunction[], mode: 'production' | 'development'): webpack.Configuration {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { contentSecurityPolicy } = require(path.join(ROOT, 'webpack.config.js')) as { contentSecurityPolicy: (officeJs: string | null) => string };
  const tsconfig = path.join(ROOT, 'tsconfig.wps.json');
  return {
    mode,
    context: ROOT,
    devtool: false,
    entry: { main: './src/wps/main.ts', taskpane: './src/wps/taskpane.tsx' },
    output: { path: out, filename: '[name].js', clean: true },
    // Webpack's own runtime code, too, in ES2017.
    target: ['web', 'es2017'],
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    node: { global: false },
    performance: { hints: false },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: tsconfig } } },
        // The packages (React, Fluent UI) ship ES2019–ES2021 syntax; WPS's older Chromium builds
        // would refuse the whole script over one `?.`, so they are brought down to ES2017 as well.
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: tsconfig, transpileOnly: true, instance: 'packages', compilerOptions: { allowJs: true, checkJs: false } } },
        },
      ],
    },
    plugins: [
      // As in the Office build: Griffel names Node's `global`, which webpack would answer with eval.
      new webpack.DefinePlugin({ global: 'globalThis', DUBAN_WPS_FUNCTIONS: JSON.stringify(functions) }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/wps/index.html',
        chunks: ['main'],
        inject: 'head',
        scriptLoading: 'blocking',
        contentSecurityPolicy: contentSecurityPolicy(null),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/wps/taskpane.html',
        chunks: ['taskpane'],
        contentSecurityPolicy: contentSecurityPolicy(null),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: '[name][ext]' },
          { from: 'src/wps/ribbon.xml', to: '[name][ext]' },
          { from: 'src/wps/manifest.xml', to: '[name][ext]' },
        ],
      }),
    ],
  };
}

async function runWebpack(config: webpack.Configuration): Promise<void> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`WPS build failed:\n${stats.toString({ all: false, errors: true })}`);
}

/** The publish.xml entry of a local install: url is the folder beside publish.xml (wpsjs's format). */
export const offlineEntry = (version: string): string =>
  `<jsplugin name="${ADDIN_NAME}" type="et" url="${ADDIN_NAME}_${version}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`;

/** The installers beside the layouts, with the add-in's name and version filled in. */
export function writeInstallers(out: string, version: string): void {
  const dir = path.join(ROOT, 'scripts/wps/install');
  const fill = (file: string) => readFileSync(path.join(dir, file), 'utf8').split('@NAME@').join(ADDIN_NAME).split('@VERSION@').join(version);
  writeFileSync(path.join(out, 'install-wps.sh'), fill('install-wps.sh'), { mode: 0o755 });
  // Windows PowerShell 5 reads a script without a byte-order mark in the ANSI code page, which
  // would garble its Chinese messages.
  writeFileSync(path.join(out, 'install-wps.ps1'), `\ufeff${fill('install-wps.ps1')}`);
  writeFileSync(path.join(out, 'install-wps.cmd'), fill('install-wps.cmd'));
}

export async function buildWps(out: string, mode: 'production' | 'development' = 'production'): Promise<WpsBuild> {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const functions = await functionMetadata();
  rmSync(out, { recursive: true, force: true });
  const online = path.join(out, 'online');
  await runWebpack(webpackConfig(online, functions, mode));
  writeFileSync(path.join(online, 'functions.json'), `${JSON.stringify({ functions }, null, 2)}\n`);

  const jsaddons = path.join(out, 'jsaddons');
  const offline = path.join(jsaddons, `${ADDIN_NAME}_${version}`);
  mkdirSync(jsaddons, { recursive: true });
  cpSync(online, offline, { recursive: true });
  writeFileSync(path.join(jsaddons, 'publish.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${offlineEntry(version)}\n</jsplugins>\n`);
  writeInstallers(out, version);
  return { online, offline, version, functions };
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? DEFAULT_OUT);
  buildWps(out).then(
    ({ online, offline }) => console.log(`WPS 加载项：${online}（在线）、${offline}（离线），安装脚本在 ${out}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
