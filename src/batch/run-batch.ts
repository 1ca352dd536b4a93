import { availableParallelism } from 'node:os';
import type { CandidateReport, Config, InputError, JobProfile } from '../types.js';
import type { BatchContext, FileOutcome, FileResult } from './process-file.js';
import type { WorkerData } from './worker.js';

export type { BatchContext, BatchSpec } from './process-file.js';

export interface BatchResult {
  candidates: CandidateReport[];
  errors: InputError[];
}

export type OnFileDone = (outcome: { candidate?: CandidateReport; error?: InputError; file: string }) => void;

export interface BatchOptions {
  /** Files parsed in parallel; default: available cores. */
  concurrency?: number | undefined;
  /** Folder for cached extracted text, keyed by content hash; no cache when absent. */
  cacheDir?: string | undefined;
}

/**
 * Below this many files a pool costs more than it saves (a worker starts in ~50 ms and warms
 * up its reader in ~0.3 s of CPU). An explicit --concurrency N > 1 always uses the pool, whose
 * workers then start as the batch needs them (pool.ts).
 */
const minFilesForPool = 8;

/** The compiled worker module next to this one (dist/batch/worker.js). */
const workerFile = new URL('./worker.js', import.meta.url);

/** A batch whose files are being read; the job is attached when it has been read too. */
export interface Batch {
  /**
   * Scores each file as it is read, reporting each as it finishes so JSONL and progress can
   * stream; only the per-candidate reports are kept, never the documents. Candidates and
   * errors come back in input-file order, whatever order the files finished in.
   */
  score(job: JobProfile, ctx: BatchContext, onDone?: OnFileDone): Promise<BatchResult>;
  /** Stops reading, for a run that ends early (the posting could not be read). */
  cancel(): Promise<void>;
}

type Scorer = (index: number, read: FileOutcome) => void;

/**
 * Starts reading the files. The pool's first worker starts at once, so PDFs are being parsed
 * while this thread builds the matcher and reads the posting; each document then waits (one
 * per worker at most) until score() is called. A small batch is read in this thread, in score().
 */
export function startBatch(files: string[], config: Config, options: BatchOptions = {}): Batch {
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const pooled = concurrency > 1 && (options.concurrency !== undefined || files.length >= minFilesForPool);
  let attach: (scorer: Scorer) => void = () => {};
  const scorer = new Promise<Scorer>((resolve) => (attach = resolve));
  const stop = new AbortController();
  const reading = pooled
    ? readInWorkers(files, config, { concurrency, cacheDir: options.cacheDir, signal: stop.signal }, async (index, read) => (await scorer)(index, read))
    : undefined;
  // A pool that fails to start is reported when the batch is scored, not as an unhandled rejection.
  reading?.catch(() => {});
  return {
    async score(job, ctx, onDone = () => {}) {
      // Loaded here, not at start-up: the pool starts first and reads while this thread loads.
      const { scoreDocument } = await import('./process-file.js');
      const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
      attach((index, read) => {
        const result = read.ok ? scoreDocument(read.doc, job, ctx) : read;
        results[index] = result;
        const file = files[index]!;
        onDone(result.ok ? { candidate: result.candidate, file } : { error: result.error, file });
      });
      await (reading ?? readInProcess(files, config, options.cacheDir, await scorer));
      return inFileOrder(results, await import('../trust/index.js'));
    },
    async cancel() {
      stop.abort();
      await reading?.catch(() => {});
    },
  };
}

async function readInProcess(files: string[], config: Config, cacheDir: string | undefined, scored: Scorer): Promise<void> {
  const { readerFor } = await import('./worker.js');
  const read = readerFor(cacheDir);
  for (const [index, file] of files.entries()) scored(index, await read(file, config));
}

/** Workers read the files; this thread analyzes and scores each document as it comes back. */
async function readInWorkers(
  files: string[],
  config: Config,
  options: { concurrency: number; cacheDir: string | undefined; signal: AbortSignal },
  onRead: (index: number, read: FileOutcome) => Promise<void>,
): Promise<void> {
  // piscina is only loaded when a batch is big enough to need it.
  const { runPool } = await import('./pool.js');
  const workerData: WorkerData = { config, cacheDir: options.cacheDir };
  await runPool(files, { filename: workerFile.href, workerData, concurrency: options.concurrency, timeoutMs: config.limits.timeoutMs, signal: options.signal }, onRead);
}

type Duplicates = Pick<typeof import('../trust/index.js'), 'findDuplicates' | 'duplicateWarning'>;

function inFileOrder(results: (FileResult | undefined)[], duplicates: Duplicates): BatchResult {
  markDuplicates(results, duplicates);
  const candidates: CandidateReport[] = [];
  const errors: InputError[] = [];
  for (const result of results) {
    if (result === undefined) continue;
    if (result.ok) candidates.push(result.candidate);
    else errors.push(result.error);
  }
  return { candidates, errors };
}

/**
 * The same resume twice (same text, or the PDF and DOCX of one resume): every file stays in
 * the report (one entry per readable file is the contract), and each later copy carries
 * DUPLICATE_OF naming the first in sort order, so a recruiter sees one candidate, not two.
 * Only possible once every file is in, so JSONL lines already streamed do not carry it.
 */
function markDuplicates(results: (FileResult | undefined)[], { findDuplicates, duplicateWarning }: Duplicates): void {
  const scored = results.flatMap((r) => (r?.ok ? [r] : []));
  const bySource = new Map(scored.map((r) => [r.candidate.source, r.candidate]));
  const items = scored.map((r) => ({ source: r.candidate.source, fingerprint: r.fingerprint }));
  for (const group of findDuplicates(items)) {
    for (const source of group.duplicates) bySource.get(source)?.warnings.push(duplicateWarning(group.keep));
  }
}
