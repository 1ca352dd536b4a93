import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { BoundedMap, WORDS_REMEMBERED } from '../bounded-map.js';
import { builtin, builtinFile } from '../builtin/index.js';
import { ENGINEERS_PRODUCTS as ENGINEERS_ONLY, PRODUCT_CATEGORIES, isTechnical } from '../taxonomy/index.js';
import type { AmbiguityRule, LineContext, Skill, SkillCategory, SkillFinder, SkillHit, Taxonomy } from '../types.js';
import { detectAssertion, detectHedge } from './hedge.js';
import { type Candidate, abbreviatesOtherWords, draftsWriting, headsAList, hyphenGlued, insideAbbreviation, insideAddress, isListLabel, looksLikeList, namedInCredential, namesACompetitorsFeature, namesAFile, namesAnAccount, namesAnotherOfItsVendor, opensAsVerb, passesCaseRule, startsCleanly } from './context-rules.js';
import { MisspellingIndex } from './misspellings.js';
import { PhraseTrie } from './phrase-trie.js';
import { type Token, tokenize, tokenKey } from './tokenize.js';

export { tokenize } from './tokenize.js';
export { draftsWriting, looksLikeList } from './context-rules.js';
export { detectAssertion } from './hedge.js';

/** Categories whose words inflect in prose ("mentored" ~ Mentoring), so they match on stems. */
const STEMMED = new Set(['soft', 'practice', 'methodology']);

/**
 * In these categories a context-guarded word ("server", "reliable", "events", "production")
 * is ordinary prose even beside technical skills; it names a skill only in a skills list or
 * on a short line of its own.
 */
const LIST_ONLY = new Set(['soft', 'domain', 'business', 'trades', 'education', 'legal', 'sales_marketing']);

/** Categories of named products: a skill two products both imply is their platform, not their kind. */

/**
 * Step 1: index every name and alias in a token trie (and soft skills by stem).
 * Step 2: per line, take the longest form at each token, left to right.
 * Step 3: drop forms whose case or context rules fail ("go-to-market", "Spring 2021").
 * Step 4: mark hedged and negated mentions ("familiar with", "no experience with").
 */
export interface FinderOptions {
  /**
   * Posting mode: a requirement clause states soft skills, trades and domains in prose
   * ("ability to communicate effectively", "one year of housekeeping experience"), so they
   * need no list around them there.
   */
  posting?: boolean;
}

interface MatcherIndex {
  exact: PhraseTrie;
  stemmed: PhraseTrie;
  inflected: PhraseTrie;
  rulesByForm: Map<string, AmbiguityRule[]>;
  /**
   * Per token text, whether a form in any trie starts with it, for words and for marks: most
   * tokens start nothing, and this answers for them once per process instead of three trie
   * walks (and a stem) per occurrence. The first key of a walk depends on nothing else.
   */
  opensWord: Map<string, boolean>;
  opensMark: Map<string, boolean>;
  /** Whether a word's stem could open a stemmed form, without stemming it (see stemHeads). */
  mayStemInto: (word: string) => boolean;
  /** Long product names misspelt by one edit. */
  misspelling: MisspellingIndex;
}

/**
 * A Porter stem keeps its word's letters but for its last one (happy → happi, hoping → hope),
 * so a word whose stem is a stemmed form's first key starts with that key less its last
 * letter. Checking that first spares stemming the many words that open nothing (stemming was
 * a tenth of a resume's analysis). test/unit/match-stems.test.ts checks the rule on every word
 * of the fixtures, the taxonomy and the corpus.
 */
function stemHeads(stemmed: PhraseTrie): (word: string) => boolean {
  const heads = new Set(stemmed.firstKeys().map((key) => (key.length > 1 ? key.slice(0, -1) : key)));
  const lengths = [...new Set([...heads].map((h) => h.length))].sort((a, b) => a - b);
  return (word) => lengths.some((n) => n <= word.length && heads.has(word.slice(0, n)));
}

