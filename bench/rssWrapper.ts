// Peak memory without GNU time: runs a script in this process and prints its maxRSS on exit.
//   node rssWrapper.js <script.js> [args…]
import * as path from 'node:path';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => {
  // resourceUsage().maxRSS is in kilobytes, as GNU time prints it.
  process.stderr.write(`\nMaximum resident set size (kbytes): ${process.resourceUsage().maxRSS}\n`);
});
// eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the measured script by path, in this process
require(path.resolve(script));
