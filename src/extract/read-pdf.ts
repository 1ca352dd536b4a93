import type { Diagnostic, RawLine } from '../types.js';
import { extractError } from './errors.js';
import { layoutPage, type TextItem } from './group-items-into-lines.js';

/** What a PDF yields before normalization. */
export interface PdfText {
  pages: number;
  lines: RawLine[];
  hidden: RawLine[];
  warnings: Diagnostic[];
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<Pdfjs> | undefined;
const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * Built-ins that the legacy build's core-js polyfills replace although Node 20 has them
 * right for every use pdf.js makes: the polyfilled Array.prototype.push and JSON.parse are
 * many times slower than the native ones and, being global, slow down the whole thread
 * (push alone was ~15% of PDF extraction time). Polyfills that add missing methods stay.
 */
function nativeBuiltins(): () => void {
  const push = Array.prototype.push;
  const parse = JSON.parse;
  return () => {
    Array.prototype.push = push;
    JSON.parse = parse;
  };
}

/**
 * pdf.js is loaded once per thread; the import alone costs ~100 ms. Its "worker" half is
 * imported here too and run in this thread (pdf.js finds it on globalThis.pdfjsWorker), so
 * that the natives can be put back after both halves have installed their polyfills.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const restore = nativeBuiltins();
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Importing the worker module sets globalThis.pdfjsWorker, which pdf.js uses in-thread.
      await import(workerModule);
      pdfjs.GlobalWorkerOptions.workerSrc ||= workerModule;
      return pdfjs;
    } finally {
      restore();
    }
  })();
  return pdfjsPromise;
}

/** Text smaller than this (pt) cannot be read on paper: a classic keyword-stuffing trick. */
const tinyFontSize = 3;

interface RawItem {
  str: string;
  transform: number[];
  width: number;
}

function isRawItem(x: unknown): x is RawItem {
  return typeof x === 'object' && x !== null && 'str' in x && 'transform' in x;
}

function toTextItem(raw: RawItem): TextItem {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  return { text: raw.str, x: e, y: f, width: raw.width, size };
}

/** Why an item is hidden, or undefined when a reader can see it. */
function hiddenReason(it: TextItem, view: number[]): string | undefined {
  if (it.size > 0 && it.size < tinyFontSize) return 'tiny text';
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  if (it.x >= x1 || it.x + it.width <= x0 || it.y >= y1 || it.y + it.size <= y0) return 'off-page text';
  return undefined;
}

function countWords(text: string): number {
  return text.split(/[\s,;]+/).filter((w) => w !== '').length;
}

function mapPdfError(err: unknown): Error {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  if (name === 'PasswordException') return extractError('ENCRYPTED', undefined, err);
  return extractError('UNREADABLE', 'corrupt or not a PDF; re-export it from the original', err);
}

/** Reads every page's positioned text, lays it out and sets hidden text apart. */
export async function readPdf(bytes: Uint8Array, signal: AbortSignal, options: { ocr?: boolean } = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js refuses Buffer and may take ownership of what it gets: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    isOffscreenCanvasSupported: false,
  });
  const abort = (): void => void task.destroy();
  signal.addEventListener('abort', abort, { once: true });
  try {
    const doc = await task.promise.catch((err: unknown) => {
      throw mapPdfError(err);
    });
    const out: PdfText = { pages: doc.numPages, lines: [], hidden: [], warnings: [] };
    const hiddenCounts = new Map<string, number>();
    const splitPages: number[] = [];
    for (let p = 1; p <= doc.numPages && !signal.aborted; p++) {
      const page = await doc.getPage(p).catch((err: unknown) => {
        throw mapPdfError(err);
      });
      const content = await page.getTextContent({ disableNormalization: true });
      const items: TextItem[] = [];
      for (const raw of content.items) if (isRawItem(raw) && raw.str !== '') items.push(toTextItem(raw));
      const shown: TextItem[] = [];
      const hiddenItems: TextItem[] = [];
      // White fill and invisible render mode would need page.getOperatorList(), which
      // costs more than the text itself (~190 ms a page); tiny and off-page text is caught here.
      for (const it of items) {
        const reason = hiddenReason(it, page.view);
        if (reason === undefined || it.text.trim() === '') shown.push(it);
        else {
          hiddenItems.push(it);
          hiddenCounts.set(reason, (hiddenCounts.get(reason) ?? 0) + countWords(it.text));
        }
      }
      const layout = layoutPage(shown);
      if (layout.multiColumn) splitPages.push(p);
      for (const l of layout.lines) out.lines.push(l.sidebar ? { text: l.text, page: p, origin: 'sidebar' } : { text: l.text, page: p });
      for (const l of layoutPage(hiddenItems).lines) out.hidden.push({ text: l.text, page: p });
      page.cleanup();
    }
    if (signal.aborted) throw extractError('TIMEOUT');
    if (splitPages.length > 0) {
      out.warnings.push({ code: 'MULTI_COLUMN', message: `columns read as separate blocks on page ${splitPages.join(', ')}` });
    }
    if (hiddenCounts.size > 0) {
      const parts = [...hiddenCounts].map(([why, n]) => `${n} words hidden (${why})`);
      out.warnings.push({ code: 'HIDDEN_TEXT', message: parts.join('; ') });
    }
    if (options.ocr === true && !out.lines.some((l) => l.text.trim() !== '')) {
      // Loaded only now: OCR brings tesseract.js, a WebAssembly engine and a 3 MB model.
      const { readPdfByOcr } = await import('./ocr.js');
      const ocr = await readPdfByOcr(doc, signal);
      out.lines = ocr.lines;
      out.warnings.push(...ocr.warnings);
    }
    return out;
  } finally {
    signal.removeEventListener('abort', abort);
    void task.destroy();
  }
}
