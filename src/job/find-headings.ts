import { escapeRegExp } from '../regexp.js';
import { jobRules, type HeadingKind } from './rules.js';

/** A heading found inside a line: where it sits, where its content starts, and its kind. */
export interface InlineHeading {
  start: number;
  /** First offset after the heading and its colon or dash. */
  end: number;
  kind: HeadingKind;
}

const aboutPattern = new RegExp(jobRules.aboutHeadingPattern, 'i');
const weak = new Set(jobRules.weakInlineHeadings);
const phraseKind = new Map<string, HeadingKind>();
for (const { kind, phrases } of jobRules.headings) {
  for (const p of phrases) if (!phraseKind.has(p)) phraseKind.set(p, kind);
}
// Longest first, so "Minimum Requirements" wins over "Requirements" at the same place.
const phrases = [...phraseKind.keys()].sort((a, b) => b.length - a.length);
/** Phrases by first letter, each list longest first. */
const phrasesByFirst = new Map<string, string[]>();
for (const p of phrases) phrasesByFirst.set(p[0]!, [...(phrasesByFirst.get(p[0]!) ?? []), p]);

/** What /\s/ matches. */
const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/**
 * Where a (lower-case ASCII) phrase matches at `at`, as /phrase/i would with each space as
 * \s+ and each apostrophe optional (straight or curly): the end offset, or -1.
 */
function phraseEnd(text: string, at: number, phrase: string): number {
  let i = at;
  for (let k = 0; k < phrase.length; k++) {
    const want = phrase.charCodeAt(k);
    const code = text.charCodeAt(i);
    if (want === 0x20) {
      if (!isSpace(code)) return -1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else if (want === 0x27) {
      if (code === 0x27 || code === 0x2019) i++;
    } else if (code === want || (want >= 0x61 && want <= 0x7a && code === want - 0x20)) i++;
    else return -1;
  }
  return i;
}

/**
 * Every known heading phrase in the text, left to right, the longest at each place, as one
 * /i alternation of them all would find them. A scan rather than that regex: compiling it
 * cost ~10 ms of every start.
 */
export function findHeadingPhrases(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    const candidates = code < 0x80 ? phrasesByFirst.get(String.fromCharCode(code).toLowerCase()) : undefined;
    let end = -1;
    for (const phrase of candidates ?? []) if ((end = phraseEnd(text, at, phrase)) > at) break;
    if (end > at) {
      found.push({ index: at, text: text.slice(at, end) });
      at = end;
    } else at++;
  }
  return found;
}

/** Known phrases found inside a longer heading ("Basic Qualifications for the role"). */
const CONTAINED = jobRules.headings.flatMap(({ kind, phrases: list }) => list.filter((p) => p.length >= 5).map((phrase) => ({ kind, phrase })));

const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/**
 * Whether `phrase` stands in `text` with no a–z letter either side: a string search, not a
 * regex per phrase (compiling ~100 of them cost ~5 ms of every start).
 */
