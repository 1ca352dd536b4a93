/**
 * The rules that decide whether a form found in text really names the skill. Each takes a
 * candidate match and its surroundings and says yes or no; the finder applies them in order.
 */
import { PRODUCT_CATEGORIES } from '../taxonomy/index.js';
import type { AmbiguityRule, Skill, SkillCategory } from '../types.js';
import type { FormEntry } from './phrase-trie.js';
import type { Token } from './tokenize.js';

export interface Candidate {
  entry: FormEntry;
  skill: Skill;
  start: number;
  end: number;
  rules: AmbiguityRule[];
  /** Index of the first token and of the token after the match. */
  first: number;
  next: number;
  /** Found by stem or inflection rather than as written. */
  byStem?: boolean;
  /** Found through a one-edit misspelling of a long name. */
  misspelt?: boolean;
}

/** A match must not begin in the middle of a written unit such as "ASP.NET" or "3.NET". */
export function startsCleanly(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || !token.glued) return true;
  return !(before.word && !token.word && token.lower === '.') && !(before.lower === '.' && token.word);
}

/** "Go" must be written "Go" or "GO"; a lower-case "go" is the verb. */
export function passesCaseRule(c: Candidate, text: string): boolean {
  if (!c.rules.includes('exact-case')) return true;
  const surface = text.slice(c.start, c.end);
  const written = c.entry.written;
  if (written.length === 1) return surface === written;
  // An acronym written in capitals ("SOLID", "REST") needs capitals: "Solid knowledge" is prose.
  if (written === written.toUpperCase() && /\p{Lu}{2}/u.test(written)) return surface === surface.toUpperCase();
  return surface !== surface.toLowerCase() || written === written.toLowerCase();
}

/**
 * "go-to-market", "go-live", "rest-of-world": an ambiguous form inside a hyphenated word; and
 * any name in lower case in the middle of a compound ("cool-skype-id").
 */
