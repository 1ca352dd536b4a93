/**
 * One resume file from path to report (Steps 1, 3–5), in whichever thread holds it: a worker
 * of the pool, or this thread for a small batch. Through the cache when there is one: the
 * stored analysis answers, else the stored text, and a fresh analysis is stored where it was
 * made, for the next posting.
 */
import { type Context, type FileResult, type FileTrace, analyzeForScoring, scoreAnalysis } from '../pipeline.js';
import type { Timings } from '../read-document.js';
import type { DocumentAnalysis, JobProfile } from '../types.js';
import { type ReadOutcome, writeAnalysis } from './cache.js';
import { collectGarbage } from './collect-garbage.js';
import { readerFor } from './worker.js';
import { exportWordIndex, useWordIndex } from '../match/text-evidence.js';

export interface FileScoringOptions {
  cacheDir?: string | undefined;
  /** With cacheDir: the seed of the run's analysis keys (cache.ts analysisSeed). */
  analysisSeed?: string | undefined;
}

export type FileScorer = (path: string, job: JobProfile) => Promise<ScoredFile>;

/** Reads, analyses and scores one file against the posting; a bad file is a coded error. */
export function fileScorer(ctx: Context, options: FileScoringOptions = {}): FileScorer {
  const read = readerFor(options.cacheDir, options.analysisSeed);
  const score = outcomeScorer(ctx, options);
  return async (path, job) => score(await read(path, ctx.config), job);
}

/** A file's result, with how it was read and what each step took (for --verbose). */
export type ScoredFile = FileResult & { trace?: FileTrace };

/** Steps 3–5 on a file already read (by a worker that only reads, or by fileScorer). */
export function outcomeScorer(ctx: Context, options: FileScoringOptions = {}): (outcome: ReadOutcome, job: JobProfile) => Promise<ScoredFile> {
  return async (outcome, job) => {
    const ms: Timings = { ...outcome.ms };
    if (!outcome.ok) return { ok: false, error: outcome.error, trace: { reader: undefined, cached: outcome.cached, ms } };
    const start = performance.now();
    let analysis: DocumentAnalysis;
    if ('analysis' in outcome) {
      analysis = outcome.analysis;
      // The lines as text evidence indexed them when the analysis was stored (a damaged index is worked out again).
      if (analysis.wordIndex) useWordIndex(analysis.lines, analysis.wordIndex);
    } else {
      // A file stopped at a reading limit may have left hundreds of MB behind (inflated
      // streams, operators): collect it before the analysis adds its own to the peak.
      if (outcome.doc.warnings.some((w) => w.code === 'TRUNCATED')) collectGarbage();
      analysis = analyzeForScoring(outcome.doc, ctx);
      ms.analyse = performance.now() - start;
      // Stored with the lines' word index, which scoring builds anyway (so it is built once here).
      if (options.cacheDir && options.analysisSeed && outcome.analysisKey) await writeAnalysis(options.cacheDir, outcome.analysisKey, options.analysisSeed, { ...analysis, wordIndex: exportWordIndex(analysis.lines) });
    }
    const analysed = performance.now();
    const result = scoreAnalysis(analysis, job, ctx);
    ms.score = performance.now() - analysed;
    return { ...result, trace: { reader: analysis.reader, cached: outcome.cached, ms } };
  };
}