/** Built once per taxonomy: the resume and posting finders share it. */
const indexes = new WeakMap<Taxonomy, MatcherIndex>();

function indexOf(taxonomy: Taxonomy): MatcherIndex {
  let index = indexes.get(taxonomy);
  if (!index) {
    index = buildIndex(taxonomy);
    indexes.set(taxonomy, index);
  }
  return index;
}

/** Words the index stems: those of multi-word forms in the stemmed categories. */
export function indexedWords(taxonomy: Taxonomy): string[] {
  const words = new Set<string>();
  for (const skill of taxonomy.skills) {
    if (!STEMMED.has(skill.category)) continue;
    for (const form of [skill.name, ...skill.aliases]) {
      const tokens = tokenize(form);
      if (tokens.length > 1) for (const t of tokens) if (t.word && t.lower.length > 3) words.add(t.lower);
    }
  }
  return [...words].sort();
}

/**
 * A field whose names are nouns a text may write in the plural: not a product, a credential or a
 * piece of hardware (names), nor a stemmed category (its inflections match already).
 */
const pluralField = (category: SkillCategory): boolean => !PRODUCT_CATEGORIES.has(category) && !STEMMED.has(category) && category !== 'certification' && category !== 'hardware';

/**
 * The regular plural of a form's last word ("marketing strategy" → "marketing strategies", "cost
 * center" → "cost centers", "data warehouse" → "data warehouses"), or undefined for a word already
 * plural, an adjective or a gerund ("sales", "financial", "accounting").
 */
export function pluralOf(form: string): string | undefined {
  const m = /^(.*?)(\p{L}+)$/u.exec(form);
  if (!m) return undefined;
  const word = m[2]!;
  if (word.length < 3 || /s$/i.test(word) || /(?:ing|ed|ly|al|ic|ive|ous|ful|less|ary)$/i.test(word)) return undefined;
  if (/^\p{Lu}+$/u.test(word)) return `${form}s`;
  if (/(?:x|z|ch|sh)$/i.test(word)) return `${form}es`;
  if (/[^aeiou]y$/i.test(word)) return `${form.slice(0, -1)}ies`;
  return `${form}s`;
}

function buildIndex(taxonomy: Taxonomy): MatcherIndex {
  seedStems();
  const exact = new PhraseTrie();
  // Porter conflates too much for one word alone (integrity ~ integrated), so single-word
  // forms match only their inflections (mentored, mentoring ~ Mentoring), by a trie of their own.
  const stemmed = new PhraseTrie();
  const inflected = new PhraseTrie();
  const rulesByForm = new Map<string, AmbiguityRule[]>();
  const misspelling = new MisspellingIndex();
  for (const skill of taxonomy.skills) {
    for (const form of [skill.name, ...skill.aliases]) {
      exact.add(form, skill.name);
      misspelling.add(skill, form);
      const rules = skill.ambiguous[form];
      if (rules?.length) rulesByForm.set(`${skill.name}\u0000${form.toLowerCase()}`, rules);
      // "marketing strategies", "financial statements": a field's name of two words or more, in the
      // plural, is still the field. One word in the plural may name another thing ("instructions",
      // "photographers"), so it is matched only where its category is stemmed.
      const plural = pluralField(skill.category) && /\s/.test(form.trim()) && !rules?.includes('exact-case') ? pluralOf(form) : undefined;
      if (plural && !taxonomy.byForm.has(plural.toLowerCase())) {
        exact.add(plural, skill.name);
        if (rules?.length) rulesByForm.set(`${skill.name}\u0000${plural.toLowerCase()}`, rules);
      }
      if (STEMMED.has(skill.category)) {
        const tokens = tokenize(form);
        if (tokens.length > 1) stemmed.add(form, skill.name, tokens.map((t) => (t.word ? stem(t.lower) : t.lower)));
        else inflected.add(form, skill.name, [inflectionBase(tokens[0]!.lower)]);
      }
    }
  }
  return { exact, stemmed, inflected, rulesByForm, misspelling, opensWord: new BoundedMap(WORDS_REMEMBERED), opensMark: new BoundedMap(WORDS_REMEMBERED), mayStemInto: stemHeads(stemmed) };
}

