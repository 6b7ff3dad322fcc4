// What a file's bytes are, decided before ExcelJS sees them, and what ExcelJS is given.
//
// ExcelJS (through JSZip) inflates every part of an .xlsx whole into memory and checks a part's
// size only after inflating it, so a small file that expands to gigabytes (a zip bomb, or a
// corrupt size field) would exhaust memory instead of failing with a message. A password-
// protected workbook is no zip at all. And ExcelJS builds an object for every cell element, also
// for the value-less ones a formatted column leaves: 100,000 formatted empty rows took it 9 s and
// 750 MB, so sheets lose those elements before ExcelJS parses them.
//
// The zip is read with yauzl, which exposes each part's declared size before anything is inflated
// and, while inflating, fails a part that yields more bytes than it declared (validateEntrySizes):
// a bomb is stopped at the limit, not after it. The slimmed package is written with JSZip, the
// library ExcelJS reads it with, which copies the untouched parts' compressed data as they are.
import JSZip from 'jszip';
import * as yauzl from 'yauzl';

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

/** A sheet's XML without value-less cells and rows, or null when it has none. */
function slimmedSheet(xml: Buffer): Buffer | null {
  const text = xml.toString('utf8');
  const slim = text.replace(VALUELESS_CELL, '').replace(EMPTY_ROW, '');
  return slim.length === text.length ? null : Buffer.from(slim, 'utf8');
}

/** Thrown when a part inflates past the size the zip declares for it. */
class SizeLie extends Error {}

// yauzl tells a part that inflates past its declared size only by this message (3.x); any other
// read error is damage. A part that inflates short of its size is damage too.
const TOO_MANY_BYTES = /^too many bytes in the stream/;

/** The part inflated whole, within its declared size. */
async function inflated(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of await zipfile.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  } catch (error) {
    if (TOO_MANY_BYTES.test((error as Error).message)) throw new SizeLie();
    throw error;
  }
  return Buffer.concat(chunks);
}

/** Each sheet's slimmed XML by part name; throws SizeLie, or anything else for a damaged zip. */
async function slimmedSheets(bytes: Buffer): Promise<Map<string, Buffer> | 'tooLarge'> {
  const zipfile = await yauzl.fromBufferPromise(bytes);
  // The central directory alone first: the declared sizes are summed before any part is inflated.
  const entries: yauzl.Entry[] = [];
  for await (const entry of zipfile.eachEntry()) entries.push(entry);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) return 'tooLarge';
  // Every part is inflated, not only the sheets: JSZip would inflate the others whole too, so each
  // must be seen to keep its declared size. With the sum checked above, that bounds the total.
  const slimmed = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const data = await inflated(zipfile, entry);
    const slim = SHEET_PART.test(entry.fileName) ? slimmedSheet(data) : null;
    if (slim) slimmed.set(entry.fileName, slim);
  }
  return slimmed;
}

/**
 * The bytes to give ExcelJS (the file's own, or its sheets without value-less cells), or why
 * the file cannot be read as a workbook.
 */
export async function prepareWorkbook(bytes: Buffer): Promise<{ bytes: Buffer } | { problem: ContainerProblem }> {
  if (bytes.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    return { problem: bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'invalid' };
  }
  try {
    const slimmed = await slimmedSheets(bytes);
    if (slimmed === 'tooLarge') return { problem: 'tooLarge' };
    if (slimmed.size === 0) return { bytes };
    const zip = await JSZip.loadAsync(bytes);
    // Level 1: these bytes only pass to ExcelJS in memory. Storing them instead was measured no
    // faster end to end (100,000 rows) and took more memory.
    for (const [name, xml] of slimmed) {
      zip.file(name, xml, { createFolders: false, compression: 'DEFLATE', compressionOptions: { level: 1 } });
    }
    // DEFLATE for the package too, so JSZip copies the parts it was not given anew still compressed.
    const slim = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return { bytes: slim };
  } catch (error) {
    if (error instanceof SizeLie) return { problem: 'tooLarge' };
    // yauzl and JSZip refuse what is no well-formed zip: whatever failed, the bytes are none.
    return { problem: 'invalid' };
  }
}
