import type { OccupationData, OccupationMatch } from '../types.js';
import { ABBREVIATIONS, LEVEL_WORDS, sortedIndex, titleWords } from './words.js';

/** Below this confidence a title is left unread rather than guessed. */
export const TITLE_FLOOR = 0.5;
/** Confidence of an exact title once level words ("Senior", "II") are set aside. */
const EXACT_WITHOUT_LEVEL = 0.97;
/** A part of a title after its first (after a dash, in brackets) is likelier to be noise. */
const LATER_PART = 0.9;
/** A title word O*NET never uses counts like a fairly rare one, so noise lowers confidence. */
const UNKNOWN_WORD_IDF = 3;
/**
 * The last word of a title names the occupation ("Real Estate *Underwriter*"); a title that
 * shares the other words but not that one is a weaker reading.
 */
const MISSING_HEAD = 0.8;
/**
 * A title that holds the reading's head word only as a modifier of a head of its own, absent
 * from the reading, names another job: "managing partner *chef*" for "Managing Partner". Only
 * when the reading's last word ends some O*NET title, so it is a head itself ("public relations"
 * → "public relations specialist" fills in a head and stays whole). Stronger than MISSING_HEAD:
 * there the title may name the same job by another head word; here its head says what it is.
 * A head that was a level word ("Engineering Intern") leaves no head: the rule does not apply.
 * On the 1,094 position titles of 300 livecareer resumes, 0.6–0.8 change the same 7–8 readings
 * (README); 0.7 leaves "Managing Partner" unread rather than a chef.
 */
const OTHER_HEAD = 0.7;
/** An exact title inside a longer reading scores from this up to 1, by the share of the reading it explains. */
const SPAN_BASE = 0.8;
/**
 * A one-word title that many occupations use ("Supervisor", "Analyst", "Technician": idf under
 * 2.5, i.e. in more than ~80 occupations' titles) names none of them for sure: its exact hit
 * counts at this share of its score.
 */
const GENERIC = 0.6;
const GENERIC_IDF = 2.5;
/** A title's reading for an occupation that uses it least among those sharing it keeps this share of its score. */
const SHARED_TITLE_FLOOR = 0.85;
/** A "title" of more words than this is a sentence that a resume reader took for a title. */
const MAX_TITLE_WORDS = 8;

/**
 * Reads a position or posting title, or a requirement phrase ("Certified Nursing Assistant",
 * "CNA"), as the O*NET occupation it names.
 * Step 1: cut company, place and schedule noise: the title is its parts between commas, dashes,
 *         brackets, " at " and "Job in" (a one-word first part also reads with each later one:
 *         "Manager - Corporate Banking" → "corporate banking manager").
 * Step 2: each part yields readings: as written, and each side of a "/" or "&" with the head
 *         word it shares ("UI/UX Designer" → "ui designer", "ux designer"), abbreviations spelled out.
 * Step 3: a reading scores 1 when it is an O*NET title or alternate title as written, 0.97 once
 *         level words are set aside (× 0.6 for a generic one-word title: "Supervisor"); else the better of an exact title inside it (0.8–1, by the
 *         share of the reading it explains, × 0.8 when it stops short of the reading's last word
 *         and that word ends some title: "resident" in "resident care specialist") and the idf-weighted overlap of its words with the
 *         best title: the share of that title's words present × √(share of the reading's words
 *         used), × 0.8 when the title lacks the reading's last (head) word, × 0.7 when it holds that
 *         word only before a head of its own the reading lacks ("managing partner chef").
 * The best reading wins (a later part, read for exact titles only, at 0.9 of its score); null
 * below TITLE_FLOOR.
 */
export function matchTitle(data: OccupationData, title: string, options: { exactOnly?: boolean } = {}): OccupationMatch | null {
  return toMatch(data, walkTitle(data, title, undefined, options.exactOnly));
}

/**
 * Every occupation a title may name, best first, each with its best-scoring title: an
 * ambiguous title ("Underwriter" is an alternate title of Insurance Underwriters and of Loan
 * Officers) names several at the same confidence, and the posting's duties decide among them
 * (see readPosting). Same steps and scores as matchTitle; at most `limit`, none below `floor`.
 */
