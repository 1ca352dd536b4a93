/** `jobfit score`: rank resumes against a posting, through the pipeline. */
import { collectInputs, shardOf } from '../batch/collect-inputs.js';
import { type SortKey, rank, startScoring } from '../pipeline.js';
import { candidateLine, renderScore } from '../render/index.js';
import type { ScoreFormat } from '../render/formats.js';
import type { ScoreReport } from '../types.js';
import { type Gate, exitCodeFor } from './exit-codes.js';
import { look } from './look.js';
import { openOutput } from './output.js';
import { makeProgress } from './progress.js';
import { type CommonOptions, readSettings } from './settings.js';
import { parseShard } from './shard.js';

export interface ScoreOptions extends CommonOptions {
  format: ScoreFormat;
  minScore?: number;
  gate: Gate;
  top?: number;
  sort: SortKey;
  mustHave?: 'all';
  explain?: boolean;
  details?: boolean;
  shard?: string;
  concurrency?: number;
  cache?: string | boolean;
}

export async function runScore(jobPath: string, resumePaths: string[], options: ScoreOptions): Promise<void> {
  const settings = await readSettings(options);
  const shard = parseShard(options.shard);
  const { files, errors: inputErrors } = await collectInputs(resumePaths);
  const selected = shardOf(files, shard);
  const cacheDir = options.cache === true ? '.jobfit-cache' : options.cache || undefined;
  const scoring = await startScoring(jobPath, selected, settings, { concurrency: options.concurrency, cacheDir, allowNoFiles: inputErrors.length > 0 });

  const out = await openOutput(options.output);
  const progress = makeProgress(selected.length, options);
  const streamJsonl = options.format === 'jsonl' && options.sort === 'score' && !options.top && !options.mustHave;
  const { candidates, errors } = await scoring.finish(({ candidate, error }) => {
    progress.tick(error);
    if (error && (options.format === 'table' || options.format === 'csv') && !options.quiet) process.stderr.write(`jobfit: ${error.source}: ${error.code} — ${error.message}\n`);
    if (candidate && streamJsonl) out.write(candidateLine(candidate));
  });
  progress.done();

  const allErrors = [...inputErrors, ...errors];
  const ranked = rank(candidates, { mustHaveAll: options.mustHave === 'all', sort: options.sort, top: options.top });
  const report: ScoreReport = { schemaVersion: 1, job: scoring.job, candidates: ranked, errors: allErrors };
  if (streamJsonl) out.write(allErrors.map((e) => `${JSON.stringify({ error: e })}\n`).join(''));
  else out.write(renderScore(report, options.format, { ...look(options), explain: options.explain, details: options.details }));
  await out.close();

  process.exitCode = exitCodeFor(report, options);
}
