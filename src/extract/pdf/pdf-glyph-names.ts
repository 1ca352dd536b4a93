/**
 * Glyph names a PDF gives its low char codes in /Differences arrays, read from the file's
 * bytes. TeX fonts put ligatures there under names PDFium does not turn into text ("f_i",
 * "f_f_i", "uniFB01"); reading the names here saves re-reading the file with pdf.js.
 */
import { inflateSync } from 'node:zlib';

const DIFFERENCES = /\/Differences\s*\[([^\]]*)\]/g;
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b/g;

/** Names of letter ligatures that Unicode spells as their letters. */
const LIGATURES: Readonly<Record<string, string>> = { ff: 'ff', fi: 'fi', fl: 'fl', ffi: 'ffi', ffl: 'ffl', f_f: 'ff', f_i: 'fi', f_l: 'fl' };

/** The text of a glyph name made of letters ("f_i", "uniFB01", "fl"), or undefined for any other glyph. */
export function letterGlyphText(name: string): string | undefined {
  const base = name.split('.')[0]!;
  let text = '';
  for (const part of base.split('_')) {
    if (/^[A-Za-z]$/.test(part)) text += part;
    else if (LIGATURES[part] !== undefined) text += LIGATURES[part];
    else if (/^uni(?:[0-9A-F]{4})+$/.test(part)) text += String.fromCharCode(...part.slice(3).match(/.{4}/g)!.map((h) => parseInt(h, 16)));
    else if (/^u[0-9A-F]{4,6}$/.test(part)) text += String.fromCodePoint(parseInt(part.slice(1), 16));
    else return undefined;
  }
  text = text.normalize('NFKC');
  return /^\p{L}+$/u.test(text) ? text : undefined;
}

/** Object streams (PDF 1.5) hide dictionaries in compressed streams; the rest is plain text. */
function textsOf(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const texts = [raw];
  for (const m of raw.matchAll(OBJECT_STREAM)) {
    const start = raw.indexOf('stream', m.index);
    if (start < 0) continue;
    const body = start + (raw[start + 6] === '\r' ? 8 : 7);
    const end = raw.indexOf('endstream', body);
    if (end < 0) continue;
    try {
      texts.push(inflateSync(bytes.subarray(body, end)).toString('latin1'));
    } catch {
      // Not Flate, or damaged: its names stay unknown and the caller falls back.
    }
  }
  return texts;
}

/**
 * Text for char codes below 0x20 that some /Differences array names as a letter glyph.
 * A code named differently by two fonts is left out: which font is which is not known here.
 */
export function lowCodeLetters(bytes: Uint8Array): Map<number, string> {
  const found = new Map<number, string | null>();
  for (const text of textsOf(bytes)) {
    for (const d of text.matchAll(DIFFERENCES)) {
      let code = -1;
      for (const token of d[1]!.match(/\d+|\/[^\s/[\]()<>]+/g) ?? []) {
        if (token[0] !== '/') {
          code = Number(token);
          continue;
        }
        if (code >= 0 && code < 0x20) {
          const letters = letterGlyphText(token.slice(1)) ?? null;
          const seen = found.get(code);
          found.set(code, seen === undefined || seen === letters ? letters : null);
        }
        code++;
      }
    }
  }
  const out = new Map<number, string>();
  for (const [code, letters] of found) if (letters !== null) out.set(code, letters);
  return out;
}
