/**
 * What is done to one resume, wherever it runs: in a pool worker (the default export,
 * which piscina calls once per file) or in the main thread for small batches.
 */
import { workerData } from 'node:worker_threads';
import type { JobProfile } from '../types.js';
import { cachedReader } from './cache.js';
import { type BatchContext, type BatchSpec, type FileResult, makeContext, processFile, readDocument } from './process-file.js';

/** What the main thread sends each worker once; structured-cloneable by construction. */
export interface WorkerData {
  spec: BatchSpec;
  job: JobProfile;
  cacheDir?: string | undefined;
}

/** One resume end to end, reading through the cache when there is one. */
export function processWithCache(path: string, job: JobProfile, ctx: BatchContext, cacheDir: string | undefined): Promise<FileResult> {
  return processFile(path, job, ctx, cacheDir ? cachedReader(readDocument, { dir: cacheDir }) : readDocument);
}

let state: { data: WorkerData; ctx: BatchContext } | undefined;

/** The taxonomy and matcher cost ~200 ms to build: once per worker, on its first file. */
function workerState(): { data: WorkerData; ctx: BatchContext } {
  if (state === undefined) {
    const data = workerData as WorkerData;
    state = { data, ctx: makeContext(data.spec) };
  }
  return state;
}

/** The pool task: one file path in, one small result out. */
export default async function scoreFileTask(path: string): Promise<FileResult> {
  const { data, ctx } = workerState();
  return processWithCache(path, data.job, ctx, data.cacheDir);
}
