import { BoundedMap, WORDS_REMEMBERED } from '../bounded-map.js';
import { builtinFile, readJson } from '../builtin/index.js';
import type { Background, Line, MatchedWord, SoftSkillCue, SoftSkillCues, TextEvidence, WordIndex } from '../types.js';
import { headingRule } from '../resume/structure/headings.js';
import { stem } from './index.js';
import { tokenize } from './tokenize.js';

/**
 * Text evidence: the resume line that carries a requirement's words when the taxonomy names
 * none of them. Words are compared on Porter stems, stop words dropped, each weighted by how
 * rare it is in a fixed background corpus (data/background.json), so "vital signs" is met by
 * the line with "vital signs" and not by one with "signed off": rare words decide.
 * Soft skills are met by the verbs and roles that show them (data/soft-skill-cues.json).
 */

/** `scripts/build-background.mjs` writes it; `loadBackground` reads it. */
export const BACKGROUND_FILE = builtinFile('background.json');
/** Curated cues; sources named in the file. */
export const SOFT_SKILL_CUES_FILE = builtinFile('soft-skill-cues.json');

/** Reads the background table; call once and pass it on (nothing is read at import time). */
export function loadBackground(path: string = BACKGROUND_FILE): Background {
  const file = readJson<{ n: number; unknownDf: number; rows: string[] }>(path);
  return { n: file.n, rows: file.rows, unknownDf: file.unknownDf };
}

/** A background from counts (tests, experiments); `loadBackground` reads the built one. */
export function makeBackground(n: number, counts: Record<string, number>, unknownDf = 1): Background {
  const rows = Object.entries(counts).map(([stem, c]) => `${stem} ${c}`);
  return { n, rows: rows.sort((a, b) => (a.split(' ')[0]! < b.split(' ')[0]! ? -1 : 1)), unknownDf };
}

/** How many background documents hold the stem, or undefined when the table does not list it. */
export function documentFrequency(background: Background, stemmed: string): number | undefined {
  const { rows } = background;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    const space = row.indexOf(' ');
    const key = row.slice(0, space);
    if (key === stemmed) return Number(row.slice(space + 1));
    if (key < stemmed) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Reads the soft-skill cues; call once. */
export function loadSoftSkillCues(path: string = SOFT_SKILL_CUES_FILE): SoftSkillCues {
  return readJson<SoftSkillCues>(path);
}

/**
 * Words that carry no requirement content: function words (natural's English list, trimmed
 * of the letters and digits, which are dropped anyway) and the form words of a requirement
 * ("ability to", "strong knowledge of", "years of experience"), which every line of every
 * posting repeats and a resume need not.
 */
const STOP_WORDS = new Set(
  (
    'about above after again all also am an and another any are as at be because been before being below between both but by came can ' +
    'cannot come could did do does doing during each few for from further get got has had he have her here him himself his how if in ' +
    'into is it its itself like make many me might more most much must my myself never now of on only or other our ours ourselves out ' +
    'over own said same see she should since so some still such take than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was way we well were what where when which while who whom with would why you your ' +
    'yours yourself will etc per via within including include includes ' +
    // requirement form words
    'ability able abilities must required requirement requirements require requires preferred plus strong excellent good great ' +
    'proven demonstrated solid knowledge understanding familiarity familiar experience experienced years year minimum least skills skill ' +
    'candidate candidates ideal ideally position role job work working'
  ).split(' '),
);

/** A content word of a text: its stem and where it is written. */
export interface ContentWord {
  stem: string;
  start: number;
  end: number;
}

/** Lower-case word tokens with a letter in them, stemmed; `content` false for stop words. */
interface WordToken extends ContentWord {
  content: boolean;
  /** The word without a verb or plural ending (see `verbBase`), for soft-skill cues. */
  base: string;
  /** The word as written, lower-case. */
  lower: string;
}

/**
 * The word without one verb or plural ending: managed, manages, managing → manag, but
 * management, supervision, facilitation stay whole. Soft-skill cues are verbs; Porter's stem
 * would let "managed * staff" meet "management, serving staff" and "supervised" meet "under
 * little supervision".
 *
 * What /^(.{3,}?)(?:ing|ed|es|s|e)$/ takes, the longest ending first (the shortest base of
 * at least three letters), without the regex: it runs for every word of every resume, and was
 * a memo lookup or a backtracking match each time.
 */
export function verbBase(word: string): string {
  const n = word.length;
  if (n >= 6 && word.endsWith('ing')) return word.slice(0, n - 3);
  if (n >= 5) {
    const c = word.charCodeAt(n - 2);
    const last = word.charCodeAt(n - 1);
    // "ed" or "es"
    if (c === 101 && (last === 100 || last === 115)) return word.slice(0, n - 2);
  }
  if (n >= 4) {
    const last = word.charCodeAt(n - 1);
    // "s" or "e"
    if (last === 115 || last === 101) return word.slice(0, n - 1);
  }
  return word;
}

const HAS_LETTER = /\p{L}/u;

/** A word that carries content: two letters or more, not a stop word. */
const isContentWord = (lower: string): boolean => lower.length >= 2 && !STOP_WORDS.has(lower);

function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const t of tokenize(text)) {
    if (!t.word || !HAS_LETTER.test(t.lower)) continue;
    out.push({ stem: stem(t.lower), base: verbBase(t.lower), lower: t.lower, start: t.start, end: t.end, content: isContentWord(t.lower) });
  }
  return out;
}

