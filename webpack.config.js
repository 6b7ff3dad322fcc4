// The add-in build, in the layout of Microsoft's Excel-Custom-Functions-Shared template: one page
// (taskpane.html) that loads both the task pane and the custom functions into the shared runtime.
// `npm run build` writes dist/: functions.js, functions.json, taskpane.html, taskpane.js, assets/,
// manifest.xml; `npm run build:intranet` adds office-js/, a copy of office.js served from dist/.
const crypto = require('crypto');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

// Microsoft's recommended source: always the current office.js, fixes included.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js';

/**
 * `--env officeJs=local` or DUBAN_OFFICE_JS=local: serve the office.js of @microsoft/office-js
 * from the add-in's own origin, for networks that cannot reach Microsoft's CDN (docs/taskpane.md).
 */
function localOfficeJs(env) {
  return (env.officeJs ?? process.env.DUBAN_OFFICE_JS) === 'local';
}

// office.js loads its host and locale files from beside itself, so the whole folder is copied;
// the .debug.js twins (half the size) are only loaded by office.debug.js, which the page never uses.
function officeJsCopy() {
  const officeJs = path.dirname(require.resolve('@microsoft/office-js/package.json'));
  return new CopyWebpackPlugin({
    patterns: [
      {
        from: path.join(officeJs, 'dist'),
        to: OFFICE_JS_LOCAL_DIR,
        globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts', '**/*vsdoc*'] },
        // Already minified by Microsoft; without this, production mode runs Terser over 360 files.
        info: { minimized: true },
      },
      // Its licence allows redistribution with the add-in; the terms travel with the copy.
      { from: path.join(officeJs, 'LICENSE.md'), to: `${OFFICE_JS_LOCAL_DIR}/LICENSE.md` },
    ],
  });
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

/**
 * The Content-Security-Policy of taskpane.html, written into the page as a <meta http-equiv> (the
 * page is a static file: an intranet server may add no headers). Only the add-in's own origin,
 * plus, in the CDN build, the origin office.js comes from (office.js loads its host and locale
 * scripts from beside itself, so the whole origin, not the one file). `officeJs` is the page's
 * office.js address: an https URL, a path on this server, or null (the e2e page's fake Office).
 *
 * Styles: Fluent UI v9's Griffel (makeStyles) and FluentProvider's theme variables are injected at
 * run time, but as *empty* <style> elements whose rules are added through CSSOM
 * (sheet.insertRule). CSP checks a <style> element's text and style="" attributes, not CSSOM; so
 * only the empty <style> is checked against style-src, and the hash of the empty string is allowed
 * instead of 'unsafe-inline' (Chromium's own refusal message names exactly this hash). A <style>
 * with content, or a style="" attribute, injected into the page is still refused. React and
 * Fluent set element styles through element.style (CSSOM) too. Without the hash, every Griffel
 * <style> is refused and the pane is unstyled; test/e2e/taskpane.test.ts fails on any refusal.
 */
function contentSecurityPolicy(officeJs) {
  const officeOrigin = officeJs && /^https:\/\//.test(officeJs) ? new URL(officeJs).origin : null;
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...(officeOrigin ? [officeOrigin] : [])].join(' '),
    `style-src 'self' ${sha256('')}`,
    "img-src 'self' data:",
    // The function list fetches functions.json from the add-in's own server.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** Where the add-in is hosted in production, e.g. an intranet server; unset keeps the dev URL. */
function productionUrl() {
  const url = process.env.DUBAN_ADDIN_URL;
  // Office loads add-ins only over https; a plain-http address would build a manifest that fails.
  if (url && !/^https:\/\//i.test(url)) throw new Error(`DUBAN_ADDIN_URL 必须以 https:// 开头：${url}`);
  return url ? url.replace(/\/?$/, '/') : DEV_URL;
}

// Certificates come from office-addin-dev-certs, which may prompt to install a root certificate:
// only the dev server needs them, never a build or a test.
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const local = localOfficeJs(env);
  const officeJs = local ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  return {
    // Never an eval-* devtool, in any mode: the page's CSP has no 'unsafe-eval'.
    devtool: 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // Griffel names Node's `global` (only when there is no window). Webpack would answer with its
    // runtime helper, which tries `new Function('return this')` where globalThis is missing; the
    // CSP has no 'unsafe-eval', and the bundle holds no eval (test/e2e/bundleHygiene.test.ts).
    node: { global: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json' } },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ global: 'globalThis' }),
      // Only the functions file: the plugin scans exactly the files named here.
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        officeJs,
        contentSecurityPolicy: contentSecurityPolicy(officeJs),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The page's own styles, from a file: the CSP allows no inline <style> with content.
          { from: 'src/taskpane/taskpane.css', to: '[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, productionUrl())),
          },
        ],
      }),
      ...(local ? [officeJsCopy()] : []),
    ],
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: serving ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port) || DEV_PORT,
    },
  };
};

// For the tests and the e2e page: the policy for a given office.js address.
module.exports.contentSecurityPolicy = contentSecurityPolicy;
