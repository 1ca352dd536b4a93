/**
 * PDFium (Chrome's PDF engine, compiled to WebAssembly by @embedpdf/pdfium) reads the PDFs
 * the plain-file reader leaves: damaged, encrypted, or with glyphs only a font program names.
 * It reads a page's text ~2.5× faster than pdf.js. The engine is compiled and started in a
 * thread only when such a file comes. Only the raw exports used here are typed; they take and
 * return numbers (pointers into the engine's memory), so every allocation is freed by the caller.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CLOCK_EVERY, type ReadBudget } from '../../budget.js';
import { ExtractError, extractError } from '../../errors.js';
import type { PageText, TextItem, TurnedText } from '../../types.js';
import { lowCodeLetters } from '../pdf-glyph-names.js';
import { charText, onBackdrop, RunBuilder, type TurnedFrame, TurnedFrames, WHITE_LEVEL } from '../pdf-runs.js';

/** The engine's memory, seen three ways; views are replaced when the memory grows. */
interface Heap {
  readonly HEAPU8: Uint8Array;
  readonly HEAPF64: Float64Array;
  readonly HEAPF32: Float32Array;
}

/** The engine's memory and the raw C entry points that jobfit calls. */
export interface Pdfium extends Heap {
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  /** Writes the crop box as four floats: left, top, right, bottom. */
  FPDF_GetPageBoundingBox(page: number, rect: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
  /** The size set by Tf, before any text or page matrix scales it. */
  FPDFText_GetFontSize(textPage: number, index: number): number;
  /** Writes the char's text-to-page matrix as six floats: a, b, c, d, e, f. */
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  FPDFText_IsHyphen(textPage: number, index: number): number;
  /** Writes the char's fill colour as four unsigned ints: r, g, b, a. */
  FPDFText_GetFillColor(textPage: number, index: number, r: number, g: number, b: number, a: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(object: number): number;
  /** Writes the bounds as four floats: left, bottom, right, top. */
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPageObj_GetFillColor(object: number, r: number, g: number, b: number, a: number): number;
  /** Writes the fill mode (0: not filled) and whether it is stroked, as ints. */
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  /** Writes the char's advance box (font ascent to descent) as four floats: left, top, right, bottom. */
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
}

/** FPDF_GetLastError's code for a password-protected file. */
const errPassword = 4;

interface Module {
  pdfium: Heap & { wasmExports: Omit<Pdfium, keyof Heap> };
  PDFiumExt_Init(): void;
}

/** A compiled WebAssembly module; opaque here (its types live in the DOM lib, not used). */
type WasmModule = { readonly kind: 'WebAssembly.Module' };

/** The two WebAssembly calls used here. */
const wasmApi = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule>; instantiate(module: WasmModule, imports: object): Promise<object> } }).WebAssembly;

let enginePromise: Promise<Pdfium> | undefined;

/**
 * The engine's memory may grow to this many bytes (its own ceiling is 2 GB): a file that needs
 * more (a deflate bomb) makes the engine fail, and the file is TOO_LARGE, long before the
 * process holds gigabytes. Enough for any resume: the corpus peaks under 64 MB.
 */
const maxEngineHeap = 256 << 20;

/** The engine's last words on its error channel (never printed: stderr carries coded lines only). */
let engineSaid = '';

/** Memory growth refused past maxEngineHeap: the engine's malloc then fails, as on a full machine. */
function capMemory(instance: object): void {
  const exports = (instance as { exports?: Record<string, unknown> }).exports ?? {};
  for (const value of Object.values(exports)) {
    if (typeof value !== 'object' || value === null || !('grow' in value) || !('buffer' in value)) continue;
    const memory = value as { grow(pages: number): number; buffer: ArrayBuffer };
    const grow = memory.grow.bind(memory);
    memory.grow = (pages: number): number => {
      if (memory.buffer.byteLength + pages * 65536 > maxEngineHeap) throw new RangeError('over the engine memory cap');
      return grow(pages);
    };
  }
}