/** The stemmed forms' first keys, and the check that spares stemming (exported to test the rule). */
export function stemmedHeads(taxonomy: Taxonomy): { keys: string[]; mayStemInto: (word: string) => boolean } {
  const index = indexOf(taxonomy);
  return { keys: index.stemmed.firstKeys(), mayStemInto: index.mayStemInto };
}

export function createSkillFinder(taxonomy: Taxonomy, options: FinderOptions = {}): SkillFinder {
  const index = indexOf(taxonomy);
  const { exact, stemmed, inflected, rulesByForm } = index;
  const isKnownForm = (form: string) => taxonomy.byForm.has(form);
  const engineersPractices = engineersPracticesOf(taxonomy);
  const isProduct = (name: string) => {
    const category = taxonomy.byName.get(name.toLowerCase())?.category;
    return category !== undefined && PRODUCT_CATEGORIES.has(category);
  };
  const stemKey = (t: Token, first: boolean) => (t.word && (first || !t.glued) ? stem(t.lower) : tokenKey(t, first));
  const baseKey = (t: Token, first: boolean) => (t.word && (first || !t.glued) ? inflectionBase(t.lower) : tokenKey(t, first));
  const opensForm = (t: Token): boolean => {
    const known = t.word ? index.opensWord : index.opensMark;
    let opens = known.get(t.lower);
    if (opens === undefined) {
      // The stem, dearest to work out, last.
      opens = exact.startsWith(tokenKey(t, true)) || inflected.startsWith(baseKey(t, true)) || ((!t.word || index.mayStemInto(t.lower)) && stemmed.startsWith(stemKey(t, true)));
      known.set(t.lower, opens);
    }
    return opens;
  };

  return (text: string, context: LineContext = {}): SkillHit[] => {
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (!opensForm(tokens[i]!)) {
        const misspelt = tokens[i]!.word && startsCleanly(tokens, i) ? index.misspelling.lookup(text.slice(tokens[i]!.start, tokens[i]!.end)) : undefined;
        if (misspelt) {
          const t = tokens[i]!;
          candidates.push({ entry: { skill: misspelt.skill.name, written: misspelt.written, tokenCount: 1 }, skill: misspelt.skill, start: t.start, end: t.end, rules: [], first: i, next: i + 1, misspelt: true });
        }
        i++;
        continue;
      }
      const exactFound = exact.longestAt(tokens, i);
      const found = exactFound ?? stemmed.longestAt(tokens, i, stemKey) ?? inflected.longestAt(tokens, i, baseKey);
      const skill = found && taxonomy.byName.get(found.entry.skill.toLowerCase());
      if (!found || !skill || !startsCleanly(tokens, i) || (!exactFound && (changesWordClass(found.entry.written, tokens.slice(i, found.next), skill) || namesThingsNotDoing(found.entry.written, tokens, i, found.next, skill, text)))) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[found.next - 1]!.end;
      const rules = rulesFor(rulesByForm, skill.name, text.slice(start, end), found.entry.written);
      candidates.push({ entry: found.entry, skill, start, end, rules, first: i, next: found.next, byStem: !exactFound });
      i = found.next;
    }
    const kept = candidates.filter((c) => passesCaseRule(c, text) && !namesOtherPeople(c, tokens) && !hyphenGlued(c, tokens, text) && !insideAbbreviation(c, tokens) && !insideAddress(c, tokens) && !isListLabel(c, text) && !draftsWriting(c, c.skill.category, text) && !namesAFile(c, text) && !opensAsVerb(c, text) && !headsAList(c, text, candidates) && !abbreviatesOtherWords(c, text, candidates) && !namesACompetitorsFeature(c, text, candidates, isProduct) && !namesAnAccount(c, text, isKnownForm) && !namesAnotherOfItsVendor(c, text, candidates));
    // The line's context is read only when a context-guarded form asks for it: most lines have none.
    let anchors: Candidate[] | undefined;
    let listLike: boolean | undefined;
    const isListLike = () => (listLike ??= looksLikeList(text));
    const isShortLine = () => tokens.filter((t) => t.word).length <= 4;
    return kept
      .filter((c) => {
        if (!c.rules.includes('tech-context')) return true;
        if (namedByAnotherField(c, kept)) return false;
        if (LIST_ONLY.has(c.skill.category)) return options.posting || isListLike() || isShortLine() || detectAssertion(text, c.start);
        if (lacksEngineersCompany(c, kept, context, engineersPractices)) return false;
        if (namedInCredential(c, text)) return true;
        // A skills section is itself the technical context of its items: "Jenkins", "Chef" on
        // lines of their own. Longer lines there are prose (awards, sentences: "Alpine Coach of
        // the Year"), and a line in capitals is a sub-heading ("PROGRAMMING"), not an item.
        // An item is named as written and ends there: "Less than 1 year" and "documents" are prose.
        if (context.skillsSection && isShortLine() && !isCapitalsHeading(text) && !c.byStem && !continuesInProse(tokens, c, text)) return true;
        if (context.engineersProse && ENGINEERS_ONLY.has(c.skill.category) && namedInsideSentence(tokens, c, text)) return true;
        anchors ??= kept.filter((a) => a.rules.length === 0 && isTechnical(a.skill));
        return isListLike() || anchors.some((a) => a !== c && (options.posting || givesContextTo(a.skill, c.skill))) || pairedWithProduct(c, kept, text);
      })
      .map((c) => toHit(c, text));
  };
}

