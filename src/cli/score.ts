/** `jobfit score`: rank resumes against a posting, through the pipeline. */
import { extname } from 'node:path';
import { RESUME_EXTENSIONS, collectInputs, shardOf } from '../batch/collect-inputs.js';
import { unpackCandidate } from '../batch/hold-candidate.js';
import { type SortKey, rank, startScoring } from '../pipeline.js';
import { candidateLine, renderScore, scoreJsonChunks } from '../render/index.js';
import type { ScoreFormat } from '../render/formats.js';
import { problemLine, skippedLine } from '../messages.js';
import type { ScoreReport } from '../types.js';
import { type Gate, decideGate, exitCodeFor, gateLine } from './exit-codes.js';
import { look } from './look.js';
import { checkOutputPath, openOutput, writeChunks } from './output.js';
import { errorLine, makeProgress, runLine, traceLine, voiceOf } from './progress.js';
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
  // Path errors are usage errors found before any file is read.
  const started = performance.now();
  if (options.output) await checkOutputPath(options.output);
  const settings = await readSettings(options);
  const shard = parseShard(options.shard);
  const { files, errors: inputErrors, skipped } = await collectInputs(resumePaths);
  const selected = shardOf(files, shard);
  const cacheDir = options.cache === true ? '.jobfit-cache' : options.cache || undefined;
  const scoring = await startScoring(jobPath, selected, settings, { concurrency: options.concurrency, cacheDir, allowNoFiles: inputErrors.length > 0 });
  const progress = makeProgress(selected.length, options);
  const { say, trace } = voiceOf(progress, options);
  trace(traceLine(jobPath, scoring.trace));
  for (const w of scoring.job.warnings ?? []) say(`jobfit: ${problemLine(jobPath, w)}`);
  // One stderr line per missing, unreadable or skipped file, in every format.
  for (const e of inputErrors) say(errorLine(e));
  for (const path of skipped) say(`jobfit: ${skippedLine(path, 'resume', extname(path), RESUME_EXTENSIONS)}`);

  const out = await openOutput(options.output);
  const streamJsonl = options.format === 'jsonl' && options.sort === 'score' && !options.top && !options.mustHave;
  const { candidates, errors } = await scoring.finish(({ candidate, error, file, trace: fileTrace }) => {
    trace(traceLine(file, fileTrace, error));
    if (error) say(errorLine(error));
    progress.tick(error);
    if (candidate && streamJsonl) out.write(candidateLine(candidate));
    // Held packed until the batch is in: a report is unpacked as it is written.
  }, { packed: true });
  progress.done();

  const allErrors = [...inputErrors, ...errors];
  // The gate is decided on every candidate; --top and --sort only shape what is shown.
  const verdict = options.minScore === undefined ? undefined : decideGate(candidates, options.minScore, options.gate);
  const ranking = performance.now();
  const shown = rank(candidates, { mustHaveAll: options.mustHave === 'all', sort: options.sort, top: options.top });
  trace(runLine(selected.length, { rank: performance.now() - ranking, total: performance.now() - started }));
  const report: ScoreReport = { schemaVersion: 1, job: scoring.job, candidates: shown, errors: allErrors };
  if (streamJsonl) out.write(allErrors.map((e) => `${JSON.stringify({ error: e })}\n`).join(''));
  // JSON goes out a candidate at a time: a large batch never becomes one string.
  else if (options.format === 'json') writeChunks(out, scoreJsonChunks(report, unpackCandidate));
  else out.write(renderScore({ ...report, candidates: shown.map(unpackCandidate) }, options.format, { ...look(options), explain: options.explain, details: options.details, errorsOnStderr: !options.quiet }));
  await out.close();

  if (!options.quiet && (allErrors.length || skipped.length)) {
    process.stderr.write(`jobfit: ${candidates.length} scored · ${allErrors.length} not scored (unreadable or missing) · ${skipped.length} skipped (not a resume file type)\n`);
  }
  if (verdict) process.stderr.write(`${gateLine(verdict)}\n`);
  process.exitCode = exitCodeFor(allErrors.length, verdict);
}
