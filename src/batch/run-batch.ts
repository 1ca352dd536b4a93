import { availableParallelism } from 'node:os';
import type { Settings } from '../config/settings.js';
import type { Context } from '../pipeline.js';
import type { ScoredFile } from './score-file.js';
import type { JobProfile } from '../types.js';
import { type ReadOutcome, analysesStored } from './cache.js';
import type { SharedJob } from './shared-job.js';
import type { AnalyseTask, AnalyseWorkerData, WorkerResult } from './analyse-worker.js';
import type { WorkerData } from './worker.js';

export interface BatchOptions {
  /** Files processed in parallel; default: available cores. */
  concurrency?: number | undefined;
  /** Folder for cached extracted text and analyses, keyed by content hash; no cache when absent. */
  cacheDir?: string | undefined;
  /** With cacheDir: the seed of the run's analysis keys (cache.ts), so stored analyses answer. */
  analysisSeed?: string | undefined;
  /**
   * Pooled workers analyse and score as well as read (true), only read (false), or one worker
   * analyses and scores beside workers that read for this thread ('some'); default: from
   * minFilesForAnalysingWorkers files on, true with concurrency > 2 or analyses stored
   * (scoresOnly), 'some' with concurrency 2.
   */
  analyseInWorkers?: boolean | 'some' | undefined;
}

/**
 * Below this many files a pool costs more than it saves (a worker starts in ~50 ms and warms
 * up its reader in ~0.3 s of CPU). An explicit --concurrency N > 1 always uses the pool, whose
 * workers then start as the batch needs them (pool.ts).
 */
const minFilesForPool = 8;

/**
 * From this many files on, and with more than two threads to work with, the workers analyse
 * and score as well as read, and this thread only merges. Below it they only read and this
 * thread analyses and scores each document as it comes: an analysing worker builds its own
 * context and warms up the analysis code (~0.4 s of CPU, ~40 MB), which a small batch does
 * not repay. On two threads, all analysing workers took ~40% more CPU than this thread
 * analysing beside a reader (1,000 livecareer PDFs: 24.7 s against 17.7 s; a second context,
 * the code warmed up twice), but a lone reader sat idle most of the time while this thread
 * analysed (10.4 s of this thread's CPU against 3.9 s of the reader's). So there one worker
 * reads for this thread and one more reads, analyses and scores files of its own ('some',
 * mixedWorkers). With more cores this thread alone would bound the batch, and so it does on
 * two when the analyses are stored (scoresOnly).
 */
const minFilesForAnalysingWorkers = 200;

/**
 * A second posting over a folder whose analyses are stored only scores each resume: reading
 * a stored analysis is a fraction of the work, and a thread that only read would leave this
 * one scoring every file alone (the 2,484 livecareer PDFs: a worker idle 90% of the time, this
 * thread at 100%). Then the workers score too, on two cores as well.
 */
function scoresOnly(files: string[], settings: Settings, options: BatchOptions): boolean {
  if (!options.cacheDir || !options.analysisSeed) return false;
  return analysesStored(files, settings.config, { dir: options.cacheDir, seed: options.analysisSeed });
}

/** The compiled worker modules next to this one (dist/batch/): one that reads, one that also analyses and scores. */
const workerFile = new URL('./worker.js', import.meta.url);
const analyseWorkerFile = new URL('./analyse-worker.js', import.meta.url);

/** A batch whose workers are starting; the posting to score against is given later. */
export interface Batch {
  /**
   * Reads, analyses and scores each file against `job` and hands its result to `use` as it
   * is done, so JSONL and progress can stream; only what `use` returns is kept. Results come
   * back in input-file order, whatever order the files finished in (a file not done because
   * the batch stopped is left out).
   */
  each<T>(job: JobProfile, ctx: Context, use: (result: ScoredFile, file: string) => T): Promise<T[]>;
  /** Stops the batch, for a run that ends early (the posting could not be read). */
  cancel(): Promise<void>;
  /** This thread analyses and scores the files (it only merges when the workers do). */
  analysesHere: boolean;
}

