#!/usr/bin/env node
// The compiled CLI lives in dist-node/ (built by `npm ci` through the prepare script).
require('../dist-node/src/cli/main.js').main();