/** The engine compiled, read from disk: the package's default would fetch it from a CDN, and jobfit never touches the network. */
function compilePdfium(): Promise<WasmModule> {
  return wasmApi.compile(readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm')));
}

/** The thread's PDFium instance, started on first use. */
export function loadPdfium(): Promise<Pdfium> {
  enginePromise ??= (async () => {
    const { init } = (await import('@embedpdf/pdfium')) as unknown as { init(o: object): Promise<Module> };
    const wasm = await compilePdfium();
    const module = await init({
      instantiateWasm(imports: object, done: (instance: object, module: WasmModule) => void) {
        void wasmApi.instantiate(wasm, imports).then((instance) => {
          capMemory(instance);
          done(instance, wasm);
        });
        return {};
      },
      // The engine writes to the console ("Cannot enlarge memory…", "Aborted(…)"): kept, never printed.
      print: (): void => {},
      printErr: (text: string): void => {
        engineSaid = text;
      },
    });
    module.PDFiumExt_Init();
    // The wasm exports themselves: the package's `_name` wrappers assert on every call, which
    // cost ~10% of reading time at a few calls per character.
    const heap = module.pdfium;
    return Object.assign(Object.create(heap) as Heap, heap.wasmExports);
  })();
  return enginePromise;
}

const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d;


/**
 * Whether the colour the engine just wrote at `at` (r, g, b as little-endian uints, each
 * 0–255) is near-white; read byte by byte, since this runs for every character.
 */
function isWhiteAt(engine: Pdfium, at: number): boolean {
  const heap = engine.HEAPU8;
  return heap[at]! >= WHITE_LEVEL && heap[at + 4]! >= WHITE_LEVEL && heap[at + 8]! >= WHITE_LEVEL;
}

const PAGEOBJ_TEXT = 1;
const PAGEOBJ_PATH = 2;

/**
 * Rectangles of the page something non-white may be painted on: filled paths that are not
 * white, and images, shadings and form XObjects (whose colours are not looked into).
 * White text over one of them may be a heading on a coloured band, so it stays visible.
 */
function backdrops(engine: Pdfium, page: number, scratch: number): number[][] {
  const out: number[][] = [];
  const count = engine.FPDFPage_CountObjects(page);
  for (let i = 0; i < count; i++) {
    const object = engine.FPDFPage_GetObject(page, i);
    const type = engine.FPDFPageObj_GetType(object);
    if (type === PAGEOBJ_TEXT) continue;
    if (type === PAGEOBJ_PATH) {
      engine.FPDFPath_GetDrawMode(object, scratch, scratch + 4);
      if (new Int32Array(engine.HEAPU8.buffer, scratch, 1)[0] === 0) continue;
      engine.FPDFPageObj_GetFillColor(object, scratch, scratch + 4, scratch + 8, scratch + 12);
      if (isWhiteAt(engine, scratch)) continue;
    }
    if (engine.FPDFPageObj_GetBounds(object, scratch, scratch + 4, scratch + 8, scratch + 12) !== 1) continue;
    out.push([...new Float32Array(engine.HEAPU8.buffer, scratch, 4)]);
  }
  return out;
}


/** Unicode-less control codes: glyphs (TeX ligatures, icons) the engine could not name. */
const isUnnamed = (code: number): boolean => code < 0x20 && code !== 0x09 && !isLineBreak(code);

const isLetter = (code: number): boolean => code > 0x40 && /\p{L}/u.test(String.fromCodePoint(code));

/**
 * A text page's characters → runs (pdf-runs.ts); rotated text is set apart. A glyph with no
 * Unicode value reads as the letters its /Differences name spells (TeX ligatures); those left
 * unknown inside words are counted.
 */
function readTextPage(engine: Pdfium, textPage: number, scratch: number, lowCodes: () => Map<number, string>, budget: ReadBudget | undefined, view: number[]): { items: TextItem[]; white: TextItem[]; rotated: string[]; turned: TurnedText[]; unnamed: number } {
  const runs = new RunBuilder();
  // Text at an angle (180° too: its pen runs right to left), placed in its own frame.
  const turned = new TurnedFrames();
  let frame: TurnedFrame | undefined;
  let unnamed = 0;
  let upright = true;
  let count = engine.FPDFText_CountChars(textPage);
  if (budget !== undefined) {
    const room = budget.limits.maxChars - budget.chars;
    if (count > room) {
      budget.truncate({ limit: 'maxChars', value: budget.limits.maxChars });
      count = Math.max(0, room);
    }
    budget.chars += count;
  }
  for (let i = 0; i < count; i++) {
    if (budget !== undefined && (i & (CLOCK_EVERY - 1)) === CLOCK_EVERY - 1) budget.checkTime();
    const code = engine.FPDFText_GetUnicode(textPage, i);
    if (engine.FPDFText_IsGenerated(textPage, i) === 1) {
      const into = upright || frame === undefined ? runs : frame.runs;
      if (isLineBreak(code)) into.lineBreak();
      else into.space();
      continue;
    }
    const hyphen = engine.FPDFText_IsHyphen(textPage, i) === 1;
    // A hyphen that breaks a word at a line's end comes back as U+0002.
    let char = hyphen ? '-' : charText(code);
    if (char === undefined) continue;
    if (!hyphen && isUnnamed(code)) {
      const letters = lowCodes().get(code);
      if (letters !== undefined) char = letters;
      // One between letters is a lost ligature (o[ffi]ce); one beside a word may be an icon or accent.
      else if (/\p{L}$/u.test(runs.current) && isLetter(engine.FPDFText_GetUnicode(textPage, i + 1))) unnamed++;
    }
    // A space between turned glyphs belongs to their frame, whatever matrix the engine gives it.
    if (!upright && frame !== undefined && char.trim() === '') {
      frame.runs.space();
      continue;
    }
    engine.FPDFText_GetMatrix(textPage, i, scratch);
    const m = engine.HEAPF32;
    const at = scratch >> 2;
    upright = Math.abs(m[at + 1]!) <= 0.1 * Math.abs(m[at]!) && m[at]! > 0;
    if (!upright) {
      readTurnedChar(engine, textPage, i, scratch, char, (frame = turned.frame(m[at]!, m[at + 1]!)));
      continue;
    }
    // What a reader sees: Tf's size scaled by the matrix (one PDF sets 19 pt and scales it to 8).
    const size = engine.FPDFText_GetFontSize(textPage, i) * Math.hypot(m[at + 2]!, m[at + 3]!);
    engine.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8);
    const x = engine.HEAPF64[scratch >> 3]!;
    const y = engine.HEAPF64[(scratch + 8) >> 3]!;
    engine.FPDFText_GetLooseCharBox(textPage, i, scratch);
    const right = Math.max(x, engine.HEAPF32[at + 2]!);
    engine.FPDFText_GetFillColor(textPage, i, scratch, scratch + 4, scratch + 8, scratch + 12);
    runs.add(char, x, y, right, size, isWhiteAt(engine, scratch));
  }
  return { ...runs.finish(), turned: turned.finish(view), unnamed };
}