/** The stemmed content words of a text, in order (the background table is built with this). */
export function contentWords(text: string): ContentWord[] {
  return wordTokens(text).filter((w) => w.content);
}

/**
 * Endings that leave a word the same word: inflections and the verb ↔ noun ↔ agent endings
 * (administered ~ administration, negotiated ~ negotiation, reconciled ~ reconciliation,
 * accounting ~ accountant). Not "-al", "-ive", "-ity": medical is no medication, collaborative
 * (filtering) no collaboration, community no communication, though Porter stems each pair alike.
 */
const SAME_WORD_ENDINGS = [
  's', 'es', 'e', 'ed', 'd', 'ing', 'ings', 'y', 'ies', 'ied', 'er', 'ers', 'or', 'ors', 'ion', 'ions', 'ation', 'ations', 'iation', 'iations',
  'ration', 'rations', 'ered', 'ering', 'ate', 'ated', 'ates', 'ating', 'ment', 'ments', 'ant', 'ants', 'ance', 'ances',
];

const coresOf = new BoundedMap<string, string[]>(WORDS_REMEMBERED);

/** The word without each ending it may carry (at least three letters left), a final "e" dropped. */
function cores(word: string): string[] {
  let out = coresOf.get(word);
  if (!out) {
    const found = new Set([word.replace(/e$/, '')]);
    for (const end of SAME_WORD_ENDINGS) if (word.length - end.length >= 3 && word.endsWith(end)) found.add(word.slice(0, -end.length).replace(/e$/, ''));
    out = [...found];
    coresOf.set(word, out);
  }
  return out;
}

/** Two words (of one Porter stem) are the same word when they share a core (`SAME_WORD_ENDINGS`). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const other = cores(b);
  return cores(a).some((c) => other.includes(c));
}

/**
 * A name written as one hyphenated term with a function word in it ("on-call", "up-to-date",
 * "in-house") is a fixed term: its content words alone ("call", "date", "house") are other
 * words, so text evidence does not look for it (the matcher finds the term as written).
 */
export function isFixedTerm(name: string): boolean {
  return name.split(/\s+/).some((part) => part.includes('-') && part.toLowerCase().split('-').some((w) => STOP_WORDS.has(w)));
}

/** Each background's idf by stem, remembered: every resume of a batch asks for the same words. */
const idfs = new WeakMap<Background, BoundedMap<string, number>>();

/** Inverse document frequency, BM25's form: always positive, largest for words the corpus lacks. */
export function idf(background: Background, stemmed: string): number {
  let known = idfs.get(background);
  if (!known) idfs.set(background, (known = new BoundedMap(WORDS_REMEMBERED)));
  let value = known.get(stemmed);
  if (value === undefined) {
    const df = documentFrequency(background, stemmed) ?? background.unknownDf;
    value = Math.log(1 + (background.n - df + 0.5) / (df + 0.5));
    known.set(stemmed, value);
  }
  return value;
}