/** Categories of software and engineering: their names give one another context. */
const ENGINEERING = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform', 'data', 'practice', 'security', 'hardware', 'design', 'methodology', 'certification']);


/**
 * "Assistant Manager, delivery, next, CODING" (a cook's generated keyword list): in a resume
 * whose skills section names few engineers' products, an engineer's product written as an
 * English word ("Next", "C", "Spring") needs another engineer's product or a tool on its line,
 * even in a list or a skills section. So does an engineers' practice named by an everyday word
 * ("networking" beside cold calls, "monitoring" of patients, "logging"). The practice most of
 * their products imply ("coding", "programming") needs an engineer's product itself: other
 * trades code invoices and diagnoses and programme events, beside Excel as often as not.
 */
function lacksEngineersCompany(c: Candidate, kept: readonly Candidate[], context: LineContext, practices: ReadonlyMap<Skill, boolean>): boolean {
  if (context.engineersDocument !== false) return false;
  const strict = practices.get(c.skill);
  if (strict === undefined && !ENGINEERS_ONLY.has(c.skill.category)) return false;
  return !kept.some((a) => a.skill !== c.skill && (ENGINEERS_ONLY.has(a.skill.category) || (!strict && a.skill.category === 'tool')));
}

/** A practice four engineers' products imply is theirs (Networking, Monitoring, Logging). */
const ENGINEERS_PRACTICE_MIN = 4;

/** A practice one engineers' product in ten implies is the engineers' own (Software Development). */
const ENGINEERS_OWN_SHARE = 0.1;

/** The practices the taxonomy's engineers' products imply, each with whether it is their own. */
function engineersPracticesOf(taxonomy: Taxonomy): ReadonlyMap<Skill, boolean> {
  const products = taxonomy.skills.filter((s) => ENGINEERS_ONLY.has(s.category));
  const implied = new Map<string, number>();
  for (const p of products) for (const name of p.implies) implied.set(name, (implied.get(name) ?? 0) + 1);
  const practices = new Map<Skill, boolean>();
  for (const [name, n] of implied) {
    const skill = taxonomy.byName.get(name.toLowerCase());
    if (skill?.category === 'practice' && n >= ENGINEERS_PRACTICE_MIN) practices.set(skill, n >= products.length * ENGINEERS_OWN_SHARE);
  }
  return practices;
}

