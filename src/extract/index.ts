/**
 * extract: file bytes → raw lines with page numbers, hidden text and warnings.
 * Step 1: refuse what cannot be read (missing, empty, too large).
 * Step 2: detect the format from magic bytes, then the extension.
 * Step 3: run the format's reader under the time cap and the other limits.
 * Step 4: judge the result (no text, little text).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_CONFIG } from '../config/index.js';
import type { DocFormat, ExtractedDoc, Limits, RawLine, Reader } from '../types.js';
import { ReadBudget } from './budget.js';
import { ExtractError, extractError } from './errors.js';
import type { ExtractOptions, ReaderResult } from './types.js';
import { formatFromName, isEncryptedPackage, looksBinary, sniffFormat } from './detect-format.js';
import { readMarkdown, readPlainText } from './office/read-text.js';
import { readPdf } from './pdf/read-pdf.js';
import { readRtf } from './office/read-rtf.js';
import { diagnostic } from '../messages.js';

export { ExtractError } from './errors.js';
export type { ExtractOptions, ReaderResult } from './types.js';



/**
 * Reads one file; throws ExtractError (never anything else) when it cannot. Asynchronously on
 * purpose: read synchronously, a batch gave V8 no turn of the event loop between files, and
 * the hostile batch in this thread peaked at ~640 MB instead of ~440 MB.
 */
export async function extractDocument(path: string, options: ExtractOptions): Promise<ExtractedDoc> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw extractError('not-a-file');
    size = st.size;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw extractError('not-found', err);
  }
  if (size > options.maxBytes) throw tooLarge(size, options.maxBytes);
  if (size === 0) throw extractError('empty-file');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw extractError('cannot-read-file', err);
  }
  return extractBuffer(bytes, path, options);
}

/** The same from bytes already read (name only for messages and the extension hint). */
export async function extractBuffer(bytes: Uint8Array, name: string, options: ExtractOptions): Promise<ExtractedDoc> {
  if (bytes.length === 0) throw extractError('empty-file');
  if (bytes.length > options.maxBytes) throw tooLarge(bytes.length, options.maxBytes);
  const controller = new AbortController();
  const budget = new ReadBudget(limitsOf(options), controller.signal);
  let timer: NodeJS.Timeout | undefined;
  // The timer answers while a reader waits (a worker, an engine between pages); a reader busy
  // in a loop sees the budget's deadline instead.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(budget.timeout());
    }, options.timeoutMs);
  });
  try {
    const read = await Promise.race([readByFormat(bytes, name, options, budget), timeout]);
    const kept = keepWithinLimits(read, budget);
    return judge({ source: basename(name), format: read.format, pages: read.pages, lines: kept.lines, hidden: kept.hidden, warnings: [...read.warnings, ...budget.warnings()], reader: read.reader ?? READER_OF[read.format] });
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    if (err instanceof RangeError) throw extractError('nested-too-deep', err);
    throw extractError('corrupt-content', err);
  } finally {
    clearTimeout(timer);
  }
}

function limitsOf(options: ExtractOptions): Limits {
  const limits = { ...DEFAULT_CONFIG.limits };
  for (const key of Object.keys(limits) as (keyof Limits)[]) {
    const v = options[key];
    if (typeof v === 'number') limits[key] = v;
  }
  return limits;
}

/** Any reader's lines held to maxParagraphs and maxChars (the PDF and XML readers also stop early). */
function keepWithinLimits(read: Read, budget: ReadBudget): { lines: RawLine[]; hidden: RawLine[] } {
  const { maxParagraphs, maxChars } = budget.limits;
  const cut = (lines: RawLine[]): RawLine[] => {
    let chars = 0;
    let n = 0;
    while (n < lines.length && n < maxParagraphs && (chars += lines[n]!.text.length) <= maxChars) n++;
    if (n === lines.length) return lines;
    budget.truncate(n >= maxParagraphs ? { limit: 'maxParagraphs', value: maxParagraphs } : { limit: 'maxChars', value: maxChars });
    return lines.slice(0, n);
  };
  return { lines: cut(read.lines), hidden: cut(read.hidden) };
}

function tooLarge(size: number, max: number): ExtractError {
  return extractError('over-size-cap', { size, max });
}

type Read = ReaderResult & { format: DocFormat };

/** The reader of each format, for readers that do not name an engine (a PDF's reader does). */
const READER_OF: Record<DocFormat, Reader> = { pdf: 'plain-pdf', docx: 'docx', doc: 'docx', odt: 'odt', rtf: 'rtf', txt: 'text', md: 'markdown' };

async function readByFormat(bytes: Uint8Array, name: string, options: ExtractOptions, budget: ReadBudget): Promise<Read> {
  const sniffed = sniffFormat(bytes);
  const hinted = formatFromName(name);
  if (sniffed === 'pdf') return { ...(await readPdf(bytes, budget, { ocr: options.ocr === true })), format: 'pdf' };
  if (sniffed === 'zip') {
    // jszip and the DOCX/ODT readers load only when a package is read (~50 ms of start-up).
    const { readZipDocument } = await import('./office/read-zip.js');
    const read = await readZipDocument(bytes, options.maxBytes, budget);
    return { ...read, format: read.format ?? 'docx' };
  }
  if (sniffed === 'rtf') return { ...readRtf(bytes), format: 'rtf' };
  // Office saves a password-protected DOCX as an OLE compound file, like a legacy .doc.
  if (sniffed === 'doc' && isEncryptedPackage(bytes)) throw extractError('encrypted');
  if (sniffed === 'doc') throw extractError('legacy-doc');
  // No magic bytes: a container extension on non-container bytes is a broken file.
  if (hinted === 'pdf' || hinted === 'docx' || hinted === 'odt' || hinted === 'doc') {
    throw extractError('not-valid-file', { ext: hinted });
  }
  if (looksBinary(bytes)) throw extractError('unknown-binary');
  if (hinted === 'md') return { pages: 1, lines: readMarkdown(bytes), hidden: [], warnings: [], format: 'md' };
  if (hinted === 'rtf') throw extractError('not-valid-rtf');
  return { pages: 1, lines: readPlainText(bytes), hidden: [], warnings: [], format: 'txt' };
}

/** Chars that count as text for the NO_TEXT / LOW_TEXT checks. */
function visibleChars(lines: RawLine[]): number {
  let n = 0;
  for (const l of lines) n += l.text.replace(/[\s\p{Co}]/gu, '').length;
  return n;
}

function judge(doc: ExtractedDoc): ExtractedDoc {
  const chars = visibleChars(doc.lines);
  if (chars === 0) {
    if (doc.format === 'pdf') throw extractError('no-text-layer');
    throw extractError('no-text');
  }
  if (chars < 200) {
    doc.warnings.push(diagnostic({ code: 'LOW_TEXT', chars, pages: doc.pages }));
  }
  return doc;
}