export function titleCandidates(data: OccupationData, title: string, floor = TITLE_FLOOR, limit = 8): OccupationMatch[] {
  const byOccupation = new Map<number, Found>();
  walkTitle(data, title, (found) => {
    // Below the floor here stays below it (the shared-title share only lowers a score), and a
    // title's text always scores alike, so nothing below it can be the heaviest of its text.
    if (found.score < floor) return;
    const occ = data.titleOccupation[found.id]!;
    byOccupation.set(occ, bestOf(byOccupation.get(occ) ?? null, found, data)!);
  });
  // A title several occupations share means the one that uses it most (O*NET's sources)
  // more often: each scores by its share of the commonest one's weight, from SHARED_TITLE_FLOOR.
  const heaviest = new Map<string, number>();
  for (const found of byOccupation.values()) {
    const text = titleText(data, found.id);
    heaviest.set(text, Math.max(heaviest.get(text) ?? 0, data.titleWeight[found.id]!));
  }
  for (const found of byOccupation.values()) {
    const share = data.titleWeight[found.id]! / heaviest.get(titleText(data, found.id))!;
    found.score *= SHARED_TITLE_FLOOR + (1 - SHARED_TITLE_FLOOR) * share;
  }
  return [...byOccupation.values()]
    .filter((found) => found.score >= floor)
    .sort((a, b) => b.score - a.score || data.titleWeight[b.id]! - data.titleWeight[a.id]! || a.id - b.id)
    .slice(0, limit)
    .map((found) => toMatch(data, found, floor)!);
}

/** A title id and how well it reads the text. */
interface Found {
  id: number;
  score: number;
}

/** Told every title a reading scores, not only the best (titleCandidates). */
type Collect = (found: Found) => void;

/** Steps 1–3: the best title; each title considered is also told to `collect`. */
function walkTitle(data: OccupationData, title: string, collect?: Collect, exactOnly = false): Found | null {
  let best: Found | null = null;
  const parts = titleParts(title);
  parts.forEach((part, index) => {
    // A later part is read only for an exact title: "City", "Excel" or a company name would
    // otherwise find some title that shares a word.
    const factor = index === 0 ? 1 : LATER_PART;
    const scaled: Collect | undefined = collect && ((f) => collect({ id: f.id, score: f.score * factor }));
    const found = matchPart(data, part, index === 0 && !exactOnly, scaled);
    if (found) best = bestOf(best, { id: found.id, score: found.score * factor }, data);
    // A bare head word first names its specialty after the dash: "Manager - Corporate Banking".
    if (index > 0 && !/\s/.test(parts[0]!)) best = bestOf(best, matchPart(data, `${part} ${parts[0]}`, !exactOnly, collect), data);
  });
  return best;
}

function matchPart(data: OccupationData, part: string, overlapToo: boolean, collect?: Collect): Found | null {
  let best: Found | null = null;
  for (const reading of readings(part, data)) best = bestOf(best, scoreReading(data, reading, overlapToo, collect), data);
  return best;
}

function toMatch(data: OccupationData, found: Found | null, floor = TITLE_FLOOR): OccupationMatch | null {
  if (!found || found.score < floor) return null;
  const occ = data.titleOccupation[found.id]!;
  return { code: data.codes[occ]!, title: data.names[occ]!, score: round(found.score), via: titleText(data, found.id) };
}

/** Step 1: the title's parts, the most telling first. */
export function titleParts(title: string): string[] {
  return title
    .replace(/\bjobs?\s+in\b.*$/i, ' ')
    .split(/\s*[,;|()[\]]\s*|\s+at\s+|\s+@\s+|\s[-–—]+|[-–—]+\s|:\s/i)
    .map((part) => part.trim())
    .filter((part) => /[a-z]/i.test(part));
}

/**
 * A word O*NET never uses that is two of its words run together ("backend" → "back end",
 * "frontend", "fullstack"), split; else the word as it is.
 */
function splitCompound(data: OccupationData, word: string): string[] {
  if (word.length < 7 || sortedIndex(data.words, word) >= 0) return [word];
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    if (sortedIndex(data.words, left) >= 0 && sortedIndex(data.words, right) >= 0) return [left, right];
  }
  return [word];
}

