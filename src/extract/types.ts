/**
 * The contracts between extract/index.ts and its readers: what a format reader returns, and
 * the positioned text a PDF engine hands to the shared layout. Domain types (RawLine, …) stay
 * in src/types.ts.
 */
import type { Diagnostic, DocFormat, Limits, RawLine, Reader } from '../types.js';

/** The size and time caps, and any other limit (config `limits`; defaults for those left out). */
export interface ExtractOptions extends Partial<Limits> {
  maxBytes: number;
  timeoutMs: number;
  /** Read image-only (scanned) PDFs by OCR instead of failing with NO_TEXT; slow. */
  ocr?: boolean;
}

/** What a format reader returns; the format itself is known by the caller. */
export interface ReaderResult {
  pages: number;
  lines: RawLine[];
  hidden: RawLine[];
  warnings: Diagnostic[];
  format?: DocFormat;
  /** The engine, when a format has several (PDF); else the format's own reader. */
  reader?: Reader;
}

/** One positioned run of text, as the PDF reader hands it over. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the vertical scale of the text matrix). */
  size: number;
}

/** One page's text as a reader returns it. */
export interface PageText {
  /** Upright runs of text, in content order. */
  items: TextItem[];
  /** The crop box: x0, y0, x1, y1 in points. */
  view: number[];
  /** Lines of rotated text (a vertical label), kept out of the page layout. */
  rotated: string[];
  /**
   * Text drawn at an angle, one block per angle, each placed in its own frame (turned back
   * upright), so it reads in its own order; items off the page are set apart.
   */
  turned?: TurnedText[];
  /** White runs with nothing filled behind them: invisible on the page. */
  white: TextItem[];
}

/** Rotated text turned back upright: runs in the frame of its angle. */
export interface TurnedText {
  items: TextItem[];
  /** Runs whose middle lies outside the page. */
  offPage: TextItem[];
}

export interface LaidOutLine {
  text: string;
  /** Set on lines of a narrow column beside the main one. */
  sidebar?: boolean;
}

export interface PageLayout {
  lines: LaidOutLine[];
  /** True when the page was split at a gutter into column blocks. */
  multiColumn: boolean;
}
