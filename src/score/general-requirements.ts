import type { EducationLevel, JobProfile, RequirementResult, ResumeProfile } from '../types.js';
import { round } from './match-requirement.js';

export const EDUCATION_ORDER: EducationLevel[] = ['none', 'high_school', 'associate', 'bachelor', 'master', 'phd'];

/** Weight of the general lines inside the general tier. */
const YEARS_WEIGHT = 2;
const EDUCATION_WEIGHT = 1;

/** Highest level the resume shows. */
export function highestEducation(resume: ResumeProfile): EducationLevel {
  return resume.education.reduce<EducationLevel>((best, e) => (EDUCATION_ORDER.indexOf(e.level) > EDUCATION_ORDER.indexOf(best) ? e.level : best), 'none');
}

/** The general years minimum as its own line: credit grows with the share of years shown. */
export function yearsResult(job: JobProfile, resume: ResumeProfile): RequirementResult | undefined {
  if (!job.minYears) return undefined;
  const months = resume.experience.totalMonths;
  const years = months === null ? null : months / 12;
  const credit = years === null ? 0 : round(Math.min(1, years / job.minYears));
  return {
    id: 'Y',
    tier: 'general',
    kind: 'years',
    anyOf: [`${job.minYears}+ years of experience`],
    weight: YEARS_WEIGHT,
    status: credit >= 0.999 ? 'met' : credit > 0 ? 'partial' : 'missing',
    credit,
    matched: years === null ? null : `${years.toFixed(1)} years`,
    evidence: [],
    ...(credit < 1 ? { why: years === null ? 'no dated positions found' : `${years.toFixed(1)} of ${job.minYears} years` } : {}),
  };
}

/**
 * The degree asked as its own line. "Or equivalent experience" turns a missing degree into
 * partial credit when the candidate meets the years minimum.
 */
export function educationResult(job: JobProfile, resume: ResumeProfile): RequirementResult | undefined {
  const asked = job.education;
  if (!asked || asked.level === 'none') return undefined;
  const have = highestEducation(resume);
  const gap = EDUCATION_ORDER.indexOf(asked.level) - EDUCATION_ORDER.indexOf(have);
  const yearsMet = job.minYears !== null && (resume.experience.totalMonths ?? 0) >= job.minYears * 12;
  let credit = gap <= 0 ? 1 : gap === 1 ? 0.5 : 0;
  let why: string | undefined;
  if (gap > 0) why = have === 'none' ? 'no degree found' : `${have.replace('_', ' ')} shown, ${asked.level} asked`;
  if (gap > 0 && asked.orEquivalent && (yearsMet || have !== 'none')) {
    credit = Math.max(credit, 0.75);
    why = `${why}; the posting accepts equivalent experience`;
  }
  return {
    id: 'E',
    tier: 'general',
    kind: 'education',
    anyOf: [asked.fields.length ? `${asked.level} (${asked.fields.join(', ')})` : asked.level],
    weight: EDUCATION_WEIGHT,
    status: credit >= 0.999 ? 'met' : credit > 0 ? 'partial' : 'missing',
    credit,
    matched: have === 'none' ? null : have,
    evidence: [],
    ...(why ? { why } : {}),
    ...(asked.source ? { source: asked.source } : {}),
  };
}
