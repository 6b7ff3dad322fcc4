// What a file's bytes are, decided before ExcelJS sees them, and what ExcelJS is given.
//
// ExcelJS (through JSZip) inflates every part of an .xlsx whole into memory and checks a part's
// size only after inflating it, so a small file that expands to gigabytes (a zip bomb, or a
// corrupt size field) would exhaust memory instead of failing with a message. A password-
// protected workbook is no zip at all. And ExcelJS builds an object for every cell element, also
// for the value-less ones a formatted column leaves: 100,000 formatted empty rows took it 9 s and
// 750 MB, so a sheet made mostly of those elements loses them before ExcelJS parses it; merged
// areas cost it still more (mergeCells.ts), so every sheet loses those, and they are given apart.
//
// The zip is read with yauzl, which exposes each part's declared size before anything is inflated;
// each part is then inflated with its output capped at that size, so a bomb is stopped at the
// limit, not after it. The slimmed package is written with JSZip, the
// library ExcelJS reads it with, which copies the untouched parts' compressed data as they are.
import JSZip from 'jszip';
import * as yauzl from 'yauzl';
import { inflateRawSync } from 'node:zlib';
import { sheetParts, takeMergeCells } from './mergeCells';

/**
 * Measured: a 100,000-row ledger of 15 columns with Chinese text is 87 MB uncompressed, and
 * ExcelJS takes about 1 GB of memory to read it. 256 MiB leaves three times that room.
 */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

export type ContainerProblem = 'encrypted' | 'invalid' | 'tooLarge';

// An OLE compound file: what Excel writes for a workbook with an open password (the .xlsx package
// encrypted inside it), and for a legacy .xls.
const CFB_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
// The stream that holds the encrypted package; directory entry names are UTF-16LE.
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// A self-closing <c …/> holds no value and no formula: only a style. A row left with no cell is
// nothing to read either.
const VALUELESS_CELL = /<c\b[^>]*\/>/g;
const EMPTY_ROW = /<row\b[^>]*?(?:\/>|>\s*<\/row>)/g;

/**
 * Below this share of a sheet's XML, value-less elements cost ExcelJS less than compressing the
 * slimmed sheet again costs: the 100,000-row benchmark ledger has 5% (a styled empty cell in each
 * blank date or status cell), which saved ExcelJS 0.7 s and cost 1.2 s of deflating; 100,000
 * formatted empty rows are nearly all of theirs.
 */
export const SLIM_SHARE = 0.25;

const withoutValueless = (xml: string) => xml.replace(VALUELESS_CELL, '').replace(EMPTY_ROW, '');

// A large sheet's share of value-less elements is estimated on this many evenly spaced windows.
const SAMPLE_WINDOWS = 16;
const WINDOW_BYTES = 64 * 1024;

/**
 * The share of a sheet's XML that value-less cells and rows take. Estimated on windows when the
 * sheet is large: counting all of the benchmark's 51 MB sheet took 0.14 s, and the answer only
 * chooses whether to slim, which changes no value ExcelJS reads. Read as latin1, byte for byte:
 * the patterns are ASCII, which no byte of a multi-byte UTF-8 character is.
 */
function valuelessShare(xml: Buffer): number {
  const windows = xml.length <= SAMPLE_WINDOWS * WINDOW_BYTES ? 1 : SAMPLE_WINDOWS;
  const step = windows === 1 ? xml.length : Math.floor(xml.length / windows);
  const length = windows === 1 ? xml.length : WINDOW_BYTES;
  let removed = 0;
  for (let w = 0; w < windows; w++) {
    const text = xml.toString('latin1', w * step, w * step + length);
    removed += text.length - withoutValueless(text).length;
  }
  return removed / (windows * length);
}

/** A sheet's XML without value-less cells and rows, or null when that is not worth a new package. */
function slimmedSheet(xml: Buffer): Buffer | null {
  return valuelessShare(xml) < SLIM_SHARE ? null : Buffer.from(withoutValueless(xml.toString('utf8')), 'utf8');
}

/** Thrown when a part inflates past the size the zip declares for it. */
class SizeLie extends Error {}

const STORED = 0;
const DEFLATED = 8;

