/**
 * Draws the toolbar icons (public/icons/icon-{16,32,48,128}.png): a teal rounded square holding a white page
 * with three lines of text. Pure Node (zlib for the PNG), supersampled for smooth edges.
 * Run: npx tsx tools/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const TEAL: Rgba = [15, 118, 110, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const SAMPLES = 8;

/** Inside a rounded rectangle (all coordinates in 0..1 of the icon). */
function inRoundRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const LINES = [0.36, 0.5, 0.64];

/** The colour of one point of the icon. */
function paint(x: number, y: number): Rgba {
  if (!inRoundRect(x, y, 0, 0, 1, 1, 0.2)) return CLEAR;
  if (!inRoundRect(x, y, 0.24, 0.16, 0.76, 0.84, 0.07)) return TEAL;
  const onLine = LINES.some((ly, i) =>
    inRoundRect(x, y, 0.33, ly - 0.045, i === 2 ? 0.56 : 0.67, ly + 0.045, 0.04),
  );
  return onLine ? TEAL : WHITE;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          const a = c[3] / 255;
          sum[0] = (sum[0] ?? 0) + c[0] * a;
          sum[1] = (sum[1] ?? 0) + c[1] * a;
          sum[2] = (sum[2] ?? 0) + c[2] * a;
          sum[3] = (sum[3] ?? 0) + a;
        }
      }
      const [r = 0, g = 0, b = 0, alpha = 0] = sum;
      const n = SAMPLES * SAMPLES;
      const at = 1 + px * 4;
      row[at] = alpha ? Math.round(r / alpha) : 0;
      row[at + 1] = alpha ? Math.round(g / alpha) : 0;
      row[at + 2] = alpha ? Math.round(b / alpha) : 0;
      row[at + 3] = Math.round((alpha / n) * 255);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`icon-${size}.png`, outDir), render(size));
}
console.log('icons written to public/icons/');
