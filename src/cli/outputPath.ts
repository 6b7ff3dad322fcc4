// Where a command writes when it is not told: next to the ledger, never over an existing file.
import { existsSync } from 'fs';
import * as path from 'path';

/**
 * 台账名-2026年6月通报.xlsx next to the ledger, or 台账名-2026年6月通报 (2).xlsx when that file exists
 * already, since a file the user did not name must not replace one they may have edited.
 */
export function pathBeside(ledger: string, name: string, extension: string): string {
  const parsed = path.parse(ledger);
  const base = path.join(parsed.dir, `${parsed.name}-${name}`);
  let candidate = `${base}${extension}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base} (${n})${extension}`;
  return candidate;
}