/** A character at an angle, placed in its frame: its origin turned, its box's far end along the baseline as its right. */
function readTurnedChar(engine: Pdfium, textPage: number, i: number, scratch: number, char: string, frame: TurnedFrame): void {
  const m = engine.HEAPF32;
  const at = scratch >> 2;
  const size = engine.FPDFText_GetFontSize(textPage, i) * Math.hypot(m[at + 2]!, m[at + 3]!);
  const { cos, sin } = frame;
  engine.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8);
  const ox = engine.HEAPF64[scratch >> 3]!;
  const oy = engine.HEAPF64[(scratch + 8) >> 3]!;
  const x = ox * cos + oy * sin;
  const y = oy * cos - ox * sin;
  engine.FPDFText_GetLooseCharBox(textPage, i, scratch);
  const [left, top, right, bottom] = [m[at]!, m[at + 1]!, m[at + 2]!, m[at + 3]!];
  let end = x;
  for (const [cx, cy] of [[left, top], [right, top], [left, bottom], [right, bottom]] as const) end = Math.max(end, cx * cos + cy * sin);
  engine.FPDFText_GetFillColor(textPage, i, scratch, scratch + 4, scratch + 8, scratch + 12);
  frame.runs.add(char, x, y, end, size, isWhiteAt(engine, scratch));
}

