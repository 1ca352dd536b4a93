import type { CandidateReport, JobProfile, ResumeProfile, ScoreReport } from '../types.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { jsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import { jobTable, resumeTable, scoreTable } from './table.js';

export { type JobFormat, type ResumeFormat, type ScoreFormat, SCORE_FORMATS } from './formats.js';
import type { JobFormat, ResumeFormat, ScoreFormat } from './formats.js';

export interface RenderOptions {
  color: boolean;
  /** Show the arithmetic behind each score. */
  explain?: boolean;
  /** Gap reports for every candidate after the ranking. */
  details?: boolean;
  /** Terminal width to fit. */
  width?: number;
  /** Plain ASCII for terminals without Unicode: +-| borders, + ~ x marks, # bars. */
  ascii?: boolean;
  /** Each unreadable file already has its own stderr line: the table counts them, not repeats them. */
  errorsOnStderr?: boolean;
}


const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The JSON report in pieces, one per candidate, for a large batch (the same text as
 * renderScore's); `candidate` gives each one as it is written (the CLI unpacks held ones).
 */
export const scoreJsonChunks = (report: ScoreReport, candidate?: (c: CandidateReport) => CandidateReport): Iterable<string> =>
  jsonChunks(report, ['candidates'], candidate as ((element: unknown) => unknown) | undefined);

/** One JSONL line for a finished candidate (streamed as each one completes). */
export const candidateLine = (c: CandidateReport) => `${JSON.stringify(c)}\n`;

export function renderScore(report: ScoreReport, format: ScoreFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return [...scoreJsonChunks(report)].join('');
    case 'jsonl':
      return report.candidates.map(candidateLine).join('') + report.errors.map((e) => `${JSON.stringify({ error: e })}\n`).join('');
    case 'table':
      return scoreTable(report, options);
    case 'csv':
      return renderCsv(report, options);
    case 'markdown':
      return renderMarkdown(report, options);
    case 'html':
      return renderHtml(report, options);
  }
}

export function renderJob(profile: JobProfile, format: JobFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return json(profile);
    case 'table':
      return jobTable(profile, options);
  }
}

export function renderResume(profile: ResumeProfile, format: ResumeFormat, options: RenderOptions): string {
  return format === 'json' ? json(profile) : resumeTable(profile, options);
}
export { renderMatch } from './match.js';
