import { builtin, once } from '../builtin/index.js';
import type { ResumeSection, SkillFinder, SkillHit } from '../types.js';

/**
 * Which skill names are claims when a resume's prose writes them, learnt from annotated posting
 * sentences (scripts/build-prose-skills.mjs writes data/prose-skills.json): "supervision",
 * "penetration testing", "problem solving" lie inside a span annotators marked as a skill most
 * times they occur; "access", "leading", "compensation" mostly do not.
 */
export interface ProseSkills {
  /** Names (as `proseForm` writes them) read as a skill in running text. */
  claimed: ReadonlySet<string>;
  /** Names seen often and mostly outside annotated spans: a word of the sentence, not a skill. */
  refused: ReadonlySet<string>;
  /**
   * A verb as written ("analyzed") → the objects that make it a skill, each as its words
   * ("data" → Data Analysis, "survey data" kept whole where the taxonomy names it so).
   */
  verbs: ReadonlyMap<string, readonly VerbObject[]>;
}

/** One object a verb takes to say a skill: "resolved" + "conflicts" → Conflict Resolution. */
export interface VerbObject {
  words: readonly string[];
  skill: string;
}

interface ProseSkillsFile {
  claimed: Record<string, [number, number]>;
  refused: Record<string, [number, number]>;
  verbs?: Record<string, { forms: string[]; objects: Record<string, string> }>;
}

/** data/prose-skills.json, read on the first resume and kept for the process. */
export const loadProseSkills = once((): ProseSkills => {
  const file = builtin.proseSkills<ProseSkillsFile>();
  return { claimed: new Set(Object.keys(file.claimed)), refused: new Set(Object.keys(file.refused)), verbs: verbTable(file.verbs ?? {}) };
});

function verbTable(verbs: NonNullable<ProseSkillsFile['verbs']>): Map<string, VerbObject[]> {
  const out = new Map<string, VerbObject[]>();
  for (const { forms, objects } of Object.values(verbs)) {
    const list = Object.entries(objects).map(([words, skill]) => ({ words: words.split(' '), skill }));
    for (const form of forms) out.set(form, [...(out.get(form) ?? []), ...list]);
  }
  return out;
}

