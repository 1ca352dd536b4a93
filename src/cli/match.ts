/** `jobfit match`: one resume against many postings, ranked, through the pipeline. */
import { POSTING_EXTENSIONS, collectInputs } from '../batch/collect-inputs.js';
import { matchPostings } from '../pipeline.js';
import type { ScoreFormat } from '../render/formats.js';
import { renderMatch } from '../render/index.js';
import type { MatchReport } from '../types.js';
import { EXIT } from './exit-codes.js';
import { look } from './look.js';
import { writeAll } from './output.js';
import { makeProgress } from './progress.js';
import { type CommonOptions, readSettings } from './settings.js';
import { UsageError } from '../errors.js';

export interface MatchOptions extends CommonOptions {
  format: ScoreFormat;
  top?: number;
  details?: boolean;
}

export async function runMatch(resumePath: string, postingPaths: string[], options: MatchOptions): Promise<void> {
  const settings = await readSettings(options);
  const { files, errors: inputErrors } = await collectInputs(postingPaths, POSTING_EXTENSIONS);
  if (files.length === 0 && inputErrors.length === 0) throw new UsageError('no postings found in the given paths', 'pass posting files or folders holding .txt, .md, .pdf, .docx or .yaml files');

  const progress = makeProgress(files.length, options);
  // Unreadable postings: one coded line each on stderr, as `score` does for resumes (not in
  // JSON formats, whose report lists them).
  const sayError = (e: { source: string; code: string; message: string }) => {
    if ((options.format === 'table' || options.format === 'csv') && !options.quiet) process.stderr.write(`jobfit: ${e.source}: ${e.code} — ${e.message}\n`);
  };
  inputErrors.forEach(sayError);
  const matching = await matchPostings(resumePath, files, settings, ({ error }) => {
    progress.tick(error);
    if (error) sayError(error);
  });
  progress.done();

  const report: MatchReport = {
    schemaVersion: 1,
    resume: matching.resume,
    postings: options.top ? matching.postings.slice(0, options.top) : matching.postings,
    errors: [...inputErrors, ...matching.errors],
  };
  await writeAll(options.output, renderMatch(report, options.format, { ...look(options), details: options.details }));
  process.exitCode = report.errors.length ? EXIT.inputs : EXIT.ok;
}
