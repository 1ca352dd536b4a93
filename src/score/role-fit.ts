import { findTextEvidence } from '../match/text-evidence.js';
import { knowledgeSimilarity, relation, taskSimilarity } from '../occupation/index.js';
import { monthIndex } from '../resume/index.js';
import type { Background, CreditSource, Evidence, JobProfile, Line, OccupationData, OccupationReading, OccupationRef, Position, RequirementResult, ResumeProfile, YearMonth } from '../types.js';
import { lineEvidence, textEvidenceOf, titleLine } from './evidence.js';
import { round, statusOf } from './match-requirement.js';

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
/**
 * Occupations O*NET does not link earn by how alike their knowledge profiles are (O*NET's
 * importance of 33 knowledge areas, knowledgeSimilarity): this × the cosine, at most
 * UNLINKED_MAX. A roofing estimator's posting and a maintenance worker (Building and
 * Construction, Mechanical) stand at 0.36, an accountant at 0.43, a health-services manager at
 * none. 0.6 was chosen among 0.4–1.0 (and offsets below the cosine, which helped nothing) on the
 * occupations dev gold, whose halves agreed, and checked on the postings kept apart (README).
 */
const KNOWLEDGE_SCALE = 0.6;
/**
 * Without knowledge ratings for either occupation: occupations of one SOC major group (41:
 * sales and related) still share a trade, else up to UNLINKED_MAX by their task statements.
 */
const MAJOR_GROUP = 0.3;

/** A position that ended this many months before the resume's latest counts at OLD_FACTOR: recent work says more. */
const RECENT_MONTHS = 60;
const OLD_FACTOR = 0.8;
/**
 * The resume's work read as an occupation from its words (O*NET task statements) counts at
 * this share of a title's reading: a title is what the candidate was; duties are a likeness.
 */
const TASKS_FACTOR = 0.7;

/**
 * The weights of the role tier's lines: occupation (O), duties (D) and vocabulary (W,
 * score/vocabulary.ts). Chosen with the tier shares on the odd half of the occupations dev gold
 * and checked on the even half and on postings kept apart (README, "How scoring works"): the
 * occupation says most, the posting's own words next; the duty sentences, matched line by line,
 * add little beside them.
 */
export const ROLE_LINE_WEIGHTS = { occupation: 7, duties: 1, vocabulary: 5 } as const;

interface PositionFit {
  position: Position;
  credit: number;
  why: string;
}

/**
 * A related occupation outside the posting's SOC major group counts at this share of its rank's
 * credit. O*NET links occupations by likeness of work across trades: an insurance sales agent's
 * list holds claims clerks (rank 2), customer service representatives and claims adjusters ahead
 * of retail salespersons (not listed) and sales managers; a project manager's holds art and media
 * programming directors. A neighbour of another trade is weaker evidence than one of the same.
 */
const OTHER_GROUP_FACTOR = 0.9;

/** Whether two O*NET-SOC codes share their SOC major group (the first two digits: 41 sales, 43 office support). */
export function sameMajorGroup(a: string, b: string): boolean {
  return a.slice(0, 2) === b.slice(0, 2);
}

/**
 * Credit of an O*NET-related occupation at `rank` in the posting's list: relatedTop, falling by
 * relatedStep a rank down to the family floor; outside the posting's major group, then times
 * OTHER_GROUP_FACTOR.
 */
export function relatedCredit(rank: number, sameGroup: boolean): number {
  const byRank = Math.max(ROLE_CREDIT.family, ROLE_CREDIT.relatedTop - ROLE_CREDIT.relatedStep * (rank - 1));
  return sameGroup ? byRank : OTHER_GROUP_FACTOR * byRank;
}

export function relationCredit(data: OccupationData, asked: OccupationRef, held: OccupationRef): { credit: number; how: string } {
  const rel = relation(data, asked.code, held.code);
  if (rel.kind === 'same') return { credit: ROLE_CREDIT.same, how: 'the posting’s occupation' };
  if (rel.kind === 'related') return { credit: relatedCredit(rel.rank!, sameMajorGroup(asked.code, held.code)), how: `related (O*NET rank ${rel.rank}) to the posting’s ${asked.title} ${asked.code}` };
  if (rel.kind === 'family') return { credit: ROLE_CREDIT.family, how: `in the same SOC family as the posting’s ${asked.title} ${asked.code}` };
  const knows = knowledgeSimilarity(data, asked.code, held.code);
  if (knows !== null) {
    const credit = Math.min(UNLINKED_MAX, KNOWLEDGE_SCALE * Math.max(0, knows));
    return { credit, how: `not linked by O*NET to the posting’s ${asked.title} ${asked.code}, ${Math.round(Math.max(0, knows) * 100)}% alike in the knowledge O*NET rates them on` };
  }
  const alike = taskSimilarity(data, asked.code, held.code);
  const byTasks = Math.min(UNLINKED_MAX, UNLINKED_SCALE * alike);
  if (sameMajorGroup(asked.code, held.code) && MAJOR_GROUP > byTasks) {
    return { credit: MAJOR_GROUP, how: `in the same SOC major group (${asked.code.slice(0, 2)}) as the posting’s ${asked.title} ${asked.code}` };
  }
  return { credit: byTasks, how: `not linked by O*NET to the posting’s ${asked.title} ${asked.code}, ${Math.round(alike * 100)}% alike in tasks` };
}

/**
 * The occupations the posting may be for, each with its weight (the best 1). A profile whose
 * `occupation` was edited by hand (no longer its first reading) is read as that occupation alone.
 */
export function postingReadingsOf(job: JobProfile): OccupationReading[] {
  const asked = job.occupation;
  if (!asked) return [];
  const readings = job.occupations ?? [];
  if (readings[0]?.code === asked.code) return readings;
  return [{ ...asked, weight: 1, reason: 'the posting’s occupation' }];
}

