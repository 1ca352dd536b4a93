import type { CandidateReport, JobProfile, RequirementResult, ResumeProfile, ScoreBreakdown, Tier } from '../types.js';
import { educationResult, relevantMonths, yearsResult } from './general-requirements.js';
import { type ScoringContext, matchRequirement, round } from './match-requirement.js';
import { dutiesResult, roleFitResult } from './role-fit.js';
import { adviceMessage } from '../messages.js';
import { vocabularyResult } from './vocabulary.js';
import { suggestImprovements } from './suggestions.js';
import { tierFill } from './tier-share.js';

export type { ScoringContext } from './match-requirement.js';
export { highestEducation } from './general-requirements.js';
export { FULL_TIER_WEIGHT } from './tier-share.js';

/** Warnings that mean "this is not a real candidate": the score is cut to a fifth. */
const DISQUALIFYING: Record<string, number> = { NOT_A_RESUME: 0.2, PLACEHOLDER: 0.2 };

/**
 * Step 1: credit every requirement (0..1) from the resume's skills.
 * Step 2: add the general lines (years, education) and the role-fit line (the resume's
 *         positions against the posting's occupation).
 * Step 3: per tier, earned weight / possible weight, times the tier's share of 100.
 * Step 4: shares of tiers that the posting does not have are spread over the others,
 *         so a posting with no preferred items still scores out of 100; so is the part of
 *         a requirement tier's share that its little weight does not fill (FULL_TIER_WEIGHT).
 */
export function scoreCandidate(job: JobProfile, resume: ResumeProfile, ctx: ScoringContext): CandidateReport {
  const results: RequirementResult[] = job.requirements.map((r) => matchRequirement(r, resume, ctx));
  const relevant = relevantMonths(resume, results, ctx.config.asOf, ctx.occupations ? { data: ctx.occupations, job } : undefined);
  const relevantYears = relevant === null ? null : relevant / 12;
  const role = roleFitResult(ctx.occupations, job, resume, ctx.lines, ctx.config.asOf);
  const duties = dutiesResult(ctx.background, job, ctx.lines);
  const vocabulary = vocabularyResult(ctx.background, job, ctx.lines);
  for (const general of [yearsResult(job, resume, relevantYears), educationResult(job, resume, relevantYears), role, duties, vocabulary]) if (general) results.push(general);

  const breakdown = combineTiers(results, ctx);
  let score = breakdown.tiers.reduce((sum, t) => sum + t.points, 0);
  for (const w of resume.warnings) {
    const factor = DISQUALIFYING[w.code];
    if (factor !== undefined) {
      const points = round(score * (1 - factor), 1);
      breakdown.penalties.push({ code: w.code, points });
      score -= points;
    }
  }
  const advice = suggestImprovements(job, resume, results);
  const count = (tier: Tier, status?: string) => results.filter((r) => r.tier === tier && (!status || r.status === status)).length;
  const report: CandidateReport = {
    source: resume.source,
    name: resume.name,
    rank: 0,
    score: round(score, 1),
    summary: {
      requiredMet: count('required', 'met'),
      requiredTotal: count('required'),
      preferredMet: count('preferred', 'met'),
      preferredTotal: count('preferred'),
      years: resume.experience.totalMonths === null ? null : round(resume.experience.totalMonths / 12, 1),
      minYears: job.minYears,
    },
    requirements: orderForReport(results),
    warnings: resume.warnings,
    breakdown,
    suggestions: advice.map(adviceMessage),
    advice,
  };
  return report;
}

function combineTiers(results: RequirementResult[], ctx: ScoringContext): ScoreBreakdown {
  const shares = ctx.config.tierWeights;
  const tiers = (['required', 'preferred', 'general', 'role'] as const)
    .map((tier) => {
      const inTier = results.filter((r) => r.tier === tier);
      const possible = inTier.reduce((s, r) => s + r.weight, 0);
      const fill = tierFill(tier, possible);
      return {
        tier,
        earned: round(inTier.reduce((s, r) => s + r.weight * r.credit, 0)),
        possible: round(possible),
        share: shares[tier] * fill,
        points: 0,
        ...(fill < 1 ? { fill: round(fill) } : {}),
      };
    })
    .filter((t) => t.possible > 0);
  const totalShare = tiers.reduce((s, t) => s + t.share, 0);
  for (const t of tiers) {
    t.share = round((t.share / totalShare) * 100);
    t.points = round((t.earned / t.possible) * t.share);
  }
  return { tiers, penalties: [] };
}

/** Required gaps first, then partial, then met; general lines last. */
function orderForReport(results: RequirementResult[]): RequirementResult[] {
  const tierOrder = { required: 0, preferred: 1, general: 2, role: 3 };
  const statusOrder = { missing: 0, partial: 1, met: 2 };
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => tierOrder[a.r.tier] - tierOrder[b.r.tier] || statusOrder[a.r.status] - statusOrder[b.r.status] || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * Best first; ties broken by source so the order never depends on file-system order.
 * With `mustHaveAll`, candidates missing any required group sink below the rest.
 * A copy of another resume (`duplicateOf`) is ranked once: listed right under its original,
 * sharing its rank, so the originals are numbered 1..N without gaps.
 */
export function rankCandidates(candidates: CandidateReport[], options: { mustHaveAll?: boolean } = {}): CandidateReport[] {
  const ko = (c: CandidateReport) => (options.mustHaveAll && c.summary.requiredMet < c.summary.requiredTotal ? 1 : 0);
  const copies = candidates.map((c) => {
    const copy = { ...c };
    if (options.mustHaveAll) copy.knockedOut = ko(c) === 1;
    return copy;
  });
  const sources = new Set(copies.map((c) => c.source));
  const isCopy = (c: CandidateReport) => c.duplicateOf !== undefined && c.duplicateOf !== c.source && sources.has(c.duplicateOf);
  const byOrder = (a: CandidateReport, b: CandidateReport) => ko(a) - ko(b) || b.score - a.score || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  const originals = copies.filter((c) => !isCopy(c)).sort(byOrder);
  const copiesOf = new Map<string, CandidateReport[]>();
  for (const c of copies.filter(isCopy).sort(byOrder)) copiesOf.set(c.duplicateOf!, [...(copiesOf.get(c.duplicateOf!) ?? []), c]);
  const ranked: CandidateReport[] = [];
  originals.forEach((c, i) => {
    c.rank = i + 1;
    ranked.push(c);
    for (const dup of copiesOf.get(c.source) ?? []) {
      dup.rank = c.rank;
      ranked.push(dup);
    }
  });
  return ranked;
}
