import type { JobProfile, RequirementResult, ResumeProfile } from '../types.js';

const MAX_SUGGESTIONS = 6;

/**
 * Concrete things a candidate can fix, most important first: required skills the resume
 * never names, skills only listed but never shown in a position, and a years gap.
 */
export function suggestImprovements(job: JobProfile, resume: ResumeProfile, results: RequirementResult[]): string[] {
  const out: string[] = [];
  for (const r of results.filter((x) => x.tier === 'required' && x.status === 'missing' && x.kind !== 'years' && x.kind !== 'education')) {
    out.push(`Required but not found: ${r.anyOf.join(' or ')}. If you have it, name it in a position where you used it (posting line ${r.source ? (r.source.fileLine ?? r.source.line) : '?'}).`);
  }
  for (const r of results.filter((x) => x.status === 'partial' && x.why?.startsWith('listed'))) {
    out.push(`${r.matched} is only listed; show it in a position or project with what you built.`);
  }
  for (const r of results.filter((x) => x.status === 'partial' && x.why?.includes('implied by'))) {
    out.push(`${r.anyOf[0]} is asked for; you show ${r.matched}. Name ${r.anyOf[0]} explicitly if you have used it.`);
  }
  const years = resume.experience.totalMonths === null ? null : resume.experience.totalMonths / 12;
  if (job.minYears && years !== null && years < job.minYears) {
    out.push(`The posting asks for ${job.minYears}+ years; the dated positions add up to ${years.toFixed(1)}.`);
  }
  if (job.minYears && years === null) out.push('No dated positions were found; write dates as "Jan 2020 – Present" so experience can be counted.');
  return out.slice(0, MAX_SUGGESTIONS);
}
