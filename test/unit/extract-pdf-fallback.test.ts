import { describe, expect, it, vi } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { pdfWith } from './pdf-helpers.js';

const calls = vi.hoisted(() => ({ pdfjs: 0 }));
vi.mock('../../src/extract/pdf/pdfjs/pdfjs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/pdf/pdfjs/pdfjs.js')>();
  return {
    ...real,
    readPdfjsPages: (...args: Parameters<typeof real.readPdfjsPages>) => {
      calls.pdfjs++;
      return real.readPdfjsPages(...args);
    },
  };
});

const options = { maxBytes: 1_000_000, timeoutMs: 10_000 };
const body = Array.from({ length: 8 }, (_, i) => `BT /F1 10 Tf 72 ${600 - 14 * i} Td (Built and ran payment services in Go and Python, line ${i + 1}.) Tj ET`).join('\n');
const withGlyph = (name: string): string => `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [28 /${name}] >> >>`;

describe('pdf.js as the last resort', () => {
  it('is not needed when every glyph inside a word has a name', async () => {
    calls.pdfjs = 0;
    const doc = await extractBuffer(pdfWith(`BT /F1 10 Tf 72 720 Td (Scienti\\034c) Tj ET\n${body}`, withGlyph('f_i')), 'cv.pdf', options);
    expect(doc.lines[0]?.text).toBe('Scientific');
    expect(calls.pdfjs).toBe(0);
  });

  it('re-reads the file with pdf.js when a glyph between letters has no usable name', async () => {
    calls.pdfjs = 0;
    const doc = await extractBuffer(pdfWith(`BT /F1 10 Tf 72 720 Td (Scienti\\034c) Tj ET\n${body}`, withGlyph('g1234')), 'cv.pdf', options);
    expect(calls.pdfjs).toBe(1);
    expect(doc.lines.some((l) => l.text.startsWith('Built and ran payment services'))).toBe(true);
  });

  it('is not needed for an unnamed glyph beside a word (an icon)', async () => {
    calls.pdfjs = 0;
    await extractBuffer(pdfWith(`BT /F1 10 Tf 72 720 Td (\\034 jane@example.com) Tj ET\n${body}`, withGlyph('g1234')), 'cv.pdf', options);
    expect(calls.pdfjs).toBe(0);
  });
});
