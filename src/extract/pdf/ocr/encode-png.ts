/**
 * Pure pixel helpers for OCR: a rendered RGBA page → 8-bit grey → PNG bytes.
 * Grey because OCR reads luminance anyway and a grey PNG is a third of the size to
 * deflate and for tesseract to decode again; PNG because tesseract.js in Node takes
 * encoded images only, and a lossless one keeps thin strokes that JPEG would blur.
 */
import { crc32, deflateSync } from 'node:zlib';

/** A row-major 8-bit greyscale image. */
export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, width × height. */
  pixels: Uint8Array;
}

/**
 * RGBA (as a canvas's getImageData gives) → grey with the Rec. 601 luma weights, the
 * ones Leptonica uses; transparent pixels count as white paper, not black.
 */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const n = width * height;
  if (rgba.length < n * 4) throw new RangeError(`expected ${n * 4} bytes of RGBA, got ${rgba.length}`);
  const pixels = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const luma = (299 * rgba[j]! + 587 * rgba[j + 1]! + 114 * rgba[j + 2]!) / 1000;
    const alpha = rgba[j + 3]! / 255;
    pixels[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, pixels };
}

const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * Encodes a grey image as PNG (colour type 0, 8 bits, no filtering). `dpi` goes into a
 * pHYs chunk so tesseract need not guess the resolution (and print that it did).
 * Deflate level 1: the bytes live for milliseconds, speed matters more than size.
 */
export function encodeGrayPng(image: GrayImage, dpi?: number): Uint8Array {
  const { width, height, pixels } = image;
  if (!(width > 0 && height > 0) || pixels.length !== width * height) {
    throw new RangeError(`bad image: ${width}×${height} with ${pixels.length} pixels`);
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  // Bytes 10–12 stay 0: deflate compression, adaptive filtering, no interlace.
  const raw = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [signature, chunk('IHDR', header)];
  if (dpi !== undefined && dpi > 0) {
    const phys = new Uint8Array(9);
    const pv = new DataView(phys.buffer);
    const perMetre = Math.round(dpi / 0.0254);
    pv.setUint32(0, perMetre);
    pv.setUint32(4, perMetre);
    phys[8] = 1; // unit: metre
    parts.push(chunk('pHYs', phys));
  }
  parts.push(chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
