/**
 * pdf.js, the second PDF engine: it reads the text of the few PDFs whose fonts PDFium cannot
 * map to Unicode (TeX fonts with ligatures in their own encodings), and renders scanned pages
 * to pixels for OCR. Loaded only when one of those is met.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractError } from '../../errors.js';
import type { PageText, TextItem } from '../../types.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<Pdfjs> | undefined;
const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * Built-ins that the legacy build's core-js polyfills replace although Node 20 has them
 * right for every use pdf.js makes: the polyfilled Array.prototype.push and JSON.parse are
 * many times slower than the native ones and, being global, slow down the whole thread.
 * Polyfills that add missing methods stay.
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

function mapPdfError(err: unknown): Error {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  if (name === 'PasswordException') return extractError('encrypted', err);
  return extractError('corrupt-pdf', err);
}

/** Opens a PDF with pdf.js; the caller destroys it. */
export async function openPdfjsDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
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
  return task.promise.catch((err: unknown) => {
    throw mapPdfError(err);
  });
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  dir?: string;
}

function isRawItem(x: unknown): x is RawItem {
  return typeof x === 'object' && x !== null && 'str' in x && 'transform' in x;
}

function toTextItem(raw: RawItem): TextItem {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  // pdf.js hands right-to-left runs over in reading order; the shared layout reads every
  // engine's text in visual order (visual-to-logical.ts turns it back), so undo it here.
  const text = raw.dir === 'rtl' ? [...raw.str].reverse().join('') : raw.str;
  return { text, x: e, y: f, width: raw.width, size };
}

/** Every page's positioned text runs, as pdf.js reads them. */
export async function readPdfjsPages(bytes: Uint8Array, signal: AbortSignal): Promise<PageText[]> {
  const doc = await openPdfjsDocument(bytes);
  const abort = (): void => void doc.destroy();
  signal.addEventListener('abort', abort, { once: true });
  try {
    const pages: PageText[] = [];
    for (let p = 1; p <= doc.numPages && !signal.aborted; p++) {
      const page = await doc.getPage(p).catch((err: unknown) => {
        throw mapPdfError(err);
      });
      const content = await page.getTextContent({ disableNormalization: true });
      const items: TextItem[] = [];
      for (const raw of content.items) if (isRawItem(raw) && raw.str !== '') items.push(toTextItem(raw));
      pages.push({ items, view: page.view, rotated: [], white: [] });
      page.cleanup();
    }
    return pages;
  } finally {
    signal.removeEventListener('abort', abort);
    void doc.destroy();
  }
}
