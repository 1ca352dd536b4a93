import { createSkillFinder } from '../match/index.js';
import { analyzeResume } from '../resume/index.js';
import { scoreCandidate } from '../score/index.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { type Fingerprint, assessResume, claimedNotShown, fingerprint } from '../trust/index.js';
import type { CandidateReport, Config, Document, InputError, JobProfile, ResumeProfile, Skill, SkillFinder, Taxonomy } from '../types.js';

export { type DocumentReader, type FileOutcome, readDocument } from './read-document.js';

/** What a batch needs to know before the taxonomy and matcher are built (plain data). */
export interface BatchSpec {
  config: Config;
  /** ISO 639-3 language resumes are expected in (the posting's); others get LANGUAGE. */
  language?: string;
  /** User skills from --skills / config, added to the built-in taxonomy. */
  extraSkills: Skill[];
}

export interface BatchContext extends BatchSpec {
  taxonomy: Taxonomy;
  findSkills: SkillFinder;
  /** The same matcher in posting mode (soft skills read in prose). */
  findJobSkills: SkillFinder;
}

/** Builds the taxonomy and resume matcher once per process (or worker); the posting matcher on first use. */
export function makeContext(spec: BatchSpec): BatchContext {
  const taxonomy = loadTaxonomy(spec.extraSkills);
  let jobFinder: SkillFinder | undefined;
  return {
    ...spec,
    taxonomy,
    findSkills: createSkillFinder(taxonomy),
    findJobSkills: (text) => (jobFinder ??= createSkillFinder(taxonomy, { posting: true }))(text),
  };
}

/** What was read from a resume, with the trust warnings (stuffing, placeholder, not a resume, language). */
export function analyzeDocument(doc: Document, ctx: BatchContext): ResumeProfile {
  const profile = analyzeResume(doc, ctx.findSkills, ctx.config.asOf);
  const trust = assessResume(doc, profile, ctx.language ? { expectedLanguage: ctx.language } : {});
  return { ...profile, warnings: [...profile.warnings, ...trust] };
}

export type FileResult = { ok: true; candidate: CandidateReport; fingerprint: Fingerprint } | { ok: false; error: InputError };

/** One document analyzed and scored. Only the small report (and a fingerprint) is kept. */
export function scoreDocument(doc: Document, job: JobProfile, ctx: BatchContext): FileResult {
  const resume = analyzeDocument(doc, ctx);
  const candidate = scoreCandidate(job, resume, { taxonomy: ctx.taxonomy, config: ctx.config, lines: doc.lines });
  const unshown = claimedNotShown(resume);
  if (unshown.length) (candidate.suggestions ??= []).push(`Claimed but never shown in a position or project: ${unshown.slice(0, 8).join(', ')}${unshown.length > 8 ? ` and ${unshown.length - 8} more` : ''}.`);
  return { ok: true, candidate, fingerprint: fingerprint(doc) };
}
