/**
 * Builders of hostile and unusual documents, made by hand so that no third-party file enters
 * the repo: a content stream of many operators, a deflate bomb beside a good page, a DOCX of
 * millions of empty paragraphs, broken page trees and cross-references, rotated text, and a
 * password-protected DOCX (an OLE compound file).
 */
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { pdfOf } from '../unit/pdf-helpers.js';

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** The words every good page here shows, so a test can check the good text survives. */
export const GOOD_WORDS = 'Senior Python engineer with Kubernetes and PostgreSQL experience';

const goodContent = (y = 700): string => `BT /F1 11 Tf 72 ${y} Td (${GOOD_WORDS}) Tj ET`;

/** A stream object whose data is deflated. */
function flateStream(data: Uint8Array | string, extra = ''): Uint8Array {
  const packed = deflateSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  return Buffer.concat([Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode ${extra}>>\nstream\n`, 'latin1'), packed, Buffer.from('\nendstream', 'latin1')]);
}

/** Pages (each a content stream body) under one page tree, Helvetica as /F1, objects from 3 on. */
function pagesPdf(contents: (string | Uint8Array)[]): Uint8Array {
  const font = 3;
  const first = 4;
  const kids = contents.map((_, i) => `${first + 2 * i} 0 R`).join(' ');
  const objects: (string | Uint8Array)[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`, HELVETICA];
  contents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${first + 2 * i + 1} 0 R >>`);
    objects.push(typeof content === 'string' ? `<< /Length ${content.length} >>\nstream\n${content}\nendstream` : content);
  });
  return pdfOf(objects);
}

/** One line of `n` operators (text-showing by default), deflated to a few KB or a few tens. */
export function manyOperatorsPdf(n: number, operator = '(a) Tj '): Uint8Array {
  const content = `BT /F1 10 Tf 72 700 Td ${operator.repeat(n)}ET`;
  return pagesPdf([goodContent(740), flateStream(content)]);
}

/**
 * A zlib stream of `n` zero bytes written by hand (one literal, then copies of 258 bytes at
 * distance 1 in one fixed-Huffman block): built in milliseconds where zlib takes seconds.
 */
function zerosZlib(n: number): Uint8Array {
  const copies = Math.floor((n - 1) / 258);
  const rest = n - 1 - copies * 258;
  const out = Buffer.alloc(Math.ceil(((copies + rest + 2) * 13) / 8) + 16);
  let length = 0;
  out[length++] = 0x78;
  out[length++] = 0x01;
  let acc = 0;
  let count = 0;
  // Bits go in least significant first; Huffman codes are reversed beforehand.
  const put = (value: number, width: number): void => {
    acc |= value << count;
    count += width;
    while (count >= 8) {
      out[length++] = acc & 255;
      acc >>>= 8;
      count -= 8;
    }
  };
  const reversed = (value: number, width: number): number => {
    let r = 0;
    for (let i = 0; i < width; i++) r |= ((value >> i) & 1) << (width - 1 - i);
    return r;
  };
  const literalZero = reversed(0x30, 8);
  // Length 258 is code 285 (8 bits 11000101); distance 1 is code 0 (5 bits): 13 bits a copy.
  const copy = reversed(0b11000101, 8);
  put(1, 1); // the last block
  put(1, 2); // fixed Huffman codes
  put(literalZero, 8);
  for (let i = 0; i < copies; i++) put(copy, 13);
  for (let i = 0; i < rest; i++) put(literalZero, 8);
  put(0, 7); // end of block
  if (count > 0) out[length++] = acc & 255;
  // Adler-32 of n zeros: a = 1, b = n mod 65521.
  out.writeUInt16BE(n % 65521, length);
  out.writeUInt16BE(1, length + 2);
  return out.subarray(0, length + 4);
}

/**
 * A good page, then a page whose stream of a few KB inflates (twice deflated) to `bytes`
 * zeros. With `pdfium`, the good page also draws a RunLength-encoded stream, which only the
 * full engine reads: the whole file goes to PDFium.
 */
export function inflateBombPdf(bytes = 1200 << 20, options: { pdfium?: boolean } = {}): Uint8Array {
  const inner = zerosZlib(bytes);
  const outer = deflateSync(inner, { level: 9 });
  const bomb = Buffer.concat([Buffer.from(`<< /Length ${outer.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n`, 'latin1'), outer, Buffer.from('\nendstream', 'latin1')]);
  if (!options.pdfium) return pagesPdf([goodContent(), bomb]);
  // Pages: object 4 (contents 5 and 8), object 6 (contents 7); object 8 is one RunLength byte, a space.
  const pdf = pagesPdf([goodContent(), bomb]);
  const text = Buffer.from(pdf).toString('latin1');
  const objects: (string | Uint8Array)[] = [];
  for (const m of text.matchAll(/\d+ 0 obj\n([\s\S]*?)\nendobj\n/g)) objects.push(Buffer.from(m[1]!, 'latin1'));
  objects[3] = Buffer.from(Buffer.from(objects[3]!).toString('latin1').replace('/Contents 5 0 R', '/Contents [5 0 R 8 0 R]'), 'latin1');
  objects.push('<< /Length 3 /Filter /RunLengthDecode >>\nstream\n\x00 \x80\nendstream');
  return pdfOf(objects);
}

/** For tests of the builder itself: the hand-made zlib stream of zeros. */
export const zerosZlibForTest = zerosZlib;

/** A page tree whose Pages node lists itself among its kids, beside one good page. */
export function pageTreeCyclePdf(): Uint8Array {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    HELVETICA,
    `<< /Length ${goodContent().length} >>\nstream\n${goodContent()}\nendstream`,
  ]);
}

/** A page tree `depth` levels deep with one good page at the bottom. */
export function deepPageTreePdf(depth = 20_000): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  // Objects 2 … depth+1 are Pages nodes, each the only kid of the one before.
  for (let i = 0; i < depth; i++) {
    const num = 2 + i;
    const kid = num + 1;
    objects.push(`<< /Type /Pages /Kids [${kid} 0 R] /Count 1${i > 0 ? ` /Parent ${num - 1} 0 R` : ''} >>`);
  }
  const page = 2 + depth;
  objects.push(`<< /Type /Page /Parent ${page - 1} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`);
  objects.push(HELVETICA);
  objects.push(`<< /Length ${goodContent().length} >>\nstream\n${goodContent()}\nendstream`);
  return pdfOf(objects);
}

/** A good one-page file whose cross-reference entries all point past the end of the file. */
export function xrefPastEndPdf(): Uint8Array {
  const bytes = Buffer.from(pagesPdf([goodContent()]));
  const text = bytes.toString('latin1');
  const at = text.lastIndexOf('xref\n');
  const fixed = text.slice(at).replace(/^(\d{10}) 00000 n /gm, (_, off: string) => `${String(Number(off) + 900_000).padStart(10, '0')} 00000 n `);
  return Buffer.from(text.slice(0, at) + fixed, 'latin1');
}

/** The words of the rotation probes, in reading order. */
export const ROTATED_WORDS = ['Kubernetes', 'Python', 'Terraform', 'PostgreSQL'];

/**
 * One page per angle, each drawing the probe words on two lines (two words each) rotated by
 * that many degrees about the page centre: every line reads the same in its own frame.
 */
export function rotatedPdf(angles: number[], options: { offPage?: boolean } = {}): Uint8Array {
  return pagesPdf(angles.map((degrees) => rotatedContent(degrees, options.offPage === true)));
}

function rotatedContent(degrees: number, offPage: boolean): string {
  const r = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(r), Math.sin(r)].map((v) => (Math.abs(v) < 1e-9 ? 0 : Number(v.toFixed(6)))) as [number, number];
  const shift = offPage ? 5000 : 0;
  // A point (x, y) of the unrotated layout, about the centre (306, 396).
  const at = (x: number, y: number): [number, number] => {
    const dx = x - 306;
    const dy = y - 396;
    return [Number((306 + shift + dx * cos - dy * sin).toFixed(3)), Number((396 + dx * sin + dy * cos).toFixed(3))];
  };
  const lines = [
    [72, 500, `${ROTATED_WORDS[0]} ${ROTATED_WORDS[1]}`],
    [72, 480, `${ROTATED_WORDS[2]} ${ROTATED_WORDS[3]}`],
  ] as const;
  let content = 'BT /F1 12 Tf ';
  for (const [x, y, text] of lines) {
    const [px, py] = at(x, y);
    content += `${cos} ${sin} ${-sin} ${cos} ${px} ${py} Tm (${text}) Tj `;
  }
  content += 'ET';
  // Off the page, something visible too: a paragraph at the bottom.
  return offPage ? `${content} BT /F1 10 Tf 72 100 Td (${GOOD_WORDS}) Tj ET` : content;
}

/** A DOCX with one good paragraph, then `n` empty ones (a 12 MB part that zips to a few hundred KB). */
export async function emptyParagraphsDocx(n = 2_000_000): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file('word/document.xml', `<w:document ${ns}><w:body><w:p><w:r><w:t>${GOOD_WORDS}</w:t></w:r></w:p>${'<w:p/>'.repeat(n)}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * A password-protected DOCX as Office writes it: an OLE compound file (v3, 512-byte sectors)
 * holding EncryptionInfo and EncryptedPackage streams (their content random here).
 */
export function encryptedDocx(): Uint8Array {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  header.fill(0xff, 76, 512);
  header.writeUInt32LE(0, 76); // FAT at sector 0
  // Sectors: 0 FAT, 1 directory, 2 EncryptionInfo, 3–4 EncryptedPackage.
  const fat = Buffer.alloc(sector, 0xff);
  const chain = [0xfffffffd, 0xfffffffe, 0xfffffffe, 4, 0xfffffffe];
  chain.forEach((v, i) => fat.writeUInt32LE(v, i * 4));
  const dir = Buffer.alloc(sector);
  const entry = (i: number, name: string, type: number, start: number, size: number, child = 0xffffffff, right = 0xffffffff): void => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(type, at + 66);
    dir.writeUInt8(1, at + 67); // black
    dir.writeUInt32LE(0xffffffff, at + 68); // left
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, 0xfffffffe, 0, 1);
  entry(1, 'EncryptionInfo', 2, 2, sector, 0xffffffff, 2);
  entry(2, 'EncryptedPackage', 2, 3, 2 * sector);
  const data = Buffer.alloc(3 * sector);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7919) & 255;
  return Buffer.concat([header, fat, dir, data]);
}

/**
 * A line of right-to-left text (with a Latin word and a number in it) drawn as a PDF draws
 * it: glyphs left to right in visual order, through a composite font whose ToUnicode map
 * names each glyph.
 */
export function rightToLeftPdf(logical: string): Uint8Array {
  // Visual order of a line read from its right end, Latin words and numbers kept as written.
  const visual = [...logical]
    .reverse()
    .join('')
    .replace(/[A-Za-z0-9]+/g, (w) => [...w].reverse().join(''));
  const chars = [...new Set(visual)];
  const hex = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();
  const codes = [...visual].map((c) => hex(chars.indexOf(c) + 1)).join('');
  const maps = chars.map((c, i) => `<${hex(i + 1)}> <${hex(c.codePointAt(0)!)}>`).join(' ');
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange ${chars.length} beginbfchar ${maps} endbfchar endcmap end end`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    (() => {
      const content = `BT /F1 12 Tf 72 700 Td <${codes}> Tj ET BT /F2 11 Tf 72 660 Td (${GOOD_WORDS}) Tj ET`;
      return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial /DW 550 >>',
    HELVETICA,
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
  ]);
}

/** The good words drawn at 1 pt and scaled by nothing else: every word of the file is "tiny". */
export function allTinyPdf(): Uint8Array {
  return pagesPdf([`BT /F1 1.5 Tf 72 700 Td (${GOOD_WORDS}) Tj 0 -2 Td (${GOOD_WORDS}) Tj ET`]);
}

/**
 * A DOCX whose document part holds `bytes` of text but whose zip headers declare 1,000 bytes:
 * a size check before inflating passes it, so only counting while inflating stops it.
 */
export async function lyingZipDocx(bytes = 300 << 20): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file('word/document.xml', `<w:document ${ns}><w:body><w:p><w:r><w:t>${GOOD_WORDS}</w:t></w:r></w:p><w:p><w:r><w:t>${'x'.repeat(bytes)}</w:t></w:r></w:p></w:body></w:document>`);
  const out = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  for (let p = 0; p + 46 <= out.length; p++) {
    if (out.readUInt32LE(p) === 0x02014b50 && out.readUInt32LE(p + 24) > 100_000) out.writeUInt32LE(1000, p + 24);
    if (out.readUInt32LE(p) === 0x04034b50 && out.readUInt32LE(p + 22) > 100_000) out.writeUInt32LE(1000, p + 22);
  }
  return out;
}