/** Fields far from software whose names reuse an engineer's practice word in their own sense. */
const OTHER_FIELDS: ReadonlySet<SkillCategory> = new Set(['healthcare', 'legal', 'trades']);

/** The words of a skill's name and aliases, lower case (remembered per skill). */
const wordsOfForms = new WeakMap<Skill, ReadonlySet<string>>();
function formWords(skill: Skill): ReadonlySet<string> {
  let words = wordsOfForms.get(skill);
  if (!words) {
    words = new Set([skill.name, ...skill.aliases].flatMap((f) => tokenize(f).filter((t) => t.word).map((t) => t.lower)));
    wordsOfForms.set(skill, words);
  }
  return words;
}

/**
 * "Medical Billing & Coding", "CPT and ICD-9 Coding": an engineer's context-guarded practice word that a
 * field of care, law or a trade also uses in its own names is that field's word when the
 * line names a skill of that field carrying it (Medical Coding, Medical Billing "billing and
 * coding"), not the engineer's practice. "HTML coding", "design, coding, unit testing" keep it.
 */
function namedByAnotherField(c: Candidate, kept: readonly Candidate[]): boolean {
  if (c.next - c.first !== 1 || c.skill.category !== 'practice') return false;
  const word = c.entry.written.toLowerCase();
  return kept.some((o) => o !== c && o.skill !== c.skill && OTHER_FIELDS.has(o.skill.category) && formWords(o.skill).has(word));
}

/**
 * A trade, a field of care or of business gives an engineer's product no context in a resume:
 * "Food Prep Chef" beside "food prep" (Culinary Arts) is a cook, not the Chef configuration tool.
 * A posting's clause is read with the whole posting behind it ("reporting concepts … Exposure
 * to Scala" in a Java posting), so posting mode keeps every anchor.
 */
function givesContextTo(anchor: Skill, skill: Skill): boolean {
  return !ENGINEERS_ONLY.has(skill.category) || ENGINEERING.has(anchor.category);
}

/**
 * "Meteor and React", "Chef or Puppet": two engineers' products named side by side, however
 * English each word alone, are each other's context.
 */
function pairedWithProduct(c: Candidate, others: readonly Candidate[], text: string): boolean {
  if (!ENGINEERS_ONLY.has(c.skill.category)) return false;
  return others.some((o) => {
    if (o === c || !ENGINEERS_ONLY.has(o.skill.category)) return false;
    const between = o.end <= c.start ? text.slice(o.end, c.start) : c.end <= o.start ? text.slice(c.end, o.start) : '';
    return /^\s*(?:,|and|or|&|\/)\s*$/i.test(between);
  });
}

/**
 * "Integrated Prometheus monitoring", "provisioning process with Puppet, reducing errors": a
 * capitalised name between lower-case words of a sentence (or after its opening verb) is named as
 * itself. Not the first word of a sentence ("Spark interest"), a name of several capitalised words
 * ("Access Control", "Project Phoenix") nor a season before a year ("Spring 2019").
 */
function namedInsideSentence(tokens: Token[], c: Candidate, text: string): boolean {
  const surface = text.slice(c.start, c.end);
  if (!/^\p{Lu}\p{Ll}/u.test(surface)) return false;
  const before = tokens[c.first - 1];
  const after = tokens[c.next];
  if (!before || !before.word) return false;
  const previous = text.slice(before.start, before.end);
  const opensLine = c.first - 1 === 0 || (tokens[c.first - 2] !== undefined && !tokens[c.first - 2]!.word && /[.;:!?•]/.test(tokens[c.first - 2]!.lower));
  if (/^\p{Lu}/u.test(previous) && !opensLine) return false;
  if (/^\p{Lu}/u.test(previous) && opensLine && !/(?:ed|ing|s)$/.test(before.lower)) return false;
  if (!after) return true;
  const next = text.slice(after.start, after.end);
  if ((after.word && /^\p{Lu}/u.test(next)) || /^\d/.test(next)) return false;
  // "the new Phoenix platform": a name between a determiner and a noun names a thing built.
  const determined = /\b(?:the|a|an|our|its|their|his|her|this|that|new)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(0, c.start));
  return !(determined && after.word);
}

