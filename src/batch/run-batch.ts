import type { CandidateReport, InputError, JobProfile } from '../types.js';
import { type BatchContext, processFile } from './process-file.js';

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
 * Scores files, reporting each as it finishes so JSONL and progress can stream; only the
 * per-candidate reports are kept, never the documents.
 */
export async function scoreFiles(job: JobProfile, files: string[], ctx: BatchContext, options: BatchOptions = {}): Promise<BatchResult> {
  const onDone = options.onDone ?? (() => {});
  const candidates: CandidateReport[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    const result = await processFile(file, job, ctx);
    if (result.ok) {
      candidates.push(result.candidate);
      onDone({ candidate: result.candidate, file });
    } else {
      errors.push(result.error);
      onDone({ error: result.error, file });
    }
  }
  return { candidates, errors };
}
