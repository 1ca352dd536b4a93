/**
 * OCR of image-only PDFs (`--ocr`), offline: pdf.js renders each page, tesseract.js
 * (WebAssembly, in a worker thread) reads it with the English model shipped in the npm
 * package @tesseract.js-data/eng, and the recognised words go through the same layout
 * as a PDF's text layer, so columns are read as blocks here too.
 * This module and tesseract.js load only when a scanned PDF is read with `--ocr`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type Tesseract from 'tesseract.js';
import type { Diagnostic, RawLine } from '../../../types.js';
import { diagnostic } from '../../../messages.js';
import { ExtractError, extractError } from '../../errors.js';
import type { TextItem } from '../../types.js';
import { layoutPage } from '../group-items-into-lines.js';
import { openPdfjsDocument } from '../pdfjs/pdfjs.js';
import { renderPdfPage, type PageImage } from './render-pdf-page.js';

/** What OCR adds to a PDF whose text layer was empty. */
export interface OcrText {
  lines: RawLine[];
  warnings: Diagnostic[];
}

/** Fewer letters than this is a photo or a blank page, not a resume that OCR could read. */
const minLetters = 50;

/**
 * Icons, photo texture and rules come back as low-confidence "m", "Bm", "®" or "«";
 * real words, even misread ones, rarely score under 10 (0–100), though an e-mail address
 * or "C++" can score well under 30, so short and symbol-only words get the stricter bar.
 */
export function isOcrNoise(text: string, confidence: number): boolean {
  if (confidence < 10) return true;
  if (!/[\p{L}\p{N}]/u.test(text)) return confidence < 60;
  return text.length <= 2 && confidence < 30;
}

/** The 4.0.0_best_int model is LSTM-only: what tesseract.js itself picks for OEM 1, and 3 MB instead of 11. */
const modelFolder = '4.0.0_best_int';

/** Reads every page of an image-only PDF by OCR; throws NO_TEXT when it finds next to nothing. */
export async function readPdfByOcr(bytes: Uint8Array, signal: AbortSignal): Promise<OcrText> {
  const doc = await openPdfjsDocument(bytes).catch((err: unknown) => {
    throw extractError('ocr-cannot-open', { reason: errorText(err) }, err);
  });
  const worker = await startWorker(signal).catch(async (err: unknown) => {
    await doc.destroy();
    throw err;
  });
  const stop = (): void => void worker.terminate();
  // Terminating the thread is what stops a recognition already under way.
  signal.addEventListener('abort', stop, { once: true });
  try {
    const lines: RawLine[] = [];
    let pagesRead = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      if (signal.aborted) throw extractError('too-slow');
      const page = await doc.getPage(p);
      const image = await renderPage(page, doc.canvasFactory);
      page.cleanup();
      const result = await untilAborted(worker.recognize(Buffer.from(image.png.buffer, image.png.byteOffset, image.png.length), {}, { text: false, blocks: true }), signal);
      const pageLines = layoutPage(wordsToItems(result.data.blocks ?? [], image)).lines;
      if (pageLines.length > 0) pagesRead++;
      for (const l of pageLines) lines.push(l.sidebar ? { text: l.text, page: p, origin: 'sidebar' } : { text: l.text, page: p });
    }
    if (countLetters(lines) < minLetters) throw extractError('ocr-found-nothing');
    return { lines, warnings: [diagnostic({ code: 'OCR_USED', pages: pagesRead })] };
  } catch (err) {
    if (signal.aborted) throw extractError('too-slow', err);
    if (err instanceof ExtractError) throw err;
    throw extractError('ocr-failed', { reason: errorText(err) }, err);
  } finally {
    signal.removeEventListener('abort', stop);
    await worker.terminate();
    await doc.destroy();
  }
}

async function renderPage(page: Parameters<typeof renderPdfPage>[0], canvasFactory: unknown): Promise<PageImage> {
  try {
    return await renderPdfPage(page, canvasFactory);
  } catch (err) {
    // pdf.js draws on @napi-rs/canvas, an optional dependency that may be missing.
    throw extractError('ocr-cannot-render', { reason: errorText(err) }, err);
  }
}

/** The English model's folder inside node_modules, and whether it is gzipped there. */
function findEnglishModel(): { langPath: string; gzip: boolean } {
  const require = createRequire(import.meta.url);
  const langPath = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), modelFolder);
  if (existsSync(join(langPath, 'eng.traineddata.gz'))) return { langPath, gzip: true };
  if (existsSync(join(langPath, 'eng.traineddata'))) return { langPath, gzip: false };
  throw new Error(`no eng.traineddata in ${langPath}`);
}

async function startWorker(signal: AbortSignal): Promise<Tesseract.Worker> {
  let tesseract: typeof Tesseract;
  let model: { langPath: string; gzip: boolean };
  try {
    tesseract = (await import('tesseract.js')).default;
    model = findEnglishModel();
  } catch (err) {
    throw extractError('ocr-not-installed', err);
  }
  const creating = tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
    ...model,
    // Never read or write a cached model: the cache would land in the working directory.
    cacheMethod: 'none',
    // Progress and job errors would otherwise reach the console; failures reject anyway.
    logger: () => {},
    errorHandler: () => {},
  });
  try {
    const worker = await untilAborted(creating, signal);
    // Tesseract's default for its API is one uniform block, which runs columns together.
    await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.AUTO });
    return worker;
  } catch (err) {
    // A worker thread left running would keep the process alive.
    void creating.then((w) => w.terminate(), () => undefined);
    if (signal.aborted) throw extractError('too-slow', err);
    throw extractError('ocr-cannot-start', { reason: errorText(err) }, err);
  }
}

/**
 * Recognised words → positioned items in points with y up, the form layoutPage takes.
 * Each word sits on its line's baseline (a tilted scan has a sloping one), so words of
 * one line group together however their ascenders and descenders differ.
 */
export function wordsToItems(blocks: readonly Tesseract.Block[], image: Pick<PageImage, 'scale' | 'heightPt'>): TextItem[] {
  const items: TextItem[] = [];
  for (const block of blocks) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const { baseline, bbox } = line;
        const rowHeight = line.rowAttributes?.rowHeight ?? 0;
        const size = (rowHeight > 0 ? rowHeight : bbox.y1 - bbox.y0) / image.scale;
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '' || isOcrNoise(text, word.confidence)) continue;
          const mid = (word.bbox.x0 + word.bbox.x1) / 2;
          const run = baseline.x1 - baseline.x0;
          const yPx = run > 0 ? baseline.y0 + ((baseline.y1 - baseline.y0) * (mid - baseline.x0)) / run : word.bbox.y1;
          items.push({
            text,
            x: word.bbox.x0 / image.scale,
            y: image.heightPt - yPx / image.scale,
            width: (word.bbox.x1 - word.bbox.x0) / image.scale,
            size,
          });
        }
      }
    }
  }
  return items;
}

function countLetters(lines: readonly RawLine[]): number {
  let n = 0;
  for (const l of lines) n += l.text.match(/\p{L}/gu)?.length ?? 0;
  return n;
}

/** Rejects as soon as the signal aborts: a terminated tesseract job never settles. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(extractError('too-slow'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(extractError('too-slow'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] ?? text;
}
