import type { MatchReport, PostingResult, RequirementResult } from '../types.js';
import { fileName } from './labels.js';

/**
 * Words shared by the `jobfit match` renderers (one resume, many postings): the posting's
 * side of labels.ts. Everything here picks or joins fields; nothing is computed.
 */

export const postingTitle = (p: PostingResult): string => p.title ?? fileName(p.source);

export const resumeTitle = (report: MatchReport): string => report.resume.name ?? fileName(report.resume.source);

/** The first member of each missing required group, in report order (missing come first). */
export const missingOf = (p: PostingResult): string[] =>
  p.requirements.filter((r) => r.tier === 'required' && r.status === 'missing').map((r) => r.anyOf[0] ?? r.id);

/** What a posting asks that the resume only partly shows, or not at all: the gaps to close. */
export const gapsOf = (p: PostingResult): RequirementResult[] => p.requirements.filter((r) => r.status !== 'met');

export const matchHeadline = (report: MatchReport): string =>
  `${report.postings.length} ${report.postings.length === 1 ? 'posting' : 'postings'} · ${report.resume.source}`;
