/**
 * Fonts for the text reader: what each char code of a shown string reads as, and how far it
 * moves the pen. Text comes from the font's ToUnicode map, else its encoding's glyph names;
 * widths from /Widths or /W, else the standard 14 fonts' metrics. A code none of these
 * explain throws NotPlainPdf: the answer would be in the font program, which only PDFium reads.
 */
import { builtin } from '../../../builtin/index.js';
import { letterGlyphText } from '../pdf-glyph-names.js';
import { decodeStream, type PdfFile } from './pdf-file.js';
import { Lexer, NotPlainPdf, nameOf, type PdfDict, PdfName, PdfStream, PdfString, type PdfValue, latin1 } from './pdf-syntax.js';

/** One glyph of a shown string. */
export interface Glyph {
  /** Its text; a code below 0x20 is one PDFium could not name either (a ligature, an icon). */
  text: string;
  /** Advance in text space per unit of font size (1000 glyph units = 1). */
  width: number;
  /** A one-byte code 32, which word spacing (Tw) widens. */
  wordSpace: boolean;
}

export interface Font {
  /** Bytes per char code: 1, or 2 for a composite font's CIDs. */
  codeBytes: 1 | 2;
  /** The glyph of one code. */
  glyph(code: number): Glyph;
  /** The width of the font's space (as glyph widths are), or undefined when it has none. */
  spaceWidth(): number | undefined;
}

interface Tables {
  encodings: Record<string, string[]>;
  glyphs: Record<string, number>;
  dingbats: Record<string, number>;
  widths: Record<string, number | Record<string, number>>;
  stdFontMap: Record<string, string>;
}

/** Encodings, the glyph list and base-14 widths, from pdf.js (scripts/build-pdf-tables.mjs); read on first need. */
function pdfTables(): Tables {
  return builtin.pdfTables<Tables>();
}

/** More codes than any real font maps (CJK fonts map ~30,000): a damaged range stops here. */
const maxMapped = 200_000;

/** UTF-16BE bytes (a ToUnicode target) as a string. */
function utf16(bytes: string): string {
  if (bytes.length === 1) return bytes;
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return out;
}

const codeOf = (bytes: string): number => {
  let v = 0;
  for (let i = 0; i < bytes.length; i++) v = v * 256 + bytes.charCodeAt(i);
  return v;
};

/** A ToUnicode CMap: code → text. */
function readToUnicode(file: PdfFile, value: PdfValue | undefined): Map<number, string> | undefined {
  const stream = file.resolve(value);
  if (!(stream instanceof PdfStream)) return undefined;
  const lexer = new Lexer(decodeStream(file, stream));
  const map = new Map<number, string>();
  let ranged = 0;
  let mode = '';
  const operands: PdfValue[] = [];
  for (let t = lexer.next(); t !== undefined; t = lexer.next()) {
    if (t === 'beginbfchar' || t === 'beginbfrange') {
      mode = t;
      operands.length = 0;
      continue;
    }
    if (t === 'endbfchar' || t === 'endbfrange') {
      mode = '';
      continue;
    }
    if (mode === '') continue;
    if (t === '[') {
      const list: PdfValue[] = [];
      for (let u = lexer.next(); u !== ']' && u !== undefined; u = lexer.next()) list.push(u as PdfValue);
      operands.push(list);
    } else operands.push(t as PdfValue);
    if (mode === 'beginbfchar' && operands.length === 2) {
      const [src, dst] = operands;
      if (src instanceof PdfString && dst instanceof PdfString) map.set(codeOf(src.value), utf16(dst.value));
      operands.length = 0;
    } else if (mode === 'beginbfrange' && operands.length === 3) {
      const [lo, hi, dst] = operands;
      if (lo instanceof PdfString && hi instanceof PdfString) {
        const first = codeOf(lo.value);
        const last = Math.min(codeOf(hi.value), first + 0xffff);
        ranged += last - first + 1;
        if (ranged > maxMapped) throw new NotPlainPdf('ToUnicode ranges too large');
        for (let code = first; code <= last; code++) {
          if (Array.isArray(dst)) {
            const item = dst[code - first];
            if (item instanceof PdfString) map.set(code, utf16(item.value));
          } else if (dst instanceof PdfString) {
            const base = utf16(dst.value);
            if (base === '') continue;
            map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first));
          }
        }
      }
      operands.length = 0;
    }
  }
  return map;
}

/**
 * The text of a glyph name, as PDFium finds it: the glyph list, then uniXXXX and uXXXX[XX]
 * forms, then the name before a variant suffix ("A.sc" → A); undefined when none applies.
 */
function glyphNameText(name: string, dingbats: boolean): string | undefined {
  const t = pdfTables();
  const code = (dingbats ? t.dingbats[name] : undefined) ?? t.glyphs[name];
  if (code !== undefined) return code === 0 ? undefined : String.fromCodePoint(code);
  if (/^uni[0-9A-F]{4}/.test(name)) return String.fromCharCode(parseInt(name.slice(3, 7), 16));
  if (/^u[0-9A-F]{4,6}$/.test(name)) return String.fromCodePoint(parseInt(name.slice(1), 16));
  const dot = name.indexOf('.');
  return dot > 0 ? glyphNameText(name.slice(0, dot), dingbats) : undefined;
}