/** "Less than a year": a lower-case word runs on after the form. */
function continuesInProse(tokens: Token[], c: Candidate, line: string): boolean {
  const next = tokens[c.next];
  return Boolean(next?.word && !next.glued && /^\p{Ll}/u.test(line.slice(next.start, next.end)));
}

/** "PROGRAMMING", "WEB DEVELOPMENT": a line all in capitals, of words only. */
function isCapitalsHeading(text: string): boolean {
  return /^[\p{Lu}\s&]+$/u.test(text.trim()) && /\p{Lu}{4}/u.test(text);
}

/**
 * A trait said of the candidate, met in another form that says it of others or of things:
 * "motivated" is not "motivate and manage staff", "organized" not "organizing events"; an alias
 * "initiative" is not "marketing initiatives" (projects). An adjective of the person ("-ed") read as
 * a verb, or a quality named by an alias read in the plural, is another sense. "Collaborated" still
 * shows Collaboration (the verb is the candidate's own), "organization" Organizational Skills, and
 * a skill's own name in the plural ("communications") is still the skill.
 */
function namesOthersOrThings(formWords: Token[], textWords: Token[], isName: boolean): boolean {
  if (formWords.length !== 1 || textWords.length !== 1) return false;
  const form = formWords[0]!.lower;
  const word = textWords[0]!.lower;
  if (form === word) return false;
  if (/ed$/.test(form) && /(?:e|es|ing)$/.test(word)) return true;
  // "Student Organizations", "collaborations": a nominalisation in the plural counts bodies or
  // events, not the quality (a skill's own name in the plural, "communications", is still it).
  if (!isName && /ions$/.test(word) && !/ions$/.test(form)) return true;
  return !isName && !/s$/.test(form) && word === `${form}s`;
}

/**
 * "Worked with case managers", "trained sales associates": a practice whose forms name the person
 * doing it (Case Management's "case manager"), read with that person in the plural, is other
 * people. The practice's own name in the plural ("process improvements") is still the practice.
 */
function namesOtherPeople(c: Candidate, tokens: readonly Token[]): boolean {
  const last = tokens.slice(c.first, c.next).filter((t) => t.word).at(-1);
  if (!last || c.next - c.first < 2 || !/[^s]s$/.test(last.lower)) return false;
  const person = last.lower.slice(0, -1);
  const nameHead = c.skill.name.toLowerCase().split(' ').at(-1)!;
  if (!PERSON_NOUN.test(person) || !PRACTICE_NOUN.test(nameHead) || nameHead === person) return false;
  return [c.skill.name, ...c.skill.aliases].some((form) => / /.test(form) && form.toLowerCase().endsWith(` ${person}`));
}

/** A noun of an agent ("manager", "analyst", "accountant", "associate", "technician"): its ending, or a word an ending would miss. */
const PERSON_NOUN = /(?:ist|ant|ate|ician|manager|officer|engineer|developer|designer|writer|editor|teacher|driver|owner|operator|administrator|coordinator|director|supervisor|auditor|consultant|representative)$/;
/** A noun of a practice by its ending ("management", "analysis", "administration", "accounting", "sales"). */
const PRACTICE_NOUN = /(?:ment|ing|sis|tion|sion|ance|ence|ogy|ics|sales)$/;

/** A participle ("distributed", "orchestrated") or a nominalisation ("distribution", "orchestration"). */
function wordClass(word: string): 'participle' | 'noun' | 'other' {
  if (/[^e]ed$/.test(word)) return 'participle';
  if (/(?:ions?|ments?)$/.test(word)) return 'noun';
  return 'other';
}

/**
 * "following leads", "Internet Leads, Direct Mail", "delegates from the ministry": a trait's verb
 * read by its stem in "-s" is the candidate's doing only as a verb: opening the line or a clause
 * ("Leads improvement projects", "Prioritizes and …"), after "who" or "that", or followed by a
 * word in lower case ("leads teams", "listens attentively"); elsewhere the word is a plural noun
 * naming things or people. The form itself in the plural ("communications") is not affected.
 */