/**
 * Credit of a held occupation against the posting's readings: the best of each reading's
 * relation credit × its weight, so a second reading of the posting ("Loan Officers" beside
 * "Insurance Underwriters" for an underwriter) counts at its share.
 */
function readingsCredit(data: OccupationData, readings: OccupationReading[], held: OccupationRef): { credit: number; how: string } {
  let best = { credit: 0, how: '' };
  for (const reading of readings) {
    const { credit, how } = relationCredit(data, reading, held);
    const weighed = credit * reading.weight;
    const shown = reading.weight < 1 ? `${how} (a reading of the posting at ${Math.round(reading.weight * 100)}%)` : how;
    if (weighed > best.credit || !best.how) best = { credit: weighed, how: shown };
  }
  return best;
}

/** Every job's fit to the posting's occupation, best first. */
function positionFits(data: OccupationData, job: JobProfile, resume: ResumeProfile, asOf: YearMonth): PositionFit[] {
  const readings = postingReadingsOf(job);
  if (!readings.length) return [];
  const fits: PositionFit[] = [];
  const jobs = resume.experience.positions.filter((p) => !p.kind || p.kind === 'job' || p.kind === 'internship');
  const latest = jobs.map((p) => (p.end === 'present' ? asOf : p.end)).sort().at(-1) ?? asOf;
  for (const position of jobs) {
    if (!position.occupation) continue;
    const { credit, how } = readingsCredit(data, readings, position.occupation);
    const old = monthIndex(latest) - monthIndex(position.end === 'present' ? asOf : position.end) > RECENT_MONTHS;
    const factor = (old ? OLD_FACTOR : 1) * (position.kind === 'internship' ? 0.5 : 1);
    const what = `${position.title ?? `a position (${position.occupation.via})`} → ${position.occupation.title} ${position.occupation.code}, ${how}`;
    fits.push({ position, credit: credit * factor, why: `${what}${old ? ' (held over five years ago)' : ''}${position.kind === 'internship' ? ' (an internship)' : ''}` });
  }
  return fits.sort((a, b) => b.credit - a.credit);
}

/** The resume's words read as the posting's occupation, or a related one (no title needed). */
function taskFit(data: OccupationData, readings: OccupationReading[], resume: ResumeProfile): { credit: number; why: string } | undefined {
  let best: { credit: number; why: string } | undefined;
  for (const found of resume.taskOccupations ?? []) {
    const { credit, how } = readingsCredit(data, readings, found);
    const scaled = credit * TASKS_FACTOR;
    if (!best || scaled > best.credit) best = { credit: scaled, why: `the resume's duties read as ${found.title} ${found.code} (${found.via}), ${how}` };
  }
  return best;
}

/**
 * A headline states what the candidate is ("AUTOMOBILE TRANSPORTER" under the name) but holds
 * no dates: it counts at this share of a position's reading.
 */
const HEADLINE_FACTOR = 0.85;

/** The resume's headline read as the posting's occupation, or a related one. */
function headlineFit(data: OccupationData, readings: OccupationReading[], resume: ResumeProfile): { credit: number; why: string } | undefined {
  const held = resume.headlineOccupation;
  if (!held) return undefined;
  const { credit, how } = readingsCredit(data, readings, held);
  return { credit: credit * HEADLINE_FACTOR, why: `the resume's ${held.via} → ${held.title} ${held.code}, ${how}` };
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
  const readings = postingReadingsOf(job);
  const byTasks = taskFit(data, readings, resume);
  if (byTasks && (!best || byTasks.credit > best.credit)) best = byTasks;
  const byHeadline = headlineFit(data, readings, resume);
  if (byHeadline && (!best || byHeadline.credit > best.credit)) best = byHeadline;
  const credit = round(best?.credit ?? 0);
  const shown = best?.position ? titleLine(best.position, lines) : undefined;
  const evidence: Evidence[] = shown ? [lineEvidence(shown, 'experience')] : [];
  return roleLine(
    {
      id: 'O',
      kind: 'role',
      anyOf: [`${asked.title} (${asked.code})`],
      weight: ROLE_LINE_WEIGHTS.occupation,
      credit,
      matched: credit > 0 ? (best!.position?.title ?? 'duties') : null,
      evidence: credit > 0 ? evidence : [],
      why: credit > 0 ? best!.why : 'no position title reads as this occupation or a related one',
    },
    'occupation',
  );
}


/** A line of the role tier: its status from its credit, and the way it was met when it was. */
export function roleLine(line: Omit<RequirementResult, 'tier' | 'status' | 'via'>, via: CreditSource): RequirementResult {
  // The report's key order: id, tier, kind, anyOf, weight, status, then the rest as given.
  const { id, kind, anyOf, weight, ...rest } = line;
  const result: RequirementResult = { id, tier: 'role', kind, anyOf, weight, status: statusOf(line.credit), ...rest };
  if (line.credit > 0) result.via = via;
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
  return roleLine(
    {
      id: 'D',
      kind: 'duties',
      anyOf: [`the posting's ${duties.length} duty sentences`],
      weight: ROLE_LINE_WEIGHTS.duties,
      credit,
      matched: credit > 0 ? `${best.length} of ${duties.length} carried` : null,
      evidence: best.slice(0, DUTY_EVIDENCE).map((f) => textEvidenceOf(f.evidence!, lines)),
      why: `text evidence: resume lines carry ${Math.round(mean * 100)}% of the duty sentences' words on average; ${best.length} of ${duties.length} at half or more${best[0] ? ` (best: posting line ${best[0].duty.line} "${best[0].duty.text.slice(0, 80)}")` : ''}`,
    },
    'text',
  );
}