/**
 * The part inflated whole, within its declared size. The compressed bytes are inflated in one
 * call whose output is capped at the declared size (zlib's maxOutputLength): a bomb stops there.
 * Three to four times faster than yauzl's inflating stream of 16 kB chunks (0.4–0.6 s for the
 * 100,000-row benchmark ledger, against 0.1–0.15 s).
 */
async function inflated(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zipfile.openReadStreamPromise(entry, { decompress: false })) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  let data: Buffer;
  if (entry.compressionMethod === STORED) data = raw;
  else if (entry.compressionMethod === DEFLATED) {
    try {
      // One byte more than declared tells a lie from an exact fit.
      data = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new SizeLie();
      throw error;
    }
  } else throw new Error(`compression method ${entry.compressionMethod}`);
  if (data.length > entry.uncompressedSize) throw new SizeLie();
  // Shorter than declared: damage, as yauzl would say.
  if (data.length < entry.uncompressedSize) throw new Error('part shorter than declared');
  return data;
}

interface Parts {
  /** Sheet parts to replace, by part name: without value-less cells, or without merged areas. */
  rewritten: Map<string, Buffer>;
  /** Merged areas taken out of the sheet parts, by part name. */
  merges: Map<string, string[]>;
  workbookXml: string;
  relsXml: string;
}

/** Reads every part; throws SizeLie, or anything else for a damaged zip. */
async function readParts(bytes: Buffer): Promise<Parts | 'tooLarge'> {
  const zipfile = await yauzl.fromBufferPromise(bytes);
  // The central directory alone first: the declared sizes are summed before any part is inflated.
  const entries: yauzl.Entry[] = [];
  for await (const entry of zipfile.eachEntry()) entries.push(entry);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) return 'tooLarge';
  // Every part is inflated, not only the sheets: JSZip would inflate the others whole too, so each
  // must be seen to keep its declared size. With the sum checked above, that bounds the total.
  const parts: Parts = { rewritten: new Map(), merges: new Map(), workbookXml: '', relsXml: '' };
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const data = await inflated(zipfile, entry);
    if (entry.fileName === 'xl/workbook.xml') parts.workbookXml = data.toString('utf8');
    else if (entry.fileName === 'xl/_rels/workbook.xml.rels') parts.relsXml = data.toString('utf8');
    else if (SHEET_PART.test(entry.fileName)) {
      const merged = takeMergeCells(data);
      const sheet = merged ? merged.rest : data;
      const slim = slimmedSheet(sheet);
      if (merged) parts.merges.set(entry.fileName, merged.refs);
      if (slim || merged) parts.rewritten.set(entry.fileName, slim ?? sheet);
    }
  }
  return parts;
}

/** Merged areas by the sheetId ExcelJS gives a worksheet as its `id`. */
export type MergedAreas = ReadonlyMap<number, readonly string[]>;

/**
 * The bytes to give ExcelJS (the file's own, or its sheets without value-less cells and merged
 * areas) with the merged areas taken out, or why the file cannot be read as a workbook.
 */
export async function prepareWorkbook(bytes: Buffer): Promise<{ bytes: Buffer; merges: MergedAreas } | { problem: ContainerProblem }> {
  if (bytes.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    return { problem: bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'invalid' };
  }
  try {
    const parts = await readParts(bytes);
    if (parts === 'tooLarge') return { problem: 'tooLarge' };
    const merges = new Map<number, readonly string[]>();
    for (const [id, part] of sheetParts(parts.workbookXml, parts.relsXml)) {
      const refs = parts.merges.get(part);
      if (refs) merges.set(id, refs);
    }
    if (parts.rewritten.size === 0) return { bytes, merges };
    const zip = await JSZip.loadAsync(bytes);
    // Level 1: these bytes only pass to ExcelJS in memory. Storing them instead was measured no
    // faster end to end (100,000 rows) and took more memory.
    for (const [name, xml] of parts.rewritten) {
      zip.file(name, xml, { createFolders: false, compression: 'DEFLATE', compressionOptions: { level: 1 } });
    }
    // DEFLATE for the package too, so JSZip copies the parts it was not given anew still compressed.
    const slim = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return { bytes: slim, merges };
  } catch (error) {
    if (error instanceof SizeLie) return { problem: 'tooLarge' };
    // yauzl and JSZip refuse what is no well-formed zip: whatever failed, the bytes are none.
    return { problem: 'invalid' };
  }
}
