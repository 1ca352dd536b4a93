import type { Line } from '../types.js';
import { type CueScore, scoreCues } from './cues.js';
import type { Finding } from '../messages.js';
import type { TrustRules } from './rules.js';

/** How much unfilled-template text the lines carry (lorem ipsum, "Job Title 1", "20XX"). */
export function measurePlaceholder(lines: readonly Line[], rules: TrustRules['placeholder']): CueScore {
  return scoreCues(lines, rules.rules);
}

export function placeholderFindings(measured: CueScore, rules: TrustRules['placeholder']): Finding[] {
  return measured.score >= rules.threshold ? [{ code: 'PLACEHOLDER', cues: measured.cues }] : [];
}
