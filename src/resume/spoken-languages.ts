/**
 * The human languages a resume says its candidate speaks: "English 5", "Hindi (native)",
 * "Spanish – fluent", "fluent in Spanish", "bilingual in English and Spanish", "native Hindi
 * speaker", a "Languages:" line, or the items of a LANGUAGES block. A language named for
 * anything else ("English Language Learners", "English teacher", "B.A. in English",
 * "Spanish-speaking customers") is not the candidate's: every word of the item beside the
 * language must be one that grades or joins languages.
 *
 * The names come from data/spoken-languages.json (ESCO, ISO 639 and CLDR names, the taxonomy's
 * language entries: scripts/build-spoken-languages.mjs), as do the grading words and headings.
 */
import { builtin, once } from '../builtin/index.js';
import { headingCell, headingKey, headingRule } from './structure/headings.js';
import { spansBetween } from './list-items.js';

interface SpokenLanguageFile {
  names: Record<string, string>;
  headings: string[];
  cues: string[];
  uses: string[];
  grades: string[];
}

/** The file compiled: forms by their words, the vocabularies as sets. */
export interface SpokenLanguageData {
  /** Lower-cased form, words joined by one space → the name listed. */
  names: ReadonlyMap<string, string>;
  /** The most words a form has. */
  longest: number;
  headings: ReadonlySet<string>;
  /** Words that say the candidate speaks it ("fluent", "native", "bilingual"). */
  cues: ReadonlySet<string>;
  /** Words of using a language ("speak", "written"): a claim in a clause wholly about languages. */
  uses: ReadonlySet<string>;
  /** Words that grade or join languages and say nothing else ("basic", "level", "and"). */
  grades: ReadonlySet<string>;
}

function compileSpokenLanguages(file: SpokenLanguageFile): SpokenLanguageData {
  const names = new Map<string, string>();
  let longest = 1;
  for (const [form, name] of Object.entries(file.names)) {
    const key = wordsOf(form).map((w) => w.text.toLowerCase()).join(' ');
    names.set(key, name);
    longest = Math.max(longest, key.split(' ').length);
  }
  return { names, longest, headings: new Set(file.headings), cues: new Set(file.cues), uses: new Set(file.uses), grades: new Set(file.grades) };
}

/** data/spoken-languages.json, compiled on first use. */
export const loadSpokenLanguages = once(() => compileSpokenLanguages(builtin.spokenLanguages<SpokenLanguageFile>()));

/** A language the candidate speaks, named at [start, end) of its line. */
export interface SpokenLanguage {
  name: string;
  surface: string;
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words and numbers ("Spanish", "3.5", "C1"); hyphens, brackets, stars and dashes between them are not words. */
function wordsOf(text: string, from = 0): Word[] {
  return [...text.replace(MOJIBAKE_SPACE, ' ').matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*(?:\.\d+)?/gu)].map((m) => ({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length }));
}

/** "SpanishÂ": a no-break space read as Latin-1 leaves an "Â" after the word (same length replaced, offsets kept). */
const MOJIBAKE_SPACE = /Â(?!\p{L})/gu;

/** A clause: sentences, cells and bullets of a line are read apart. Not a decimal point ("German 3.5"). */
const CLAUSE = /[.;!?](?=\s|$)|\s\|\s|\t|\s{3,}|[•·▪●◦]/gu;
/** Items of a clause: "English, Hebrew and Russian", "Spanish/English", "English & French". */
const ITEM = /,|\/|&|\+|\b(?:and|or)\b/giu;
/** A cue word and a bracket after it: "bilingual (English/Spanish)". */
const CUE_BRACKETS = /\b(\p{L}+)\s*\(([^()]{2,60})\)/u;
/** "Languages:", "Native:", "Communication:": a label before a colon. */
const LABEL = /^\s*([^:]{1,40}?)\s*:\s*/u;

interface Item {
  languages: SpokenLanguage[];
  /** Every other word grades or joins languages. */
  plain: boolean;
  /** A word says the candidate speaks it ("fluent in"). */
  cued: boolean;
  /** A word of using a language ("spoken", "write"). */
  used: boolean;
  /** Nothing but languages ("English", not "English 101" or "Intermediate Spanish"). */
  bare: boolean;
}

