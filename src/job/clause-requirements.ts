import type { SkillFinder, Tier } from '../types.js';
import type { Ask, ClauseReading } from './collect-asks.js';
import { dropMisreadings } from './drop-misreadings.js';
import { isBoilerplate } from './line-tier.js';
import { parseEducation } from './parse-education.js';
import { parseYears } from './parse-years.js';
import { anyOf, jobRules } from './rules.js';

const rules = jobRules.clauseRequirements;
const LEAD_INS = rules.leadIns.map((s) => new RegExp(`^(?:${s})\\s*`, 'i'));
const STOP = new Set(rules.stopWords);
const GENERIC_TAIL = new Set(rules.genericTails);
const DUTY_VERB = new RegExp(`^(?:${rules.dutyVerbs.join('|')})(?:s|es|ed|d|ing)?\\s+`, 'i');
const POSTING_WORDS = anyOf(rules.postingWords);
const ASKING_WORDS = anyOf(rules.askingWords);
const FIELD = new RegExp(rules.fieldLabel, 'i');
const NOT_NAMES = new Set(rules.namesNot);
/** Section kinds whose prose may still describe the work when nothing else does. */
const PROSE_KINDS = new Set(['other', 'responsibilities', 'required', 'preferred', 'stack']);

/**
 * The short readable name of a requirement clause: its head noun phrase, without the words that
 * only say "it is asked" ("Must have", "Experience with", "Strong", "5+ years of"), cut at the
 * first list word or mark, at most four words: "Knowledge of food safety and sanitation" →
 * "food safety"; "Excellent knife skills" → "knife skills"; "Proficiency in Adobe Creative Suite
 * (Photoshop)" → "Adobe Creative Suite". Null when nothing but such words remains.
 */
