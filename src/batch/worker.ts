/**
 * The pool task of a small batch: one file read into a document, in a worker thread. These
 * workers only read (PDF, DOCX: the costly part) and load only the readers; the main thread
 * analyzes and scores what they send back, so no worker builds the taxonomy and matcher
 * (~200 ms and ~40 MB each). A large batch is analysed and scored in the workers too
 * (analyse-worker.ts; run-batch.ts decides).
 */
import { workerData } from 'node:worker_threads';
import { keepEngineOutputOffStderr } from '../extract/engine-console.js';
import type { Config } from '../types.js';
import { type CachedReader, type ReadOutcome, cachedAnalysisReader, cachedReader } from './cache.js';
import { readDocument } from '../read-document.js';

/** What the main thread sends each worker once; structured-cloneable by construction. */
export interface WorkerData {
  config: Config;
  cacheDir?: string | undefined;
  /** With a cache: the analysis seed (cache.ts analysisSeed), to answer with stored analyses. */
  analysisSeed?: string | undefined;
}

/** readDocument, through the cache when there is one: stored analyses too when given their seed. */
export function readerFor(cacheDir: string | undefined, analysisSeed?: string): CachedReader {
  if (!cacheDir) return readDocument;
  return analysisSeed ? cachedAnalysisReader(readDocument, { dir: cacheDir, seed: analysisSeed }) : cachedReader(readDocument, { dir: cacheDir });
}

let reader: CachedReader | undefined;

export default function readFileTask(path: string): Promise<ReadOutcome> {
  const data = workerData as WorkerData;
  if (reader === undefined) {
    // A worker's console is piped to the process's stderr.
    keepEngineOutputOffStderr();
    reader = readerFor(data.cacheDir, data.analysisSeed);
  }
  return reader(path, data.config);
}
