import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { extractBuffer, type ExtractOptions } from '../../src/extract/index.js';
import { letterGlyphText, lowCodeLetters } from '../../src/extract/pdf/pdf-glyph-names.js';
import { pdfWith } from './pdf-helpers.js';

const options: ExtractOptions = { maxBytes: 1_000_000, timeoutMs: 10_000 };

/** Body text long enough that the document is not judged LOW_TEXT. */
const body = Array.from({ length: 8 }, (_, i) => `BT /F1 10 Tf 72 ${600 - 14 * i} Td (Built and ran payment services in Go and Python, line ${i + 1}.) Tj ET`).join('\n');

async function linesOf(content: string): Promise<string[]> {
  const doc = await extractBuffer(pdfWith(`${content}\n${body}`), 'cv.pdf', options);
  return doc.lines.map((l) => l.text);
}

describe('PDF text', () => {
  it('sizes text as drawn: a 19 pt font scaled to 8 pt keeps its lines apart', async () => {
    const lines = await linesOf(
      ['BT /F1 19 Tf 0.42 0 0 0.42 72 720 Tm (SALES MANAGER) Tj ET', 'BT /F1 19 Tf 0.42 0 0 0.42 72 711.5 Tm (Professional Summary) Tj ET'].join('\n'),
    );
    expect(lines.slice(0, 2)).toEqual(['SALES MANAGER', 'Professional Summary']);
  });

  it('reads a gap left by positioning as a word space', async () => {
    const lines = await linesOf('BT /F1 10 Tf 72 720 Td [(Led the admin interface for) -300 (the new platform)] TJ ET');
    expect(lines[0]).toBe('Led the admin interface for the new platform');
  });

  it('keeps letter-spaced words whole', async () => {
    const lines = await linesOf('BT /F1 10 Tf 1 Tc 72 720 Td (DATA SCIENCE INTERN) Tj ET');
    expect(lines[0]).toBe('DATA SCIENCE INTERN');
  });

  it('sets rotated text apart instead of scattering it through the lines beside it', async () => {
    const lines = await linesOf('BT /F1 12 Tf 0 1 -1 0 40 500 Tm (CURRICULUM VITAE) Tj ET');
    expect(lines).toContain('CURRICULUM VITAE');
    for (const line of lines.filter((l) => l.startsWith('Built'))) expect(line).toMatch(/^Built and ran payment services in Go and Python, line \d\.$/);
  });

  it('sets tiny and off-page text apart as hidden, and says so', async () => {
    const doc = await extractBuffer(
      pdfWith(['BT /F1 1 Tf 72 740 Td (Kubernetes Terraform Kafka) Tj ET', 'BT /F1 10 Tf 700 700 Td (Rust Scala) Tj ET', body].join('\n')),
      'cv.pdf',
      options,
    );
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(text).not.toMatch(/Kubernetes|Rust/);
    expect(doc.hidden.map((l) => l.text).join(' ')).toMatch(/Kubernetes Terraform Kafka.*|Rust Scala/);
    expect(doc.warnings.find((w) => w.code === 'HIDDEN_TEXT')?.message).toMatch(/3 words hidden \(tiny text\); 2 words hidden \(off-page text\)/);
  });
});

describe('white text', () => {
  it('is hidden on the white page, and says so', async () => {
    const doc = await extractBuffer(pdfWith(`1 1 1 rg BT /F1 10 Tf 72 740 Td (Kubernetes Terraform Kafka) Tj ET 0 0 0 rg\n${body}`), 'cv.pdf', options);
    expect(doc.lines.map((l) => l.text).join('\n')).not.toMatch(/Kubernetes/);
    expect(doc.hidden.map((l) => l.text)).toEqual(['Kubernetes Terraform Kafka']);
    expect(doc.warnings.find((w) => w.code === 'HIDDEN_TEXT')?.message).toBe('3 words hidden (white text)');
  });

  it('is read where it is printed on a coloured band', async () => {
    const lines = await linesOf('0.2 0.2 0.5 rg 60 730 300 30 re f 1 1 1 rg BT /F1 12 Tf 72 740 Td (EXPERIENCE) Tj ET 0 0 0 rg');
    expect(lines[0]).toBe('EXPERIENCE');
  });
});

describe('glyph names from /Differences', () => {
  it('spells letter ligatures and Unicode names, and nothing else', () => {
    expect(['f_i', 'f_f_i', 'fl', 'uniFB01', 'uni00660069', 'u1D400', 'f_i.alt', 'star', 'endash', 'orcid'].map(letterGlyphText)).toEqual([
      'fi',
      'ffi',
      'fl',
      'fi',
      'fi',
      'A',
      'fi',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads low codes from plain and compressed object streams, dropping codes two fonts name differently', () => {
    const plain = '<< /Type /Encoding /Differences [27 /f_i 28 /f_l 65 /A] >>';
    const packed = deflateSync(Buffer.from('<< /Differences [ 29 /uniFB02 30 /star ] >> << /Differences [ 29 /fl 30 /f_i ] >>'));
    const bytes = Buffer.concat([Buffer.from(`1 0 obj ${plain} endobj\n2 0 obj << /Type /ObjStm /Length ${packed.length} >>\nstream\n`), packed, Buffer.from('\nendstream endobj')]);
    expect([...lowCodeLetters(bytes)].sort()).toEqual([
      [27, 'fi'],
      [28, 'fl'],
      [29, 'fl'],
    ]);
  });

  it('reads a TeX-style ligature glyph as its letters', async () => {
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [28 /f_i] >> >>';
    const doc = await extractBuffer(pdfWith(`BT /F1 10 Tf 72 720 Td (Scienti\\034c pro\\034le) Tj ET\n${body}`, font), 'cv.pdf', options);
    expect(doc.lines[0]?.text).toBe('Scientific profile');
  });
});