/** A line, tokenized: the unit a piece of evidence is found in (alone or with the next line). */
interface Unit {
  line: Line;
  /** The line is a section heading we know (`headingRule`). */
  heading: boolean;
  words: WordToken[];
  /** The content words, in order (for adjacent pairs). */
  content: WordToken[];
}

/** A resume's lines tokenized, and for each content stem the lines that hold it, in order. */
interface Indexed {
  units: Unit[];
  linesOf: Map<string, number[]>;
  /** For soft-skill cues: each word's verb base (stop words too) → lines; built when first asked. */
  basesOf?: Map<string, number[]>;
  /** For the vocabulary line: stem counts, built when first asked. */
  counts?: StemCounts;
}

/** Lines indexed once per resume: a resume's lines are searched for every requirement. */
const indexed = new WeakMap<readonly Line[], Indexed>();

/** Adds line `i` to the key's list, once. */
function post(index: Map<string, number[]>, key: string, i: number): void {
  const at = index.get(key);
  if (!at) index.set(key, [i]);
  else if (at[at.length - 1] !== i) at.push(i);
}

function indexLines(lines: readonly Line[]): Indexed {
  let out = indexed.get(lines);
  if (!out) {
    out = indexOf(lines.map((line) => ({ line, words: wordTokens(line.text) })), (unit) => unit.content.length > 0 && unit.content.length <= 5 && headingRule(unit.line.text) !== null);
    indexed.set(lines, out);
  }
  return out;
}

/** The index of lines already split into words; `isHeading` says which lines are known headings. */
function indexOf(tokenized: { line: Line; words: WordToken[] }[], isHeading: (unit: Omit<Unit, 'heading'>, i: number) => boolean): Indexed {
  const linesOf = new Map<string, number[]>();
  const units = tokenized.map(({ line, words }, i): Unit => {
    const content = words.filter((w) => w.content);
    for (const w of content) post(linesOf, w.stem, i);
    return { line, heading: isHeading({ line, words, content }, i), words, content };
  });
  return { units, linesOf };
}

/**
 * The index of the lines in a form that can be stored (JSON) with a resume's analysis: what a
 * second posting over the same resumes would otherwise work out again for every resume.
 */
export function exportWordIndex(lines: readonly Line[]): WordIndex {
  const { units } = indexLines(lines);
  const words: string[] = [];
  const stems: (string | 0)[] = [];
  const number = new Map<string, number>();
  const headings: number[] = [];
  const perLine = units.map((unit, i) => {
    if (unit.heading) headings.push(i);
    const out: number[] = [];
    let end = 0;
    for (const w of unit.words) {
      let k = number.get(w.lower);
      if (k === undefined) {
        k = words.length;
        number.set(w.lower, k);
        words.push(w.lower);
        stems.push(w.stem === w.lower ? 0 : w.stem);
      }
      // Small numbers are short in JSON: the gap since the last word, and the length.
      out.push(k, w.start - end, w.end - w.start);
      end = w.end;
    }
    return out;
  });
  return { words, stems, lines: perLine, headings };
}

/**
 * Takes a stored index (exportWordIndex) for these lines, so that text evidence does not
 * tokenize them again. False, and nothing taken, when it does not fit the lines (a damaged
 * cache entry): the lines are then indexed from their text when first searched.
 */
export function useWordIndex(lines: readonly Line[], stored: WordIndex): boolean {
  if (indexed.has(lines)) return true;
  if (!fitsLines(stored, lines)) return false;
  const tokens = stored.words.map((lower, k): Omit<WordToken, 'start' | 'end'> => ({ stem: stored.stems[k] || lower, base: verbBase(lower), lower, content: isContentWord(lower) }));
  const tokenized = lines.map((line, i) => {
    const flat = stored.lines[i]!;
    const words: WordToken[] = [];
    for (let j = 0, end = 0; j < flat.length; j += 3) {
      const t = tokens[flat[j]!]!;
      const start = end + flat[j + 1]!;
      end = start + flat[j + 2]!;
      words.push({ stem: t.stem, base: t.base, lower: t.lower, start, end, content: t.content });
    }
    return { line, words };
  });
  const headings = new Set(stored.headings);
  indexed.set(lines, indexOf(tokenized, (_, i) => headings.has(i)));
  return true;
}

