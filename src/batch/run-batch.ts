import { availableParallelism } from 'node:os';
import { compilePdfium } from '../extract/pdfium.js';
import { duplicateWarning, findDuplicates } from '../trust/index.js';
import type { CandidateReport, InputError, JobProfile } from '../types.js';
import { type BatchContext, type FileOutcome, type FileResult, scoreDocument } from './process-file.js';
import { type WorkerData, readerFor } from './worker.js';

export { type BatchContext, type BatchSpec, analyzeDocument, makeContext, readDocument } from './process-file.js';

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
  onDone?: OnFileDone;
}

/**
 * Below this many files a pool costs more than it saves (a worker starts in ~50 ms and loads
 * PDFium in ~60 ms more). An explicit --concurrency N > 1 always uses the pool.
 */
const minFilesForPool = 8;

/** The compiled worker module next to this one (dist/batch/worker.js). */
const workerFile = new URL('./worker.js', import.meta.url);

/**
 * Scores files, reporting each as it finishes so JSONL and progress can stream; only the
 * per-candidate reports are kept, never the documents. Candidates and errors come back in
 * input-file order, whatever order the files finished in, so output never depends on timing.
 */
export async function scoreFiles(job: JobProfile, files: string[], ctx: BatchContext, options: BatchOptions = {}): Promise<BatchResult> {
  const onDone = options.onDone ?? (() => {});
  const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
  const finish = (index: number, read: FileOutcome): void => {
    const result = read.ok ? scoreDocument(read.doc, job, ctx) : read;
    results[index] = result;
    const file = files[index]!;
    onDone(result.ok ? { candidate: result.candidate, file } : { error: result.error, file });
  };
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  if (concurrency === 1 || (options.concurrency === undefined && files.length < minFilesForPool)) await runInProcess(files, ctx, options.cacheDir, finish);
  else await runInWorkers(files, ctx, { concurrency, cacheDir: options.cacheDir }, finish);
  return inFileOrder(results);
}

type Finish = (index: number, read: FileOutcome) => void;

async function runInProcess(files: string[], ctx: BatchContext, cacheDir: string | undefined, finish: Finish): Promise<void> {
  const read = readerFor(cacheDir);
  for (const [index, file] of files.entries()) finish(index, await read(file, ctx.config));
}

/** Workers read the files; this thread analyzes and scores each document as it comes back. */
async function runInWorkers(
  files: string[],
  ctx: BatchContext,
  options: { concurrency: number; cacheDir: string | undefined },
  finish: Finish,
): Promise<void> {
  // piscina is only loaded when a batch is big enough to need it.
  const { runPool } = await import('./pool.js');
  const pdfium = files.some((f) => /\.pdf$/i.test(f)) ? await compilePdfium() : undefined;
  const workerData: WorkerData = { config: ctx.config, cacheDir: options.cacheDir, pdfium };
  await runPool(files, { filename: workerFile.href, workerData, concurrency: options.concurrency, timeoutMs: ctx.config.limits.timeoutMs }, finish);
}

function inFileOrder(results: (FileResult | undefined)[]): BatchResult {
  markDuplicates(results);
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
function markDuplicates(results: (FileResult | undefined)[]): void {
  const scored = results.flatMap((r) => (r?.ok ? [r] : []));
  const bySource = new Map(scored.map((r) => [r.candidate.source, r.candidate]));
  const items = scored.map((r) => ({ source: r.candidate.source, fingerprint: r.fingerprint }));
  for (const group of findDuplicates(items)) {
    for (const source of group.duplicates) bySource.get(source)?.warnings.push(duplicateWarning(group.keep));
  }
}
