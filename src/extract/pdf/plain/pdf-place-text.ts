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

/** Buffers the strings of one line, then places them left to right. */
export class TextPlacer {
  private line: TextObject[] = [];
  /** The glyph placed last, and its string's size (kept by reference: this runs per glyph). */
  private last: Piece | undefined;
  private lastSize = 0;

  constructor(private readonly runs: RunBuilder) {}

  add(object: TextObject): void {
    const first = object.pieces[0];
    if (first === undefined) return;
    const prev = this.line.at(-1);
    if (prev !== undefined) {
      const prevPiece = prev.pieces.at(-1)!;
      const threshold = Math.max(prevPiece.width * prev.size, first.width * object.size) / 4;
      if (Math.abs(object.y - prev.y) > threshold * 2) this.flush();
    }
    // Insert after the last string that starts left of this one.
    let at = this.line.length;
    while (at > 0 && object.x < this.line[at - 1]!.x) at--;
    this.line.splice(at, 0, object);
  }

  /** Rotated text bypasses the line: it is read apart from the page's layout. */
  addRotated(text: string): void {
    this.flush();
    this.runs.addRotated(text);
  }

  flush(): void {
    for (const object of this.line) this.place(object);
    this.line = [];
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
