import { FULL_TIER_WEIGHT } from '../score/tier-share.js';
import type { CandidateReport, Evidence, MatchStatus, RequirementResult, ScoreBreakdown, ScoreReport, SourceLine, Tier } from '../types.js';

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

/**
 * The first member of each missing required group, heaviest first (posting order among equal
 * weights), so a weight-5 gap is never hidden behind a weight-1 one.
 */
export const missingRequired = (c: CandidateReport): string[] => requiredWith(c.requirements, 'missing');

function requiredWith(requirements: readonly RequirementResult[], status: RequirementResult['status']): string[] {
  return requirements
    .filter((r) => r.tier === 'required' && r.status === status)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.weight - a.r.weight || a.i - b.i)
    .map(({ r }) => r.anyOf[0] ?? r.id);
}

/**
 * The required groups a reader still has to look at: the missing ones, then those only partly
 * shown, marked so. Without the partial ones a row reading "required 0/1" would say nothing is missing.
 */
export const requiredGaps = (requirements: readonly RequirementResult[]): string[] => [
  ...requiredWith(requirements, 'missing'),
  ...requiredWith(requirements, 'partial').map((name) => `${name} (partly)`),
];

/** At most three, as the terminal ranking shows them. */
export const topRequiredGaps = (c: CandidateReport): string[] => requiredGaps(c.requirements).slice(0, 3);

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

/** "p.1 line 12": where a reader finds the evidence in the file (its line on its page). */
export const evidenceWhere = (e: Pick<Evidence, 'page' | 'line' | 'fileLine'>): string => `p.${e.page} line ${e.fileLine ?? e.line}`;

/** The posting's line as an editor numbers it (older profiles carry only the normalized one). */
export const postingLine = (s: SourceLine): number => s.fileLine ?? s.line;

/** A piece of evidence cut to fit: the matched words whole, with context on both sides. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * The evidence line cut to about `width` characters, centred on the matched words so they are
 * never cut off; cuts fall between words where one is near, and are shown as "…".
 */
export function snippet(e: Pick<Evidence, 'text' | 'start' | 'end'>, width: number): Snippet {
  const text = e.text;
  const { start, end } = e;
  if (start === undefined || end === undefined || start < 0 || end <= start || end > text.length) {
    return { before: text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`, match: '', after: '' };
  }
  const room = Math.max(0, width - (end - start));
  let left = Math.min(start, Math.floor(room / 2));
  const right = Math.min(text.length - end, room - left);
  left = Math.min(start, room - right);
  let from = start - left;
  let to = end + right;
  // Move a cut to the nearest word break inside the kept text, unless that loses too much.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start && space - from <= 12) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end && to - space <= 12) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to).trimEnd() + (to < text.length ? '…' : ''),
  };
}

/** Plain words wrapped to `width` columns; continuation lines start with `indent`. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const limit = lines.length === 0 ? width : width - indent.length;
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/** Whether the candidate is a copy of another resume in the batch (DUPLICATE_OF). */
export const isDuplicate = (c: CandidateReport): boolean => c.duplicateOf !== undefined || c.warnings.some((w) => w.code === 'DUPLICATE_OF');

/** What each mark in a ranking means; renderers print the lines for the marks they used. */
export const MARK_LEGEND = {
  warning: 'has warnings (shown in its gap report)',
  knockedOut: 'knocked out by --must-have all: misses a required group; ranked last',
  duplicate: 'a copy of the resume above it (DUPLICATE_OF): ranked once, under the original',
} as const;

export const KNOCKED_OUT = 'knocked out: misses at least one required group';

/** Said beside a thin tier's points in every format, so its smaller share is explained. */
export const thinTierNote = (t: ScoreBreakdown['tiers'][number]): string =>
  t.fill === undefined ? '' : `a thin tier: ${t.possible} of ${FULL_TIER_WEIGHT} weight keeps ${Math.round(t.fill * 100)}% of its share`;

export const EXPLAIN_FOOTNOTE = 'credit per requirement: met 1, partial as shown, missing 0';

/** The colour band the terminal bar uses: green from 70, yellow from 40, else red. */
export const scoreBand = (score: number): 'good' | 'fair' | 'poor' => (score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor');
