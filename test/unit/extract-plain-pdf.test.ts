import { deflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { RunBuilder } from '../../src/extract/pdf/pdf-runs.js';
import { Lexer, NotPlainPdf, opCode, PdfName, PdfString, SCAN_NUMBER, SCAN_OPERATOR, SCAN_VALUE } from '../../src/extract/pdf/plain/pdf-syntax.js';
import { readPlainPdfPages } from '../../src/extract/pdf/plain/read-plain-pdf.js';
import { pageWith, pdfOf, pdfWith } from './pdf-helpers.js';

const calls = vi.hoisted(() => ({ pdfium: 0 }));
vi.mock('../../src/extract/pdf/pdfium/pdfium.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/pdf/pdfium/pdfium.js')>();
  return {
    ...real,
    readPdfiumPages: (...args: Parameters<typeof real.readPdfiumPages>) => {
      calls.pdfium++;
      return real.readPdfiumPages(...args);
    },
  };
});

const options = { maxBytes: 1_000_000, timeoutMs: 10_000 };
const body = Array.from({ length: 8 }, (_, i) => `BT /F1 10 Tf 72 ${600 - 14 * i} Td (Built and ran payment services in Go and Python, line ${i + 1}.) Tj ET`).join('\n');
const helvetica = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** The text runs of page one, as the plain reader places them. */
const runsOf = (bytes: Uint8Array): string[] => readPlainPdfPages(bytes).pages[0]!.items.map((it) => it.text);
/** The same for a one-page file drawing `content` with these fonts. */
const runsFor = (content: string, fonts = [helvetica], extra?: Parameters<typeof pageWith>[2]): string[] => runsOf(pdfOf(pageWith(content, fonts, extra)));

