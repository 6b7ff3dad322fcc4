// Where things are, found from the compiled file's location, so the benchmark runs from any
// working directory.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'bin', 'duban.js'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no DUBAN checkout above ${from}`);
  }
}

export const ROOT = findRoot(__dirname);
export const CACHE_DIR = path.join(ROOT, 'bench', '.cache');
export const CLI = path.join(ROOT, 'bin', 'duban.js');
/** The compiled bare-read script, next to this file once built. */
export const EXCELJS_READ = path.join(__dirname, 'exceljsRead.js');
export const RESULTS = path.join(ROOT, 'bench', 'results.json');
