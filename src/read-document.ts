/**
 * Step 1 of the pipeline (pipeline.ts): one file read into a document, extract then normalize.
 * Kept apart from the analysis so a worker thread, which only reads, loads only the readers.
 */
import { ExtractError, extractDocument } from './extract/index.js';
import { inputError } from './messages.js';
import { normalizeDocument } from './normalize/index.js';
import type { Config, Document, InputError } from './types.js';

/** Milliseconds a file spent in each step ('extract', 'normalize', 'cache', 'analyse', 'score'), for --verbose. */
export type Timings = Record<string, number>;

/** A document, with what each step took; or a coded error. */
export type FileOutcome = { ok: true; doc: Document; ms?: Timings } | { ok: false; error: InputError; ms?: Timings };

/** Reads a file into a document or a coded error (readDocument, or the cache in front of it). */
export type DocumentReader = (path: string, config: Config) => Promise<FileOutcome>;

/** Extract + normalize one file; every failure becomes a coded error, never an exception. */
export async function readDocument(path: string, config: Config): Promise<FileOutcome> {
  const start = performance.now();
  try {
    const raw = await extractDocument(path, { ...config.limits, ocr: config.ocr === true });
    const extracted = performance.now();
    const doc = { ...normalizeDocument(raw), source: path };
    return { ok: true, doc, ms: { extract: extracted - start, normalize: performance.now() - extracted } };
  } catch (error) {
    const ms = { extract: performance.now() - start };
    if (error instanceof ExtractError) return { ok: false, error: { source: path, code: error.code, message: error.message }, ms };
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, error: inputError(path, 'could-not-read', { reason: message }), ms };
  }
}