/** A name as the build counts it: lower case, hyphens and slashes as spaces, words joined by one space ("Problem-solving" → "problem solving"). */
export function proseForm(text: string): string {
  return (text.toLowerCase().replace(/[-/]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}.+#&']*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []).join(' ');
}

/** Where a resume writes prose about the candidate's own work and strengths. */
const PROSE_SECTIONS: ReadonlySet<ResumeSection> = new Set(['experience', 'projects', 'summary']);

/**
 * A skill written, as the taxonomy names it, in a position's or a summary's prose, with a name
 * the annotated postings read as a skill ("handled problem solving for guests"), or done: its
 * verb with its object ("analyzed survey data"), or its name after a verb that says the candidate
 * did it ("performed penetration tests", "participated in pair programming").
 * A word met only by its stem ("supervised") is the verb, not the name.
 */
export function claimedInProse(hit: Pick<SkillHit, 'surface' | 'byStem' | 'misspelt' | 'category' | 'byVerb'> & Partial<Pick<SkillHit, 'start' | 'end' | 'skill'>>, section: ResumeSection, prose: ProseSkills, text = ''): boolean {
  // A field of business ("real estate") named in a position is the employer's trade.
  if (!PROSE_SECTIONS.has(section) || hit.misspelt || hit.category === 'domain') return false;
  if (hit.byVerb) return true;
  // A name annotators seldom mark ("decision-making") is a word of the sentence, whatever verb stands before it.
  const plain = prose.refused.has(proseForm(hit.surface)) || prose.refused.has(proseForm(hit.skill ?? ''));
  if (text && !plain && hit.start !== undefined && hit.end !== undefined && (!hit.byStem || sameActivity(hit.surface, hit.skill ?? '')) && doneByCandidate({ start: hit.start, end: hit.end }, text)) return true;
  return !hit.byStem && prose.claimed.has(proseForm(hit.surface));
}

/**
 * "penetration tests" for Penetration Testing, "code reviews" for Code Review: the name's words,
 * inflected. Not a shorter word met by its stem ("Proof" for Proofreading).
 */
export function sameActivity(surface: string, name: string): boolean {
  const root = (w: string) => w.replace(/(?:ing|es|s|ed)$/, '');
  const a = proseForm(surface).split(' ');
  const b = proseForm(name).split(' ');
  return a.length === b.length && a.every((w, i) => root(w) === root(b[i]!));
}

// ── the candidate's verbs ───────────────────────────────────────────────────

/**
 * Words that end a noun phrase: what follows the object is not more of it ("analyzed data for
 * the board", "planned events and meetings"). Between a verb and its object they break the
 * reading ("planned with the events team").
 */
const PHRASE_END = new Set(['for', 'to', 'with', 'in', 'on', 'at', 'by', 'from', 'of', 'and', 'or', 'using', 'across', 'through', 'into', 'within', 'while', 'as', 'per', 'that', 'which', 'including', 'via', 'under', 'over', 'among', 'amongst', 'between', 'throughout', 'during', 'after', 'before', 'so', 'then', 'when', 'where', 'who', 'against', 'toward', 'towards', 'about', 'without', 'than', 'but', 'if', 'is', 'are', 'was', 'were']);

/** "was trained", "been supervised": the candidate underwent it. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got|gets)\s+$/i;

/**
 * "a microservice for a survey to collect data", "an SDK for constructing pipelines", "To manage
 * properties is used a config server": what a thing built is for, not what the candidate did. A
 * purpose the candidate serves with a tool is theirs ("Uses R to analyze survey data").
 */
const USE_BEFORE = /\b(?:use[sd]?|using|utili[sz](?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|employ(?:s|ed|ing)?|work(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?)\b[^.;,]*\bto\s+$/i;

function purposeOfAThing(before: string): boolean {
  if (/\b(?:for|of)\s+$/i.test(before)) return true;
  return /(?:^|\b)to\s+$/i.test(before) && !USE_BEFORE.test(before);
}

/** Words of the object's noun phrase a verb may stand before: "analyzed large survey data". */
const MAX_MODIFIERS = 3;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’]*/gu)].map((m) => ({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

/** A noun written as the object names it or as its plural ("conflict", "conflicts", "policies"). */
function sameNoun(written: string, word: string): boolean {
  return written === word || written === `${word}s` || written === `${word}es` || (word.endsWith('y') && written === `${word.slice(0, -1)}ies`);
}

/**
 * "managing office and supply inventories": a singular word before "and" and a plural compound
 * modifies the compound's noun with it; "planned events and meetings" has its own plural.
 */
function sharedModifier(object: string, after: string, prose: ProseSkills): boolean {
  const conjunct = after.match(/^\s*(?:and|or|&|\/)\s*([\p{L}-]+)\s+[\p{L}-]+s\b/iu)?.[1]?.toLowerCase();
  // "analyzed data and resolved conflicts": a second verb, not a second modifier.
  return !/s$/.test(object) && conjunct !== undefined && !/ed$/.test(conjunct) && !prose.verbs.has(conjunct);
}

/** Only spaces (or a hyphen within a compound) between two words: the same phrase. */
const joined = (text: string, a: Word, b: Word) => /^(?:\s+|-)$/.test(text.slice(a.end, b.start));

/** The object's last word closes its noun phrase: a phrase-ending word, punctuation or the line's end follow ("user/kernel-space" goes on). */
function closesPhrase(text: string, words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  if (!next) return true;
  if (!joined(text, words[last]!, next)) return !/^[-/]/.test(text.slice(words[last]!.end));
  return PHRASE_END.has(next.text);
}

/**
 * Where a verb of the candidate's stands: a line's or a clause's start (after a bullet, a comma,
 * "and", "by", "while", an adverb: "Successfully resolved", "by analyzing"). Elsewhere a verb's
 * form is an adjective ("manage collected data") or another's work.
 */
const CLAUSE_START = /(?:^|[;:,.(•·▪●◦*–—]|(?<!\p{L})-|\b(?:and|by|while|also|then|I|we|to))\s*(?:[\p{L}]+ly\s+)?$/u;

/** Past forms no "-ed" shows, for a second verb before a shared object ("planned and led"). */
const IRREGULAR_PAST = new Set(['led', 'wrote', 'built', 'ran', 'taught', 'oversaw', 'held', 'made', 'drew', 'sold', 'gave', 'took', 'kept', 'sent', 'met']);

/** "Studied the aspects of educating patients": a line about learning names what was studied. */
const STUDIED = /^\W*(?:studied|learned|learnt|completed|took|attended|coursework)\b/i;

/** "reducing operational costs", "improved sales": an outcome of the work, not an activity practised. */
const OUTCOME_VERBS = new Set(['reduce', 'reduced', 'reduces', 'reducing', 'improve', 'improved', 'improves', 'improving', 'increase', 'increased', 'increases', 'increasing']);

/** "Designed the internal survey and crowdsourcing platform": the object names, with another, what a thing is. */
const THING_AFTER = /^\s*(?:,|and|or|&|\/)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:systems?|platforms?|tools?|applications?|apps?|software|solutions?|pipelines?|services?|frameworks?|modules?|processes|dashboards?|portals?|engines?)\b/iu;

/** A verb claim: the skill, the span from the verb to its object's end, and where the verb ends and the object starts. */
export interface VerbClaim {
  skill: string;
  start: number;
  end: number;
  verbEnd: number;
  objectStart: number;
}

/**
 * Skills the candidate did, said with a verb and its object: "Analyzed survey data" (Data
 * Analysis), "resolved conflicts between residents" (Conflict Resolution), "planned meetings"
 * (Event Planning). The object closes its noun phrase ("planned event logistics" is another
 * object); the verb is active ("was supervised" is not the candidate supervising) and a
 * verb opens a clause.
 */
export function verbClaims(text: string, prose: ProseSkills): VerbClaim[] {
  const out: VerbClaim[] = [];
  if (STUDIED.test(text)) return out;
  const words = wordsOf(text);
  words.forEach((verb, i) => {
    const objects = prose.verbs.get(verb.text);
    const before = text.slice(0, verb.start);
    if (!objects || OUTCOME_VERBS.has(verb.text) || !CLAUSE_START.test(before) || PASSIVE_BEFORE.test(before) || purposeOfAThing(before)) return;
    if (!verbNotNoun(verb.text, objects, before)) return;
    // "Planned and led weekly meetings": two verbs share the object.
    let first = i + 1;
    const next = words[first];
    if (next && (next.text === 'and' || next.text === '&') && words[first + 1] && (/ed$/.test(words[first + 1]!.text) || prose.verbs.has(words[first + 1]!.text) || IRREGULAR_PAST.has(words[first + 1]!.text))) first += 2;
    for (let j = first; j <= first + MAX_MODIFIERS && j < words.length; j++) {
      if (!joined(text, words[j - 1]!, words[j]!) || (j > first - 1 && PHRASE_END.has(words[j]!.text))) return;
      for (const object of objects) {
        const last = j + object.words.length - 1;
        if (last >= words.length) continue;
        const fits = object.words.every((w, k) => {
          const word = words[j + k]!;
          if (k > 0 && !joined(text, words[j + k - 1]!, word)) return false;
          return k === object.words.length - 1 ? sameNoun(word.text, w) : word.text === w;
        });
        // "low-risk strategies": the object inside another's compound is a modifier.
        const inCompound = text.slice(0, words[j]!.start).endsWith('-');
        if (fits && !inCompound && closesPhrase(text, words, last) && !THING_AFTER.test(text.slice(words[last]!.end)) && !sharedModifier(words[last]!.text, text.slice(words[last]!.end), prose)) {
          out.push({ skill: object.skill, start: verb.start, end: words[last]!.end, verbEnd: verb.end, objectStart: words[j]!.start });
          return;
        }
      }
    }
  });
  return out;
}

/**
 * A verb's bare form and its "-ing" form are nouns too ("design layout", "business reviews and
 * planning meetings"): the bare form counts where a command or a line opens ("Coach employees",
 * "to design", "and negotiate prices"), "-ing" after "and" only beside another "-ing" verb
 * ("managing and communicating").
 */
function verbNotNoun(word: string, objects: readonly VerbObject[], before: string): boolean {
  const clause = before.split(/[;:.,(•·▪●◦*–—]/u).at(-1) ?? '';
  if (word.endsWith('ing')) return !/\band\s+$/i.test(before) || /\b\p{L}+ing\b/u.test(clause.replace(/\band\s+$/i, ''));
  const bare = !/(?:ed|s)$/.test(word) || objects.length === 0;
  return !bare || /^\W*(?:[\p{L}]+ly\s+)?$/u.test(before) || /\b(?:and|to|I|we)\s+$/.test(before);
}

/**
 * The verb hits of a line, as the taxonomy's skills: the category is the skill's own. A skill
 * named among the object's modifiers makes the object that skill's thing ("managed social media
 * accounts", "integrated code changes", "managed the SharePoint site"), not the activity.
 */
export function verbHits(text: string, prose: ProseSkills, findSkills: SkillFinder, found: readonly Pick<SkillHit, 'start' | 'end'>[] = []): SkillHit[] {
  return verbClaims(text, prose).flatMap(({ skill, start, end, verbEnd, objectStart }) => {
    if (found.some((h) => h.start >= verbEnd && h.end <= objectStart)) return [];
    const named = findSkills(skill).find((h) => h.skill === skill);
    return named ? [{ ...named, surface: text.slice(start, end), start, end, byVerb: true, byStem: false }] : [];
  });
}

/**
 * "Performed penetration tests", "conduct code reviews", "participate in pair programming",
 * "Facilitate problem-solving and conflict resolution": a verb that says the candidate did the
 * activity its object names, the object closing its phrase ("conducted usability test plans" is
 * about the plans).
 */
const DOING_BEFORE = /\b(?:perform(?:s|ed|ing)?|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|undert(?:ake|akes|ook|aking)|participat(?:e|es|ed|ing)\s+in|facilitat(?:e|es|ed|ing))\s+(?:[\p{L}'’-]+,?\s+(?:and\s+)?){0,3}$/iu;

export function doneByCandidate(hit: Pick<SkillHit, 'start' | 'end'>, text: string): boolean {
  const before = text.slice(0, hit.start);
  const doing = before.match(DOING_BEFORE);
  if (!doing || PASSIVE_BEFORE.test(before.slice(0, doing.index))) return false;
  // "conduct weekly meetings for networking", "research on process optimization": the name is not the verb's object.
  const between = (doing[0].match(/[\p{L}'’-]+/gu) ?? []).slice(1).map((w) => w.toLowerCase());
  if (between.some((w) => w !== 'and' && w !== 'in' && PHRASE_END.has(w))) return false;
  const after = text.slice(hit.end).match(/^\s*([\p{L}]+)?/u);
  const next = after?.[1]?.toLowerCase();
  return !next || /^\s*[^\s\p{L}]/u.test(text.slice(hit.end)) || PHRASE_END.has(next);
}