/** A stored index's shape against the lines: every number an index or an offset in range. */
function fitsLines(stored: WordIndex, lines: readonly Line[]): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { words, stems, lines: perLine, headings } = stored;
  if (!Array.isArray(words) || !Array.isArray(stems) || !Array.isArray(perLine) || !Array.isArray(headings)) return false;
  if (stems.length !== words.length || perLine.length !== lines.length) return false;
  if (!words.every((w) => typeof w === 'string') || !stems.every((w) => w === 0 || (typeof w === 'string' && w !== ''))) return false;
  if (!headings.every((i) => Number.isInteger(i) && i >= 0 && i < lines.length)) return false;
  return perLine.every((flat, i) => {
    if (!Array.isArray(flat) || flat.length % 3 !== 0) return false;
    const length = lines[i]!.text.length;
    let end = 0;
    for (let j = 0; j < flat.length; j += 3) {
      const [k, gap, size] = [flat[j], flat[j + 1], flat[j + 2]];
      if (!Number.isInteger(k) || !Number.isInteger(gap) || !Number.isInteger(size)) return false;
      if (k! < 0 || k! >= words.length || gap! < 0 || size! <= 0) return false;
      end += gap! + size!;
      if (end > length) return false;
    }
    return true;
  });
}

/** A resume's content stems: how often each is written, where first, and how many content words in all. */
export interface StemCounts {
  counts: Map<string, number>;
  /** The first line holding the stem, and the word as written there. */
  first: Map<string, { line: Line; word: string }>;
  total: number;
}

/**
 * Each content stem's count over the lines (the vocabulary line of role fit), from the same
 * per-resume index text evidence builds, so the lines are tokenized once per resume.
 */
export function stemCounts(lines: readonly Line[]): StemCounts {
  const index = indexLines(lines);
  if (!index.counts) {
    const counts = new Map<string, number>();
    const first = new Map<string, { line: Line; word: string }>();
    let total = 0;
    for (const unit of index.units) {
      for (const w of unit.content) {
        total++;
        counts.set(w.stem, (counts.get(w.stem) ?? 0) + 1);
        if (!first.has(w.stem)) first.set(w.stem, { line: unit.line, word: unit.line.text.slice(w.start, w.end) });
      }
    }
    index.counts = { counts, first, total };
  }
  return index.counts;
}

function basesOf(index: Indexed): Map<string, number[]> {
  if (!index.basesOf) {
    const bases = new Map<string, number[]>();
    index.units.forEach((u, i) => {
      for (const w of u.words) post(bases, w.base, i);
    });
    index.basesOf = bases;
  }
  return index.basesOf;
}

export interface TextEvidenceOptions {
  /**
   * Weight of a pair of adjacent phrase words found adjacent in the line, as a share of the
   * rarer word's weight: "vital signs" written together outweighs "signed off on vital
   * budgets". Default 1 (measured: 0.5 and 2 rank the same; 0 ranks a little worse).
   */
  bigram?: number;
  /**
   * Also try each line joined with the next, so a sentence wrapped over two lines, or a title
   * above its bullet, counts as one piece of evidence. Default true; a single line wins ties.
   */
  joinNext?: boolean;
  /**
   * A line word counts for a phrase word only when it is the same word, give or take an
   * inflection or a verb-noun ending (`sameWord`): Porter's stem conflates "community" with
   * "communication", "medical" with "medication". Default false
   * (duties keep the stem); requirement names use it.
   */
  sameWord?: boolean;
  /**
   * Section headings ("TECHNICAL SKILLS:", "LEADERSHIP") name what follows, they show nothing:
   * they are not evidence. Default false.
   */
  skipHeadings?: boolean;
}

