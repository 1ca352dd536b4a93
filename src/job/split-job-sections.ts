import type { Line } from '../types.js';
import { classifyHeading, findInlineHeadings, lineHeading, normalizeHeading } from './find-headings.js';
import { jobRules, type SectionKind, type HeadingKind } from './rules.js';
import { splitClauses } from './split-clauses.js';

const FIELD_HEADINGS: ReadonlySet<string> = new Set(jobRules.fieldHeadings);

/** A clause of the posting with the section it sits in. Offsets are into its line's text. */
export interface JobSegment {
  line: number;
  start: number;
  end: number;
  text: string;
  kind: SectionKind;
  bulleted: boolean;
  /** The posting has no headings above this clause: tier comes from the clause's own cues. */
  unheaded: boolean;
}

/**
 * Step 1 of job analysis: cut the posting into clauses and give each the kind of section it
 * sits in. Headings may be whole lines (capitals, `##`, bold, "Title:") or glued into a
 * run-on paragraph; the first line is the title.
 */
export function splitJobSections(lines: Line[]): JobSegment[] {
  const segments: JobSegment[] = [];
  let kind: SectionKind = 'other';
  let headed = false;
  // A field heading ("Location:", "Schedule:") labels one value, not a section: the section
  // around it resumes after its first clause.
  let resume: SectionKind | null = null;
  const enter = (heading: HeadingKind, text = ''): void => {
    const field = FIELD_HEADINGS.has(normalizeHeading(text));
    resume = field ? (resume ?? kind) : null;
    kind = heading === 'inherit' ? (kind === 'required' || kind === 'preferred' ? kind : 'required') : heading;
    headed = true;
  };
  joinWrappedLines(lines).forEach((line, index) => {
    if (index === 0 && isTitleLine(line.text)) {
      segments.push({ line: line.n, start: 0, end: line.text.length, text: line.text.trim(), kind: 'title', bulleted: false, unheaded: false });
      return;
    }
    const whole = lineHeading(line.text, line.bullet);
    if (whole) {
      enter(whole, line.text);
      return;
    }
    let from = 0;
    const push = (to: number): void => {
      for (const c of splitClauses(line.text.slice(from, to), from)) {
        segments.push({ ...c, bulleted: c.bulleted || (line.bullet && c.start === 0), line: line.lineAt(c.start), kind, unheaded: !headed });
        if (resume !== null) [kind, resume] = [resume, null];
      }
    };
    for (const h of findInlineHeadings(line.text)) {
      push(h.start);
      enter(h.kind, line.text.slice(h.start, h.end));
      from = h.end;
    }
    push(line.text.length);
  });
  return dutyLeadIns(preferredLeadIns(segments));
}

/**
 * "Daily duties would include:", "Key responsibilities are:": a short clause that says the items
 * after it are the work heads the list that follows (its bulleted items, no further: a run-on
 * posting has no heading to end the section) as a responsibilities section would.
 */
function dutyLeadIns(segments: JobSegment[]): JobSegment[] {
  segments.forEach((seg, i) => {
    if (seg.kind === 'title' || seg.kind === 'responsibilities' || !isDutyLeadIn(seg.text)) return;
    for (let j = i + 1; j < segments.length && segments[j]!.kind === seg.kind && segments[j]!.bulleted; j++) segments[j]!.kind = 'responsibilities';
  });
  return segments;
}
const DUTY_LEAD_IN = /\b(?:duties|responsibilities|tasks)\b/i;
const DUTY_LEAD_IN_END = /\b(?:include|includes|are|involve|involves|will be|would be)\s*:?\s*$/i;

function isDutyLeadIn(text: string): boolean {
  return text.split(/\s+/).length <= 8 && DUTY_LEAD_IN.test(text) && DUTY_LEAD_IN_END.test(text);
}

/**
 * "We strongly prefer candidates who also have:", "Pluses include:", "Bonus points if you
 * have:": a short clause that says the items after it are wanted, not needed, heads them as a
 * preferred section would, until the section changes.
 */
