import type { Diagnostic, Document, ResumeProfile, ResumeSection, YearMonth } from '../types.js';
import { type ResumeLayout, readLayout } from '../resume/index.js';
import { type Finding, toDiagnostics } from '../messages.js';
import { type Fingerprint, fingerprintWith, groupDuplicates } from './fingerprint.js';
import { detectLanguage, languageFindings, proseForLanguage } from './language.js';
import { type DocumentShape, measureShape, shapeFindings } from './not-a-resume.js';
import { postingFindings } from './not-a-posting.js';
import { measurePlaceholder, placeholderFindings } from './placeholder.js';
import { trustRules } from './rules.js';
import { type StuffingFigures, measureStuffing, stuffingFindings } from './stuffing.js';
import type { CueScore } from './cues.js';

export { claimedNotShown } from './stuffing.js';
export type { Finding } from '../messages.js';
export { similarity, type Fingerprint } from './fingerprint.js';

/** Sections whose headings mark a document as a resume. */
const RESUME_SECTIONS: ReadonlySet<ResumeSection> = new Set(['experience', 'education', 'skills', 'projects']);

export interface AssessOptions {
  /** ISO 639-3 code of the language resumes should be in; default 'eng'. */
  expectedLanguage?: string;
  /** Where the lines sit, as the resume stage read them; read again (without skills) when absent. */
  layout?: ResumeLayout;
}

/** Everything the trust checks measure on one resume: the figures behind its warnings. */
export interface TrustFigures {
  stuffing: StuffingFigures;
  placeholder: CueScore;
  shape: DocumentShape;
  /** ISO 639-3, or null when undetermined. */
  language: string | null;
}

/**
 * Step 1: the section of every line (the resume stage's reading).
 * Step 2: stuffing figures (skills-block share, listed-only skills, repeats), placeholder cues,
 *         cover-letter and job-posting cues against resume shape, and the prose's language.
 */
export function measureResume(doc: Document, profile: ResumeProfile, layout: ResumeLayout = readLayout(doc.lines)): TrustFigures {
  const rules = trustRules();
  const sections = layout.sections;
  const headed = new Set(layout.headed.filter((section) => RESUME_SECTIONS.has(section)));
  return {
    stuffing: measureStuffing(doc.lines, sections, profile, rules.stuffing),
    placeholder: measurePlaceholder(doc.lines, rules.placeholder),
    shape: measureShape(doc.lines, profile, headed.size, rules.notAResume),
    language: detectLanguage(proseForLanguage(doc.lines, sections, rules.language), rules.language),
  };
}

/** The findings the figures support, under the built-in rules. */
export function judgeFigures(figures: TrustFigures, options: AssessOptions = {}): Finding[] {
  const rules = trustRules();
  const isFiller = figures.placeholder.cues.some((cue) => rules.language.skipWhenCues.includes(cue));
  return [
    ...shapeFindings(figures.shape, rules.notAResume),
    ...placeholderFindings(figures.placeholder, rules.placeholder),
    ...stuffingFindings(figures.stuffing, rules.stuffing),
    ...(isFiller ? [] : languageFindings(figures.language, options.expectedLanguage ?? 'eng')),
  ];
}

/** Warnings about one resume, from its text and what was read from it. */
export function assessResume(doc: Document, profile: ResumeProfile, options: AssessOptions = {}): Diagnostic[] {
  return toDiagnostics(judgeFigures(measureResume(doc, profile, options.layout), options));
}

/** Warnings about the posting: NOT_A_POSTING when it reads like a resume. */
export function assessPosting(doc: Document, asOf: YearMonth): Diagnostic[] {
  return toDiagnostics(postingFindings(doc, asOf, trustRules().notAResume));
}

/** A compact fingerprint of a document's visible text for duplicate detection across formats (PDF vs DOCX of one resume). */
export function fingerprint(doc: Document): Fingerprint {
  return fingerprintWith(doc, trustRules().duplicates);
}

/** Groups duplicates: for each group of 2+ sources judged the same candidate, the kept source (first in sort order) and the others. */
export function findDuplicates(items: { source: string; fingerprint: Fingerprint }[]): { keep: string; duplicates: string[] }[] {
  return groupDuplicates(items, trustRules().duplicates);
}

/** The DUPLICATE_OF warning for a source that duplicates `keep` (the batch runner adds it). */
export function duplicateWarning(keep: string): Diagnostic {
  return toDiagnostics([{ code: 'DUPLICATE_OF', keep }])[0]!;
}