/** A phrase ready to search for: its stems, their weights, and its adjacent pairs. */
interface Query {
  stems: string[];
  /** Per stem, the words the phrase writes it as, lower-case (for `sameWord`). */
  bases: string[][];
  /**
   * Per stem, the other stems its words' cores take (for `sameWord`): Porter stems
   * "administration" administr but "administered" administ, one word all the same.
   */
  aliases: string[][];
  weights: number[];
  pairs: [string, string, number][];
  pairTotal: number;
  total: number;
}

/** Queries per background, remembered: every resume of a batch is searched for the same phrases. */
const queries = new WeakMap<Background, Map<string, Query>>();

function query(background: Background, phrase: string, bigramShare: number): Query {
  let cache = queries.get(background);
  if (!cache) queries.set(background, (cache = new Map()));
  const key = `${bigramShare}\u0000${phrase}`;
  let q = cache.get(key);
  if (q) return q;
  const phraseWords = contentWords(phrase);
  const weight = new Map<string, number>();
  const basesOfStem = new Map<string, string[]>();
  for (const w of phraseWords) {
    if (!weight.has(w.stem)) weight.set(w.stem, idf(background, w.stem));
    const written = phrase.slice(w.start, w.end).toLowerCase();
    basesOfStem.set(w.stem, [...(basesOfStem.get(w.stem) ?? []), written]);
  }
  const pairs: [string, string, number][] = [];
  if (bigramShare > 0) {
    for (let i = 1; i < phraseWords.length; i++) {
      const a = phraseWords[i - 1]!.stem;
      const b = phraseWords[i]!.stem;
      if (a !== b) pairs.push([a, b, bigramShare * Math.min(weight.get(a)!, weight.get(b)!)]);
    }
  }
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  const weights = [...weight.values()];
  const pairTotal = sum(pairs.map((p) => p[2]));
  const aliasesOf = (k: string) => [...new Set(basesOfStem.get(k)!.flatMap((w) => cores(w).filter((c) => c.length >= 4).map((c) => stem(c))))].filter((a) => a !== k && !weight.has(a));
  q = { stems: [...weight.keys()], bases: [...weight.keys()].map((k) => basesOfStem.get(k)!), aliases: [...weight.keys()].map(aliasesOf), weights, pairs, pairTotal, total: sum(weights) + pairTotal };
  if (cache.size < 10_000) cache.set(key, q);
  return q;
}

/**
 * The line that best carries the phrase's content words: score = rarity mass of the phrase's
 * stems the line holds (plus its adjacent word pairs, see `bigram`) / the phrase's whole mass,
 * in 0..1. Null when no line holds any.
 */
export function findTextEvidence(background: Background, phrase: string, lines: readonly Line[], options: TextEvidenceOptions = {}): TextEvidence | null {
  const { stems, bases, aliases, weights, pairs, pairTotal, total } = query(background, phrase, options.bigram ?? 1);
  if (total <= 0) return null;
  // Only the lines that hold a phrase word are looked at: this runs for every requirement ×
  // resume. `held` maps a line to the phrase words it holds (indices into `stems`).
  const { units, linesOf } = indexLines(lines);
  const held = new Map<number, number[]>();
  for (let k = 0; k < stems.length; k++) {
    const keys = options.sameWord ? [stems[k]!, ...aliases[k]!] : [stems[k]!];
    const at = keys.length === 1 ? (linesOf.get(keys[0]!) ?? []) : [...new Set(keys.flatMap((key) => linesOf.get(key) ?? []))].sort((x, y) => x - y);
    for (const i of at) {
      if (options.skipHeadings && units[i]!.heading) continue;
      if (options.sameWord && !units[i]!.content.some((w) => keys.includes(w.stem) && bases[k]!.some((b) => sameWord(b, w.lower)))) continue;
      const ks = held.get(i);
      if (ks) ks.push(k);
      else held.set(i, [k]);
    }
  }
  if (held.size === 0) return null;
  const massOf = (ks: readonly number[]): number => ks.reduce((m, k) => m + weights[k]!, 0);

  // `i` is the line's index in units, so the words it held are found without a search.
  let best: { at: Unit; i: number; next?: Unit; mass: number } | undefined;
  const consider = (mass: number, i: number, next?: Unit): void => {
    const at = units[i]!;
    if (best && mass + pairTotal <= best.mass) return;
    const m = mass + (pairs.length ? pairMass(pairs, at.content, next?.content) : 0);
    if (!best || m > best.mass) best = next ? { at, i, next, mass: m } : { at, i, mass: m };
  };
  const order = [...held.keys()].sort((x, y) => x - y);
  for (const i of order) consider(massOf(held.get(i)!), i);
  // Then each line with the next, when both hold a phrase word: the pair wins only when
  // strictly better than every single line.
  if (options.joinNext !== false) {
    for (const i of order) {
      const ks = held.get(i)!;
      const next = held.get(i + 1);
      if (!next) continue;
      consider(massOf([...new Set([...ks, ...next])]), i, units[i + 1]!);
    }
  }
  if (!best) return null;
  const found: { at: Unit; i: number; next?: Unit; mass: number } = best;
  const heldStems = [...new Set([...held.get(found.i)!, ...(found.next ? held.get(found.i + 1)! : [])])].map((k) => stems[k]!);
  return evidence(found.at, found.next, Math.min(1, found.mass / total), options.sameWord ? stems.concat(...aliases) : stems, heldStems);
}

