/**
 * Just enough of PNG to check the store artwork: the size from IHDR and, for 8-bit RGBA
 * non-interlaced images (what Chromium's screenshots write), each pixel's alpha.
 */
import { inflateSync } from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  colorType: number;
  /** Alpha at (x, y), 0–255; only for 8-bit RGBA images. */
  alpha(x: number, y: number): number;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters (PNG spec §9) into raw pixel bytes. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const row = y * (stride + 1) + 1;
    for (let i = 0; i < stride; i++) {
      const raw = data[row + i]!;
      const a = i >= bpp ? out[y * stride + i - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= bpp ? out[(y - 1) * stride + i - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      out[y * stride + i] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

export function readPng(file: Buffer): Png {
  if (file.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const bitDepth = file[24]!;
  const colorType = file[25]!;
  const interlace = file[28]!;
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    if (file.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  let pixels: Uint8Array | null = null;
  return {
    width,
    height,
    colorType,
    alpha(x, y) {
      if (colorType !== 6 || bitDepth !== 8 || interlace !== 0) throw new Error('alpha only for 8-bit RGBA, non-interlaced');
      pixels ??= unfilter(inflateSync(Buffer.concat(idat)), width, height, 4);
      return pixels[(y * width + x) * 4 + 3]!;
    },
  };
}
