/**
 * A pool of worker threads (piscina) that reads files into documents, at most `concurrency`
 * at a time, each under a time cap. A worker stuck on a file is terminated and replaced;
 * the file becomes a TIMEOUT error and the batch goes on.
 */
import { Piscina } from 'piscina';
import type { InputError } from '../types.js';
import type { FileOutcome } from './read-document.js';

export interface PoolOptions {
  /** Worker module (path or file URL) whose default export reads one file into a FileOutcome. */
  filename: string;
  /** Sent once to every worker, which builds its context from it. */
  workerData: unknown;
  concurrency: number;
  /** Per-file time cap. */
  timeoutMs: number;
  /** Stops the pool: no file is started after it aborts, and none is reported. */
  signal?: AbortSignal;
}

/**
 * A worker's own extraction timer answers first when its event loop is free (no restart
 * needed); this margin only matters for a worker stuck in synchronous code.
 */
const killGraceMs = 250;

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** The error a file gets when its worker had to be stopped. */
export function timeoutError(source: string, timeoutMs: number): InputError {
  return { source, code: 'TIMEOUT', message: `parsing took longer than ${seconds(timeoutMs)} s; raise limits.timeoutMs or check the file` };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** A worker that died on a file (out of memory, a bug) fails that file, not the batch. */
export function workerFailure(source: string, error: unknown): InputError {
  if (errorCode(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { source, code: 'TOO_LARGE', message: 'reading it ran out of memory; check the file or re-export it' };
  }
  const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return { source, code: 'UNREADABLE', message: `could not be processed (${first})` };
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

/**
 * Runs every file through the pool and calls onResult(index, result) as each finishes, in
 * whatever order they finish. Only `concurrency` files are in flight, so each file's timer
 * starts when its work does, not while it waits in a queue, and at most twice that many
 * documents are held at once.
 */
export async function runPool(files: readonly string[], options: PoolOptions, onResult: (index: number, result: FileOutcome) => void | Promise<void>): Promise<void> {
  const size = Math.max(1, Math.min(options.concurrency, files.length));
  const pool = new Piscina({
    filename: options.filename,
    workerData: options.workerData,
    minThreads: size,
    maxThreads: size,
    concurrentTasksPerWorker: 1,
    // A capped heap makes each worker collect early: peak RSS for 1,000 resumes went from
    // ~500 MB to ~300 MB, at ~10% of speed.
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
    idleTimeout: 60_000,
    // Plain messages rather than a worker blocked in Atomics.wait between tasks, so that
    // pdf.js clean-up left pending after a file can still run.
    atomics: 'disabled',
  });
  let next = 0;
  const stopped = (): boolean => options.signal?.aborted === true;
  const start = (): { index: number; result: Promise<FileOutcome> } | undefined => {
    if (next >= files.length || stopped()) return undefined;
    const index = next++;
    return { index, result: runOne(pool, files[index]!, options.timeoutMs) };
  };
  // Each lane hands its worker the next file before reporting the one just read, so workers
  // parse while this thread scores: the worker is free at that moment, so the time cap
  // still starts when the work does.
  async function lane(): Promise<void> {
    for (let task = start(); task !== undefined; ) {
      const result = await task.result;
      const done = task.index;
      task = start();
      if (!stopped()) await onResult(done, result);
    }
  }
  try {
    await Promise.all(Array.from({ length: size }, lane));
  } finally {
    await pool.destroy();
  }
}

async function runOne(pool: Piscina, file: string, timeoutMs: number): Promise<FileOutcome> {
  try {
    return (await pool.run(file, { signal: AbortSignal.timeout(timeoutMs + killGraceMs) })) as FileOutcome;
  } catch (error) {
    return { ok: false, error: isAbort(error) ? timeoutError(file, timeoutMs) : workerFailure(file, error) };
  }
}