/**
 * Mass of the phrase's word pairs that stand next to each other, in either order ("serviced
 * customers" ~ "customer service"), in `first` then `second` (content words only).
 */
function pairMass(pairs: [string, string, number][], first: WordToken[], second: WordToken[] = []): number {
  const n = first.length + second.length;
  const at = (i: number) => (i < first.length ? first[i]! : second[i - first.length]!).stem;
  let mass = 0;
  for (const [a, b, w] of pairs) {
    for (let i = 1; i < n; i++) {
      const x = at(i - 1);
      const y = at(i);
      if ((x === a && y === b) || (x === b && y === a)) {
        mass += w;
        break;
      }
    }
  }
  return mass;
}

/** The evidence: the line (joined with the next when `next` is given) and the phrase's words in it. */
function evidence(at: Unit, next: Unit | undefined, score: number, stems: readonly string[], held: string[]): TextEvidence {
  const shift = at.line.text.length + 1;
  const words = next ? at.content.concat(next.content.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift }))) : at.content;
  const text = next ? `${at.line.text} ${next.line.text}` : at.line.text;
  const found: TextEvidence = {
    line: at.line.n,
    page: at.line.page,
    text,
    score: Math.round(score * 1000) / 1000,
    words: words.filter((w) => stems.includes(w.stem)).map((w): MatchedWord => ({ word: text.slice(w.start, w.end), start: w.start, end: w.end })),
    held,
  };
  if (next) found.lastLine = next.line.n;
  return found;
}

// ── soft skills said as verbs and roles ─────────────────────────────────────

/** A cue or an exclusion as verb bases (`verbBase`); null stands for a gap of up to GAP words ("led * team"). */
interface Pattern {
  parts: (string | null)[];
  /** Its words' bases: only lines holding all of them are tried. */
  need: string[];
}
const GAP = 3;

interface CompiledSkill {
  cues: Pattern[];
  /** Role nouns ("manager"): cues only on a title-like line (`TITLE_WORDS`). */
  roles: Pattern[];
  not: Pattern[];
}

/**
 * A role noun shows the skill when it names the candidate's job, on a line as short as a title
 * ("Store Manager, Walmart, 2015 – 2018"), not inside prose or a list ("AWS Secret Manager",
 * "a backend used by hedge fund managers", "Condo Manager, Adobe, Excel …").
 */
const TITLE_WORDS = 12;

const compiled = new WeakMap<SoftSkillCue, CompiledSkill>();

function compile(skill: SoftSkillCue): CompiledSkill {
  let c = compiled.get(skill);
  if (!c) {
    const pattern = (text: string): Pattern => {
      const parts = text.split(/\s+/).flatMap((part) => (part === '*' ? [null] : wordTokens(part)));
      const bases = parts.map((w) => w && w.base);
      return { parts: bases, need: bases.filter((b): b is string => b !== null) };
    };
    c = { cues: skill.cues.map(pattern), roles: (skill.roles ?? []).map(pattern), not: skill.not.map(pattern) };
    compiled.set(skill, c);
  }
  return c;
}