export function hyphenGlued(c: Candidate, tokens: Token[], text: string): boolean {
  const surface = text.slice(c.start, c.end);
  const lowerCase = surface === surface.toLowerCase();
  const before = tokens[c.first - 1];
  const after = tokens[c.next];
  const hyphenBefore = before && tokens[c.first]!.glued && /^[-–]$/.test(before.lower);
  const hyphenAfter = after && after.glued && /^[-–']$/.test(after.lower) && tokens[c.next + 1]?.glued;
  // A lower-case name in the middle of a hyphenated compound is a piece of a handle ("cool-skype-id").
  if (lowerCase && hyphenBefore && hyphenAfter && tokens[c.first - 2]?.word) return true;
  if (c.rules.length === 0) return false;
  return Boolean(hyphenBefore || hyphenAfter);
}

/** "R&D", "D&B", "R.O.K.": a single letter inside an abbreviation is not a language. */
export function insideAbbreviation(c: Candidate, tokens: Token[]): boolean {
  if (c.entry.written.length !== 1 || c.next - c.first !== 1) return false;
  const before = tokens[c.first - 1];
  const after = tokens[c.next];
  const joinedBefore = before && tokens[c.first]!.glued && (before.lower === '&' || (before.lower === '.' && tokens[c.first - 2]?.word && before.glued));
  const joinedAfter = after && after.glued && (after.lower === '&' || (after.lower === '.' && tokens[c.next + 1]?.glued && tokens[c.next + 1]?.word));
  return Boolean(joinedBefore || joinedAfter);
}

/**
 * "a YAML file", "CSV exports": a context-guarded format named as a file is not a skill
 * claimed; "the P4 protocol": a context-guarded product name before "protocol" names
 * something else.
 */
export function namesAFile(c: Candidate, text: string): boolean {
  if (!c.rules.includes('tech-context')) return false;
  const after = text.slice(c.end);
  return /^\s+(?:files?|formats?|documents?|exports?)\b/i.test(after) || (PRODUCT_CATEGORIES.has(c.skill.category) && /^\s+protocols?\b/i.test(after));
}

/**
 * "Excel in customer service", "Excel at prioritizing": a context-guarded name that is also a verb,
 * opening a sentence before "in" or "at" and a word in lower case, is the verb.
 */
export function opensAsVerb(c: Candidate, text: string): boolean {
  if (!c.rules.includes('tech-context') || c.next - c.first !== 1) return false;
  const before = text.slice(0, c.start).trimEnd();
  if (before && !/[.;:!?•]$/u.test(before)) return false;
  return /^\s+(?:in|at)\s+\p{Ll}/u.test(text.slice(c.end));
}

/** The level a credential names after the product it certifies ("Consul Associate", "Spark Developer"). */
const CREDENTIAL_LEVEL = /^\s+(?:certified\s+)?(?:associate|professional|specialist|specialty|administrator|developer|engineer|architect|expert|practitioner)\b/i;

/**
 * "HashiCorp Certified: Consul Associate", "Databricks Certified Spark Developer", "Puppet
 * Certified Professional": a product named in a credential, before the level it certifies, is the
 * product the holder was certified in; the credential is its context. The level must follow the
 * name: a trade's title after "Certified" ("Certified Executive Chef") names no product.
 */
export function namedInCredential(c: Candidate, text: string): boolean {
  return PRODUCT_CATEGORIES.has(c.skill.category) && /\bcertifi(?:ed|cation)\b/i.test(text) && CREDENTIAL_LEVEL.test(text.slice(c.end));
}

/** "jane@gmail.com", "lodash.com": a name inside an e-mail or web address is not a claim ("Json.NET" and "Socket.IO" are products). */
export function insideAddress(c: Candidate, tokens: Token[]): boolean {
  const before = tokens[c.first - 1];
  const after = tokens[c.next];
  if (before && tokens[c.first]!.glued && before.lower === '@') return true;
  return Boolean(after && after.glued && after.lower === '.' && /^(?:com|org|edu|gov|co)$/.test(tokens[c.next + 1]?.lower ?? ''));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words that turn a skill into the label of a list: "Monitoring Tools:", "Operating Systems:". */
const LABEL_WORDS = /^\s*(?:tools?|technolog(?:y|ies)|languages?|platforms?|servers?|frameworks?|databases?|software|systems?|skills?)?\s*:/i;
const NAMED: ReadonlySet<string> = new Set([...PRODUCT_CATEGORIES, 'hardware', 'certification']);

/**
 * A concept standing before the colon of a list ("Version Control: Git, SVN", "Monitoring
 * Tools: Prometheus") labels the list; it is not itself a claim. Named products keep their
 * mention ("Kubernetes: ran 40 clusters").
 */
export function isListLabel(c: Candidate, text: string): boolean {
  if (NAMED.has(c.skill.category)) return false;
  // Any letter or digit before the form (a test stops at the first; stripping the rest built a string per candidate).
  if (LETTER_OR_DIGIT.test(text.slice(0, c.start))) return false;
  return LABEL_WORDS.test(text.slice(c.end));
}

/**
 * "Operating systems Red Hat Linux, CentOS, Ubuntu": a concept opening a list line whose first
 * item is a named product labels the list (the label lost its colon or tab on extraction).
 */
export function headsAList(c: Candidate, text: string, others: readonly Candidate[]): boolean {
  if (NAMED.has(c.skill.category) || LETTER_OR_DIGIT.test(text.slice(0, c.start))) return false;
  // A colon after a sentence's end labels the list itself ("GAAP and other standards. Proficient
  // with: QuickBooks, ADP"): the concept opens that sentence. Before the colon with no sentence's
  // end, the concept is a word of the label ("Programming & Scripting Languages: HTML").
  const colon = text.indexOf(':', c.end);
  if (colon >= 0 && /[.!?]\s+\p{Lu}/u.test(text.slice(c.end, colon))) return false;
  const firstItemEnd = text.search(/[,|;•]/);
  if (firstItemEnd < 0 || !looksLikeList(text)) return false;
  return others.some((o) => o !== c && o.start >= c.end && o.end <= firstItemEnd && NAMED.has(o.skill.category));
}

/** What a writer drafts, up to two words after "drafting" (and an "of the"). */
const WRITTEN_AFTER = /^\s+(?:of\s+)?(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:letters?|contracts?|agreements?|documents?|documentation|polic(?:y|ies)|procedures?|reports?|memos?|memoranda|correspondence|proposals?|press\s+releases?|newsletters?|prospectus(?:es)?|publications?|briefs?|pleadings?|motions?|legislation|resolutions?|minutes|articles?|speeches|emails?|responses?)\b/iu;

/** The writer's work a draft is listed with ("review/drafting", "researching, drafting, editing"). */
const WRITING = /\b(?:edit(?:s|ed|ing)?|editorial|proofread(?:s|ing)?|review(?:s|ed|ing)?|revis(?:e|ed|ing)|writ(?:e|es|ing|ten)|research(?:ed|ing)?|negotiat(?:e|ed|ing|ion))\b/iu;

/**
 * "Drafting cover letters", "Contract negotiation/review/drafting", "researching, drafting,
 * editing": the draughtsman's word is also the writer's. A design skill's drafting is the writer's when a written
 * thing follows it or the writer's work stands beside it in the same list or coordination.
 */
export function draftsWriting(c: { start: number; end: number }, category: SkillCategory, text: string): boolean {
  if (category !== 'design' || !/^draft/iu.test(text.slice(c.start, c.end))) return false;
  if (WRITTEN_AFTER.test(text.slice(c.end))) return true;
  const before = /(?:^|[,;|•(])([^,;|•(]*?)(?:\/|,|&|\band)\s*$/u.exec(text.slice(0, c.start));
  const after = /^\s*(?:\/|,|&|and\b)([^,;|•)]*)/u.exec(text.slice(c.end));
  return Boolean((before && WRITING.test(before[1]!)) || (after && WRITING.test(after[1]!)));
}

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']);

/**
 * "Department of Watershed Management (DWM)", "Defense Messaging System (DMS)": an acronym in
 * brackets after the words it abbreviates names those words, not the product spelt the same.
 * Kept when the words are themselves the skill ("Amazon Web Services (AWS)").
 */
export function abbreviatesOtherWords(c: Candidate, text: string, others: readonly Candidate[]): boolean {
  const surface = text.slice(c.start, c.end);
  if (!/^[A-Z]{2,6}$/.test(surface) || text[c.start - 1] !== '(' || text[c.end] !== ')') return false;
  const words = text.slice(0, c.start - 1).trim().split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const initials = words.slice(-surface.length).map((w) => w[0]).join('');
  if (initials.toUpperCase() !== surface || !words.slice(-surface.length).every((w) => /^[A-Z]/.test(w))) return false;
  return !others.some((o) => o !== c && o.skill === c.skill && o.end <= c.start);
}

/**
 * "City, ST" or a date range: the line heads a position, it is not a skills list. A state's
 * code ends the place; two capitals opening a longer item ("UI Design", "QA Testing", "AP
 * Style") are an acronym of the item.
 */
const PLACE = /,\s*[A-Z]{2}\b(?![.&])(?!(?:\s+\p{L}+){1,3}\s*(?:[,;|]|$))/u;
const DATE_RANGE = /\b(?:19|20)\d{2}\s*[-–—]|\b(?:present|current)\b/i;

/** A skills list: "Languages: Go, Python, SQL" or "Go | Rust | C". */
export function looksLikeList(text: string): boolean {
  if (PLACE.test(text) || DATE_RANGE.test(text)) return false;
  const body = text.includes(':') ? text.slice(text.indexOf(':') + 1) : text;
  // Two sentences are prose, not a list ("… and A/B testing. Built an app …").
  if (/[a-z)]\.\s+[A-Z]/.test(body)) return false;
  // A slash separates items only with a space beside it: "A/B", "CI/CD" and "TCP/IP" are units.
  const parts = body.split(/[,|;•·]|\s\/|\/\s/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return false;
  const short = parts.filter((p) => p.split(/\s+/).length <= 3).length;
  return short / parts.length >= 0.7;
}

/**
 * "New Relic APM", "Datadog APM": a product's short form that is its own name less the vendor
 * ("APM" for Elastic APM) names the feature of whichever product stands before it. When that
 * product is a competitor (both stand for the same kind of thing: they share an implied skill)
 * and is not the one this product belongs to ("AWS RDS": Amazon RDS implies AWS), the form is
 * the competitor's; so is the kind labelling a list ("APM tools AppDynamics, New Relic"). Only a
 * form that is the initials of a phrase the entry also lists ("APM",
 * "application performance monitoring") names a kind; "Kafka" after RabbitMQ is Kafka. Products
 * of one platform ("ECS Lambda") share a product, not a kind.
 */
export function namesACompetitorsFeature(c: Candidate, text: string, others: readonly Candidate[], isProduct: (name: string) => boolean): boolean {
  const written = c.entry.written.toLowerCase();
  const name = c.skill.name.toLowerCase();
  if (written === name) return false;
  const acronym = name.split(/\s+/).at(-1)!;
  // The kind's initials after a rival ("New Relic APM"), or the kind spelt out anywhere after one
  // in the clause ("used AppDynamics for application performance monitoring").
  const initials = name.endsWith(` ${written}`) && spellsOutAs(c.skill.aliases, written);
  const spelt = !initials && written.includes(' ') && spellsOutAs([written], acronym);
  if (!initials && !spelt) return false;
  // "APM tools AppDynamics, New Relic": the kind labels a list of rivals' products.
  if (/^\s+(?:tools?|solutions?|platforms?|software|products?|vendors?)\b/i.test(text.slice(c.end)) && others.some((o) => o.start >= c.end && o.skill !== c.skill)) return true;
  const clauseStart = Math.max(0, ...[...text.slice(0, c.start).matchAll(/[.;!?•]/g)].map((m) => m.index! + 1));
  const rivals = others.filter((o) => o !== c && o.skill !== c.skill && o.end <= c.start && (spelt ? o.start >= clauseStart : /^\s+$/.test(text.slice(o.end, c.start))));
  const vendorWords = name.split(/\s+/).slice(0, -1);
  return rivals.some((before) => {
    const beforeWords = before.skill.name.toLowerCase().split(/\s+/);
    if (vendorWords.some((w) => beforeWords.includes(w))) return false;
    if (c.skill.implies.includes(before.skill.name) || before.skill.implies.includes(c.skill.name)) return false;
    // Siblings of one platform ("ECS Lambda": both imply AWS) are that platform's products, not rivals.
    const shared = c.skill.implies.filter((parent) => before.skill.implies.includes(parent));
    return shared.length > 0 && !shared.some(isProduct);
  });
}

/** The form is the initials of one of the aliases: an abbreviation of a generic phrase. */
function spellsOutAs(aliases: readonly string[], form: string): boolean {
  return aliases.some((a) => {
    const words = a.toLowerCase().split(/[\s-]+/);
    return words.length === form.length && words.map((w) => w[0]).join('') === form;
  });
}

/**
 * "Github:// deedydas", "Skype: cool-skype-id", "2.5K GitHub stars": a site or messenger named
 * as the address of the candidate's account, or of a project's following, is not a skill
 * claimed. An address is one token after the colon, ending the line, that names nothing in the
 * taxonomy ("Python: pandas" and "Docker: docker-compose" are lists) and is not a version.
 */
export function namesAnAccount(c: Candidate, text: string, isKnownForm: (form: string) => boolean): boolean {
  if (!ACCOUNT_CATEGORIES.has(c.skill.category)) return false;
  const after = text.slice(c.end);
  if (/^\s+(?:stars?|followers?|profile|account|handle|username)\b/i.test(after)) return true;
  const m = /^\s*:\s*(\/\/)?\s*([^\s,;|•·]+)\s*$/.exec(after);
  if (!m) return false;
  const handle = m[2]!.replace(/^[@/]+/, '');
  if (!/\p{L}/u.test(handle) || /^v?\d[\d.x+]*$/i.test(handle) || isKnownForm(handle.toLowerCase())) return false;
  return Boolean(m[1]) || /[-_.\d@/]/.test(m[2]!) || !/^\p{Lu}/u.test(handle);
}

/** Sites and messengers where people keep accounts are tools or platforms in the taxonomy. */
const ACCOUNT_CATEGORIES = new Set(['tool', 'platform']);

/**
 * "Oracle ERP", "Oracle Business Intelligence", "Bloomberg News": a vendor's name that the
 * taxonomy reads as its best-known product ("Oracle" for Oracle Database) names another of the
 * vendor's products when a capitalised name follows that is not itself a product ("Oracle
 * MySQL" is a list of two, "Oracle 11g" a version of the database).
 */
export function namesAnotherOfItsVendor(c: Candidate, text: string, others: readonly Candidate[]): boolean {
  const written = c.entry.written;
  if (!PRODUCT_CATEGORIES.has(c.skill.category) || written.includes(' ')) return false;
  const words = c.skill.name.split(/\s+/);
  if (words.length < 2 || words[0]!.toLowerCase() !== written.toLowerCase()) return false;
  const next = /^\s+(?=\p{Lu})/u.exec(text.slice(c.end));
  if (!next) return false;
  const at = c.end + next[0].length;
  const named = others.find((o) => o.start === at);
  return !(named && PRODUCT_CATEGORIES.has(named.skill.category));
}
