// The add-in build, in the layout of Microsoft's Excel-Custom-Functions-Shared template: one page
// (taskpane.html) that loads both the task pane and the custom functions into the shared runtime.
// `npm run build` writes dist/: functions.js, functions.json, taskpane.html, assets/, manifest.xml.
/* eslint-env node */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

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
  return {
    devtool: 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/functionList.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
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
    ],
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: serving ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port) || DEV_PORT,
    },
  };
};
