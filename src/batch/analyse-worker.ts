/**
 * The pool task of a large batch: one resume file read, analysed and scored in a worker
 * thread, so that this work spreads over the cores and the main thread only merges the
 * reports. Each worker builds its own context (taxonomy, occupations, word tables, the resume
 * matcher) as soon as it starts, while the main thread reads the posting; the posting then
 * comes with every task, serialized once into shared memory (shared-job.ts).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { keepEngineOutputOffStderr } from '../extract/engine-console.js';
import type { Settings } from '../config/settings.js';
import { makeContext } from '../pipeline.js';
import type { JobProfile } from '../types.js';
import { collectorOfFiles } from './collect-garbage.js';
import { type Lent, type SharedJob, lendJobParts, readSharedJob, requirementsById } from './shared-job.js';
import { type FileScorer, type ScoredFile, fileScorer } from './score-file.js';

/** What the main thread sends each worker once; structured-cloneable by construction. */
export interface AnalyseWorkerData {
  settings: Settings;
  cacheDir?: string | undefined;
  /** With a cache: the analysis seed (cache.ts analysisSeed), to answer with stored analyses. */
  analysisSeed?: string | undefined;
  /** Most files have their analysis stored (run-batch.ts scoresOnly): they are only scored. */
  scoresOnly?: boolean | undefined;
}

/** One file to read, analyse and score against the posting. */
export interface AnalyseTask {
  path: string;
  job: SharedJob;
}

/** A file's result as the worker sends it: the report with holes for the posting's own objects (shared-job.ts). */
export type WorkerResult = ScoredFile & { lent?: Lent };

let scorer: FileScorer | undefined;
let job: { id: string; profile: JobProfile; byId: ReturnType<typeof requirementsById> } | undefined;
const afterFile = collectorOfFiles();

function setUp(): FileScorer {
  if (scorer) return scorer;
  const data = workerData as AnalyseWorkerData;
  // A worker's console is piped to the process's stderr.
  keepEngineOutputOffStderr();
  const ctx = makeContext(data.settings);
  // The resume matcher is built now, before the first file, while the posting is being read;
  // a worker that only scores stored analyses builds it if a file needs analysing after all.
  if (!data.scoresOnly) ctx.findSkills('');
  scorer = fileScorer(ctx, { cacheDir: data.cacheDir, analysisSeed: data.analysisSeed });
  return scorer;
}

// Set up as soon as the worker has loaded, not when the first task comes.
if (!isMainThread) setImmediate(setUp);

export default async function scoreFileTask(task: AnalyseTask): Promise<WorkerResult> {
  const score = setUp();
  if (job?.id !== task.job.id) {
    const profile = readSharedJob(task.job);
    job = { id: task.job.id, profile, byId: requirementsById(profile) };
  }
  const result = await score(task.path, job.profile);
  afterFile(result, result.trace?.cached);
  return result.ok ? { ...result, lent: lendJobParts(result.candidate, job.byId) } : result;
}
