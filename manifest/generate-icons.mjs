#!/usr/bin/env node
/**
 * Draws the two Teams app icons with Node built-ins only (zlib + fs), so the PNGs can be rebuilt
 * anywhere and reviewed as code:
 *   color.png   192×192, a full-bleed teal accent square (Teams rounds the corners itself) with the
 *               white mark kept inside the central 96×96 area, as Teams' icon guidelines ask;
 *   outline.png  32×32, the same ring and cross in white on a transparent background (Teams rule:
 *               white and transparent only).
 * Usage: node manifest/generate-icons.mjs   (writes next to this file)
 */
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** Must match `accentColor` in manifest.template.json (the test checks it). */
export const ACCENT = [0x0e, 0x7c, 0x7b];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA, 8 bits per channel, no interlace, filter 0 on every row. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The mark, in unit coordinates (0..1): a ring (the "balise") around a health cross.
 * `scale` shrinks it around the centre (1 = the ring spans 84 % of the tile).
 */
function inMark(x, y, scale = 1) {
  const dx = (x - 0.5) / scale;
  const dy = (y - 0.5) / scale;
  const r = Math.hypot(dx, dy);
  const ring = r >= 0.34 && r <= 0.42;
  const arm = 0.07;
  const len = 0.22;
  const cross = (Math.abs(dx) <= arm && Math.abs(dy) <= len) || (Math.abs(dy) <= arm && Math.abs(dx) <= len);
  return ring || cross;
}

/** 4×4 supersampling: coverage in [0, 1] of a predicate over one pixel. */
function coverage(px, py, size, inside) {
  const n = 4;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (inside((px + (i + 0.5) / n) / size, (py + (j + 0.5) / n) / size)) hits++;
    }
  }
  return hits / (n * n);
}

export function drawColor(size = 192) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // 0.59 × 84 % ≈ 50 %: the ring fits the central 96×96 of 192×192.
      const mark = coverage(x, y, size, (u, v) => inMark(u, v, 0.59));
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(ACCENT[c] * (1 - mark) + WHITE[c] * mark);
      rgba[o + 3] = 255;
    }
  }
  return encodePng(size, size, rgba);
}

export function drawOutline(size = 32) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const mark = coverage(x, y, size, (u, v) => inMark(u, v));
      const o = (y * size + x) * 4;
      if (mark > 0) {
        rgba[o] = rgba[o + 1] = rgba[o + 2] = 0xff;
        rgba[o + 3] = Math.round(255 * mark);
      }
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(path.join(dir, "color.png"), drawColor());
  writeFileSync(path.join(dir, "outline.png"), drawOutline());
  console.log(`Icônes écrites / icons written: ${path.join(dir, "color.png")}, ${path.join(dir, "outline.png")}`);
}
