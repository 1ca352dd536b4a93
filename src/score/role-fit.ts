import { findTextEvidence } from '../match/text-evidence.js';
import { relation, taskSimilarity } from '../occupation/index.js';
import { monthIndex } from '../resume/index.js';
import type { Background, Evidence, JobProfile, Line, OccupationData, OccupationRef, Position, RequirementResult, ResumeProfile, YearMonth } from '../types.js';
import { lineEvidence, textEvidenceOf, titleLine } from './evidence.js';
import { round } from './match-requirement.js';

/**
 * Credit by how a position's occupation stands to the posting's: the same occupation earns
 * all of it; O*NET's related occupations earn less the further down its list they sit (its
 * Primary-Short tier, ranks 1–5, keeps most); the same SOC family half. Occupations O*NET
 * does not link earn what their task statements share, at most UNLINKED_MAX, so an insurance
 * agent still stands closer to a sales posting than a chef does.
 */
export const ROLE_CREDIT = { same: 1, relatedTop: 0.85, relatedStep: 0.025, family: 0.5 } as const;
const UNLINKED_MAX = 0.4;
/** Task similarity between unlinked occupations is small (0.05 for insurance and wholesale sales agents): scaled up to credit. */
const UNLINKED_SCALE = 4;
/** Occupations of one SOC major group (41: sales and related) that O*NET does not link still share a trade. */
const MAJOR_GROUP = 0.3;

/** A position that ended this many months before the resume's latest counts at OLD_FACTOR: recent work says more. */
const RECENT_MONTHS = 60;
const OLD_FACTOR = 0.8;
/**
 * The resume's work read as an occupation from its words (O*NET task statements) counts at
 * this share of a title's reading: a title is what the candidate was; duties are a likeness.
 */
const TASKS_FACTOR = 0.7;

interface PositionFit {
  position: Position;
  credit: number;
  why: string;
}

function relationCredit(data: OccupationData, asked: OccupationRef, held: OccupationRef): { credit: number; how: string } {
  const rel = relation(data, asked.code, held.code);
  if (rel.kind === 'same') return { credit: ROLE_CREDIT.same, how: 'the posting’s occupation' };
  if (rel.kind === 'related') {
    const credit = Math.max(ROLE_CREDIT.family, ROLE_CREDIT.relatedTop - ROLE_CREDIT.relatedStep * (rel.rank! - 1));
    return { credit, how: `related (O*NET rank ${rel.rank}) to the posting’s ${asked.title} ${asked.code}` };
  }
  if (rel.kind === 'family') return { credit: ROLE_CREDIT.family, how: `in the same SOC family as the posting’s ${asked.title} ${asked.code}` };
  const alike = taskSimilarity(data, asked.code, held.code);
  const byTasks = Math.min(UNLINKED_MAX, UNLINKED_SCALE * alike);
  if (asked.code.slice(0, 2) === held.code.slice(0, 2) && MAJOR_GROUP > byTasks) {
    return { credit: MAJOR_GROUP, how: `in the same SOC major group (${asked.code.slice(0, 2)}) as the posting’s ${asked.title} ${asked.code}` };
  }
  return { credit: byTasks, how: `not linked by O*NET to the posting’s ${asked.title} ${asked.code}, ${Math.round(alike * 100)}% alike in tasks` };
}

/** Every job's fit to the posting's occupation, best first. */
function positionFits(data: OccupationData, job: JobProfile, resume: ResumeProfile, asOf: YearMonth): PositionFit[] {
  const asked = job.occupation;
  if (!asked) return [];
  const fits: PositionFit[] = [];
  const jobs = resume.experience.positions.filter((p) => !p.kind || p.kind === 'job' || p.kind === 'internship');
  const latest = jobs.map((p) => (p.end === 'present' ? asOf : p.end)).sort().at(-1) ?? asOf;
  for (const position of jobs) {
    if (!position.occupation) continue;
    const { credit, how } = relationCredit(data, asked, position.occupation);
    const old = monthIndex(latest) - monthIndex(position.end === 'present' ? asOf : position.end) > RECENT_MONTHS;
    const factor = (old ? OLD_FACTOR : 1) * (position.kind === 'internship' ? 0.5 : 1);
    const what = `${position.title} → ${position.occupation.title} ${position.occupation.code}, ${how}`;
    fits.push({ position, credit: credit * factor, why: `${what}${old ? ' (held over five years ago)' : ''}${position.kind === 'internship' ? ' (an internship)' : ''}` });
  }
  return fits.sort((a, b) => b.credit - a.credit);
}

