import { builtin } from '../builtin/index.js';
import { mergedMonths } from '../resume/index.js';
import { isCloseOccupation } from '../occupation/index.js';
import { type EducationLevel, type JobProfile, type OccupationData, type Position, type RequirementResult, type ResumeProfile, type YearMonth, educationRank } from '../types.js';
import { round, statusOf } from './match-requirement.js';

/** Weight of the general lines inside the general tier. */
const YEARS_WEIGHT = 2;
const EDUCATION_WEIGHT = 1;

/** Families of related fields of study (data/education-fields.json): a degree in one meets a request for another. */
const fieldFamilies = (): string[][] => builtin.educationFields<{ families: string[][] }>().families;

/** Highest level the resume shows. */
export function highestEducation(resume: ResumeProfile): EducationLevel {
  return resume.education.reduce<EducationLevel>((best, e) => (educationRank(e.level) > educationRank(best) ? e.level : best), 'none');
}


/**
 * Years of *relevant* experience: the merged months of positions that show a skill the
 * posting requires ("5+ years of software engineering" is not met by six years of nursing).
 * A resume whose positions name no skills at all falls back to its total when it meets at
 * least half of the required groups, since many resumes list skills apart from positions.
 */
export function relevantMonths(resume: ResumeProfile, results: RequirementResult[], asOf: YearMonth, occupations?: { data: OccupationData; job: JobProfile }): number | null {
  const total = resume.experience.totalMonths;
  if (total === null) return null;
  // A position in the posting's occupation, or one O*NET relates closely to it, is relevant
  // whatever skills it names: a "Full stack PHP Developer" has years of software engineering.
  const asked = occupations?.job.occupation;
  const inRole = (p: Position) => !!asked && !!p.occupation && isCloseOccupation(occupations!.data, asked.code, p.occupation.code);
  // Only what the posting requires makes a position relevant: a preferred "documentation"
  // would make every nursing job count as software experience.
  const matched = new Set(results.filter((r) => r.credit > 0 && r.matched && r.tier === 'required' && r.kind !== 'soft').map((r) => r.matched!.toLowerCase()));
  const jobs = resume.experience.positions.filter((p) => !p.kind || p.kind === 'job');
  const relevant = jobs.filter((p) => inRole(p) || p.skills?.some((s) => matched.has(s.toLowerCase())));
  if (relevant.length) return Math.min(total, mergedMonths(relevant, asOf));
  const required = results.filter((r) => r.tier === 'required');
  const met = required.filter((r) => r.credit > 0).length;
  const noSkillsInPositions = jobs.every((p) => !p.skills?.length);
  return noSkillsInPositions && required.length > 0 && met / required.length >= 0.5 ? total : 0;
}

/** The general years minimum as its own line: credit grows with the share of relevant years shown. */
export function yearsResult(job: JobProfile, resume: ResumeProfile, years: number | null): RequirementResult | undefined {
  if (!job.minYears) return undefined;
  const months = years === null ? null : years * 12;
  const credit = years === null ? 0 : round(Math.min(1, years / job.minYears));
  const total = resume.experience.totalMonths;
  let why: string | undefined;
  if (years === null) why = 'no dated positions found';
  else if (credit < 1) why = `${years.toFixed(1)} of ${job.minYears} years in positions that show the asked skills${total !== null && total > (months ?? 0) ? ` (${(total / 12).toFixed(1)} in all)` : ''}`;
  return {
    id: 'Y',
    tier: 'general',
    kind: 'years',
    anyOf: [`${job.minYears}+ years of experience`],
    weight: YEARS_WEIGHT,
    status: statusOf(credit),
    credit,
    matched: years === null ? null : `${years.toFixed(1)} relevant years`,
    evidence: [],
    ...(why ? { why } : {}),
  };
}

function sameFamily(asked: string[], field: string | null): boolean {
  if (asked.length === 0 || field === null) return true;
  const f = field.toLowerCase();
  return asked.some((a) => {
    const want = a.toLowerCase();
    if (f.includes(want) || want.includes(f)) return true;
    return fieldFamilies().some((family) => family.some((w) => want.includes(w)) && family.some((w) => f.includes(w)));
  });
}

/**
 * The degree asked as its own line. A degree in an unrelated field counts half; "or
 * equivalent experience" turns a shortfall into partial credit when the years are met.
 */
export function educationResult(job: JobProfile, resume: ResumeProfile, relevantYears: number | null): RequirementResult | undefined {
  const asked = job.education;
  if (!asked || asked.level === 'none') return undefined;
  const atLevel = resume.education.filter((e) => educationRank(e.level) >= educationRank(asked.level));
  const have = highestEducation(resume);
  const gap = educationRank(asked.level) - educationRank(have);
  const inField = atLevel.some((e) => sameFamily(asked.fields, e.field));
  let credit = gap <= 0 ? (inField ? 1 : 0.5) : gap === 1 ? 0.5 : 0;
  let why: string | undefined;
  if (gap > 0) why = have === 'none' ? 'no degree found' : `${have.replace('_', ' ')} shown, ${asked.level} asked`;
  else if (!inField) why = `degree in another field (${atLevel.map((e) => e.field).filter(Boolean).join(', ') || 'unknown'})`;
  const yearsMet = job.minYears !== null && relevantYears !== null && relevantYears >= job.minYears;
  if (credit < 1 && asked.orEquivalent && yearsMet) {
    credit = Math.max(credit, 0.75);
    why = `${why}; the posting accepts equivalent experience`;
  }
  return {
    id: 'E',
    tier: 'general',
    kind: 'education',
    anyOf: [asked.fields.length ? `${asked.level} (${asked.fields.join(', ')})` : asked.level],
    weight: EDUCATION_WEIGHT,
    status: statusOf(credit),
    credit,
    matched: have === 'none' ? null : have,
    evidence: [],
    ...(why ? { why } : {}),
    ...(asked.source ? { source: asked.source } : {}),
  };
}
