/**
 * A pool of worker threads (piscina) that processes files (reads them, or reads, analyses and
 * scores them: the worker module decides), at most `concurrency` at a time, each under a time
 * cap. A worker stuck on a file is terminated and replaced; the file becomes a TIMEOUT error
 * and the batch goes on.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { inputError } from '../messages.js';
import type { InputError } from '../types.js';

export interface PoolOptions {
  /** Worker module (path or file URL) whose default export turns one task into a result ({ ok, … }). */
  filename: string;
  /** Sent once to every worker, which builds its context from it. */
  workerData: unknown;
  /** At most this many workers; they start one at a time, as the batch needs them (readerGrowth). */
  concurrency: number;
  /** Cores to count on; default: available parallelism. */
  cores?: number;
  /**
   * The workers do all the work and this thread only merges what they send back, so it needs
   * no core of its own: a new worker counts a core as free when no other worker holds it.
   */
  mergeOnly?: boolean;
  /** Per-file time limit, as the TIMEOUT message words it. */
  timeoutMs: number;
  /** When a worker is stopped on a file; default timeoutMs and a short grace (the reader's own timer answers first). */
  killAfterMs?: number;
  /** The task a worker gets for a file; default the path. */
  task?: (file: string) => unknown;
  /** No file is handed out before this settles (the workers start, and set up, meanwhile). */
  ready?: Promise<unknown>;
  /** Stops the pool: no file is started after it aborts, and none is reported. */
  signal?: AbortSignal;
  /** A worker's heap limits, in MB; default 128 old, 48 young (see below). */
  heapMb?: { old: number; young: number };
  /**
   * The next file to hand out, shared with another pool over the same files (run-batch.ts:
   * a reading pool beside an analysing one), so each file is taken by whichever is free first.
   */
  cursor?: { next: number };
}

/** What a file comes back as when its worker had to be stopped or died. */
export type PoolFailure = { ok: false; error: InputError };

/**
 * A worker's own extraction timer answers first when its event loop is free (no restart
 * needed); this margin only matters for a worker stuck in synchronous code.
 */
export const killGraceMs = 250;

