/**
 * The pool task: one file read into a document, in a worker thread. Workers only read
 * (PDF, DOCX: the costly part); the main thread analyzes and scores what they send back,
 * so no worker builds the taxonomy and matcher (~200 ms and ~40 MB each).
 */
import { workerData } from 'node:worker_threads';
import { keepEngineOutputOffStderr } from '../extract/engine-console.js';
import type { Config } from '../types.js';
import { cachedReader } from './cache.js';
import { type DocumentReader, type FileOutcome, readDocument } from '../read-document.js';

/** What the main thread sends each worker once; structured-cloneable by construction. */
export interface WorkerData {
  config: Config;
  cacheDir?: string | undefined;
}

/** readDocument, through the cache when there is one. */
export function readerFor(cacheDir: string | undefined): DocumentReader {
  return cacheDir ? cachedReader(readDocument, { dir: cacheDir }) : readDocument;
}

let reader: DocumentReader | undefined;

export default function readFileTask(path: string): Promise<FileOutcome> {
  const data = workerData as WorkerData;
  if (reader === undefined) {
    // A worker's console is piped to the process's stderr.
    keepEngineOutputOffStderr();
    reader = readerFor(data.cacheDir);
  }
  return reader(path, data.config);
}