type Consumer = (index: number, result: ScoredFile) => void;

/**
 * Starts the pool's first worker at once, so it loads and builds its context while this
 * thread reads the posting; files are handed out once each() gives the posting. A small
 * batch is done in this thread, in each().
 */
export function startBatch(files: string[], settings: Settings, options: BatchOptions = {}): Batch {
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const pooled = concurrency > 1 && (options.concurrency !== undefined || files.length >= minFilesForPool);
  const scoring = pooled && options.analyseInWorkers === undefined && files.length >= minFilesForAnalysingWorkers && scoresOnly(files, settings, options);
  const large = files.length >= minFilesForAnalysingWorkers;
  const where = options.analyseInWorkers ?? (large && (concurrency > 2 || scoring) ? true : large && concurrency === 2 ? 'some' : false);
  const analysing = pooled && where === true;
  const mixed = pooled && where === 'some';
  let attach: (start: Start) => void = () => {};
  const started = new Promise<Start>((resolve) => (attach = resolve));
  const stop = new AbortController();
  const pool = { ...options, concurrency, signal: stop.signal, scoresOnly: scoring };
  const working = !pooled
    ? undefined
    : analysing
      ? analysingWorkers(files, settings, pool, started)
      : mixed
        ? mixedWorkers(files, settings, pool, started)
        : readingWorkers(files, settings, pool, started);
  // A pool that fails to start is reported when the batch is scored, not as an unhandled rejection.
  working?.catch(() => {});
  return {
    analysesHere: !analysing,
    async each<T>(job: JobProfile, ctx: Context, use: (result: ScoredFile, file: string) => T): Promise<T[]> {
      const results: { value: T }[] = new Array<{ value: T }>(files.length);
      const consume: Consumer = (index, result) => (results[index] = { value: use(result, files[index]!) });
      attach({ job, ctx, consume });
      await (working ?? inProcess(files, job, ctx, options, consume));
      // A sparse array: files never done (the batch was stopped) have no entry.
      const done = results.flatMap((r) => (r ? [r.value] : []));
      // The pool's closures hold this array until the batch is dropped: not the results too.
      results.length = 0;
      return done;
    },
    async cancel() {
      stop.abort();
      attach(undefined);
      await working?.catch(() => {});
    },
  };
}

/** What each() brings: the posting, the context, and where results go; undefined when cancelled. */
type Start = { job: JobProfile; ctx: Context; consume: Consumer } | undefined;
type PoolRun = BatchOptions & { concurrency: number; signal: AbortSignal; scoresOnly: boolean };

async function inProcess(files: string[], job: JobProfile, ctx: Context, options: BatchOptions, consume: Consumer): Promise<void> {
  const { fileScorer } = await import('./score-file.js');
  const score = fileScorer(ctx, options);
  for (const [index, file] of files.entries()) consume(index, await score(file, job));
}

/**
 * A large batch on two threads: a reading worker feeds this thread, which analyses and scores
 * what it reads, and beside them an analysing worker takes files of its own from the same
 * list, so that both cores stay busy. Reading alone, the worker sat idle half the time while
 * this thread analysed (analysis costs about twice the reading); analysing alone, two workers
 * took ~40% more CPU than this thread and a reader (a second context, warmed up twice).
 * Whichever is free takes the next file, so the share of each follows their speeds.
 */
async function mixedWorkers(files: string[], settings: Settings, options: PoolRun, started: Promise<Start>): Promise<void> {
  const cursor = { next: 0 };
  const [reading, analysing] = await Promise.allSettled([
    readingWorkers(files, settings, { ...options, concurrency: Math.max(1, options.concurrency - 1) }, started, cursor),
    analysingWorkers(files, settings, { ...options, concurrency: 1 }, started, cursor),
  ]);
  for (const done of [reading, analysing]) if (done.status === 'rejected') throw done.reason;
}

