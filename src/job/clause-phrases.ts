import type { TermHit } from './group-alternatives.js';
import { sortedIndex } from '../occupation/words.js';
import { jobRules } from './rules.js';

/**
 * How the open vocabularies know a phrase: 'named' when ESCO or O*NET name it as a skill, 'span'
 * when only SkillSpan's annotators marked it ("best practices"), 'object' when ESCO has it only
 * as what a skill's verb acts on ("work orders" in "prepare work orders").
 */
export type PhraseKind = 'named' | 'span' | 'object';

/** The skill phrases of the open vocabularies (data/posting-phrases.txt), looked up by lower-cased form. */
export interface PhraseVocabulary {
  kindOf(form: string): PhraseKind | undefined;
  /** How many names of several words (ESCO, O*NET, Stack Overflow) end on this word ("analysis": hundreds). */
  headOf(word: string): number;
  /** How many names of several words hold this word before their last ("change": "change management"…). */
  modifierOf(word: string): number;
}

/**
 * A lookup over the file's lines, sorted as JavaScript compares strings and searched by halves:
 * "phrase" (named), or "phrase<TAB>span", "phrase<TAB>object".
 */
export function phraseVocabulary(lines: readonly string[]): PhraseVocabulary {
  const keys = lines.map((l) => {
    const tab = l.indexOf('\t');
    return tab < 0 ? l : l.slice(0, tab);
  });
  const kindAt = (i: number): PhraseKind => {
    const mark = lines[i]!.slice(keys[i]!.length + 1);
    return mark === 'span' || mark === 'object' ? mark : 'named';
  };
  const heads = new Map<string, number>();
  const modifiers = new Map<string, number>();
  keys.forEach((k, i) => {
    const w = k.split(' ');
    if (w.length < 2 || kindAt(i) !== 'named') return;
    heads.set(w[w.length - 1]!, (heads.get(w[w.length - 1]!) ?? 0) + 1);
    for (const m of new Set(w.slice(0, -1))) modifiers.set(m, (modifiers.get(m) ?? 0) + 1);
  });
  return {
    kindOf(form: string) {
      const at = sortedIndex(keys, form);
      return at < 0 ? undefined : kindAt(at);
    },
    headOf: (word) => heads.get(word) ?? 0,
    modifierOf: (word) => modifiers.get(word) ?? 0,
  };
}