export function clauseName(text: string): string | null {
  const letters = text.replace(/[^A-Za-z]/g, '');
  const shouted = letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
  if (FIELD.test(text)) return null;
  let rest = (shouted ? text.toLowerCase() : text)
    .replace(/\s*\(\d+\)/g, '')
    .replace(/[(;:].*$/, '')
    .trim();
  const { rest: stripped, verb } = stripLeadIns(rest);
  rest = stripped;
  const words: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    const word = raw.replace(/^["“'‘]+|["”'’.,!?/]+$/g, '');
    // An article inside the phrase is skipped ("balance the books" → "balance books").
    if (words.length > 0 && /^(?:a|an|the)$/i.test(word)) continue;
    // A link word before the phrase has begun is passed over ("work in a multidisciplinary team").
    if (words.length === 0 && word && STOP.has(word.toLowerCase())) continue;
    if (!word || STOP.has(word.toLowerCase()) || !/[A-Za-z0-9]/.test(word) || /[<>]/.test(word) || /^(?:you|we|they|i)['’]/i.test(word)) break;
    words.push(word);
    if (words.length === rules.maxWords || /[,.!?]$/.test(raw)) break;
  }
  while (words.length > 0 && GENERIC_TAIL.has(words[words.length - 1]!.toLowerCase())) words.pop();
  // "Sells products" → "sells products": a lone object says too little without its verb.
  if (words.length === 1 && verb) words.unshift(verb.toLowerCase());
  if (words.length === 0 || words.every((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  // A sentence opener's capital is not a name's ("Food safety" → "food safety"; "Adobe" stays).
  if (/^[A-Z][a-z]+$/.test(words[0]!) && text.trimStart().startsWith(words[0]!)) words[0] = words[0]!.toLowerCase();
  // One apostrophe for every name ("Driver’s License" and "Driver's License" are one ask).
  const name = words.join(' ').replace(/[’‘]/g, "'");
  return /[a-z]{3}/i.test(name) ? name : null;
}

/**
 * Drops "Must have", "the successful applicant will have experience as a", "strong", a duty's
 * verb ("Performs"), … repeatedly; says which verb it dropped last.
 */
function stripLeadIns(text: string): { rest: string; verb: string | null } {
  let rest = text;
  let verb: string | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of [...LEAD_INS, DUTY_VERB]) {
      const m = re.exec(rest);
      if (m && m[0].length > 0 && m[0].length < rest.length) {
        if (re === DUTY_VERB) verb = m[0].trim();
        rest = rest.slice(m[0].length);
        changed = true;
      }
    }
  }
  return { rest, verb };
}

/**
 * When the taxonomy reads fewer than `minRequirements` requirements from a posting (trade, care
 * and sales postings name few catalogued skills), its requirement clauses themselves become
 * requirements: each with a short name (`anyOf`), its line, and the whole clause (`clause`) for
 * evidence matched on the clause's words. First the clauses that ask (a requirements section, a
 * "must", an item of an unheaded list) that the taxonomy left unread; when even those are too
 * few, the description's own sentences, the most asking first (duties, "experience", "skills").
 * Then the catalogued names those sentences use come first, their own names after.
 * Whatever the count, an unread required clause asking years of something or a licence stands.
 * Nothing is added to text that does not read as a posting: it keeps "no requirements found".
 */
export function clauseAsks(clauses: ClauseReading[], found: number, findSkills?: SkillFinder): Ask[] {
  // "One year of housekeeping experience required", "Current licensure from a state agency":
  // years asked of something, or a licence, names what is asked whatever else the taxonomy
  // read; unread, the clause stands in for it.
  const named = clauses.filter((c) => c.tier === 'required' && !c.read && c.segment.kind !== 'title' && namesItsAsk(c.segment.text));
  if (found >= rules.minRequirements) return pick(named, rules.maxClauses, () => 0);
  const asking = clauses.filter((c) => c.tier !== null && !c.read && c.segment.kind !== 'title');
  const out = pick(asking, rules.maxClauses, (c) => (c.tier === 'required' ? 1 : 0));
  if (found + out.length >= rules.minRequirements || !looksLikePosting(clauses)) return out;
  const prose = (kinds: (kind: string) => boolean): ClauseReading[] =>
    clauses.filter(
      (c) =>
        c.tier === null &&
        kinds(c.segment.kind) &&
        !isBoilerplate(c.segment.text) &&
        !/\?\s*$/.test(c.segment.text) &&
        parseEducation(c.segment.text) === null &&
        // The company talking of itself ("We build apps") asks nothing, unless it says whom it seeks.
        (!SELF_TALK.test(c.segment.text) || SEEKS.test(c.segment.text)),
    );
  for (const pool of [prose((k) => PROSE_KINDS.has(k)), prose((k) => k === 'about')]) {
    const want = rules.fillTo - found - out.length;
    if (want <= 0) break;
    // A sentence naming catalogued things ("adults with developmental disabilities") gives those
    // names; one naming none stands in by its own name.
    const named = findSkills ? namedInProse(pool, findSkills, want) : [];
    out.push(...named);
    const used = new Set(named.map((a) => a.order));
    out.push(...pick(pool.filter((c) => !used.has(c.index * 1000)), want - named.length, proseRank, 'preferred'));
  }
  return out.sort((a, b) => a.order - b.order);
}

/** The catalogued names (not soft skills) the prose clauses name, in order, at most `limit`, once each. */
function namedInProse(pool: ClauseReading[], findSkills: SkillFinder, limit: number): Ask[] {
  const out: Ask[] = [];
  const seen = new Set<string>();
  for (const c of pool) {
    const text = c.segment.text;
    for (const h of dropMisreadings(text, findSkills(text).filter((x) => x.category !== 'soft' && x.hedge !== 'negated'))) {
      if (out.length >= limit || seen.has(h.skill.toLowerCase())) continue;
      seen.add(h.skill.toLowerCase());
      out.push({
        anyOf: [h.skill],
        kind: jobRules.kindByCategory[h.category] ?? 'skill',
        tier: 'preferred',
        duty: true,
        emphasis: false,
        years: null,
        line: c.segment.line,
        order: c.index * 1000,
        text,
      });
    }
  }
  return out;
}

/**
 * "5+ years of estimating experience", "two years in housekeeping": years of a named thing;
 * "Current state licensure", "Valid CPR certification": a credential.
 */
function namesItsAsk(text: string): boolean {
  return CREDENTIAL.test(text) || parseYears(text).some((y) => !y.general);
}
const CREDENTIAL = /\b(?:licen[cs](?:e|es|ed|ure)|certif(?:ied|ication|icate)s?|credentials?|registration)\b/i;

/**
 * Which sentences of a description say most about the work: asking words ("experience",
 * "skills") first, then duties ("Prepare…"); the company saying whom it seeks last.
 */
function proseRank(c: ClauseReading): number {
  const text = c.segment.text;
  return (ASKING_WORDS.test(text) ? 2 : 0) + (DUTY_VERB.test(text) ? 1 : 0) - (SELF_TALK.test(text) ? 2 : 0);
}
const SELF_TALK = /^\W*(?:we|we're|we’re|our|there|the company|the team|this (?:company|team|is))\b/i;
const SEEKS = /\b(?:looking|seeking|searching|hiring|need)\b/i;

/** The best `limit` clauses by `rank` (then document order) that have a name, as asks. */
function pick(pool: ClauseReading[], limit: number, rank: (c: ClauseReading) => number, tier?: Tier): Ask[] {
  const named = pool
    .map((c) => ({ c, name: clauseName(c.segment.text) }))
    .filter((x): x is { c: ClauseReading; name: string } => x.name !== null && x.c.segment.text.split(/\s+/).length >= 2);
  return named
    .sort((a, b) => rank(b.c) - rank(a.c) || a.c.index - b.c.index)
    .slice(0, Math.max(0, limit))
    .map(({ c, name }) => ({
      anyOf: [name],
      kind: 'unknown',
      tier: tier ?? c.tier ?? 'preferred',
      duty: false,
      emphasis: false,
      years: null,
      line: c.segment.line,
      order: c.index * 1000,
      text: c.segment.text,
      clause: c.segment.text,
    }));
}

/** A heading of a posting, an asking clause, or the words postings use ("job", "apply", "hiring"). */
function looksLikePosting(clauses: ClauseReading[]): boolean {
  return clauses.some(
    (c) => c.tier !== null || (c.segment.kind !== 'other' && c.segment.kind !== 'title') || POSTING_WORDS.test(c.segment.text),
  );
}
