// Draws the add-in's icons (assets/icon-*.png): a red seal-like rounded square with three white
// ranking bars. Plain Node (zlib for PNG), so no image tool is needed; run once, commit the PNGs.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges

// Shapes in a unit square: the rounded background, then the bars (x0, x1, top) standing on y = 0.8.
const BARS = [
  [0.2, 0.36, 0.5],
  [0.42, 0.58, 0.22],
  [0.64, 0.8, 0.38],
];

function inRoundedSquare(x, y) {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  const onBar = BARS.some(([x0, x1, top]) => x >= x0 && x <= x1 && y >= top && y <= 0.8);
  return onBar ? WHITE : RED;
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // PNG filter type 0 for the row
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      row.push(a ? Math.round(r / a) : 0, a ? Math.round(g / a) : 0, a ? Math.round(b / a) : 0, Math.round((255 * a) / SAMPLES ** 2));
    }
    rows.push(Buffer.from(row));
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(size))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
