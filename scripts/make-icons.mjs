// Draws the extension's mark (a key on a violet rounded square) into assets/, the one source of
// the artwork: assets/mark.svg (the popup's and the first-run page's logo, imported by them) and
// assets/icon/{16,32,48,128}.png (the manifest icons, copied into the build by wxt.config.ts).
// Both come from the shapes below. Plain PNG encoding with zlib: no image tool needed.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [91, 61, 245];
const FG = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Coverage of the shapes at (x, y) in a 0..1 square: 0 background, 1 key, -1 outside. */
function shade(x, y) {
  const r = 0.2; // corner radius of the square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return -1;
  const ring = Math.hypot(x - 0.36, y - 0.5);
  if (ring < 0.19 && ring > 0.09) return 1; // the key's bow
  if (x > 0.5 && x < 0.84 && Math.abs(y - 0.5) < 0.05) return 1; // its shaft
  if ((x > 0.66 && x < 0.72) || (x > 0.76 && x < 0.82)) if (y > 0.5 && y < 0.64) return 1; // bits
  return 0;
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // filter byte: none
    for (let px = 0; px < size; px++) {
      let key = 0;
      let inside = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (s >= 0) inside++;
          if (s === 1) key++;
        }
      }
      const t = inside ? key / inside : 0;
      const rgb = BG.map((c, i) => Math.round(c + (FG[i] - c) * t));
      row.push(...rgb, Math.round((255 * inside) / SAMPLES ** 2));
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
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The same shapes as `shade`, in a 100-unit square. */
function svg() {
  const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">
  <title>Upstack Key Assist</title>
  <rect width="100" height="100" rx="20" fill="${hex(BG)}"/>
  <g fill="${hex(FG)}">
    <path fill-rule="evenodd" d="M17 50a19 19 0 1 0 38 0a19 19 0 1 0-38 0ZM27 50a9 9 0 1 0 18 0a9 9 0 1 0-18 0Z"/>
    <rect x="50" y="45" width="34" height="10"/>
    <rect x="66" y="50" width="6" height="14"/>
    <rect x="76" y="50" width="6" height="14"/>
  </g>
</svg>
`;
}

mkdirSync('assets/icon', { recursive: true });
writeFileSync('assets/mark.svg', svg());
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icon/${size}.png`, png(size));
console.log('Wrote assets/mark.svg and assets/icon/{16,32,48,128}.png');
