/**
 * pdf.js page → grey PNG for OCR. Rendering (rather than pulling image XObjects out)
 * copes with any page make-up: several images, masks, rotated scans, vector headings.
 * In Node pdf.js renders onto @napi-rs/canvas, its own optional dependency, through the
 * document's canvas factory; nothing here imports a canvas library itself.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { encodeGrayPng, rgbaToGray } from './encode-png.js';

/** One rendered page and what maps its pixels back onto PDF points. */
export interface PageImage {
  png: Uint8Array;
  /** Pixels per PDF point. */
  scale: number;
  /** Page height in points, to turn image rows (y down) into PDF y (up). */
  heightPt: number;
  dpi: number;
}

/** Enough for 9 pt text to have ~25 px capitals; more costs time and gains little. */
const ocrDpi = 200;
/** A poster-sized page would otherwise need gigabytes of canvas. */
const maxPixels = 12_000_000;

interface CanvasAndContext {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(cc: CanvasAndContext): void;
}

function isCanvasFactory(x: unknown): x is CanvasFactory {
  return typeof x === 'object' && x !== null && 'create' in x && typeof x.create === 'function' && 'destroy' in x;
}

/** Renders one page at OCR resolution; throws when no canvas is available in Node. */
export async function renderPdfPage(page: PDFPageProxy, canvasFactory: unknown): Promise<PageImage> {
  if (!isCanvasFactory(canvasFactory)) throw new Error('pdf.js has no canvas factory');
  const base = page.getViewport({ scale: 1 });
  let scale = ocrDpi / 72;
  const area = base.width * base.height * scale * scale;
  if (area > maxPixels) scale *= Math.sqrt(maxPixels / area);
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const cc = canvasFactory.create(width, height);
  try {
    // The context form of render(): pdf.js's types expect a DOM canvas, Node has a napi one.
    const params = { canvas: null, canvasContext: cc.context, viewport } as unknown as Parameters<PDFPageProxy['render']>[0];
    await page.render(params).promise;
    const rgba = cc.context.getImageData(0, 0, width, height).data;
    const dpi = Math.round(scale * 72);
    return { png: encodeGrayPng(rgbaToGray(rgba, width, height), dpi), scale, heightPt: base.height, dpi };
  } finally {
    canvasFactory.destroy(cc);
  }
}
