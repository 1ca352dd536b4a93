import type { Diagnostic, RawLine, Reader } from '../../types.js';
import { diagnostic } from '../../messages.js';
import type { ReadBudget } from '../budget.js';
import { ExtractError, extractError } from '../errors.js';
import type { PageText, TextItem } from '../types.js';
import { layoutPage } from './group-items-into-lines.js';
import { visualToLogical } from './visual-to-logical.js';
import { readPdfiumPages } from './pdfium/pdfium.js';
import { readPlainPdfPages } from './plain/read-plain-pdf.js';

/** What a PDF yields before normalization. */
export interface PdfText {
  pages: number;
  lines: RawLine[];
  hidden: RawLine[];
  warnings: Diagnostic[];
  /** The engine that read the text: plain-pdf, pdfium, pdfjs, or ocr. */
  reader: Reader;
}

/** Text smaller than this (pt) cannot be read on paper: a classic keyword-stuffing trick. */
const tinyFontSize = 3;

const isTiny = (it: TextItem): boolean => it.size > 0 && it.size < tinyFontSize;

/**
 * Why an item is hidden, or undefined when a reader can see it. Tiny text only hides beside
 * text that is not: a file whose every word is under 3 pt is scaled oddly (a font matrix the
 * readers get wrong), not stuffed, since a stuffer needs text a person reads.
 */
function hiddenReason(it: TextItem, view: readonly number[], tinyHides: boolean): string | undefined {
  if (tinyHides && isTiny(it)) return 'tiny text';
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  if (it.x >= x1 || it.x + it.width <= x0 || it.y >= y1 || it.y + it.size <= y0) return 'off-page text';
  return undefined;
}

function countWords(text: string): number {
  return text.split(/[\s,;]+/).filter((w) => w !== '').length;
}

/**
 * The plain-file reader first (fast, no font programs); PDFium for files it leaves (damaged,
 * encrypted, glyphs only a font program names); pdf.js for files where PDFium met glyphs it
 * could not name, since pdf.js also reads glyph names from the embedded font program.
 */
async function readPages(bytes: Uint8Array, budget: ReadBudget): Promise<{ pages: PageText[]; reader: Reader }> {
  let read: { pages: PageText[]; unnamed: number };
  let reader: Reader = 'plain-pdf';
  try {
    read = readPlainPdfPages(bytes, budget);
  } catch (err) {
    // A limit reached (time, memory) is the file's answer; anything else unexpected is a file
    // for the full engine, which also names the error.
    if (err instanceof ExtractError) throw err;
    if (err instanceof RangeError) throw extractError('nested-too-deep', err);
    read = await readPdfiumPages(bytes, budget.signal, budget);
    reader = 'pdfium';
  }
  // pdf.js would inflate again what a limit stopped.
  if (read.unnamed === 0 || budget.signal.aborted || budget.truncated) return { pages: read.pages, reader };
  const { readPdfjsPages } = await import('./pdfjs/pdfjs.js');
  return { pages: await readPdfjsPages(bytes, budget.signal), reader: 'pdfjs' };
}

/** Reads every page's positioned text, lays it out and sets hidden text apart. */
export async function readPdf(bytes: Uint8Array, budget: ReadBudget, options: { ocr?: boolean } = {}): Promise<PdfText> {
  const { pages, reader } = await readPages(bytes, budget);
  if (budget.signal.aborted) throw budget.timeout();
  const out: PdfText = { pages: pages.length, lines: [], hidden: [], warnings: [], reader };
  const hiddenCounts = new Map<string, number>();
  const splitPages: number[] = [];
  const tinyHides = pages.some((page) => page.items.some((it) => !isTiny(it) && it.text.trim() !== '') || (page.turned ?? []).some((b) => b.items.some((it) => !isTiny(it))));
  pages.forEach((page, index) => {
    const p = index + 1;
    const shown: TextItem[] = [];
    const hiddenItems: TextItem[] = [];
    // Invisible render mode is not checked: scanned PDFs with an OCR layer draw all their
    // text invisibly.
    const place = (it: TextItem, white: boolean): void => {
      const reason = hiddenReason(it, page.view, tinyHides) ?? (white ? 'white text' : undefined);
      if (reason === undefined || it.text.trim() === '') shown.push(it);
      else {
        hiddenItems.push(it);
        hiddenCounts.set(reason, (hiddenCounts.get(reason) ?? 0) + countWords(it.text));
      }
    };
    for (const it of page.items) place(it, false);
    for (const it of page.white) place(it, true);
    const layout = layoutPage(shown);
    if (layout.multiColumn) splitPages.push(p);
    for (const l of layout.lines) out.lines.push(l.sidebar ? { text: visualToLogical(l.text), page: p, origin: 'sidebar' } : { text: visualToLogical(l.text), page: p });
    for (const text of page.rotated) out.lines.push({ text, page: p, origin: 'sidebar' });
    for (const l of layoutPage(hiddenItems).lines) out.hidden.push({ text: visualToLogical(l.text), page: p });
    // Text at an angle, each block in its own frame: hidden by the same rules, kept out of the page's layout.
    for (const block of page.turned ?? []) {
      const seen: TextItem[] = [];
      const unseen: TextItem[] = [];
      for (const it of block.items) {
        const reason = tinyHides && isTiny(it) ? 'tiny text' : undefined;
        if (reason === undefined || it.text.trim() === '') seen.push(it);
        else (unseen.push(it), hiddenCounts.set(reason, (hiddenCounts.get(reason) ?? 0) + countWords(it.text)));
      }
      for (const it of block.offPage) {
        unseen.push(it);
        hiddenCounts.set('off-page text', (hiddenCounts.get('off-page text') ?? 0) + countWords(it.text));
      }
      for (const l of layoutPage(seen).lines) out.lines.push({ text: visualToLogical(l.text), page: p, origin: 'sidebar' });
      for (const l of layoutPage(unseen).lines) out.hidden.push({ text: visualToLogical(l.text), page: p });
    }
  });
  if (splitPages.length > 0) {
    out.warnings.push(diagnostic({ code: 'MULTI_COLUMN', pages: splitPages }));
  }
  if (hiddenCounts.size > 0) {
    out.warnings.push(diagnostic({ code: 'HIDDEN_TEXT', parts: [...hiddenCounts].map(([why, words]) => ({ words, why })) }));
  }
  if (options.ocr === true && !out.lines.some((l) => l.text.trim() !== '')) {
    // Loaded only now: OCR brings pdf.js to render, tesseract.js, a WebAssembly engine and a 3 MB model.
    const { readPdfByOcr } = await import('./ocr/ocr.js');
    const ocr = await readPdfByOcr(bytes, budget.signal);
    out.lines = ocr.lines;
    out.warnings.push(...ocr.warnings);
    out.reader = 'ocr';
  }
  return out;
}