/** A Type 1 font program's own encoding, from its clear-text part ("dup 65 /A put"). */
function type1Encoding(file: PdfFile, descriptor: PdfDict | undefined): string[] | undefined {
  const program = file.get(descriptor, 'FontFile');
  if (!(program instanceof PdfStream)) return undefined;
  const data = decodeStream(file, program);
  const length1 = file.resolve(program.dict.get('Length1'));
  const clear = latin1(data, 0, typeof length1 === 'number' && length1 > 0 ? length1 : data.length);
  const at = clear.indexOf('/Encoding');
  if (at < 0) return undefined;
  if (/^\/Encoding\s+StandardEncoding\s+def/.test(clear.slice(at))) return pdfTables().encodings.StandardEncoding;
  const names: string[] = [];
  // The encoding array ends at its "readonly"; without one, at the end of the clear text.
  const end = clear.indexOf('readonly', at);
  for (const m of clear.slice(at, end < 0 ? clear.length : end).matchAll(/dup\s+(\d+)\s*\/(\S+)\s+put/g)) names[Number(m[1])] = m[2]!;
  return Array.from({ length: 256 }, (_, i) => names[i] ?? '');
}

const standardName = (baseFont: string): string | undefined => {
  const t = pdfTables();
  // Subset fonts carry a six-letter tag: ABCDEF+Helvetica.
  const bare = baseFont.replace(/^[A-Z]{6}\+/, '');
  return t.widths[bare] !== undefined ? bare : t.stdFontMap[bare] ?? t.stdFontMap[bare.replace(/[,-].*$/, '')];
};

const FLAG_SYMBOLIC = 4;

/** A font with one-byte codes (Type 1, TrueType, Type 3). */
function simpleFont(file: PdfFile, dict: PdfDict, toUnicode: Map<number, string> | undefined): Font {
  const subtype = nameOf(file.get(dict, 'Subtype'));
  const baseFont = nameOf(file.get(dict, 'BaseFont')) ?? '';
  const descriptor = file.dict(dict, 'FontDescriptor');
  const std = standardName(baseFont);
  const embedded = descriptor !== undefined && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(k));
  const flags = file.get(descriptor, 'Flags');
  const symbolic = typeof flags === 'number' && (flags & FLAG_SYMBOLIC) !== 0;

  // Glyph names per code: base encoding, then /Differences.
  const encodingValue = file.get(dict, 'Encoding');
  const encodingDict = encodingValue instanceof Map ? encodingValue : undefined;
  const baseName = nameOf(encodingValue) ?? nameOf(file.get(encodingDict, 'BaseEncoding'));
  let names: string[] | undefined | null;
  const lazyBase = (): string[] | undefined => {
    const e = pdfTables().encodings;
    if (baseName !== undefined) return e[baseName];
    if (subtype === 'Type3') return undefined;
    if (std === 'Symbol') return e.SymbolSetEncoding;
    if (std === 'ZapfDingbats') return e.ZapfDingbatsEncoding;
    if ((subtype === 'Type1' || subtype === 'MMType1') && embedded) return type1Encoding(file, descriptor);
    if (subtype === 'TrueType' && symbolic) return undefined;
    return e.StandardEncoding;
  };
  const differences = file.array(encodingDict, 'Differences');
  const diffNames: string[] = [];
  if (differences !== undefined) {
    let code = 0;
    for (const d of differences) {
      if (typeof d === 'number') code = d;
      else if (d instanceof PdfName) diffNames[code++] = d.name;
    }
  }
  const nameFor = (code: number): string | undefined => {
    if (diffNames[code] !== undefined) return diffNames[code];
    if (names === undefined) names = lazyBase() ?? null;
    return names?.[code] || undefined;
  };

  // Widths per code, in text space per unit of font size.
  const fontMatrix = file.array(dict, 'FontMatrix') as number[] | undefined;
  const scale = subtype === 'Type3' ? (fontMatrix?.[0] ?? 0.001) : 0.001;
  const widths = file.array(dict, 'Widths');
  const firstChar = file.get(dict, 'FirstChar');
  const missingWidth = file.get(descriptor, 'MissingWidth');
  const metrics = std === undefined ? undefined : pdfTables().widths[std];
  const widthFor = (code: number, name: string | undefined): number => {
    if (widths !== undefined && typeof firstChar === 'number') {
      const w = widths[code - firstChar];
      if (typeof w === 'number') return w * scale;
      if (typeof missingWidth === 'number') return missingWidth * scale;
    }
    if (typeof metrics === 'number') return metrics / 1000;
    // A variant (A.sc) is measured as its base glyph.
    const w = metrics !== undefined && name !== undefined ? (metrics[name] ?? metrics[name.split('.')[0]!]) : undefined;
    if (w !== undefined) return w / 1000;
    if (widths !== undefined && typeof missingWidth !== 'number' && subtype !== 'Type3') {
      // Outside /Widths, PDFium measures the glyph in the font program.
      throw new NotPlainPdf(`no width for code ${code} of ${baseFont}`);
    }
    if (widths !== undefined) return 0;
    throw new NotPlainPdf(`no widths for ${baseFont}`);
  };

  const glyphs: (Glyph | undefined)[] = [];
  const glyphFor = (code: number): Glyph => {
    let g = glyphs[code];
    if (g !== undefined) return g;
    const name = nameFor(code);
    let text = toUnicode?.get(code);
    if (text === undefined || text === '') {
      // No name where the base encoding is the font program's own: PDFium would read the program.
      if (name === undefined && names === null) throw new NotPlainPdf(`code ${code} of ${baseFont} has no name`);
      const named = name === undefined ? undefined : glyphNameText(name, std === 'ZapfDingbats');
      // Like PDFium: an unnamed code reads as itself; a low one, as the letters of a ligature name (f_i).
      text = named ?? (code < 0x20 && name !== undefined ? letterGlyphText(name) : undefined) ?? String.fromCharCode(code);
    }
    g = { text, width: widthFor(code, name), wordSpace: code === 32 };
    glyphs[code] = g;
    return g;
  };
  let space: number | undefined | null = null;
  const spaceWidth = (): number | undefined => {
    if (space !== null) return space;
    space = undefined;
    try {
      // Code 32 first, where a space nearly always is; then any code that reads as one.
      const isSpace = (code: number): boolean => toUnicode?.get(code) === ' ' || (toUnicode?.has(code) !== true && nameFor(code) === 'space');
      if (isSpace(32)) return (space = widthFor(32, 'space'));
      for (let code = 0; code < 256; code++) if (isSpace(code)) return (space = widthFor(code, 'space'));
    } catch {
      // A space with no width known is no space to measure by.
    }
    return space;
  };
  return { codeBytes: 1, glyph: glyphFor, spaceWidth };
}

