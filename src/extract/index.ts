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
import type { DocFormat, ExtractedDoc, Limits, RawLine } from '../types.js';
import { ReadBudget } from './budget.js';
import { ExtractError, extractError } from './errors.js';
import type { ExtractOptions, ReaderResult } from './types.js';
import { formatFromName, isEncryptedPackage, looksBinary, sniffFormat } from './detect-format.js';
import { readMarkdown, readPlainText } from './office/read-text.js';
import { readPdf } from './pdf/read-pdf.js';
import { readRtf } from './office/read-rtf.js';

export { ExtractError } from './errors.js';
export type { ExtractOptions, ReaderResult } from './types.js';



/** Reads one file; throws ExtractError (never anything else) when it cannot. */
export async function extractDocument(path: string, options: ExtractOptions): Promise<ExtractedDoc> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw extractError('UNSUPPORTED', 'not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw extractError('NOT_FOUND', undefined, err);
  }
  if (size > options.maxBytes) throw tooLarge(size, options.maxBytes);
  if (size === 0) throw extractError('EMPTY');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw extractError('UNREADABLE', 'cannot read the file; check its permissions', err);
  }
  return extractBuffer(bytes, path, options);
}

/** The same from bytes already read (name only for messages and the extension hint). */
export async function extractBuffer(bytes: Uint8Array, name: string, options: ExtractOptions): Promise<ExtractedDoc> {
  if (bytes.length === 0) throw extractError('EMPTY');
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
    return judge({ source: basename(name), format: read.format, pages: read.pages, lines: kept.lines, hidden: kept.hidden, warnings: [...read.warnings, ...budget.warnings()] });
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    if (err instanceof RangeError) throw extractError('TOO_LARGE', 'reading it took too much memory (nested too deep or too large); re-export it', err);
    throw extractError('UNREADABLE', 'corrupt or unexpected content; re-export it from the original', err);
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
    budget.truncate(n >= maxParagraphs ? `limits.maxParagraphs: ${maxParagraphs}` : `limits.maxChars: ${maxChars}`);
    return lines.slice(0, n);
  };
  return { lines: cut(read.lines), hidden: cut(read.hidden) };
}

function tooLarge(size: number, max: number): ExtractError {
  const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
  return extractError('TOO_LARGE', `${mb(size)} is over the ${mb(max)} cap; raise the size cap or shrink the file`);
}

type Read = ReaderResult & { format: DocFormat };

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
  if (sniffed === 'doc' && isEncryptedPackage(bytes)) throw extractError('ENCRYPTED');
  if (sniffed === 'doc') throw extractError('UNSUPPORTED', 'legacy .doc is not supported; save as .docx or PDF');
  // No magic bytes: a container extension on non-container bytes is a broken file.
  if (hinted === 'pdf' || hinted === 'docx' || hinted === 'odt' || hinted === 'doc') {
    throw extractError('UNREADABLE', `not a valid .${hinted} file (corrupt, or a lock/temporary file); re-export it`);
  }
  if (looksBinary(bytes)) throw extractError('UNSUPPORTED', 'binary file of unknown format; save as PDF, DOCX or plain text');
  if (hinted === 'md') return { pages: 1, lines: readMarkdown(bytes), hidden: [], warnings: [], format: 'md' };
  if (hinted === 'rtf') throw extractError('UNREADABLE', 'not a valid .rtf file; re-export it');
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
    if (doc.format === 'pdf') throw extractError('NO_TEXT');
    throw extractError('EMPTY', 'no text in the document');
  }
  if (chars < 200) {
    const where = doc.pages > 1 ? ` over ${doc.pages} pages; some pages may be images` : '';
    doc.warnings.push({ code: 'LOW_TEXT', message: `only ${chars} characters of text${where}` });
  }
  return doc;
}
