// An .xlsx compared by its content: every part inflated. The zip's own bytes depend on the zlib
// build, so a generated workbook is checked against a committed one part for part.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

export async function xlsxParts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.files[name].async('string');
  return out;
}