/** The error a file gets when its worker had to be stopped. */
export function timeoutError(source: string, timeoutMs: number): InputError {
  return inputError(source, 'worker-over-time-cap', { ms: timeoutMs });
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** A worker that died on a file (out of memory, a bug) fails that file, not the batch. */
export function workerFailure(source: string, error: unknown): InputError {
  if (errorCode(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
    return inputError(source, 'worker-out-of-memory');
  }
  const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return inputError(source, 'could-not-process', { reason: first });
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

/**
 * Runs every file through the pool and calls onResult(index, result) as each finishes, in
 * whatever order they finish. Only `concurrency` files are in flight, so each file's timer
 * starts when its work does, not while it waits in a queue, and at most twice that many
 * results are held at once.
 */
export async function runPool<R>(files: readonly string[], options: PoolOptions, onResult: (index: number, result: R | PoolFailure) => void | Promise<void>): Promise<void> {
  const size = Math.max(1, Math.min(options.concurrency, files.length));
  const pool = new Piscina({
    filename: options.filename,
    workerData: options.workerData,
    minThreads: 1,
    maxThreads: size,
    concurrentTasksPerWorker: 1,
    // A capped old generation makes each worker collect early: peak RSS for 1,000 resumes
    // went from ~500 MB to ~300 MB. The young one is left room: reading the corpus allocates
    // ~300 MB of short-lived numbers and glyphs, and a 16 MB young generation collected them in
    // ~70 scavenges (63 PDFs: 1.48 → 1.38 s, medians of 10; 1,000 resumes: 262 → 280 MB).
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb?.old ?? 128, maxYoungGenerationSizeMb: options.heapMb?.young ?? 48 },
    idleTimeout: 60_000,
    // Plain messages rather than a worker blocked in Atomics.wait between tasks, so that
    // pdf.js clean-up left pending after a file can still run.
    atomics: 'disabled',
  });
  const cursor = options.cursor ?? { next: 0 };
  let done = 0;
  const stopped = (): boolean => options.signal?.aborted === true;
  const killAfterMs = options.killAfterMs ?? options.timeoutMs + killGraceMs;
  const start = (): { index: number; result: Promise<R | PoolFailure> } | undefined => {
    if (cursor.next >= files.length || stopped()) return undefined;
    const index = cursor.next++;
    const file = files[index]!;
    return { index, result: runOne<R>(pool, file, options.task ? options.task(file) : file, options.timeoutMs, killAfterMs) };
  };
  const lanes: Promise<void>[] = [];
  // With mergeOnly, this thread's core is free for a worker too.
  const cores = (options.cores ?? availableParallelism()) + (options.mergeOnly ? 1 : 0);
  const grow = readerGrowth(size, cores, () => lanes.length, () => files.length - cursor.next, () => lanes.push(lane()));
  // Each lane hands its worker the next file before reporting the one just read, so workers
  // parse while this thread scores: the worker is free at that moment, so the time cap
  // still starts when the work does.
  async function lane(): Promise<void> {
    await options.ready;
    for (let task = start(); task !== undefined; ) {
      const result = await task.result;
      const index = task.index;
      task = start();
      if (!stopped()) await onResult(index, result);
      grow(++done);
    }
  }
  try {
    lanes.push(lane());
    // Lanes added while waiting are waited for too; the first failure is thrown once all end.
    const settled = [];
    for (let i = 0; i < lanes.length; i++) settled.push(await lanes[i]!.then(() => undefined, (error: unknown) => ({ error })));
    const failed = settled.find((s) => s !== undefined);
    if (failed) throw failed.error;
  } finally {
    await pool.destroy();
  }
}

/**
 * The waiting a new reader must be expected to save, in ms, when it has no core of its own:
 * starting and warming up a worker costs ~0.3 s of CPU taken from the others. Set so that on
 * two cores the 63 corpus PDFs keep one reader (1.22 s against 1.29 s with two, medians of
 * 10) and 150 resumes get a second (2.7 s against 2.9 s).
 */
const readerCostMs = 1500;
/** Files read between two looks at whether to add a reader. */
const window = 8;

/**
 * Readers start one at a time: this thread analyzes every document, so a small batch is done
 * sooner by one reader than by several warming up at once. Every few files, if this thread
 * sat idle a fifth of the time or more, waiting for documents, one more reader starts: at
 * once when a core is free for it (beside this thread and the readers), else only when
 * enough files are left for the waiting it saves to repay its start.
 */
function readerGrowth(size: number, cores: number, lanes: () => number, left: () => number, addLane: () => void): (done: number) => void {
  let since = performance.eventLoopUtilization();
  let sinceTime = 0;
  let sinceDone = 0;
  return (done) => {
    const now = performance.now();
    if (done === 1) {
      // The first document waited while this thread set up (the matcher, the posting): measure after it.
      since = performance.eventLoopUtilization();
      sinceTime = now;
      sinceDone = 1;
    }
    if (lanes() >= size || done - sinceDone < window) return;
    const idle = 1 - performance.eventLoopUtilization(since).utilization;
    const perFile = (now - sinceTime) / (done - sinceDone);
    const saving = left() * perFile * Math.min(idle, 0.5);
    if (idle > 0.2 && (lanes() + 1 < cores || saving > readerCostMs)) addLane();
    since = performance.eventLoopUtilization();
    sinceTime = now;
    sinceDone = done;
  };
}

async function runOne<R>(pool: Piscina, file: string, task: unknown, timeoutMs: number, killAfterMs: number): Promise<R | PoolFailure> {
  try {
    return (await pool.run(task, { signal: AbortSignal.timeout(killAfterMs) })) as R;
  } catch (error) {
    return { ok: false, error: isAbort(error) ? timeoutError(file, timeoutMs) : workerFailure(file, error) };
  }
}
