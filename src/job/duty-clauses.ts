import type { SourceLine } from '../types.js';
import { isBoilerplate } from './line-tier.js';
import type { JobSegment } from './split-job-sections.js';

/** Sections whose sentences describe the work or the person asked for. */
const WORK_KINDS: ReadonlySet<string> = new Set(['responsibilities', 'required', 'preferred', 'stack', 'other']);
/** A clause needs this many words to say what the work is ("Sales" alone says little). */
const MIN_WORDS = 2;
/** Enough to describe a job; a posting's later clauses repeat or drift into boilerplate. */
const MAX_CLAUSES = 40;

/**
 * The posting's sentences about the work (duties, asks, stack), each with its line: what the
 * resume's own lines are matched against for the duties line of role fit. Benefits, EEO,
 * how-to-apply and company blurb are left out.
 */
export function dutyClauses(segments: readonly JobSegment[]): SourceLine[] {
  const out: SourceLine[] = [];
  const seen = new Set<string>();
  for (const s of segments) {
    if (!WORK_KINDS.has(s.kind) || isBoilerplate(s.text)) continue;
    const text = s.text.trim();
    const key = text.toLowerCase();
    if (text.split(/\s+/).length < MIN_WORDS || seen.has(key)) continue;
    seen.add(key);
    out.push({ line: s.line, text });
    if (out.length === MAX_CLAUSES) break;
  }
  return out;
}
