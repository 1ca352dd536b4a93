/**
 * jobfit as a library.
 *
 *   import { score } from 'jobfit';
 *   const report = await score('posting.txt', ['resumes/']);
 *
 * score() is the CLI's `jobfit score --format json`: the same report object, the same scores,
 * the same order. The pipeline (pipeline.ts) and its stages are exported too, in the order
 * data flows, for callers who want one step:
 *   Step 1 read a document    readDocument (extractDocument, then normalizeDocument)
 *   Step 2 read the posting   loadJob (analyzeJob; parseJobProfile for YAML)
 *   Step 3 analyse the resume analyzeDocument (analyzeResume with createSkillFinder)
 *   Step 4 assess trust       analyzeDocument (assessResume), markDuplicates
 *   Step 5 score              scoreDocument (scoreCandidate)
 *   Step 6 rank               rank (rankCandidates)
 * Calling the stages by hand skips what the pipeline adds between them (the trust warnings
 * that cut a score, duplicates): use the pipeline's functions to get the CLI's numbers.
 */
import { type SettingsSources, loadSettings } from './config/settings.js';
import { type RankOptions, scorePaths } from './pipeline.js';
import type { ScoreReport } from './types.js';

export interface ScoreOptions extends SettingsSources, RankOptions {
  /** At most this many files read in parallel (worker threads); default: available cores. */
  concurrency?: number | undefined;
  /** Folder for cached extracted text, keyed by file content; none by default (it holds resume text). */
  cacheDir?: string | undefined;
}

/**
 * Scores resumes (files or folders, walked recursively) against a posting (text, PDF, DOCX…
 * or a YAML job profile): paths in, the report `jobfit score --format json` prints out.
 * Options are the CLI's: `config` and `skills` files, `asOf`, `ocr`, `mustHaveAll`, `sort`, `top`.
 * Throws UsageError or ConfigError when the posting or the settings cannot be used; files
 * that cannot be read are listed in `errors`.
 */
export async function score(job: string, resumes: string | string[], options: ScoreOptions = {}): Promise<ScoreReport> {
  const settings = await loadSettings(options);
  return scorePaths(job, Array.isArray(resumes) ? resumes : [resumes], settings, options);
}

export {
  analyzeDocument,
  analyzePath,
  loadJob,
  makeContext,
  markDuplicates,
  rank,
  readDocument,
  scoreDocument,
  scorePaths,
  startScoring,
  type Context,
  type FileResult,
  type FileTrace,
  type RankOptions,
  type SortKey,
} from './pipeline.js';
export { loadSettings, defaultSettings, type Settings, type SettingsSources } from './config/settings.js';
export { UsageError, ConfigError } from './errors.js';
// The wording of every warning, error and suggestion: `advice` in a report is worded by adviceMessage.
export { adviceMessage, errorMessage, suggestionsOf, warningMessage, type ErrorKey, type Warning } from './messages.js';
export { extractDocument, extractBuffer, ExtractError } from './extract/index.js';
export { normalizeDocument } from './normalize/index.js';
export { analyzeJob } from './job/index.js';
export { analyzeResume } from './resume/index.js';
export { assessResume } from './trust/index.js';
export { createSkillFinder } from './match/index.js';
export { loadTaxonomy, buildTaxonomy } from './taxonomy/index.js';
export { scoreCandidate, rankCandidates } from './score/index.js';
export { renderScore, renderJob, renderResume } from './render/index.js';
export { DEFAULT_CONFIG, resolveConfig } from './config/index.js';
export type * from './types.js';
