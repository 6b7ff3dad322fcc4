// Merged areas, taken out of each sheet's XML before ExcelJS parses it. ExcelJS checks every new
// merged area against all earlier ones and makes an object for every cell inside one: a sheet of
// 10,000 merged areas took it 23 s, 20,000 took 3 minutes, and one area over A10:XFD1048576 never
// came back. DUBAN needs only the areas' addresses (SPEC §1.1 (5)): readWorkbook.ts hands them to
// the engine and blanks the covered cells, within the sheet's values, as Office.js shows them.

const OPEN = Buffer.from('<mergeCells', 'latin1');
const CLOSE = Buffer.from('</mergeCells>', 'latin1');
const REF = /<mergeCell\b[^>]*?\bref="([^"]*)"/g;

/**
 * The sheet part's merged areas as written ('A3:A5'), and the part without its <mergeCells>
 * element; null when it has none. A '<' in text is escaped in XML, so the element's name cannot
 * occur in a cell's text. Found with Buffer searches: a 100,000-row sheet is 50 MB.
 */
export function takeMergeCells(xml: Buffer): { refs: string[]; rest: Buffer } | null {
  const start = xml.indexOf(OPEN);
  if (start < 0) return null;
  const close = xml.indexOf(CLOSE, start);
  // `<mergeCells count="0"/>` closes itself.
  const end = close >= 0 ? close + CLOSE.length : xml.indexOf('/>', start) + 2;
  if (end < start + OPEN.length) return null;
  const element = xml.toString('latin1', start, end);
  const refs: string[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(element); m; m = REF.exec(element)) refs.push(m[1]);
  return { refs, rest: Buffer.concat([xml.subarray(0, start), xml.subarray(end)]) };
}

const attributes = (tag: string): Map<string, string> => {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) found.set(m[1], m[2]);
  return found;
};

/**
 * Each worksheet's part by its sheetId, paired as ExcelJS pairs them (xl/workbook.xml's
 * <sheet sheetId r:id>, its relationship's Target under xl/): ExcelJS gives a worksheet that
 * sheetId as its `id`.
 */
export function sheetParts(workbookXml: string, relsXml: string): Map<number, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(tag);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) targets.set(id, target);
  }
  const parts = new Map<number, string>();
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(tag);
    const target = targets.get(a.get('r:id') ?? '');
    const id = Number(a.get('sheetId'));
    if (target && Number.isInteger(id)) parts.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  }
  return parts;
}
