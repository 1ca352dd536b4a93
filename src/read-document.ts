/**
 * Step 1 of the pipeline (pipeline.ts): one file read into a document, extract then normalize.
 * Kept apart from the analysis so a worker thread, which only reads, loads only the readers.
 */
import { ExtractError, extractDocument } from './extract/index.js';
import { normalizeDocument } from './normalize/index.js';
import type { Config, Document, InputError } from './types.js';

export type FileOutcome = { ok: true; doc: Document } | { ok: false; error: InputError };

/** Reads a file into a document or a coded error (readDocument, or the cache in front of it). */
export type DocumentReader = (path: string, config: Config) => Promise<FileOutcome>;

/** Extract + normalize one file; every failure becomes a coded error, never an exception. */
export async function readDocument(path: string, config: Config): Promise<FileOutcome> {
  try {
    const raw = await extractDocument(path, { ...config.limits, ocr: config.ocr === true });
    return { ok: true, doc: { ...normalizeDocument(raw), source: path } };
  } catch (error) {
    if (error instanceof ExtractError) return { ok: false, error: { source: path, code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, error: { source: path, code: 'UNREADABLE', message: `could not be read (${message})` } };
  }
}
