/** `jobfit match`: one resume against many postings, ranked, through the pipeline. */
import { extname } from 'node:path';
import { POSTING_EXTENSIONS, collectInputs } from '../batch/collect-inputs.js';
import { usageError } from '../errors.js';
import { skippedLine } from '../messages.js';
import { matchPostings } from '../pipeline.js';
import type { ScoreFormat } from '../render/formats.js';
import { renderMatch } from '../render/index.js';
import type { MatchReport } from '../types.js';
import { EXIT } from './exit-codes.js';
import { look } from './look.js';
import { checkOutputPath, writeAll } from './output.js';
import { errorLine, makeProgress, traceLine, voiceOf } from './progress.js';
import { type CommonOptions, readSettings } from './settings.js';

export interface MatchOptions extends CommonOptions {
  format: ScoreFormat;
  top?: number;
  details?: boolean;
}

export async function runMatch(resumePath: string, postingPaths: string[], options: MatchOptions): Promise<void> {
  if (options.output) await checkOutputPath(options.output);
  const settings = await readSettings(options);
  const { files, errors: inputErrors, skipped } = await collectInputs(postingPaths, POSTING_EXTENSIONS);
  if (files.length === 0 && inputErrors.length === 0) throw usageError('no-postings-found', {});

  // As `score` does: one stderr line per missing, unreadable or skipped posting, in every format.
  const progress = makeProgress(files.length, options);
  const { say, trace } = voiceOf(progress, options);
  for (const e of inputErrors) say(errorLine(e));
  for (const path of skipped) say(`jobfit: ${skippedLine(path, 'posting', extname(path), POSTING_EXTENSIONS)}`);
  const matching = await matchPostings(resumePath, files, settings, {
    onResume: (resumeTrace) => trace(traceLine(resumePath, resumeTrace)),
    onDone({ error, file, trace: postingTrace }) {
      trace(traceLine(file, postingTrace, error));
      if (error) say(errorLine(error));
      progress.tick(error);
    },
  });
  progress.done();

  const report: MatchReport = {
    schemaVersion: 1,
    resume: matching.resume,
    postings: options.top ? matching.postings.slice(0, options.top) : matching.postings,
    errors: [...inputErrors, ...matching.errors],
  };
  await writeAll(options.output, renderMatch(report, options.format, { ...look(options), details: options.details, errorsOnStderr: !options.quiet }));
  if (!options.quiet && (report.errors.length || skipped.length)) {
    process.stderr.write(`jobfit: ${matching.postings.length} scored · ${report.errors.length} not scored (unreadable, missing or no requirements) · ${skipped.length} skipped (not a posting file type)\n`);
  }
  process.exitCode = report.errors.length ? EXIT.inputs : EXIT.ok;
}
