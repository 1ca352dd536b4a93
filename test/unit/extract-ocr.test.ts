import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeGrayPng, rgbaToGray } from '../../src/extract/pdf/ocr/encode-png.js';
import { extractBuffer, ExtractError, type ExtractOptions } from '../../src/extract/index.js';
import { isOcrNoise } from '../../src/extract/pdf/ocr/ocr.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const options: ExtractOptions = { maxBytes: 1_000_000, timeoutMs: 10_000 };

/** The chunks of a PNG as [type, data], checked against their CRCs by zlib's crc32. */
function chunks(png: Uint8Array): [string, Buffer][] {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: [string, Buffer][] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    out.push([type, buf.subarray(at + 8, at + 8 + len)]);
    at += 12 + len;
  }
  return out;
}

describe('rgbaToGray', () => {
  it('weighs red, green and blue as luma and reads transparent pixels as white paper', () => {
    const rgba = Uint8Array.of(255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 0);
    const gray = rgbaToGray(rgba, 2, 2);
    expect([...gray.pixels]).toEqual([76, 150, 29, 255]);
    expect(gray).toMatchObject({ width: 2, height: 2 });
  });

  it('refuses a buffer too short for its size', () => {
    expect(() => rgbaToGray(new Uint8Array(4), 2, 1)).toThrow(RangeError);
  });
});

describe('encodeGrayPng', () => {
  const image = { width: 3, height: 2, pixels: Uint8Array.of(0, 128, 255, 10, 20, 30) };

  it('writes IHDR (8-bit grey), pHYs for the dpi, IDAT rows with filter 0, IEND', () => {
    const parts = chunks(encodeGrayPng(image, 200));
    expect(parts.map(([t]) => t)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const ihdr = parts[0]![1];
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([3, 2, 8, 0]);
    const phys = parts[1]![1];
    expect([phys.readUInt32BE(0), phys[8]]).toEqual([7874, 1]);
    expect([...inflateSync(parts[2]![1])]).toEqual([0, 0, 128, 255, 0, 10, 20, 30]);
  });

  it('leaves pHYs out when no dpi is given', () => {
    expect(chunks(encodeGrayPng(image)).map(([t]) => t)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('refuses pixels that do not fill the image', () => {
    expect(() => encodeGrayPng({ width: 2, height: 2, pixels: new Uint8Array(3) })).toThrow(RangeError);
  });
});

describe('isOcrNoise', () => {
  it.each([
    ['m', 0, true],
    ['Bm', 23, true],
    ['«', 40, true],
    ['C++', 13, false],
    ['aparna6024@gmail.com', 12, false],
    ['Python', 5, true],
    ['&', 90, false],
    ['Go', 85, false],
  ] as const)("'%s' at confidence %d is noise: %s", (text, confidence, noise) => {
    expect(isOcrNoise(text, confidence)).toBe(noise);
  });
});

describe('scanned PDF without --ocr', () => {
  it('still fails with NO_TEXT and the hint to try --ocr', async () => {
    const bytes = readFileSync(path.join(repoRoot, 'fixtures/bad/scanned.pdf'));
    const err = await extractBuffer(bytes, 'scanned.pdf', options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('NO_TEXT');
    expect((err as ExtractError).message).toMatch(/--ocr/);
  });
});