/** A Type 0 font with two-byte Identity codes (CIDs) and a ToUnicode map. */
function compositeFont(file: PdfFile, dict: PdfDict, toUnicode: Map<number, string> | undefined): Font {
  const encoding = nameOf(file.get(dict, 'Encoding'));
  if (encoding !== 'Identity-H') throw new NotPlainPdf(`CMap ${encoding ?? 'embedded'}`);
  if (toUnicode === undefined) throw new NotPlainPdf('composite font without ToUnicode');
  const descendant = file.resolve(file.array(dict, 'DescendantFonts')?.[0]);
  if (!(descendant instanceof Map)) throw new NotPlainPdf('no descendant font');
  const dw = file.get(descendant, 'DW');
  const defaultWidth = typeof dw === 'number' ? dw : 1000;
  const widths = new Map<number, number>();
  let ranged = 0;
  const w = file.array(descendant, 'W') ?? [];
  for (let i = 0; i < w.length; ) {
    const first = w[i];
    const next = file.resolve(w[i + 1]);
    if (typeof first !== 'number') break;
    if (Array.isArray(next)) {
      next.forEach((v, k) => {
        const width = file.resolve(v);
        if (typeof width === 'number') widths.set(first + k, width);
      });
      i += 2;
    } else {
      const last = next;
      const width = file.resolve(w[i + 2]);
      if (typeof last !== 'number' || typeof width !== 'number') break;
      ranged += last - first + 1;
      if (ranged > maxMapped) throw new NotPlainPdf('/W ranges too large');
      for (let c = first; c <= Math.min(last, first + 0xffff); c++) widths.set(c, width);
      i += 3;
    }
  }
  const cache = new Map<number, Glyph>();
  const glyph = (code: number): Glyph => {
    let g = cache.get(code);
    if (g === undefined) {
      const text = toUnicode.get(code);
      // Unmapped, PDFium would look the glyph up in the font program.
      if (text === undefined) throw new NotPlainPdf(`code ${code} not in ToUnicode`);
      g = { text, width: (widths.get(code) ?? defaultWidth) / 1000, wordSpace: false };
      cache.set(code, g);
    }
    return g;
  };
  let space: number | undefined | null = null;
  const spaceWidth = (): number | undefined => {
    if (space === null) {
      space = undefined;
      for (const [code, text] of toUnicode) if (text === ' ') space ??= (widths.get(code) ?? defaultWidth) / 1000;
    }
    return space;
  };
  // The same keys in the same order as a simple font: one object shape for the hot loop.
  return { codeBytes: 2, glyph, spaceWidth };
}

/** The font a /Font resource entry describes. */
export function loadFont(file: PdfFile, value: PdfValue | undefined): Font {
  const dict = file.resolve(value);
  if (!(dict instanceof Map)) throw new NotPlainPdf('font is not a dictionary');
  const subtype = nameOf(file.get(dict, 'Subtype'));
  const toUnicodeValue = dict.get('ToUnicode');
  const toUnicode = readToUnicode(file, toUnicodeValue);
  if (subtype === 'Type0') return compositeFont(file, dict, toUnicode);
  if (subtype === 'Type1' || subtype === 'MMType1' || subtype === 'TrueType' || subtype === 'Type3') return simpleFont(file, dict, toUnicode);
  throw new NotPlainPdf(`font type ${subtype}`);
}