function preferredLeadIns(segments: JobSegment[]): JobSegment[] {
  const headings = new Set<JobSegment>();
  segments.forEach((seg, i) => {
    if (seg.kind === 'title' || seg.kind === 'preferred') return;
    const heading = isPreferredHeading(seg, segments[i + 1]);
    if (!heading && !isPreferredLeadIn(seg.text)) return;
    if (heading) headings.add(seg);
    for (let j = i + 1; j < segments.length && segments[j]!.kind === seg.kind; j++) segments[j]!.kind = 'preferred';
  });
  // A heading asks nothing itself.
  return segments.filter((s) => !headings.has(s));
}
const LEAD_IN_END = /\b(?:have|has|include|includes|are|is|following|know|bring)\s*:?\s*$/i;
const PREFERRED_LEAD_IN = /\b(?:prefer|preferred|preferably|plus|pluses|bonus|nice[ -]to[ -]have|ideally|desired|desirable|advantage|advantageous|would be great)\b/i;

function isPreferredLeadIn(text: string): boolean {
  return text.split(/\s+/).length <= 10 && LEAD_IN_END.test(text) && PREFERRED_LEAD_IN.test(text);
}

/**
 * "Big pluses;- Have experience…": a preferred heading no heading rule knew (a word before the
 * phrase, a semicolon after), cut off as a clause of its own, heads the list items after it. A
 * lone "a plus" closing the item before is no heading: it is in lower case, opens with its
 * article or verb ("A plus.", "is a plus"), or ends a sentence.
 */
function isPreferredHeading(seg: JobSegment, next: JobSegment | undefined): boolean {
  if (next === undefined || !next.bulleted || seg.text.split(/\s+/).length > 3 || /[.!?]$/.test(seg.text)) return false;
  // "Kafka; a plus - Python": the aside of the item before, in lower case or as its predicate.
  return /^[A-Z]/.test(seg.text) && !ASIDE.test(seg.text) && classifyHeading(seg.text) === 'preferred';
}
const ASIDE = /^(?:a|an|is|are|would|will|also)\b/i;

interface LogicalLine {
  n: number;
  text: string;
  bullet: boolean;
  /** The document line that holds a given offset of the joined text. */
  lineAt: (offset: number) => number;
}

/**
 * Prose wrapped at a fixed width is one sentence over several lines ("…Kubernetes or" /
 * "ECS; strong grasp…"): join a line to the next unless it ends a sentence, or the next is
 * a bullet or a heading.
 */
function joinWrappedLines(lines: Line[]): LogicalLine[] {
  const out: { n: number; text: string; bullet: boolean; starts: [number, number][] }[] = [];
  lines.forEach((line, i) => {
    const prev = out[out.length - 1];
    const prevLine = lines[i - 1];
    const wraps =
      prev !== undefined &&
      prevLine !== undefined &&
      (i > 1 || !isTitleLine(prevLine.text)) &&
      prevLine.text.trim().length >= 40 &&
      !/[.!?:]["”)]?\s*$/.test(prevLine.text) &&
      !line.bullet &&
      !/^\s*(?:[•●▪◦■►➢✓*\-–#]|\d+[.)]\s)/.test(line.text) &&
      lineHeading(line.text) === null &&
      lineHeading(prevLine.text) === null;
    if (wraps) {
      prev.starts.push([prev.text.length + 1, line.n]);
      prev.text += ' ' + line.text.trim();
    } else out.push({ n: line.n, text: line.text, bullet: line.bullet === true, starts: [[0, line.n]] });
  });
  return out.map((l) => ({
    n: l.n,
    text: l.text,
    bullet: l.bullet,
    lineAt: (offset: number) => l.starts.filter(([at]) => at <= offset).pop()![1],
  }));
}

function isTitleLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 90 && !/[.!?]$|[.!?]\s+[A-Z][a-z]*\s+[a-z]/.test(t) && (lineHeading(t) === null || classifyHeading(t) === null);
}
