import type { CandidateReport, MatchStatus, RequirementResult, ScoreReport, Tier } from '../types.js';

/**
 * Words and symbols shared by the Markdown and HTML renderers, so both say the same thing
 * as the terminal table. Everything here picks or joins fields; nothing is computed.
 */

export const STATUS_SYMBOL: Record<MatchStatus, string> = { met: '✓', partial: '~', missing: '✗' };

export const TIER_TITLE: Record<Tier | 'general' | 'role', string> = {
  required: 'Required',
  preferred: 'Preferred',
  general: 'Experience and education',
  role: 'Role fit',
};

export const TIERS = ['required', 'preferred', 'general', 'role'] as const;

/** The file name without folders; written out here because renderers import only types. */
export const fileName = (source: string): string => source.split(/[\\/]/).pop() || source;

export const displayName = (c: CandidateReport): string => c.name ?? fileName(c.source);

export const jobTitle = (report: ScoreReport): string => report.job.title ?? fileName(report.job.source);

/** The first member of each missing required group, in report order (missing come first). */
export const missingRequired = (c: CandidateReport): string[] =>
  c.requirements.filter((r) => r.tier === 'required' && r.status === 'missing').map((r) => r.anyOf[0] ?? r.id);

/** At most three, as the terminal ranking shows them. */
export const topMissingRequired = (c: CandidateReport): string[] => missingRequired(c).slice(0, 3);

export const requirementsOf = (c: CandidateReport, tier: Tier | 'general' | 'role'): RequirementResult[] =>
  c.requirements.filter((r) => r.tier === tier);

export const requirementLabel = (r: RequirementResult): string => r.anyOf.join(' or ');

export const scoreText = (score: number): string => score.toFixed(1);

export const yearsText = (years: number | null): string => (years === null ? '–' : years.toFixed(1));

export const metText = (met: number, total: number): string => `${met}/${total}`;

export const summaryLine = (c: CandidateReport): string =>
  `Required ${c.summary.requiredMet}/${c.summary.requiredTotal} met · preferred ${c.summary.preferredMet}/${c.summary.preferredTotal} · ` +
  `years ${c.summary.years ?? '–'}${c.summary.minYears ? ` (asks ${c.summary.minYears}+)` : ''}`;

/** Credit below 1 is shown next to a partial or missing line, as the terminal shows it. */
export const creditNote = (r: RequirementResult): string => (r.status === 'met' ? '' : `[${r.credit}]`);

/** "p1 l12" for a piece of resume evidence. */
export const evidenceWhere = (page: number, line: number): string => `p${page} l${line}`;

export const KNOCKED_OUT = 'knocked out: misses at least one required group';

export const EXPLAIN_FOOTNOTE = 'credit per requirement: met 1, partial as shown, missing 0';

/** The colour band the terminal bar uses: green from 70, yellow from 40, else red. */
export const scoreBand = (score: number): 'good' | 'fair' | 'poor' => (score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor');
