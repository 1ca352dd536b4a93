import { extractDocument } from '../../src/extract/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import type { Document } from '../../src/types.js';

/** Bounds a corpus test reads one file within, as the CLI's defaults would. */
export const CORPUS_LIMITS = { maxBytes: 20_000_000, timeoutMs: 30_000 };

/** A corpus file read and normalized as analysis sees it; null when it cannot be read (the test counts it as unread). */
export async function readCorpusDocument(file: string): Promise<Document | null> {
  try {
    return normalizeDocument(await extractDocument(file, CORPUS_LIMITS));
  } catch {
    return null;
  }
}
