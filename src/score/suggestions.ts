import type { Advice, JobProfile, RequirementResult, ResumeProfile } from '../types.js';

const MAX_SUGGESTIONS = 6;

/**
 * Concrete things a candidate can fix, most important first: required skills the resume
 * never names, skills only listed but never shown in a position, and a years gap. As data:
 * messages.ts words them (the report's `suggestions`).
 */
export function suggestImprovements(job: JobProfile, resume: ResumeProfile, results: RequirementResult[]): Advice[] {
  const out: Advice[] = [];
  for (const r of results.filter((x) => x.tier === 'required' && x.status === 'missing' && x.kind !== 'years' && x.kind !== 'education')) {
    out.push({ code: 'REQUIRED_MISSING', args: { anyOf: [...r.anyOf], line: r.source ? (r.source.fileLine ?? r.source.line) : null } });
  }
  for (const r of results.filter((x) => x.status === 'partial' && x.why?.startsWith('listed'))) {
    out.push({ code: 'ONLY_LISTED', args: { skill: String(r.matched) } });
  }
  for (const r of results.filter((x) => x.status === 'partial' && x.why?.includes('implied by'))) {
    out.push({ code: 'NAME_IT', args: { asked: String(r.anyOf[0]), shown: String(r.matched) } });
  }
  const months = resume.experience.totalMonths;
  if (job.minYears && months !== null && months / 12 < job.minYears) out.push({ code: 'YEARS_SHORT', args: { minYears: job.minYears, months } });
  if (job.minYears && months === null) out.push({ code: 'NO_DATED_POSITIONS', args: {} });
  return out.slice(0, MAX_SUGGESTIONS);
}