/** Step 2: the word lists a part may stand for. */
function readings(part: string, data: OccupationData): string[][] {
  const sides = part.split(/\s*[/&]\s*|\s+and\s+/i).filter(Boolean);
  const texts = [part];
  if (sides.length > 1) {
    texts.push(part.replace(/[/&]/g, ' '));
    for (let i = 0; i < sides.length; i++) {
      texts.push(sides[i]!);
      // "Accounting/Audit Specialist": the left side borrows the next side's head word.
      const next = sides.slice(i + 1).find((side) => side.trim().includes(' '));
      if (next) texts.push(`${sides[i]} ${next.trim().split(/\s+/).at(-1)}`);
    }
  }
  const out: string[][] = [];
  for (const text of texts) {
    const words = titleWords(text).flatMap((w) => splitCompound(data, w));
    if (!words.length) continue;
    out.push(words);
    if (words.some((w) => ABBREVIATIONS[w])) out.push(words.flatMap((w) => ABBREVIATIONS[w] ?? [w]));
  }
  return out;
}

/** Step 3: the best title for one reading, and its score. */
function scoreReading(data: OccupationData, words: string[], overlapToo: boolean, collect?: Collect): Found | null {
  const all = words.map((w) => sortedIndex(data.words, w));
  const asWritten = exactTitles(data, all, 0, all.length);
  if (asWritten.length) return exactFound(data, asWritten, 1, collect);
  const ids = all.filter((_, i) => !LEVEL_WORDS.has(words[i]!));
  if (!ids.length || ids.length > MAX_TITLE_WORDS) return null;
  if (ids.length < words.length) {
    const bare = exactTitles(data, ids, 0, ids.length);
    if (bare.length) return exactFound(data, bare, EXACT_WITHOUT_LEVEL, collect);
  }
  const massOf = (w: number): number => (w < 0 ? UNKNOWN_WORD_IDF : data.wordIdf[w]!);
  const queryMass = [...new Set(ids)].reduce((sum, w) => sum + massOf(w), 0);
  const span = exactSpan(data, ids, massOf, queryMass, collect);
  // A level word written last ("Engineering Intern") was the head: what is left is a modifier.
  const headWritten = !LEVEL_WORDS.has(words.at(-1)!);
  return overlapToo ? bestOf(span, overlap(data, ids, massOf, queryMass, headWritten, collect), data) : span;
}

/** The commonest of a reading's exact titles at `score`; every one of them is told to `collect`. */
function exactFound(data: OccupationData, ids: number[], score: number, collect?: Collect): Found {
  if (collect) for (const id of ids) collect({ id, score: exactScore(data, id, score) });
  return { id: ids[0]!, score: exactScore(data, ids[0]!, score) };
}

/**
 * The best exact title found inside the reading, ending on a word that ends some title
 * ("tax analyst" in "tax analyst company name city"): noise around a title is common where a
 * resume runs the title into its employer. Scored by the share of the reading it explains.
 */
function exactSpan(data: OccupationData, ids: number[], massOf: (w: number) => number, queryMass: number, collect?: Collect): Found | null {
  let best: Found | null = null;
  const head = ids.at(-1)!;
  // A title inside the reading that stops before a head word of its own names a modifier, not
  // the job: "Resident" (a physician in training) in "Resident Care Specialist".
  const namesHead = head >= 0 && data.endsTitle[head] === 1;
  for (let end = ids.length; end >= 1; end--) {
    if (ids[end - 1]! < 0 || !data.endsTitle[ids[end - 1]!]) continue;
    for (let start = 0; start < end; start++) {
      if (end - start === ids.length) continue;
      const found = exactTitles(data, ids, start, end);
      if (!found.length) continue;
      const mass = [...new Set(ids.slice(start, end))].reduce((sum, w) => sum + massOf(w), 0);
      const lacksHead = namesHead && end < ids.length && !ids.slice(start, end).includes(head);
      best = bestOf(best, exactFound(data, found, (SPAN_BASE + (1 - SPAN_BASE) * Math.min(1, mass / queryMass)) * (lacksHead ? MISSING_HEAD : 1), collect), data);
    }
  }
  return best;
}

