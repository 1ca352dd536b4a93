import type { Document, ResumeSection, YearMonth } from '../types.js';
import { analyzeStructure, classifyLines } from '../resume/index.js';
import { scoreCues } from './cues.js';
import type { Finding } from '../messages.js';
import type { TrustRules } from './rules.js';

/** Sections whose headings mark a document as a resume. */
const RESUME_SECTIONS: ReadonlySet<ResumeSection> = new Set(['experience', 'education', 'skills', 'projects']);

/** Dated positions a posting may show (a company history, "founded 2015 – today") before it reads as a resume. */
const MAX_POSTING_POSITIONS = 1;
/** Resume headings (experience, education, skills, projects) that make one dated position enough. */
const MIN_RESUME_HEADINGS = 2;

/**
 * The mirror of NOT_A_RESUME: a "posting" with the shape of a resume (dated positions) and
 * too few of the posting cues (the job-posting kind of the not-a-resume rules) to reach their
 * threshold is most likely a resume given in the posting's place (arguments swapped).
 */
export function postingFindings(doc: Document, asOf: YearMonth, rules: TrustRules['notAResume']): Finding[] {
  const kind = rules.kinds.find((k) => k.kind === 'job posting');
  if (!kind) return [];
  const cues = scoreCues(doc.lines, kind.cues);
  if (cues.score >= kind.threshold) return [];
  const positions = analyzeStructure(doc.lines, asOf).positions.filter((p) => p.kind !== 'education').length;
  if (positions === 0) return [];
  const headed = [...new Set(classifyLines(doc.lines).filter((c) => c.heading && RESUME_SECTIONS.has(c.section)).map((c) => c.section))];
  // One dated line may be a company's history; with resume headings around it, it is a position.
  if (positions <= MAX_POSTING_POSITIONS && headed.length < MIN_RESUME_HEADINGS) return [];
  return [{ code: 'NOT_A_POSTING', positions, sections: headed }];
}