/** A small batch: workers read the files; this thread analyses and scores each document as it comes back. */
async function readingWorkers(files: string[], settings: Settings, options: PoolRun, started: Promise<Start>, cursor?: { next: number }): Promise<void> {
  // piscina is only loaded when a batch is big enough to need it.
  const [{ runPool }, { outcomeScorer }] = await Promise.all([import('./pool.js'), import('./score-file.js')]);
  const workerData: WorkerData = { config: settings.config, cacheDir: options.cacheDir, analysisSeed: options.analysisSeed };
  let use: (index: number, read: ReadOutcome) => Promise<void> = async () => {};
  // Files are read while this thread reads the posting; each document then waits (one per worker at most) for it.
  const ready = started.then((start) => {
    if (!start) return;
    const score = outcomeScorer(start.ctx, options);
    use = async (index, read) => start.consume(index, await score(read, start.job));
  });
  await runPool<ReadOutcome>(
    files,
    { filename: workerFile.href, workerData, concurrency: options.concurrency, timeoutMs: settings.config.limits.timeoutMs, signal: options.signal, cursor },
    async (index, read) => {
      await ready;
      await use(index, read);
    },
  );
}

/** A large batch: workers read, analyse and score the files; this thread merges what they send back. */
async function analysingWorkers(files: string[], settings: Settings, options: PoolRun, started: Promise<Start>, cursor?: { next: number }): Promise<void> {
  const [{ runPool, killGraceMs }, { shareJob, requirementsById, restoreJobParts }] = await Promise.all([import('./pool.js'), import('./shared-job.js')]);
  const workerData: AnalyseWorkerData = { settings, cacheDir: options.cacheDir, analysisSeed: options.analysisSeed, scoresOnly: options.scoresOnly };
  let shared: SharedJob | undefined;
  let byId: ReturnType<typeof requirementsById> = new Map();
  let consume: Consumer = () => {};
  // No file is handed out before the posting is read: the workers set up meanwhile.
  const ready = started.then((start) => {
    if (!start || options.signal.aborted) return;
    consume = start.consume;
    shared = shareJob(start.job);
    byId = requirementsById(start.job);
  });
  const timeoutMs = settings.config.limits.timeoutMs;
  await runPool<WorkerResult>(
    files,
    {
      filename: analyseWorkerFile.href,
      workerData,
      concurrency: options.concurrency,
      mergeOnly: true,
      timeoutMs,
      // The reader stops itself at timeoutMs; the analysis after it gets as long again before
      // the worker is stopped (a worker only stops unanswered when stuck in synchronous code).
      killAfterMs: 2 * timeoutMs + killGraceMs,
      task: (path): AnalyseTask => ({ path, job: shared! }),
      // A worker that analyses holds ~40 MB for good (its context, remembered stems and
      // titles). Under a 128 MB cap V8 ran a full collection every few files once that had
      // grown (228 in one worker over the 2,484 livecareer PDFs, CPU 62 s against 42 s);
      // with room to grow it runs ~30, and the worker collects every 100 files itself. A
      // smaller young generation than a reading worker's keeps two of them under the peak
      // RSS of the batch (1,000 PDFs: ~270 MB with 24, ~310 MB with 48, CPU alike). A worker
      // that only scores stored analyses parses one per file and scores it: with 24 MB each
      // analysis outlived a scavenge or two (~180 per worker, 20–35 ms the slow ones); 48 took
      // 7% less CPU over the 2,484 livecareer PDFs (8.6 s against 9.2 s; peak RSS 275 → 305 MB).
      heapMb: { old: 256, young: options.scoresOnly ? 48 : 24 },
      ready,
      signal: options.signal,
      cursor,
    },
    (index, result) => {
      if (!result.ok) return consume(index, result);
      const { lent, ...fileResult } = result;
      if (lent) restoreJobParts(fileResult.candidate, lent, byId);
      consume(index, fileResult);
    },
  );
}