/** The title sharing the most idf-weighted words with the reading. */
function overlap(data: OccupationData, ids: number[], massOf: (w: number) => number, queryMass: number, headWritten: boolean, collect?: Collect): Found | null {
  const head = ids.at(-1)!;
  const readingHead = headWritten && head >= 0 && data.endsTitle[head] === 1;
  const { mass: shared, touched } = scratchFor(data);
  let count = 0;
  for (const w of new Set(ids)) {
    if (w < 0) continue;
    const idf = massOf(w);
    for (let p = data.postingStart[w]!; p < data.postingStart[w + 1]!; p++) {
      const id = data.postings[p]!;
      if (shared[id] === 0) touched[count++] = id;
      shared[id]! += idf;
    }
  }
  let best: Found | null = null;
  for (let k = 0; k < count; k++) {
    const id = touched[k]!;
    const mass = shared[id]!;
    shared[id] = 0;
    let titleMass = 0;
    let hasHead = head < 0;
    for (let s = data.titleStart[id]!; s < data.titleStart[id + 1]!; s++) {
      titleMass += data.wordIdf[data.titleWords[s]!]!;
      if (data.titleWords[s] === head) hasHead = true;
    }
    const titleHead = data.titleWords[data.titleStart[id + 1]! - 1]!;
    const otherHead = hasHead && readingHead && titleHead !== head && !ids.includes(titleHead);
    const score = (Math.min(mass, titleMass) / titleMass) * Math.sqrt(Math.min(1, mass / queryMass)) * (hasHead ? (otherHead ? OTHER_HEAD : 1) : MISSING_HEAD);
    collect?.({ id, score });
    best = bestOf(best, { id, score }, data);
  }
  return best;
}

/** The higher score; on a tie, the commoner title. */
function bestOf(a: Found | null, b: Found | null, data?: OccupationData): Found | null {
  if (!a || !b) return a ?? b;
  if (Math.abs(a.score - b.score) <= 1e-9 && data) return data.titleWeight[b.id]! > data.titleWeight[a.id]! ? b : a;
  return b.score > a.score ? b : a;
}

/** An exact hit's score, lowered for a generic one-word title. */
function exactScore(data: OccupationData, id: number, score: number): number {
  const start = data.titleStart[id]!;
  const generic = data.titleStart[id + 1]! - start === 1 && data.wordIdf[data.titleWords[start]!]! < GENERIC_IDF;
  return generic ? score * GENERIC : score;
}

/** The titles made of exactly the words ids[from..to) (word ids, in any order), the commonest first. */
function exactTitles(data: OccupationData, ids: number[], from: number, to: number): number[] {
  // Scan the titles holding the rarest word.
  let rarest = -1;
  for (let k = from; k < to; k++) {
    if (ids[k]! < 0) return [];
    if (rarest < 0 || data.wordIdf[ids[k]!]! > data.wordIdf[rarest]!) rarest = ids[k]!;
  }
  if (rarest < 0) return [];
  const found: number[] = [];
  for (let p = data.postingStart[rarest]!; p < data.postingStart[rarest + 1]!; p++) {
    const t = data.postings[p]!;
    const start = data.titleStart[t]!;
    const end = data.titleStart[t + 1]!;
    if (end - start !== to - from) continue;
    let same = true;
    for (let s = start; s < end && same; s++) same = holds(ids, from, to, data.titleWords[s]!);
    for (let k = from; k < to && same; k++) same = holds(data.titleWords, start, end, ids[k]!);
    if (same) found.push(t);
  }
  // The commonest first; among equals the first in the data, as before.
  return found.sort((a, b) => data.titleWeight[b]! - data.titleWeight[a]! || a - b);
}

function holds(list: ArrayLike<number>, from: number, to: number, value: number): boolean {
  for (let k = from; k < to; k++) if (list[k] === value) return true;
  return false;
}

/** A zeroed accumulator and a list of the titles it touched, reused across calls (left zeroed after each use). */
let scratch: { data: OccupationData; mass: Float64Array; touched: Int32Array } | undefined;
function scratchFor(data: OccupationData): { mass: Float64Array; touched: Int32Array } {
  if (scratch?.data !== data) {
    const n = data.titleOccupation.length;
    scratch = { data, mass: new Float64Array(n), touched: new Int32Array(n) };
  }
  return scratch;
}

/** A title's folded words, as shown for the reason of a match. */
export function titleText(data: OccupationData, id: number): string {
  const words: string[] = [];
  for (let s = data.titleStart[id]!; s < data.titleStart[id + 1]!; s++) words.push(data.words[data.titleWords[s]!]!);
  return words.join(' ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