function readItem(text: string, from: number, to: number, data: SpokenLanguageData): Item {
  const words = wordsOf(text.slice(from, to), from);
  const languages: SpokenLanguage[] = [];
  let plain = true;
  let cued = false;
  let used = false;
  let others = 0;
  for (let i = 0; i < words.length; ) {
    const found = languageAt(words, i, text, data);
    if (found) {
      languages.push(found.language);
      i += found.length;
      continue;
    }
    const w = words[i]!.text.toLowerCase();
    others++;
    if (data.cues.has(w)) cued = true;
    else if (data.uses.has(w)) used = true;
    else if (!data.grades.has(w) && !/^\d/.test(w)) plain = false;
    i++;
  }
  return { languages, plain, cued, used, bare: others === 0 };
}

/** The longest language name opening at word `i`, written as a proper noun ("Spanish", "SPANISH"). */
function languageAt(words: readonly Word[], i: number, text: string, data: SpokenLanguageData): { language: SpokenLanguage; length: number } | null {
  // Read for every word of every line: most open in lower case and name nothing.
  if (!/^\p{Lu}/u.test(words[i]!.text)) return null;
  const keys: string[] = [];
  for (let n = 0; n < Math.min(data.longest, words.length - i); n++) keys.push(n ? `${keys[n - 1]} ${words[i + n]!.text.toLowerCase()}` : words[i]!.text.toLowerCase());
  for (let n = keys.length; n >= 1; n--) {
    const name = data.names.get(keys[n - 1]!);
    if (!name) continue;
    const start = words[i]!.start;
    const end = words[i + n - 1]!.end;
    return { language: { name, surface: text.slice(start, end), start, end }, length: n };
  }
  return null;
}

/** Whether a label names languages ("Languages", "Spoken languages", "Language skills"). */
function languagesLabel(label: string, data: SpokenLanguageData): boolean {
  return data.headings.has(headingKey(label));
}

interface ClauseReading {
  accepted: SpokenLanguage[];
  /** Items that grade or join languages, of all items: how much of the clause is about languages. */
  plainShare: number;
  /** The clause opens a languages block ("LANGUAGES" as a cell of its own). */
  opensBlock: boolean;
}

/**
 * One clause. In a languages block or after a "Languages:" label, every item that is a language
 * and its grade is accepted. Elsewhere an item is accepted with a word that says the candidate
 * speaks it ("fluent in Spanish"), and a bare language or one said with a word of use ("written
 * English") when the whole clause is about languages ("fluent in English and Spanish",
 * "Bilingual Spanish/English", "Excellent spoken and written English").
 */
function readClause(text: string, from: number, to: number, inBlock: boolean, data: SpokenLanguageData): ClauseReading {
  const clause = text.slice(from, to);
  if (data.headings.has(headingKey(clause))) return { accepted: [], plainShare: 1, opensBlock: true };
  let start = from;
  let context = inBlock;
  let labelCue = false;
  let otherLabel = false;
  const label = LABEL.exec(clause);
  if (label) {
    const headStart = from + label[0].indexOf(label[1]!);
    const head = readItem(text, headStart, headStart + label[1]!.length, data);
    // "English: C1" is an item of its own; "Languages:" and "Native:" say what follows is spoken.
    if (head.languages.length === 0) {
      start = from + label[0].length;
      if (languagesLabel(label[1]!, data)) context = true;
      else if (head.plain && (head.cued || head.used)) labelCue = true;
      else if (!head.plain) otherLabel = true;
    }
  }
  // "a bilingual (English/Spanish) professional": the languages a cue word names in brackets.
  const named = CUE_BRACKETS.exec(clause);
  if (named && data.cues.has(named[1]!.toLowerCase())) {
    const inner = from + named.index + named[0].indexOf('(') + 1;
    const reading = readClause(text, inner, inner + named[2]!.length, true, data);
    if (reading.plainShare === 1) return { ...reading, plainShare: context ? reading.plainShare : 0 };
  }
  const items: Item[] = [];
  let last = start;
  const body = text.slice(start, to);
  for (const m of body.matchAll(ITEM)) {
    items.push(readItem(text, last, start + m.index!, data));
    last = start + m.index! + m[0].length;
  }
  items.push(readItem(text, last, to, data));
  const worded = items.filter((i) => i.languages.length > 0 || !i.plain || i.cued || i.used);
  const plainShare = worded.length ? worded.filter((i) => i.plain).length / worded.length : 0;
  // "English, French" on a clause of its own: two languages and nothing else are a list of languages
  // (not after another label: "Coursework: Spanish, French").
  const onlyLanguages = !otherLabel && worded.length >= 2 && worded.every((i) => i.bare);
  const aboutLanguages = worded.length > 0 && worded.every((i) => i.plain) && (labelCue || onlyLanguages || worded.some((i) => i.cued || i.used));
  const accepted = worded.filter((i) => i.plain && i.languages.length > 0 && (context || i.cued || aboutLanguages)).flatMap((i) => i.languages);
  return { accepted, plainShare, opensBlock: false };
}