/** A ToUnicode CMap stream object. */
const toUnicode = (maps: string): string => {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange ${maps} endcmap end end`;
  return `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`;
};

describe('PDF syntax', () => {
  it('scans numbers, operators (packed as numbers) and values', () => {
    const lexer = new Lexer(Buffer.from('-.5 12 Tj /A#20B (a\\(b\\)\\101) <48 69> [1 2] %comment\nT*'));
    const seen: unknown[] = [];
    for (let kind = lexer.scan(); kind !== 0; kind = lexer.scan()) {
      if (kind === SCAN_NUMBER) seen.push(lexer.num);
      else if (kind === SCAN_OPERATOR) seen.push(lexer.op);
      else if (kind === SCAN_VALUE) seen.push(lexer.value instanceof PdfString ? lexer.value.value : lexer.value instanceof PdfName ? `/${lexer.value.name}` : lexer.value);
    }
    expect(seen).toEqual([-0.5, 12, opCode('Tj'), '/A B', 'a(b)A', 'Hi', [1, 2], opCode('T*')]);
  });

  it('reads objects through a compressed cross-reference stream', () => {
    expect(runsOf(pdfOf(pageWith('BT /F1 10 Tf 72 720 Td (Kubernetes on AWS) Tj ET', [helvetica]), { xrefStream: true }))).toEqual(['Kubernetes on AWS']);
  });

  it('reads a font packed in an object stream', () => {
    const packedFont = `4 0 ${helvetica}`;
    const data = deflateSync(Buffer.from(packedFont));
    const objects = pageWith('BT /F1 10 Tf 72 720 Td (Packed font) Tj ET', ['']);
    objects.push(Buffer.concat([Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]));
    expect(runsOf(pdfOf(objects, { xrefStream: true, packed: { 4: [objects.length, 0] } }))).toEqual(['Packed font']);
  });

  it('decodes a content stream written in hex (ASCIIHexDecode), odd last digit and all', () => {
    const content = 'BT /F1 10 Tf 72 720 Td (Hex encoded) Tj ET';
    const hex = `${Buffer.from(content).toString('hex').replace(/(..)/g, '$1 ')}2>`;
    const objects = pageWith(content, [helvetica]);
    objects[objects.length - 1] = `<< /Length ${hex.length} /Filter /ASCIIHexDecode >>\nstream\n${hex}\nendstream`;
    // The trailing "2" is an odd digit: it decodes as a space, after ET.
    expect(runsOf(pdfOf(objects))).toEqual(['Hex encoded']);
  });

  it('leaves encrypted and damaged files to PDFium', () => {
    const encrypted = Buffer.from(Buffer.from(pdfWith('BT /F1 10 Tf 72 720 Td (x) Tj ET')).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /V 1 >>'), 'latin1');
    expect(() => readPlainPdfPages(encrypted)).toThrow(NotPlainPdf);
    const damaged = Buffer.from(Buffer.from(pdfWith('BT /F1 10 Tf 72 720 Td (x) Tj ET')).toString('latin1').replace(/startxref\n\d+/, 'startxref\n40'), 'latin1');
    expect(() => readPlainPdfPages(damaged)).toThrow();
  });
});

describe('PDF engine choice', () => {
  it('reads a plain file without starting PDFium', async () => {
    calls.pdfium = 0;
    const doc = await extractBuffer(pdfWith(body), 'cv.pdf', options);
    expect(doc.lines[0]?.text).toBe('Built and ran payment services in Go and Python, line 1.');
    expect(calls.pdfium).toBe(0);
  });

  it('hands a file with a broken cross-reference table to PDFium, which repairs it', async () => {
    calls.pdfium = 0;
    const broken = Buffer.from(Buffer.from(pdfWith(body)).toString('latin1').replace(/startxref\n\d+/, 'startxref\n40'), 'latin1');
    const doc = await extractBuffer(broken, 'cv.pdf', options);
    expect(calls.pdfium).toBe(1);
    expect(doc.lines[0]?.text).toBe('Built and ran payment services in Go and Python, line 1.');
  });
});

describe('PDF fonts', () => {
  it('reads a composite font through its ToUnicode map and places glyphs by its /W widths', () => {
    const font = '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Lato /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>';
    const cid = '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Lato /DW 1000 /W [1 [600 300] 3 5 500] >>';
    const cmap = toUnicode('2 beginbfchar <0001> <0048> <0002> <0069> endbfchar 1 beginbfrange <0003> <0005> [<0047> <006F> <0021>] endbfrange');
    const doc = readPlainPdfPages(pdfOf(pageWith('BT /F1 10 Tf 72 720 Td <000100020003000400040005> Tj ET', [font], { objects: [cid, cmap] })));
    const [run] = doc.pages[0]!.items;
    expect(run?.text).toBe('HiGoo!');
    // 600 + 300 + 4 × 500 thousandths of 10 pt.
    expect(run?.width).toBeCloseTo(29, 5);
  });

  it('names glyphs as PDFium does: a variant by its base, uniXXXX by its code, an unknown name by the code itself', () => {
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /B.sc /uni0043 /g123] >> /FirstChar 65 /LastChar 67 /Widths [600 600 600] >>';
    expect(runsFor('BT /F1 10 Tf 72 720 Td (ABC) Tj ET', [font])).toEqual(['BCC']);
  });

  it('measures a standard font without /Widths by its standard metrics', () => {
    const doc = readPlainPdfPages(pdfOf(pageWith('BT /F1 10 Tf 72 720 Td (AB) Tj ET', ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'])));
    // Helvetica's A and B are 667 thousandths of an em each.
    expect(doc.pages[0]!.items[0]!.width).toBeCloseTo(13.34, 5);
  });

  it('leaves a font whose ToUnicode ranges map absurdly many codes (a damaged file) to PDFium', () => {
    const font = '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Lato /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>';
    const cid = '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Lato >>';
    const ranges = Array.from({ length: 4 }, (_, i) => `<${i}000> <${i}FFF> <0041>`).join(' ').replace(/<(\d)000> <\dFFF>/g, '<0000> <FFFF>');
    const cmap = toUnicode(`4 beginbfrange ${ranges} endbfrange`);
    expect(() => runsFor('BT /F1 10 Tf 72 720 Td <0001> Tj ET', [font], { objects: [cid, cmap] })).toThrow(NotPlainPdf);
  });

  it('leaves a symbolic TrueType font with no encoding to PDFium', () => {
    const font = '<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings /FirstChar 32 /LastChar 126 /Widths [] /FontDescriptor 6 0 R >>';
    const descriptor = '<< /Type /FontDescriptor /FontName /Wingdings /Flags 4 /FontFile2 7 0 R >>';
    const program = '<< /Length 0 >>\nstream\n\nendstream';
    expect(() => runsFor('BT /F1 10 Tf 72 720 Td (J) Tj ET', [font], { objects: [descriptor, program] })).toThrow(NotPlainPdf);
  });
});

describe('PDF text placement', () => {
  it('reads kerning of half a space or more as a word space, as PDFium does', () => {
    // Helvetica's space is 278 thousandths: 140 reads as a space, 100 does not.
    expect(runsFor('BT /F1 10 Tf 72 720 Td [(Payment) -140 (services)] TJ ET')).toEqual(['Payment services']);
    expect(runsFor('BT /F1 10 Tf 72 720 Td [(Pay) -100 (ment)] TJ ET')).toEqual(['Payment']);
  });

  it('reads strings on one line left to right, whatever order they were drawn in', () => {
    expect(runsFor('BT /F1 10 Tf 115 720 Td (services) Tj ET BT /F1 10 Tf 72 720 Td (Payment) Tj ET')).toEqual(['Payment services']);
  });

  it('reads a string drawn twice a hair apart (fake bold) once', () => {
    expect(runsFor('BT /F1 10 Tf 72 720 Td (Skills) Tj ET BT /F1 10 Tf 72.3 720 Td (Skills) Tj ET')).toEqual(['Skills']);
  });

  it('reads a glyph drawn three times a hair apart (fake bold, glyph by glyph) once', () => {
    const content = 'BT /F1 10 Tf 72 720 Td (Lead) Tj ET BT /F1 10 Tf 72.2 720 Td (L) Tj ET BT /F1 10 Tf 72.4 720 Td (Le) Tj ET';
    expect(runsFor(content)).toEqual(['Lead']);
  });

  it('reads the /ActualText of marked content in place of its glyphs', () => {
    const content = 'BT /F1 10 Tf 72 720 Td /Span << /ActualText (email:) >> BDC (@) Tj EMC ( jane@example.com) Tj ET';
    expect(runsFor(content)).toEqual(['email: jane@example.com']);
  });

  it('reads text inside a form XObject, placed by its matrix', () => {
    const form = '<< /Type /XObject /Subtype /Form /BBox [0 0 200 50] /Matrix [1 0 0 1 100 500] /Length 40 >>\nstream\nBT /F1 10 Tf 0 10 Td (Inside a form) Tj ET\nendstream';
    const doc = readPlainPdfPages(pdfOf(pageWith('q 1 0 0 1 0 0 cm /Fm1 Do Q', [helvetica], { resources: '/XObject << /Fm1 6 0 R >>', objects: [form] })));
    expect(doc.pages[0]!.items.map((it) => [it.text, it.x, it.y])).toEqual([['Inside a form', 100, 510]]);
  });

  it('skips the bytes of an inline image, whatever they look like', () => {
    expect(runsFor('BI /W 2 /H 1 /BPC 8 /CS /G ID (Tj) ET\nEI BT /F1 10 Tf 72 720 Td (After the image) Tj ET')).toEqual(['After the image']);
  });

  it('sets white text apart unless something is painted behind it', () => {
    const doc = readPlainPdfPages(pdfOf(pageWith('1 1 1 rg BT /F1 10 Tf 72 720 Td (Hidden keywords) Tj ET 0 0 1 rg 60 600 200 30 re f 1 1 1 rg BT /F1 10 Tf 72 610 Td (On a band) Tj ET', [helvetica])));
    expect(doc.pages[0]!.white.map((it) => it.text)).toEqual(['Hidden keywords']);
    expect(doc.pages[0]!.items.map((it) => it.text)).toEqual(['On a band']);
  });
});

describe('text runs', () => {
  const run = (chars: [string, number][]): string[] => {
    const runs = new RunBuilder();
    for (const [text, x] of chars) runs.add(text, x, 700, x + 5, 10, false);
    return runs.finish().items.map((it) => `${it.text}|${it.width}`);
  };

  it('drops trailing spaces, and the width they add', () => {
    expect(run([['G', 0], ['o', 5], [' ', 10], [' ', 12]])).toEqual(['Go|10']);
  });

  it('reads spaces in a row as one', () => {
    expect(run([['a', 0], [' ', 5], [' ', 7], ['b', 9]])).toEqual(['a b|14']);
  });

  it('reads a soft hyphen that ends a run as a hyphen', () => {
    expect(run([['m', 0], ['a', 5], ['\u00ad', 10]])).toEqual(['ma-|15']);
  });
});