export function containsWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || !isLower(text.charCodeAt(at - 1))) && (end === text.length || !isLower(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** Lower-cases a heading and drops Markdown marks, colons and curly quotes. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/^[#\s*_]+|[\s*_:.\-–]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** The kind a heading names: exact phrase first, then a known phrase inside it, else null. */
export function classifyHeading(text: string): HeadingKind | null {
  const norm = normalizeHeading(text);
  if (!norm) return null;
  const exact = phraseKind.get(norm) ?? phraseKind.get(norm.replace(/'/g, ''));
  if (exact) return exact;
  if (aboutPattern.test(norm) && norm.split(' ').length <= 4) return 'about';
  for (const { kind, phrase } of CONTAINED) if (containsWord(norm, phrase)) return kind;
  return null;
}

/**
 * A whole line that is a heading: short, and either a known heading or shaped like one
 * (Markdown `##`, all capitals). Unknown shaped headings are `other`: they end the section above.
 * An item of a list ("• AWS", "- SQL") or a short name in capitals alone ("HTML") is no unknown
 * heading: read as one, it dropped the name and ended the requirements above it.
 */
export function lineHeading(text: string, bulleted = false): HeadingKind | null {
  const bare = text.replace(/^[#\s*_]+|[\s*_]+$/g, '').trim();
  if (!bare || bare.length > 70 || bare.split(/\s+/).length > 9) return null;
  if (/[.!?]$/.test(bare) && !/^#/.test(text)) return null;
  const known = classifyHeading(bare);
  const markdown = /^#{1,6}\s/.test(text);
  const bold = /^\s*(\*\*|__).+(\*\*|__)\s*$/.test(text);
  const capitals = /[A-Z]{3}/.test(bare) && bare === bare.toUpperCase();
  const colon = /:\s*$/.test(bare);
  // A known phrase counts when marked as a heading, or when it is the whole line ("Requirements").
  if (known && (markdown || bold || capitals || colon || phraseKind.has(normalizeHeading(bare)))) return known;
  if (markdown) return 'other';
  if (capitals && !bulleted && !/^\s*[-–*+•]\s/.test(text) && bare.replace(/[^A-Z]/g, '').length > 4) return 'other';
  return null;
}

/**
 * Headings glued into running text ("...planningMinimum Requirements: MySQL",
 * "RequirementsQualificationsMinimum high school"): a known phrase that starts with a
 * capital, stands after a sentence end, a mark or a glued lower-case word, and is followed
 * by a colon, a dash or bullet, or a glued capital.
 */
export function findInlineHeadings(text: string): InlineHeading[] {
  const found: InlineHeading[] = [];
  // Headings no colon, dash or line end marks: inside a company's blurb they are its prose.
  const unmarked = new Set<InlineHeading>();
  for (const m of findHeadingPhrases(text)) {
    const start = m.index;
    const phrase = normalizeHeading(m.text).replace(/\s+/g, ' ');
    const kind = phraseKind.get(phrase) ?? phraseKind.get(phrase.replace(/'/g, ''));
    if (!kind || !/^[A-Z]/.test(m.text)) continue;
    const before = text.slice(0, start);
    // "Licenses/Certification:": a second heading word after a slash belongs to the heading.
    const slash = /^\/[A-Za-z][A-Za-z ]{1,30}(?=\s*:)/.exec(text.slice(start + m.text.length));
    const heading = m.text + (slash?.[0] ?? '');
    const after = text.slice(start + heading.length);
    const gluedBefore = /[a-z]$/.test(before);
    const strongBefore = /^\s*$/.test(before) || /[.!?]\s*$/.test(before) || gluedBefore;
    const markBefore = strongBefore || /[^A-Za-z\s]\s*$/.test(before) || /\s{2,}$/.test(before);
    const colon = /^\s*:\s*[-–]?\s*/.exec(after);
    // A several-word heading phrase with its colon stands even mid-sentence ("as needed Required skills:").
    // So does one word with its colon opening a list ("…at the company Qualifications: - Bachelor's").
    const opensList = /^\s*:\s*[-–•*]\s/.test(after);
    // …or glued to the capital that opens its content, as flattening leaves it ("…as assigned
    // Qualifications:Bachelor's degree").
    const gluedContent = /^:[A-Z]/.test(after);
    // A requirements heading of several capitalised words after a lower-case word, before a
    // capitalised one, is a heading glued in by flattening ("…margin of error Job Requirements Five
    // (5) plus years"). Only "requirements": other phrases so placed ("… Basic Qualifications …")
    // read prose as sections and cost the held-out occupation ranking (banking AUC 0.79 → 0.63).
    const titled = /\brequirements\b/.test(phrase) && phrase.includes(' ') && /^(?:[A-Z][\w'’&-]*\s+)+[A-Z][\w'’&-]*$/.test(heading) && /[a-z,]\s$/.test(before) && /^\s+[A-Z0-9]/.test(after) && !weak.has(phrase);
    if (!markBefore && !titled && !(colon && (phrase.includes(' ') || opensList || gluedContent) && !weak.has(phrase))) continue;
    const allCaps = heading === heading.toUpperCase();
    let end = -1;
    const dash = /^\s*[-–•*]/.exec(after);
    if (colon) end = start + heading.length + colon[0].length;
    else if (dash) end = start + heading.length;
    else if (/^\s*$/.test(after)) end = text.length;
    else if (/^[A-Z0-9(]/.test(after) && strongBefore && (phrase.length >= 5 || allCaps)) end = start + heading.length;
    else if (/^\s+[A-Z0-9]/.test(after) && strongBefore && !weak.has(phrase) && !gluedBefore) end = start + heading.length;
    else if (/^\s+[A-Z]/.test(after) && gluedBefore && !weak.has(phrase)) end = start + heading.length;
    else if (titled) end = start + heading.length;
    if (end < 0) continue;
    const inline = { start, end, kind };
    if (!colon && !dash && !/^\s*$/.test(after)) unmarked.add(inline);
    found.push(inline);
  }
  const all = [...found, ...findCapitalHeadings(text), ...findAboutHeadings(text)].sort((a, b) => a.start - b.start).filter(noOverlap);
  return all.filter((h, i) => !(unmarked.has(h) && insideBlurb(all, i, unmarked)));
}

/**
 * "About ManageForce … Our Technology Alliance Program includes the relevant technology
 * providers": a heading phrase that nothing marks, after the company's "About" heading, is a
 * sentence of the blurb ("Our Technology"), not a section of asks; a marked one ends the blurb.
 */
function insideBlurb(all: readonly InlineHeading[], i: number, unmarked: ReadonlySet<InlineHeading>): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (unmarked.has(all[k]!)) continue;
    return all[k]!.kind === 'about';
  }
  return false;
}

/**
 * "About Genesis10:", "About PasonPason is…", "About Cognizant Cognizant (NASDAQ…": the company
 * blurb's heading named after the company, inline. It ends at a colon, where the name is glued
 * to the next sentence, or where the name is said again; otherwise it is prose ("about Python").
 */
function findAboutHeadings(text: string): InlineHeading[] {
  const out: InlineHeading[] = [];
  for (const m of text.matchAll(/(?<=^|[.!?:)]\s*|[a-z]|\s{2})About\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})/g)) {
    const name = m[1]!;
    const nameStart = m.index + m[0].length - name.length;
    const colon = /^\s*:\s*/.exec(text.slice(m.index + m[0].length));
    const glue = /[a-z0-9](?=[A-Z][a-z])/.exec(name);
    const first = name.split(/\s+/)[0]!;
    let end = -1;
    if (colon && !glue) end = m.index + m[0].length + colon[0].length;
    else if (glue) end = nameStart + glue.index + 1;
    else if (new RegExp(`^\\s+${escapeRegExp(first)}\\b`).test(text.slice(nameStart + first.length))) end = nameStart + first.length;
    if (end > 0) out.push({ start: m.index, end, kind: 'about' });
  }
  return out;
}

/**
 * "PREFERRED QUALIFICATIONS •" (" | " once normalized), "NATURE AND SCOPE -": runs of capitals
 * before a mark. A star glued to the first item counts as the mark ("…of the role.PRINCIPAL
 * DUTIES AND RESPONSIBILITIES*Gain and maintain…"), as flattening leaves a bulleted list.
 */
function findCapitalHeadings(text: string): InlineHeading[] {
  const out: InlineHeading[] = [];
  const re = /(?<=^|[.!?]\s{0,3}|\s)([A-Z][A-Z&',/]*(?:\s+[A-Z&][A-Z&',/]*){1,7})\s*(?=[-–•:|]|\*[A-Z])/g;
  for (const m of text.matchAll(re)) {
    const words = m[1]!.split(/\s+/);
    if (words.some((w) => w.length < 2 && w !== '&') || m[1]!.replace(/[^A-Z]/g, '').length < 8) continue;
    const kind = classifyHeading(m[1]!) ?? 'other';
    const rest = text.slice(m.index + m[0].length);
    const mark = /^\s*:?\s*/.exec(rest)![0];
    out.push({ start: m.index, end: m.index + m[0].length + mark.length, kind });
  }
  return out;
}

function noOverlap(h: InlineHeading, i: number, all: InlineHeading[]): boolean {
  return !all.slice(0, i).some((o) => h.start < o.end && h.start >= o.start);
}