/** Lines (indices) that hold every word of the pattern. */
function candidateLines(pattern: Pattern, bases: Map<string, number[]>): number[] {
  const [first, ...rest] = pattern.need;
  if (first === undefined) return [];
  return (bases.get(first) ?? []).filter((i) => rest.every((b) => bases.get(b)?.includes(i)));
}

/** Word spans [first, last] where the pattern matches, gaps taking as few words as they can. */
function matches(pattern: Pattern, words: WordToken[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const end = matchFrom(pattern.parts, 0, words, i);
    if (end >= 0) out.push([i, end]);
  }
  return out;
}

/** Index of the last word matched when `pattern[p..]` matches from word `i`, else -1. */
function matchFrom(pattern: (string | null)[], p: number, words: WordToken[], i: number): number {
  if (p === pattern.length) return i - 1;
  const part = pattern[p];
  if (part === null) {
    for (let skip = 0; skip <= GAP && i + skip <= words.length; skip++) {
      const end = matchFrom(pattern, p + 1, words, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length || words[i]!.base !== part) return -1;
  return matchFrom(pattern, p + 1, words, i + 1);
}

/** The skill's entry by name or alias, case-insensitive. */
export function softSkillCue(cues: SoftSkillCues, skill: string): SoftSkillCue | undefined {
  const key = skill.trim().toLowerCase();
  return cues.skills.find((s) => s.skill.toLowerCase() === key || s.aliases.some((a) => a.toLowerCase() === key));
}

/**
 * The line that shows a soft skill by a verb or role ("coached a 6-person team" for
 * Mentoring), the one with the most distinct cues; null when none does or the skill has no
 * cues. A cue inside one of the skill's exclusions ("lead generation") does not count.
 */
export function findSoftSkillEvidence(cues: SoftSkillCues, skill: string, lines: readonly Line[]): TextEvidence | null {
  const entry = softSkillCue(cues, skill);
  if (!entry) return null;
  const { cues: patterns, roles, not } = compile(entry);
  const index = indexLines(lines);
  const { units } = index;
  const linesOf = basesOf(index);
  // Lines that may hold a cue, each with the cues to try there.
  const tries = new Map<number, Pattern[]>();
  for (const p of patterns) for (const i of candidateLines(p, linesOf)) tries.set(i, [...(tries.get(i) ?? []), p]);
  for (const p of roles) for (const i of candidateLines(p, linesOf)) if (units[i]!.words.length <= TITLE_WORDS) tries.set(i, [...(tries.get(i) ?? []), p]);
  const blockers = not.map((p) => ({ p, lines: new Set(candidateLines(p, linesOf)) }));
  let best: { at: Unit; count: number; spans: [number, number][] } | undefined;
  for (const i of [...tries.keys()].sort((x, y) => x - y)) {
    const at = units[i]!;
    const blocked = blockers.flatMap((b) => (b.lines.has(i) ? matches(b.p, at.words) : []));
    const spans: [number, number][] = [];
    let count = 0;
    for (const p of tries.get(i)!) {
      const found = matches(p, at.words).filter(([a, b]) => !blocked.some(([x, y]) => a <= y && x <= b));
      if (found.length) {
        count++;
        spans.push(...found);
      }
    }
    if (count > 0 && (!best || count > best.count)) best = { at, count, spans };
  }
  if (!best) return null;
  const used = new Set<number>();
  for (const [a, b] of best.spans) for (let i = a; i <= b; i++) used.add(i);
  const words = [...used].sort((x, y) => x - y).map((i) => best.at.words[i]!);
  return softEvidence(best.at, words);
}

function softEvidence(at: Unit, words: ContentWord[]): TextEvidence {
  const { text } = at.line;
  return { line: at.line.n, page: at.line.page, text, score: 1, words: words.map((w) => ({ word: text.slice(w.start, w.end), start: w.start, end: w.end })) };
}