function openDocument(engine: Pdfium, bytes: Uint8Array): { doc: number; data: number } {
  const data = engine.malloc(bytes.length);
  if (data === 0) throw extractError('out-of-memory');
  engine.HEAPU8.set(bytes, data);
  const doc = engine.FPDF_LoadMemDocument(data, bytes.length, 0);
  if (doc !== 0) return { doc, data };
  const error = engine.FPDF_GetLastError();
  engine.free(data);
  if (error === errPassword) throw extractError('encrypted');
  throw extractError('corrupt-pdf');
}

/** Lets the time cap's timer fire between pages: the engine's calls are synchronous. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Every page's text, and how many letters in words had glyphs without a Unicode value. An
 * engine that fails (past its memory cap it aborts) is dropped, and the next file starts a
 * new one; the pages read before it failed are kept, with TRUNCATED.
 */
export async function readPdfiumPages(bytes: Uint8Array, signal: AbortSignal, budget?: ReadBudget): Promise<{ pages: PageText[]; unnamed: number }> {
  const engine = await loadPdfium();
  const read: { pages: PageText[]; unnamed: number } = { pages: [], unnamed: 0 };
  try {
    await readWith(engine, bytes, signal, budget, read);
    return read;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    enginePromise = undefined;
    const memory = /memory|abort/i.test(`${String(err)} ${engineSaid}`);
    engineSaid = '';
    if (!memory) throw extractError('corrupt-pdf', err);
    if (read.pages.length === 0 || budget === undefined) throw extractError('engine-memory-cap', err);
    budget.truncate({ engineMemoryAt: read.pages.length + 1 });
    return read;
  }
}

/** Reads the pages into `read` as it goes, so that a failure keeps those before it. */
async function readWith(engine: Pdfium, bytes: Uint8Array, signal: AbortSignal, budget: ReadBudget | undefined, read: { pages: PageText[]; unnamed: number }): Promise<void> {
  const { doc, data } = openDocument(engine, bytes);
  const scratch = engine.malloc(32);
  let letters: Map<number, string> | undefined;
  const lowCodes = (): Map<number, string> => (letters ??= lowCodeLetters(bytes));
  let failed = false;
  try {
    let count = engine.FPDF_GetPageCount(doc);
    if (budget !== undefined && count > budget.limits.maxPages) {
      budget.truncate({ limit: 'maxPages', value: budget.limits.maxPages });
      count = budget.limits.maxPages;
    }
    for (let p = 0; p < count && !signal.aborted; p++) {
      if (budget !== undefined && budget.chars >= budget.limits.maxChars) {
        budget.truncate({ limit: 'maxChars', value: budget.limits.maxChars });
        break;
      }
      const page = engine.FPDF_LoadPage(doc, p);
      if (page === 0) throw extractError('corrupt-pdf-page', { page: p + 1 });
      const textPage = engine.FPDFText_LoadPage(page);
      try {
        engine.FPDF_GetPageBoundingBox(page, scratch);
        const f32 = engine.HEAPF32;
        const at = scratch >> 2;
        // The engine writes left, top, right, bottom.
        const view = [f32[at]!, f32[at + 3]!, f32[at + 2]!, f32[at + 1]!];
        const text = textPage === 0 ? { items: [], white: [], rotated: [], turned: [], unnamed: 0 } : readTextPage(engine, textPage, scratch, lowCodes, budget, view);
        const behind = text.white.length > 0 ? backdrops(engine, page, scratch) : [];
        const white: TextItem[] = [];
        for (const it of text.white) (onBackdrop(it, behind) ? text.items : white).push(it);
        read.pages.push({ items: text.items, view, rotated: text.rotated, white, turned: text.turned });
        read.unnamed += text.unnamed;
      } catch (err) {
        failed = !(err instanceof ExtractError);
        throw err;
      } finally {
        // An engine that aborted is never called again.
        if (!failed) {
          if (textPage !== 0) engine.FPDFText_ClosePage(textPage);
          engine.FPDF_ClosePage(page);
        }
      }
      await nextTurn();
    }
  } catch (err) {
    failed ||= !(err instanceof ExtractError);
    throw err;
  } finally {
    if (!failed) {
      engine.free(scratch);
      engine.FPDF_CloseDocument(doc);
      engine.free(data);
    }
  }
}