/** The resume's words read as the posting's occupation, or a related one (no title needed). */
function taskFit(data: OccupationData, asked: OccupationRef, resume: ResumeProfile): { credit: number; why: string } | undefined {
  let best: { credit: number; why: string } | undefined;
  for (const found of resume.taskOccupations ?? []) {
    const { credit, how } = relationCredit(data, asked, found);
    const scaled = credit * TASKS_FACTOR;
    if (!best || scaled > best.credit) best = { credit: scaled, why: `the resume's duties read as ${found.title} ${found.code} (${found.via}), ${how}` };
  }
  return best;
}

/**
 * The role-fit line: the best of the resume's positions against the posting's occupation,
 * with the position, both occupations and their relation as the reason. Absent when the
 * posting names no occupation.
 */
export function roleFitResult(data: OccupationData | undefined, job: JobProfile, resume: ResumeProfile, lines: readonly Line[], asOf: YearMonth): RequirementResult | undefined {
  const asked = job.occupation;
  if (!data || !asked) return undefined;
  let best: { credit: number; why: string; position?: Position } | undefined = positionFits(data, job, resume, asOf)[0];
  const byTasks = taskFit(data, asked, resume);
  if (byTasks && (!best || byTasks.credit > best.credit)) best = byTasks;
  const credit = round(best?.credit ?? 0);
  const shown = best?.position ? titleLine(best.position, lines) : undefined;
  const evidence: Evidence[] = shown ? [lineEvidence(shown, 'experience')] : [];
  const result: RequirementResult = {
    id: 'O',
    tier: 'role',
    kind: 'role',
    anyOf: [`${asked.title} (${asked.code})`],
    weight: 1,
    status: credit >= 0.999 ? 'met' : credit > 0 ? 'partial' : 'missing',
    credit,
    matched: credit > 0 ? (best!.position?.title ?? 'duties') : null,
    evidence: credit > 0 ? evidence : [],
    why: credit > 0 ? best!.why : 'no position title reads as this occupation or a related one',
  };
  if (credit > 0) result.via = 'occupation';
  return result;
}


/** A mean duty score at this level earns the duties line in full: few resumes carry most of a posting's words. */
const DUTIES_FULL = 0.75;
const DUTY_EVIDENCE = 3;

/**
 * The duties line: how much of the posting's work the resume's own lines describe. Each duty
 * sentence of the posting finds its best resume line by text evidence (rarity-weighted share of
 * its words); the line's credit is the mean of those shares over DUTIES_FULL, capped at 1. The
 * sentences best carried are the evidence. Absent when the posting has no duty sentences.
 */
export function dutiesResult(background: Background | undefined, job: JobProfile, lines: readonly Line[]): RequirementResult | undefined {
  const duties = job.duties ?? [];
  if (!background || duties.length === 0) return undefined;
  const found = duties.map((duty) => ({ duty, evidence: findTextEvidence(background, duty.text, lines) }));
  const mean = found.reduce((sum, f) => sum + (f.evidence?.score ?? 0), 0) / duties.length;
  const credit = round(Math.min(1, mean / DUTIES_FULL));
  const best = found.filter((f) => f.evidence && f.evidence.score >= 0.5).sort((a, b) => b.evidence!.score - a.evidence!.score);
  const result: RequirementResult = {
    id: 'D',
    tier: 'role',
    kind: 'duties',
    anyOf: [`the posting's ${duties.length} duty sentences`],
    weight: 1,
    status: credit >= 0.999 ? 'met' : credit > 0 ? 'partial' : 'missing',
    credit,
    matched: credit > 0 ? `${best.length} of ${duties.length} carried` : null,
    evidence: best.slice(0, DUTY_EVIDENCE).map((f) => textEvidenceOf(f.evidence!, lines)),
    why: `text evidence: resume lines carry ${Math.round(mean * 100)}% of the duty sentences' words on average; ${best.length} of ${duties.length} at half or more${best[0] ? ` (best: posting line ${best[0].duty.line} "${best[0].duty.text.slice(0, 80)}")` : ''}`,
  };
  if (credit > 0) result.via = 'text';
  return result;
}
