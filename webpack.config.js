// The add-in build, in the layout of Microsoft's Excel-Custom-Functions-Shared template: one page
// (taskpane.html) that loads both the task pane and the custom functions into the shared runtime.
// `npm run build` writes dist/: functions.js, functions.json, taskpane.html, taskpane.js, assets/,
// manifest.xml; `npm run build:intranet` adds office-js/, a copy of office.js served from dist/.
/* eslint-env node */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

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

/** Where the add-in is hosted in production, e.g. an intranet server; unset keeps the dev URL. */
function productionUrl() {
  const url = process.env.DUBAN_ADDIN_URL;
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
  return {
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
      // Only the functions file: the plugin scans exactly the files named here.
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        officeJs: local ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
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
