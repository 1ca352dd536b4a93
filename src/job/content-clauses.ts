import type { Line } from '../types.js';
import { isNotice } from './line-tier.js';
import { splitJobSections } from './split-job-sections.js';

/**
 * The posting's clauses that describe the job: its title, the employer, the work and what it
 * asks, without the equal-opportunity notice, pay and benefits, or how to apply. These read
 * the posting's occupation and its vocabulary: "sex, religion, national origin" read like an
 * equal-opportunity officer's tasks, and "401k, vacation, cover letter" are no field's words.
 */
export function contentClauses(lines: Line[]): string[] {
  return splitJobSections(lines)
    .filter((s) => !isNotice(s.text, s.kind))
    .map((s) => s.text);
}
