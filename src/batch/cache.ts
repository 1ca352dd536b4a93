/**
 * An opt-in disk cache of extracted, normalized documents, so that scoring the same folder
 * against another posting skips PDF parsing. Off by default: entries hold the text of
 * resumes, i.e. personal data.
 *
 * An entry is keyed by the sha256 of the file's bytes and the extractor version, so a file
 * that changes, or an extractor that changes, simply misses. Entries are written to a temp
 * file and renamed into place, so concurrent workers never see half an entry; anything
 * unreadable is treated as a miss and rewritten.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../types.js';
import type { DocumentReader } from '../read-document.js';

/**
 * Bump whenever extraction or normalization can change a document's lines (a reader,
 * layout, normalize rule, PDF engine upgrade): old entries then miss instead of lying.
 */
export const EXTRACTOR_VERSION = 5;


export interface CacheOptions {
  /** Folder holding the entries; created on first write. */
  dir: string;
  /** Only for tests: the extractor version to key entries with. */
  version?: number;
}

/** sha256 over the extractor version, the reading mode (OCR or not) and the bytes, as hex. */
export function cacheKey(bytes: Uint8Array, version: number = EXTRACTOR_VERSION, mode = ''): string {
  return createHash('sha256').update(`jobfit-extract-v${version}${mode}\0`).update(bytes).digest('hex');
}

/** Two-level layout keeps folders small when thousands of resumes are cached. */
function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

interface Entry {
  version: number;
  doc: Document;
}

function isLine(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  return typeof l.n === 'number' && typeof l.page === 'number' && typeof l.text === 'string';
}

/** Shape check, so a truncated or hand-edited entry is a miss rather than a crash later. */
function isEntry(x: unknown, version: number): x is Entry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as { version?: unknown; doc?: Record<string, unknown> };
  const doc = e.doc;
  if (e.version !== version || typeof doc !== 'object' || doc === null) return false;
  return (
    typeof doc.format === 'string' &&
    Array.isArray(doc.lines) &&
    doc.lines.every(isLine) &&
    Array.isArray(doc.hidden) &&
    doc.hidden.every(isLine) &&
    Array.isArray(doc.warnings)
  );
}

/** The cached document for a key, or undefined on a miss or an unusable entry. */
export async function readEntry(dir: string, key: string, version: number = EXTRACTOR_VERSION): Promise<Document | undefined> {
  let text: string;
  try {
    text = await readFile(entryPath(dir, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isEntry(parsed, version) ? parsed.doc : undefined;
  } catch {
    return undefined;
  }
}

/** Writes an entry atomically; a cache that cannot be written never fails the file. */
export async function writeEntry(dir: string, key: string, doc: Document, version: number = EXTRACTOR_VERSION): Promise<void> {
  const path = entryPath(dir, key);
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
    const entry: Entry = { version, doc };
    await writeFile(temp, JSON.stringify(entry), { mode: 0o600 });
    await rename(temp, path);
  } catch {
    await rm(temp, { force: true }).catch(() => {});
  }
}

/**
 * Wraps a reader with the cache. Files the reader would refuse on size alone (empty, over
 * the cap, missing) go straight to it, so the cache never changes which errors come out;
 * only successful reads are stored, since errors such as TIMEOUT depend on the limits.
 */
export function cachedReader(read: DocumentReader, options: CacheOptions): DocumentReader {
  const version = options.version ?? EXTRACTOR_VERSION;
  return async (path, config) => {
    const size = await stat(path).then(
      (st) => (st.isFile() ? st.size : -1),
      () => -1,
    );
    if (size <= 0 || size > config.limits.maxBytes) return read(path, config);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      return read(path, config);
    }
    // OCR text is a different reading of the same bytes: it never answers a run without --ocr.
    const key = cacheKey(bytes, version, config.ocr ? '+ocr' : '');
    const hit = await readEntry(options.dir, key, version);
    if (hit) return { ok: true, doc: { ...hit, source: path } };
    const outcome = await read(path, config);
    if (outcome.ok) await writeEntry(options.dir, key, outcome.doc, version);
    return outcome;
  };
}
