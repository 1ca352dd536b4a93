/**
 * Shown strings → characters for the run builder, in the order and with the spaces PDFium's
 * text page gives them (core/fpdftext/cpdf_textpage.cpp), so both PDF readers lay a page out
 * alike: strings on one line are taken left to right whatever order the content drew them in,
 * and a gap between two strings reads as a space when it is wider than a share of the wider
 * glyph beside it.
 */
import { charText, type RunBuilder } from '../pdf-runs.js';

/** One glyph of a shown string, placed on the page. */
export interface Piece {
  text: string;
  /** Origin on the baseline, in page space. */
  x: number;
  y: number;
  /** Where its advance ends. */
  right: number;
  /** Its advance width in ems. */
  width: number;
  /** A space the writer left out goes before it (from TJ kerning). */
  spaceBefore: boolean;
}

/** One Tj or TJ: what PDFium calls a text object. */
export interface TextObject {
  x: number;
  y: number;
  /** The size a reader sees: the font size scaled by the text matrix. */
  size: number;
  /** Filled near-white. */
  white: boolean;
  pieces: Piece[];
}

/** PDFium's share of a glyph's width (in ems) that a gap must pass to read as a space: narrower glyphs, larger shares. */
export function spaceShare(width: number, t1: number, t2: number, t3: number): number {
  const w = width * 1000;
  return (w < t1 ? w / 2 : w < t2 ? w / 4 : w < t3 ? w / 5 : w / 6) / 1000;
}

const maxLineObjects = 10_000;

const byX = (a: TextObject, b: TextObject): number => a.x - b.x;

/** Buffers the strings of one line, then places them left to right. */
export class TextPlacer {
  private line: TextObject[] = [];
  /** The string of the line that starts furthest right (the last one in order of x). */
  private rightmost: TextObject | undefined;
  /** Set when a string starts left of one before it. */
  private unsorted = false;
  /** The glyph placed last, and its string's size (kept by reference: this runs per glyph). */
  private last: Piece | undefined;
  private lastSize = 0;

  constructor(private readonly runs: RunBuilder) {}

  add(object: TextObject): void {
    const first = object.pieces[0];
    if (first === undefined) return;
    const prev = this.rightmost;
    if (prev !== undefined) {
      const prevPiece = prev.pieces.at(-1)!;
      const threshold = Math.max(prevPiece.width * prev.size, first.width * object.size) / 4;
      if (Math.abs(object.y - prev.y) > threshold * 2) this.flush();
    }
    // The line is put in order of x when it is placed (a stable sort: a string goes after those
    // starting left of it or at its x), not by inserting here: a line of strings drawn right to
    // left made that quadratic (30,000 strings: 6.8 s).
    // A line of more strings than any page holds is placed in parts: buffered whole, a line of
    // a million one-letter strings held 600 MB.
    if (this.line.length >= maxLineObjects) this.flush();
    const right = this.rightmost;
    if (right === undefined || object.x >= right.x) this.rightmost = object;
    else this.unsorted = true;
    this.line.push(object);
  }

  /** Rotated text bypasses the line: it is read apart from the page's layout. */
  addRotated(text: string): void {
    this.flush();
    this.runs.addRotated(text);
  }

  flush(): void {
    if (this.unsorted) this.line.sort(byX);
    for (const object of this.line) this.place(object);
    this.line = [];
    this.rightmost = undefined;
    this.unsorted = false;
  }

  private place(object: TextObject): void {
    object.pieces.forEach((p, i) => {
      if (i === 0) this.spaceBetween(p, object.size);
      else if (p.spaceBefore) this.runs.space();
      for (const char of p.text) {
        const code = char.codePointAt(0)!;
        // PDFium spells the Latin ligatures (ﬁ, ﬄ) as their letters.
        const text = code >= 0xfb00 && code <= 0xfb06 ? char.normalize('NFKC') : charText(code);
        if (text !== undefined) this.runs.add(text, p.x, p.y, Math.max(p.x, p.right), object.size, object.white);
      }
      this.last = p;
      this.lastSize = object.size;
    });
  }

  /** Between two strings on one line, a gap PDFium reads as a space. */
  private spaceBetween(p: Piece, size: number): void {
    const last = this.last;
    if (p.spaceBefore) this.runs.space();
    if (last === undefined || Math.abs(p.y - last.y) > 0.3 * Math.max(size, 1)) return;
    if (p.text === ' ' || last.text.endsWith(' ')) return;
    const threshold = last.width >= p.width ? spaceShare(last.width, 400, 700, 800) * this.lastSize : spaceShare(p.width, 400, 700, 800) * size;
    if (p.x - last.right > threshold) this.runs.space();
  }
}
