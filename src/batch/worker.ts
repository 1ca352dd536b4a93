/**
 * What is done to one resume, wherever it runs: in a pool worker (the default export,
 * which piscina calls once per file) or in the main thread for small batches.
 */
import { workerData } from 'node:worker_threads';
import { scoreCandidate } from '../score/index.js';
import { claimedNotShown, fingerprint } from '../trust/index.js';
import type { JobProfile } from '../types.js';
import { cachedReader } from './cache.js';
import { type BatchContext, type BatchSpec, type FileResult, analyzeDocument, makeContext, processFile, readDocument } from './process-file.js';

/** What the main thread sends each worker once; structured-cloneable by construction. */
export interface WorkerData {
  spec: BatchSpec;
  job: JobProfile;
  cacheDir?: string | undefined;
}

/**
 * One resume end to end, reading through the cache when there is one. Without a cache this
 * is processFile itself; with one, processFile's steps with a caching reader.
 * TODO(lead): once processFile takes an optional reader, this becomes
 * `processFile(path, job, ctx, cacheDir ? cachedReader(readDocument, { dir: cacheDir }) : readDocument)`.
 */
export async function processWithCache(path: string, job: JobProfile, ctx: BatchContext, cacheDir: string | undefined): Promise<FileResult> {
  if (cacheDir === undefined) return processFile(path, job, ctx);
  const read = await cachedReader(readDocument, { dir: cacheDir })(path, ctx.config);
  if (!read.ok) return read;
  const resume = analyzeDocument(read.doc, ctx);
  const candidate = scoreCandidate(job, resume, { taxonomy: ctx.taxonomy, config: ctx.config, lines: read.doc.lines });
  const unshown = claimedNotShown(resume);
  if (unshown.length) (candidate.suggestions ??= []).push(`Claimed but never shown in a position or project: ${unshown.slice(0, 8).join(', ')}${unshown.length > 8 ? ` and ${unshown.length - 8} more` : ''}.`);
  return { ok: true, candidate, fingerprint: fingerprint(read.doc) };
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
