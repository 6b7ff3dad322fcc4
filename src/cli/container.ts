// What a file's bytes are, decided before ExcelJS sees them, and what ExcelJS is given.
//
// ExcelJS (through JSZip) inflates every part of an .xlsx whole into memory and checks a part's
// size only after inflating it, so a small file that expands to gigabytes (a zip bomb, or a
// corrupt size field) would exhaust memory instead of failing with a message. A password-
// protected workbook is no zip at all. And ExcelJS builds an object for every cell element, also
// for the value-less ones a formatted column leaves: 100,000 formatted empty rows took it 9 s and
// 750 MB, so sheets lose those elements before ExcelJS parses them.
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';

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

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;
const MAX_COMMENT = 0xffff;
const UTF8_NAMES = 0x0800;

interface Entry {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** The entry's data as stored, set once its local header has been read. */
  data?: Buffer;
}

const u64 = (bytes: Buffer, at: number) => Number(bytes.readBigUInt64LE(at));

function endOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** Sizes and offset that do not fit 32 bits sit in the zip64 extra field, in this order. */
function applyZip64(bytes: Buffer, extraStart: number, extraEnd: number, entry: Entry): void {
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + bytes.readUInt16LE(at + 2)) {
    if (bytes.readUInt16LE(at) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    for (const key of ['uncompressedSize', 'compressedSize', 'localOffset'] as const) {
      if (entry[key] !== MAX_32) continue;
      entry[key] = u64(bytes, field);
      field += 8;
    }
  }
}

/** The central directory's entries; throws on a truncated or garbled one. */
function centralDirectory(bytes: Buffer, end: number): Entry[] {
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === MAX_32) {
    const locator = end - 20;
    if (bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new RangeError('no zip64 locator');
    const zip64 = u64(bytes, locator + 8);
    if (bytes.readUInt32LE(zip64) !== ZIP64_END) throw new RangeError('no zip64 end record');
    count = u64(bytes, zip64 + 32);
    offset = u64(bytes, zip64 + 48);
  }
  const entries: Entry[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new RangeError('bad central header');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const entry: Entry = {
      name: bytes.subarray(at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64(bytes, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function storedData(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new RangeError('bad local header');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new RangeError('truncated entry');
  return data;
}

/** Inflates a deflated entry no further than its declared size: a size field that lies is caught. */
function inflateWithinDeclaredSize(data: Buffer, entry: Entry): Buffer | null {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    // Not `instanceof`: errors from Node's own modules fail it inside a vm context (Jest).
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
}

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

/** A zip of the entries, each with its (possibly new) data; no extra fields, so no zip64 either. */
function rezip(entries: readonly Entry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const header = (size: number, signature: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    const local = header(30, LOCAL_HEADER);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(e.name.length, 26);
    parts.push(local, e.name, e.data as Buffer);
    const c = header(46, CENTRAL_HEADER);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(UTF8_NAMES, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.compressedSize, 20);
    c.writeUInt32LE(e.uncompressedSize, 24);
    c.writeUInt16LE(e.name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, e.name);
    offset += 30 + e.name.length + e.compressedSize;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * The bytes to give ExcelJS (the file's own, or its sheets without value-less cells), or why
 * the file cannot be read as a workbook.
 */
export function prepareWorkbook(bytes: Buffer): { bytes: Buffer } | { problem: ContainerProblem } {
  if (bytes.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    return { problem: bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'invalid' };
  }
  try {
    const end = endOfCentralDirectory(bytes);
    if (end < 0) return { problem: 'invalid' };
    const entries = centralDirectory(bytes, end);
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > MAX_UNCOMPRESSED_BYTES) return { problem: 'tooLarge' };
    let slimmed = false;
    for (const entry of entries) {
      entry.data = storedData(bytes, entry);
      if (entry.method !== DEFLATE) continue;
      const xml = inflateWithinDeclaredSize(entry.data, entry);
      if (xml === null) return { problem: 'tooLarge' };
      const slim = SHEET_PART.test(entry.name.toString('utf8')) ? slimmedSheet(xml) : null;
      if (!slim) continue;
      const data = deflateRawSync(slim, { level: 1 });
      Object.assign(entry, { data, crc: crc32(slim), compressedSize: data.length, uncompressedSize: slim.length });
      slimmed = true;
    }
    return { bytes: slimmed ? rezip(entries) : bytes };
  } catch {
    // Buffer bounds-checks every read above: whatever failed, the bytes are no well-formed zip.
    return { problem: 'invalid' };
  }
}