function namesThingsNotDoing(written: string, tokens: readonly Token[], first: number, next: number, skill: Skill, text: string): boolean {
  if (skill.category !== 'soft' || next - first !== 1) return false;
  const word = tokens[first]!;
  if (!word.word || !/[^s]s$/.test(word.lower) || /s$/.test(written.toLowerCase()) || word.lower.startsWith(written.toLowerCase())) return false;
  const before = tokens[first - 1];
  if (!before || (!before.word && /^[.;:!?•(]$/.test(before.lower)) || /^(?:who|that|which)$/.test(before.lower)) return false;
  const after = tokens[next];
  return !(after?.word && /^\p{Ll}/u.test(text.slice(after.start, after.end)));
}

/**
 * Stems join words of one root but different sense: "power distribution system" is not
 * Distributed Systems, "orchestrated a migration" is not Orchestration. Outside soft skills
 * (where "collaborated" does show Collaboration) a match by stem must keep each word's class.
 */
function changesWordClass(written: string, matched: Token[], skill: Skill): boolean {
  const formWords = tokenize(written).filter((t) => t.word);
  const textWords = matched.filter((t) => t.word);
  if (skill.category === 'soft') return namesOthersOrThings(formWords, textWords, written.toLowerCase() === skill.name.toLowerCase());
  return formWords.some((f, k) => {
    const t = textWords[k];
    if (!t) return false;
    const a = wordClass(f.lower);
    const b = wordClass(t.lower);
    return a !== b && a !== 'other' && b !== 'other';
  });
}

/** Porter stems, remembered: the same few thousand words recur across lines and resumes. */
const stems = new BoundedMap<string, string>(WORDS_REMEMBERED);

/** Porter stems of the built-in taxonomy's indexed words (`npm run stems`). */
export const STEMS_FILE = builtinFile('stems.json');
let seeded = false;

/**
 * Stemming the taxonomy's words cold cost ~40 ms of every start; their stems are read from
 * a file instead. A missing or stale file only costs that time back: every other word is
 * stemmed as before.
 */
function seedStems(): void {
  if (seeded) return;
  seeded = true;
  try {
    for (const [word, s] of Object.entries(builtin.stems<Record<string, string>>())) stems.set(word, s);
  } catch {
    // Stems are then computed as words come.
  }
}

/** Porter's stem of a lower-case word, remembered. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}

/** Inflection bases, remembered like the stems. */
const bases = new BoundedMap<string, string>(WORDS_REMEMBERED);

/** The word without one inflectional ending: mentored, mentoring, mentors → mentor; collaborating, collaboration → collabor. */
export function inflectionBase(word: string): string {
  if (word.length <= 4) return word;
  let base = bases.get(word);
  if (base === undefined) {
    const m = /^(.{3,}?)(?:ations?|at(?:ing|ed|es|e)|ings?|ions?|ed|es|s|e)$/.exec(word);
    base = m ? m[1]! : word;
    bases.set(word, base);
  }
  return base;
}

function rulesFor(rulesByForm: Map<string, AmbiguityRule[]>, skill: string, surface: string, written: string): AmbiguityRule[] {
  return rulesByForm.get(`${skill}\u0000${surface.toLowerCase()}`) ?? rulesByForm.get(`${skill}\u0000${written.toLowerCase()}`) ?? [];
}

function toHit(c: Candidate, text: string): SkillHit {
  const hit: SkillHit = {
    skill: c.skill.name,
    category: c.skill.category,
    surface: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
  };
  if (c.skill.generic) hit.generic = true;
  if (c.byStem) hit.byStem = true;
  if (c.misspelt) hit.misspelt = true;
  if (c.skill.claimInProse) hit.claimInProse = true;
  const hedge = detectHedge(text, c.start, c.skill.category === 'certification' ? c.end : undefined);
  if (hedge) hit.hedge = hedge;
  return hit;
}
