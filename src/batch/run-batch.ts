import { availableParallelism } from 'node:os';
import type { ReadOutcome } from './cache.js';
import type { Config } from '../types.js';
import type { WorkerData } from './worker.js';

export interface BatchOptions {
  /** Files parsed in parallel; default: available cores. */
  concurrency?: number | undefined;
  /** Folder for cached extracted text, keyed by content hash; no cache when absent. */
  cacheDir?: string | undefined;
  /** With cacheDir: the seed of the run's analysis keys (cache.ts), so stored analyses answer. */
  analysisSeed?: string | undefined;
}

/**
 * Below this many files a pool costs more than it saves (a worker starts in ~50 ms and warms
 * up its reader in ~0.3 s of CPU). An explicit --concurrency N > 1 always uses the pool, whose
 * workers then start as the batch needs them (pool.ts).
 */
const minFilesForPool = 8;

/** The compiled worker module next to this one (dist/batch/worker.js). */
const workerFile = new URL('./worker.js', import.meta.url);

/** A batch whose files are being read; what to do with each document is attached later. */
export interface Batch {
  /**
   * Hands each file's outcome to `use` as it is read, so JSONL and progress can stream; only
   * what `use` returns is kept, never the documents. Results come back in input-file order,
   * whatever order the files finished in (a file not read because the batch stopped is left out).
   */
  each<T>(use: (read: ReadOutcome, file: string) => T): Promise<T[]>;
  /** Stops reading, for a run that ends early (the posting could not be read). */
  cancel(): Promise<void>;
}

type Consumer = (index: number, read: ReadOutcome) => void;

/**
 * Starts reading the files. The pool's first worker starts at once, so PDFs are being parsed
 * while this thread builds the matcher and reads the posting; each document then waits (one
 * per worker at most) until each() is called. A small batch is read in this thread, in each().
 */
export function startBatch(files: string[], config: Config, options: BatchOptions = {}): Batch {
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const pooled = concurrency > 1 && (options.concurrency !== undefined || files.length >= minFilesForPool);
  let attach: (consumer: Consumer) => void = () => {};
  const consumer = new Promise<Consumer>((resolve) => (attach = resolve));
  const stop = new AbortController();
  const reading = pooled
    ? readInWorkers(files, config, { concurrency, cacheDir: options.cacheDir, analysisSeed: options.analysisSeed, signal: stop.signal }, async (index, read) => (await consumer)(index, read))
    : undefined;
  // A pool that fails to start is reported when the batch is scored, not as an unhandled rejection.
  reading?.catch(() => {});
  return {
    async each<T>(use: (read: ReadOutcome, file: string) => T): Promise<T[]> {
      const results: { value: T }[] = new Array<{ value: T }>(files.length);
      attach((index, read) => (results[index] = { value: use(read, files[index]!) }));
      await (reading ?? readInProcess(files, config, options, await consumer));
      // A sparse array: files never read (the batch was stopped) have no entry.
      return results.flatMap((r) => (r ? [r.value] : []));
    },
    async cancel() {
      stop.abort();
      await reading?.catch(() => {});
    },
  };
}

async function readInProcess(files: string[], config: Config, options: BatchOptions, consume: Consumer): Promise<void> {
  const { readerFor } = await import('./worker.js');
  const read = readerFor(options.cacheDir, options.analysisSeed);
  for (const [index, file] of files.entries()) consume(index, await read(file, config));
}

/** Workers read the files; this thread analyzes and scores each document as it comes back. */
async function readInWorkers(
  files: string[],
  config: Config,
  options: { concurrency: number; cacheDir: string | undefined; analysisSeed: string | undefined; signal: AbortSignal },
  onRead: (index: number, read: ReadOutcome) => Promise<void>,
): Promise<void> {
  // piscina is only loaded when a batch is big enough to need it.
  const { runPool } = await import('./pool.js');
  const workerData: WorkerData = { config, cacheDir: options.cacheDir, analysisSeed: options.analysisSeed };
  await runPool(files, { filename: workerFile.href, workerData, concurrency: options.concurrency, timeoutMs: config.limits.timeoutMs, signal: options.signal }, onRead);
}