const MAX_WORDS = 4;
const ATTAINED = /\b(?:meet|meets|meeting|exceed|exceeds|exceeding|achieve|achieves|achieving|ensure|ensures|ensuring|surpass|surpasses|satisfy|satisfies|fulfil|fulfill|fulfils|fulfills|deliver on)\s+(?:[\w'’-]+,?\s+){0,6}$/i;
// "work experience", "development experience": the words that leave a years ask general name no
// skill alone either.
const GENERAL = new Set(jobRules.years.generalQualifiers);
// A degree or diploma is read as the education asked (parse-education.ts), not as a skill.
const DEGREE_BEFORE = /\b(?:degrees?|diplomas?|major(?:ing)?|bachelor'?s?|masters?'?s?|B\.?[SA]\.?|M\.?[SA]\.?|Ph\.?D\.?)\s+(?:(?:in|of)\s+)?(?:[\w'’-]+(?:\s+|,\s*)){0,6}$/;
const EDUCATION = /\b(?:degrees?|diplomas?|bachelor'?s?|masters?'?s?|doctorates?|ged|school|graduate)\b/i;
const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;
// A lone word is a skill only where the clause asks it directly: before "skills"/"experience"
// ("sales experience", "writing and proofreading skills") or after "experience in", "knowledge
// of" ("Experience in sales, marketing"), possibly as one item of a short list.
const LIST_ITEM = String.raw`(?:[A-Za-z][\w'’-]*\s*){1,3}`;
const LIST_GAP = String.raw`(?:\s*(?:,|/|&|\band\b|\bor\b|\band/or\b)\s*)`;
const ASKED_AFTER = new RegExp(
  String.raw`^\s*(?:${LIST_GAP}${LIST_ITEM}){0,3}\s*(?:skills?|experience|knowledge|background|expertise|abilities|proficiency|techniques|duties|tasks|certification|license|licensure)\b`,
  'i',
);
const ASKED_BEFORE = new RegExp(
  String.raw`\b(?:experience|experienced|knowledge|proficien\w*|skilled|skills?|background|expertise|familiarity|understanding|training|trained|certified|competen\w*|excel|versed)\s+(?:in|with|of|at)\s+(?:(?:basic|general|advanced|strong)\s+)?(?:${LIST_ITEM}${LIST_GAP})*$`,
  'i',
);

/**
 * Skill phrases of the open vocabularies inside one asking clause, where the taxonomy read
 * nothing: the longest known phrase at each word ("complete quantity takeoffs for commercial
 * construction projects" → "quantity takeoffs"), a plural read as its singular too. A phrase of
 * several words stands anywhere in the clause; a lone word only where the clause asks it
 * directly (`ASKED_AFTER`, `ASKED_BEFORE`) or is that word alone (a list item "Housekeeping").
 * Hits come back as unknown terms: they match resumes by their words, not by the taxonomy.
 */
export function findClausePhrases(
  text: string,
  vocabulary: PhraseVocabulary,
  taken: readonly { start: number; end: number }[],
  options: { duty?: boolean } = {},
): TermHit[] {
  const words = wordsOf(text);
  const free = (start: number, end: number) => !taken.some((t) => start < t.end && t.start < end);
  const out: TermHit[] = [];
  for (let i = 0; i < words.length; ) {
    let found: TermHit | null = null;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
      const run = words.slice(i, i + n);
      if (!writtenTogether(text, run)) continue;
      const start = run[0]!.start;
      const end = run[n - 1]!.end;
      const kind = free(start, end) ? known(vocabulary, run.map((w) => w.word.toLowerCase())) : undefined;
      // A duty names what ESCO or O*NET name as a skill, or what a skill's verb acts on ("review
      // credit applications", "analyze statistical data": over SkillSpan's test split the phrases
      // known only as objects fall inside an annotated span as often as the named ones, 0.42 and
      // 0.40; Decorte 0.84 and 0.84); a phrase only SkillSpan's annotators marked is too loose
      // there ("create best practices"). What a duty attains is a goal, not work to know ("meet
      // customer expectations", "meet personal and organizational goals and customer expectations").
      if (!kind || (options.duty && kind === 'span')) continue;
      if (options.duty && kind === 'object' && ATTAINED.test(text.slice(0, start))) continue;
      // A duty opens on its verb: "Model data and write queries" acts on data, it names no "model data".
      if (options.duty && kind === 'object' && i === 0) continue;
      // "maintenance work orders": a phrase named as a skill ("work orders") that runs on past one
      // known only as an object ("maintenance work") is the one asked.
      if (kind !== 'named' && namedRunsPast(text, words, i, i + n, vocabulary)) continue;
      const surface = text.slice(start, end);
      // "production level C++": a phrase right before a name the taxonomy read only modifies it.
      const next = /^[\s-]+/.exec(text.slice(end));
      if (next && taken.some((t) => t.start === end + next[0].length)) continue;
      // "BS or MS degree in computer science": a field of study, read as the education asked.
      if (DEGREE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
      if (n === 1 && (GENERAL.has(surface.toLowerCase()) || !askedAlone(text, start, end, words.length))) continue;
      if (EDUCATION.test(surface)) continue;
      found = { skill: nameOf(surface), surface, category: 'domain', start, end, unknown: true };
      i += n;
    }
    if (found) out.push(found);
    else i += 1;
  }
  out.push(...sharedHeadItems(text, words, vocabulary, (start, end) => free(start, end) && !out.some((o) => start < o.end && o.start < end)));
  out.push(...listSiblings(text, [...taken, ...out], vocabulary));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An item of a list whose other items are skills is one too, though no vocabulary names it:
 * "wireframes, storyboards and user personas", "Python, Spark, feature stores and model
 * registries". The list is three items or more between commas (the last after "and"/"or"), two
 * of them read already; an item is read whole when it is one to three words standing alone
 * between the marks ("the evolution of our platform" runs on: not an item). The first item is
 * only a sibling: where it begins, after the clause's opening words, is not known.
 */
function listSiblings(text: string, read: readonly { start: number; end: number }[], vocabulary: PhraseVocabulary): TermHit[] {
  const out: TermHit[] = [];
  for (const chunk of text.matchAll(/[^.;:()[\]!?]+/g)) {
    const pieces: { start: number; end: number }[] = [];
    let at = chunk.index;
    for (const part of chunk[0].split(',')) {
      pieces.push({ start: at, end: at + part.length });
      at += part.length + 1;
    }
    if (pieces.length < 2) continue;
    // "… and user personas": the last comma's piece holds the last two items.
    const last = pieces.pop()!;
    const and = /\s(?:and|or|and\/or|&)\s/.exec(text.slice(last.start, last.end));
    if (and && text.slice(last.start, last.start + and.index).trim()) {
      pieces.push({ start: last.start, end: last.start + and.index }, { start: last.start + and.index + and[0].length, end: last.end });
    } else pieces.push(last);
    if (pieces.length < 3) continue;
    const items = pieces.map((p, k) => {
      const raw = text.slice(p.start, p.end);
      const lead = /^\s*(?:(?:and|or|and\/or|&)\s+)?/.exec(raw)![0].length;
      const trail = raw.length - raw.trimEnd().length;
      const start = p.start + lead;
      const end = p.end - trail;
      const item = text.slice(start, end);
      const isRead = read.some((r) => r.start < end && start < r.end);
      const words = item.split(/\s+/).filter(Boolean);
      const standsAlone = k > 0 && words.length >= 1 && words.length <= 3 && words.every((w) => ITEM_WORD.test(w) && !ITEM_STOP.has(w.toLowerCase()));
      return { start, end, item, isRead, standsAlone };
    });
    if (items.filter((i) => i.isRead).length < 2) continue;
    for (const i of items) {
      if (i.isRead || !i.standsAlone || GENERAL.has(i.item.toLowerCase()) || EDUCATION.test(i.item)) continue;
      if (!namesAThing(i.item.toLowerCase().split(/\s+/), vocabulary)) continue;
      if (DEGREE_BEFORE.test(text.slice(Math.max(0, i.start - 80), i.start))) continue;
      out.push({ skill: nameOf(i.item), surface: i.item, category: 'domain', start: i.start, end: i.end, unknown: true });
    }
  }
  return out;
}
const ITEM_WORD = /^[A-Za-z][A-Za-z'’-]*$/;

/**
 * The item names a thing as skills are named: a lone word the vocabularies name as a skill; words
 * ending on one that heads names ("change readiness assessment", "trade studies": "assessment",
 * "studies" end hundreds), its first word found before the last word of a name ("change
 * management"; not a verb of the work, "enhance operating environment", nor "proven
 * methodologies"), with no adverb ("especially installing", "highly scalable").
 */
function namesAThing(words: string[], vocabulary: PhraseVocabulary): boolean {
  if (words.length === 1) return known(vocabulary, words) === 'named';
  if (words.some((w) => /ly$/.test(w))) return false;
  const last = words[words.length - 1]!;
  const singular = /ies$/.test(last) ? last.slice(0, -3) + 'y' : /[^s]s$/.test(last) ? last.slice(0, -1) : last;
  if (Math.max(vocabulary.headOf(last), vocabulary.headOf(singular)) < HEAD_NAMES) return false;
  return vocabulary.modifierOf(words[0]!) > 0;
}
// A word that ends this many names heads a name ("analysis", "studies"), as no adjective does.
const HEAD_NAMES = 3;
// Words that make an item a phrase of the sentence, not a thing listed ("and more", "other tools", "etc").
const ITEM_STOP: ReadonlySet<string> = new Set(
  ('a an the this that these those our your their its my his her other others more etc such as well including include includes like ' +
    'any all some each every new related similar various relevant is are be will can may must should who which what when where with ' +
    'for to of in on at by from into about than then also plus preferred required desired').split(' '),
);

/**
 * Single words listed after a compound share its first word: "responsibility for database
 * integrity, architecture, modeling, security, and performance tuning" names database security
 * and database architecture. Each such item is read under the whole name when the vocabularies
 * know it (as written or plural: "database architectures"), as a skill or an object; the item
 * must stand alone between the list's marks ("performance tuning", two words, is not one), in
 * lower case ("Project Management, Traffic, Coordination" lists names), not a degree's field.
 */
function sharedHeadItems(text: string, words: readonly Word[], vocabulary: PhraseVocabulary, free: (start: number, end: number) => boolean): TermHit[] {
  const out: TermHit[] = [];
  const gap = (a: number, b: number) => text.slice(words[a]!.end, words[b]!.start);
  for (let i = 0; i + 2 < words.length; i++) {
    // "<head> <first>," — the compound opening the list.
    if (gap(i, i + 1) !== ' ' || !LIST_MARK.test(gap(i + 1, i + 2))) continue;
    const head = words[i]!.word.toLowerCase();
    if (GENERAL.has(head) || LINKS.has(head)) continue;
    // "BS in computer science, engineering, math": fields of the degree asked, each its own.
    if (DEGREE_BEFORE.test(text.slice(Math.max(0, words[i]!.start - 80), words[i]!.start))) continue;
    let j = i + 2;
    while (j < words.length) {
      if (LINKS.has(words[j]!.word.toLowerCase())) {
        j += 1;
        continue;
      }
      const item = words[j]!;
      const after = j + 1 < words.length ? gap(j, j + 1) : text.slice(item.end);
      const nextWord = words[j + 1]?.word.toLowerCase();
      const alone = j + 1 >= words.length || LIST_MARK.test(after) || /^\s*[.;:)]/.test(after) || (/^\s+$/.test(after) && nextWord !== undefined && LINKS.has(nextWord));
      // "Project Management, Traffic, Coordination": capitalised items are names of their own.
      if (!alone || /^[A-Z]/.test(item.word)) break;
      const name = `${head} ${item.word.toLowerCase()}`;
      const kind = known(vocabulary, name.split(' ')) ?? known(vocabulary, `${name}s`.split(' '));
      if ((kind === 'named' || kind === 'object') && free(item.start, item.end)) {
        out.push({ skill: name, surface: item.word, category: 'domain', start: item.start, end: item.end, unknown: true });
      }
      if (!LIST_MARK.test(after) && !(nextWord !== undefined && LINKS.has(nextWord))) break;
      j += 1;
    }
  }
  return out;
}
const LIST_MARK = /^\s*,\s*$/;
const LINKS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * A known phrase that holds a name the taxonomy read and a word or two around it: "marketing
 * collateral" around Marketing, "construction project management" around Project Management. The
 * posting asked for the longer thing; null when the vocabularies know none, or it runs into
 * another hit.
 */
export function longerPhrase(
  text: string,
  hit: { start: number; end: number },
  vocabulary: PhraseVocabulary,
  others: readonly { start: number; end: number }[],
): { surface: string; start: number; end: number } | null {
  const words = wordsOf(text);
  const first = words.findIndex((w) => w.start >= hit.start);
  let last = -1;
  words.forEach((w, i) => {
    if (w.end <= hit.end) last = i;
  });
  if (first < 0 || last < first) return null;
  let best: { surface: string; start: number; end: number } | null = null;
  for (let before = 0; before <= 2; before++) {
    for (let after = 0; after <= 2; after++) {
      const from = first - before;
      const to = last + after;
      if ((before === 0 && after === 0) || from < 0 || to >= words.length || to - from + 1 > MAX_WORDS) continue;
      const run = words.slice(from, to + 1);
      if (!writtenTogether(text, run)) continue;
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (others.some((o) => o !== hit && o.start < end && start < o.end)) continue;
      if (EDUCATION.test(text.slice(start, end)) || !known(vocabulary, run.map((w) => w.word.toLowerCase()))) continue;
      if (!best || end - start > best.end - best.start) best = { surface: text.slice(start, end), start, end };
    }
  }
  return best;
}

/** A named phrase starts inside words [from, to) after `from` and ends past `to`. */
function namedRunsPast(text: string, words: readonly Word[], from: number, to: number, vocabulary: PhraseVocabulary): boolean {
  for (let j = from + 1; j < to; j++) {
    for (let m = to - j + 1; m <= MAX_WORDS && j + m <= words.length; m++) {
      const run = words.slice(j, j + m);
      if (writtenTogether(text, run) && known(vocabulary, run.map((w) => w.word.toLowerCase())) === 'named') return true;
    }
  }
  return false;
}

interface Word {
  /** As written, one kind of apostrophe. */
  word: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].replace(/’/g, "'"), start: m.index, end: m.index + m[0].length }));
}

/** The words of a phrase are written next to each other: a space or a hyphen between. */
function writtenTogether(text: string, run: readonly Word[]): boolean {
  return run.every((w, k) => k === 0 || /^[ -]$/.test(text.slice(run[k - 1]!.end, w.start)));
}

/** The phrase as written, or with its last word singular ("work orders" → "work order") or plural, or unhyphenated. */
function known(vocabulary: PhraseVocabulary, words: string[]): PhraseKind | undefined {
  const forms = [words.join(' ')];
  const last = words[words.length - 1]!;
  if (/[^s]s$/.test(last)) forms.push([...words.slice(0, -1), last.slice(0, -1)].join(' '));
  if (/(?:ches|shes|sses|xes)$/.test(last)) forms.push([...words.slice(0, -1), last.slice(0, -2)].join(' '));
  if (/ies$/.test(last)) forms.push([...words.slice(0, -1), last.slice(0, -3) + 'y'].join(' '));
  for (const f of [...forms]) if (f.includes('-')) forms.push(f.replace(/-/g, ' '), f.replace(/-/g, ''));
  const kinds = forms.map((f) => vocabulary.kindOf(f));
  const kind = (['named', 'span', 'object'] as const).find((k) => kinds.includes(k));
  // "a user story" for the vocabulary's "user stories": a name of several words written singular.
  // Only a name: what a verb acts on is often plural alone ("write job descriptions" is no "job description" to know).
  if (kind || words.length < 2 || /s$/.test(last)) return kind;
  const plural = /[^aeiou]y$/.test(last) ? last.slice(0, -1) + 'ies' : /(?:ch|sh|x)$/.test(last) ? last + 'es' : last + 's';
  return vocabulary.kindOf([...words.slice(0, -1), plural].join(' ')) === 'named' ? 'named' : undefined;
}

function askedAlone(text: string, start: number, end: number, clauseWords: number): boolean {
  if (clauseWords <= 2) return true;
  const after = text.slice(end);
  // "experience in the Commercial Window industry": a word before another word modifies it.
  return ASKED_AFTER.test(after) || (ASKED_BEFORE.test(text.slice(0, start)) && ITEM_END.test(after));
}
const ITEM_END = /^\s*(?:$|[,.;:)/&!?]|(?:and|or|and\/or|as well)\b)/i;

/** Lower case unless written as a name of capitals ("NBRC", "ETL"); one apostrophe. */
export function nameOf(surface: string): string {
  return surface
    .split(/(\s+)/)
    .map((w) => (/^[A-Z0-9&-]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join('')
    .replace(/[’‘]/g, "'");
}