/** The most lines a languages block runs without a heading. */
const MAX_BLOCK_LINES = 12;

/**
 * The languages each line says the candidate speaks, index-aligned with `lines`. A LANGUAGES
 * heading opens a block that runs while its lines list languages or their grades ("English",
 * "Professional Working Proficiency", "German 3.5") and stops at the next heading or at the
 * first line about something else.
 */
export function spokenLanguages(lines: readonly string[], data: SpokenLanguageData): SpokenLanguage[][] {
  let block = 0;
  return lines.map((text) => {
    const heading = headingRule(headingCell(text));
    if (block > 0 && heading && !data.headings.has(headingKey(text))) block = 0;
    const found: SpokenLanguage[] = [];
    let listsLanguages = false;
    const clauses = spansBetween(text, CLAUSE);
    let inBlock = block > 0;
    for (const [from, to] of clauses) {
      if (!text.slice(from, to).trim()) continue;
      const reading = readClause(text, from, to, inBlock, data);
      if (reading.opensBlock) {
        inBlock = true;
        listsLanguages = true;
        block = MAX_BLOCK_LINES + 1;
        continue;
      }
      // A line of a block that is mostly about something else ends the block: its languages are
      // a keyword list's, not the block's.
      if (inBlock && block > 0 && reading.plainShare < 0.5) {
        inBlock = false;
        block = 0;
        const outside = readClause(text, from, to, false, data);
        found.push(...outside.accepted);
        continue;
      }
      if (reading.accepted.length || reading.plainShare === 1) listsLanguages = true;
      found.push(...reading.accepted);
    }
    if (block > 0) block = listsLanguages ? block - 1 : 0;
    return found;
  });
}

/**
 * "English Composition", "English Language Learners", "Spanish-speaking customers", "English
 * teacher": a language's name as the first word of something else's name. A skills list that
 * carries the bare name beside one of these (livecareer's keyword lists gather the resume's own
 * words) echoes that phrase; it is no claim to speak the language. The names so used anywhere in
 * the lines, lower-cased.
 */
export function languagesHeadingOtherNames(lines: readonly string[], data: SpokenLanguageData): Set<string> {
  const out = new Set<string>();
  for (const text of lines) {
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i++) {
      const found = languageAt(words, i, text, data);
      if (!found) continue;
      if (headsAnotherName(text.slice(found.language.end), data)) out.add(found.language.name.toLowerCase());
      i += found.length - 1;
    }
  }
  return out;
}

/**
 * The words after a language's name make it the head of another name: a capitalised word
 * ("Composition", "Language Learners", "National", "America") or one joined by a hyphen
 * ("-speaking customers"). Not a word that grades it, not another language ("Hindi Gujarati"),
 * not a lower-case word ("Spanish through the phone", "Vietnamese on a daily basis").
 */
function headsAnotherName(after: string, data: SpokenLanguageData): boolean {
  // "English Language Learners", "English Language Arts": the word after "Language" decides.
  const m = /^(?:\s+[Ll]anguage)?(?:[ \t]+(\p{Lu}\p{L}*)|\s*-\s*(\p{L}+))/u.exec(after);
  const next = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (next === undefined || data.names.has(next)) return false;
  return !['and', 'or'].includes(next) && !data.cues.has(next) && !data.uses.has(next) && !data.grades.has(next);
}
