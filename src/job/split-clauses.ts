import { escapeRegExp } from '../regexp.js';
import { once } from '../builtin/index.js';
import { jobRules, taskVerbs } from './rules.js';

/** A clause of one line: offsets into that line, so skill hits found on the whole line map onto it. */
export interface Clause {
  start: number;
  end: number;
  text: string;
  /** It began with a bullet or an enumeration mark: an item of a list. */
  bulleted: boolean;
}

// Dice and Monster postings arrive as one paragraph with their bullets, sentences and even
// headings glued together ("...field.- Strong coding", "qualityParticipate in"), so the cut
// points are found by the marks that survive the flattening.
// Long duty verbs that open an item glued to the last word of the one before, all in lower case
// ("General ledger reconciliationsprepare journal entriesconduct accounting research").
const GLUED_VERBS = jobRules.clauseRequirements.dutyVerbs.filter((v) => /^[a-z]{6,}$/.test(v)).join('|');
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|sr|jr|inc|vs|approx|no|dr|mr|ms|mrs|st|u\.s|ltd|co)$/i;
const starters = jobRules.clauseStarters.map(escapeRegExp).join('|');
const nouns = jobRules.starterNouns.map(escapeRegExp).join('|');
const complements = jobRules.starterComplements.join('|');

// An opener ends at a space or goes on in a contraction ("…with the elderly If you're a Brookdale associate").
const OPENER_END = String.raw`(?:\s|['’](?:re|ve|ll|d)\b)`;

const CUTS: RegExp[] = [
  // bullet glyphs and lone asterisks
  /[•●▪◦■►➢✓]/g,
  // (not one glued inside words, a mangled apostrophe: "client*s", "4+ years* experience")
  /(?<!\*)(?<![A-Za-z])\*(?!\*)|(?<=[A-Za-z])\*(?!\*)(?![a-z]|\s+[a-z])/g,
  // a hyphen or dash that starts a list item: after a sentence end, a colon, start of text,
  // spaces on both sides, or glued to the end of a word ("Ruby- Docker", "production-Evangelize")
  /(?<=^|[.:;!?)]\s*|\s{2,})[-–](?=\s*[A-Z(0-9])/g,
  /(?<=\S)\s[-–]\s(?=[A-Z])/g,
  // (one space before and none after, the next item glued on: "coding experience -Strong CS")
  /(?<=[A-Za-z0-9,)]\s)[-–](?=[A-Z][a-z]|\d+\s*\+\s*(?:years?|yrs?|months?)\b)/g,
  /(?<=[A-Za-z)])[-–]\s(?=[A-Z])/g,
  // (a lower-case word only: "Full-Scope Polygraph" is one capitalised compound)
  /(?<=(?:^|[^A-Za-z])[a-z]{2,})-(?=[A-Z][a-z]{2,})/g,
  // a closing parenthesis glued to the next sentence ("(Puppet / Chef)Founded over")
  /(?<=\))(?=[A-Z][a-z])/g,
  // enumerations "a) ", "2. " glued to the previous item
  /(?<=^|\s)[a-z]\)\s/g,
  /(?<=[A-Za-z!.)])\d{1,2}\.\s(?=[A-Z0-9])/g,
  // a word glued to the next sentence ("qualityParticipate", "experience preferredTAD PGS, INC.");
  // not a lower-case product spelling ("postgreSQL")
  /(?<=(?:^|[^A-Za-z])[a-z]{4,})(?=[A-Z][a-z]|(?![A-Z]*QL\b)[A-Z]{2,}\b)/g,
  /(?<=[a-z]{4,})(?=\d+\s*\+?\s*(?:years|yrs)\b)/g,
  new RegExp(`(?<=[a-z]{4,})(?=(?:${GLUED_VERBS})\\s+[a-z])`, 'g'),
  // the opening words of the next sentence in run-on text ("…proof of insurance Although one of
  // the leaders", "Minimum 2 years of experience All qualified applicants…")
  new RegExp(`(?<=[a-z0-9)]\\s+)(?=(?:${jobRules.sentenceOpeners.join('|')})${OPENER_END})`, 'g'),
  // …or glued to the word or name that ends the one before, in capitals or not ("…Gremlin,
  // SPARQLWe are seeking", "…Scala, HadoopIf you are", "- SQL Performance TuningSo, if you are"):
  // no name runs on into these words, so a capitalised word is cut too
  new RegExp(`(?<=[A-Z]{2}|[A-Za-z][a-z]{2})(?=(?:${jobRules.sentenceOpeners.join('|')})${OPENER_END})`, 'g'),
  // …or glued to the capitalised word or name that ends the item before ("…Scala or
  // JavaExperience with cloud services", "…using SQLAbility to"): only a noun of asking with the
  // word it takes, so "JavaScript", "PowerPoint" stay whole
  /(?<=[A-Za-z][a-z]{2}|[A-Z]{2})(?=(?:Experience|Familiarity|Knowledge|Proficiency|Exposure|Understanding|Expertise)\s+(?:with|in|of|using|working|building)\b|Ability\s+to\b)/g,
  // a capitalised qualification opener in the middle of run-on text ("...IntelliJ) Solid RDBMS",
  // "…business cases, etc. Prior experience")
  // (not a noun ending a capitalised name, "User Experience, Wireframes", "the Customer Experience
  // team", "Customer Service Experience”": after a capital it opens a clause with its complement,
  // "…in Python Experience with AWS", or before the next capitalised name, "…ExperienceUser
  // Experience Designer for…")
  new RegExp(`(?<=(?:[a-z0-9)]|\\betc\\.)\\s+)(?!(?<=\\b[A-Z][A-Za-z]*[a-z]\\s+)(?:${nouns})(?=\\s*[,;:)/"”’]|\\s+(?!(?:${complements})\\b)[a-z]))(?=(?:${starters})\\b)`, 'g'),
];

// A sentence end may close bold text glued to the next one ("…VA.**Candidate must…").
const SENTENCE_END = /[.!?;](?=\s+["“(]?[A-Z0-9])|;|[.!?](?=\*{1,2}\s*[A-Z])|(?<=[a-z]{3})[.!?](?=(?!NET\b)[A-Z]{2,}(?:[\s/,]|$))|[.!?](?=[A-Z][a-z]{2,}|[A-Z]{2,}\s+[A-Z]{2,})|(?<=[a-z])[.!?](?=[A-Z][a-z]?\s)/g;
const LEADING_MARKS = /^(?:[\s•●▪◦■►➢✓*·|\-–]|[a-z]\)\s|\d{1,2}[.)]\s)+/;

const PAREN_LIST = /\([^()]*,[^()]*\)/g;

/** Cuts a line into clauses at bullets, sentence ends and glued items; keeps offsets. */
export function splitClauses(text: string, offset = 0): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  const lists = [...text.matchAll(PAREN_LIST)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const re of CUTS)
    for (const m of text.matchAll(re)) {
      // A dash inside a parenthesised list joins a name ("offices throughout Texas (Arlington, Houston – Downtown, Katy)"), it opens no item.
      if (/^\s?[-–]/.test(text.slice(m.index, m.index + 2)) && lists.some(([from, to]) => m.index > from && m.index < to)) continue;
      cuts.add(m.index);
    }
  for (const m of text.matchAll(gluedDutyItem())) cuts.add(m.index);
  for (const at of pipeCuts(text)) cuts.add(at);
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (m[0] === '.' && /\d$/.test(text.slice(0, m.index)) && /^\d/.test(text.slice(m.index + 1))) continue;
    // A dot that opens a word after a space or a comma names something (".Net internals", ".NET"), it ends nothing.
    if (m[0] === '.' && /(?:^|[\s,(/])$/.test(text.slice(0, m.index)) && /^[A-Za-z]/.test(text.slice(m.index + 1))) continue;
    cuts.add(m.index + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const clause = trimClause(text, points[i]!, points[i + 1]!);
    if (clause) clauses.push({ ...clause, start: clause.start + offset, end: clause.end + offset });
  }
  return clauses;
}

/**
 * A list item glued to the one before by a space alone, as flattening leaves a bulleted list
 * ("…migrate existing databases Serve as an escalation point", "…backups, and upgrades Consult,
 * advise, and provide…"): a capitalised verb that opens O*NET task statements (or its third
 * person), after a lower-case word that is no link of a sentence ("experience in Design work"),
 * going on in lower case. Read whole, the two items made one clause whose "or" grouped the
 * names of both as alternatives.
 */
const gluedDutyItem = once(() => {
  const forms = [...taskVerbs()].flatMap((v) => [v, `${v}s`, `${v}es`, ...(/[^aeiou]y$/.test(v) ? [`${v.slice(0, -1)}ies`] : [])]);
  const verbs = [...new Set(forms)].map((v) => v[0]!.toUpperCase() + v.slice(1)).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(String.raw`(?<=(?:^|[^A-Za-z])(?!(?:${NOT_ITEM_END})\s)[a-z]{3,}\s+)(?=(?:${verbs}),?\s+[a-z])`, 'g');
});
// Words that leave a sentence open: a capital after them names something ("skilled in Design").
const NOT_ITEM_END = 'and|the|for|with|from|into|onto|our|your|their|its|this|that|these|those|using|via|per|than|like|such|including|include|includes|are|was|were|has|have|had|will|can|may|must|should|would|could|about|across|within|between|under|over|among|through|toward|towards|upon|any|all|some|each|every|other|both|either|neither|not|nor|but|also|very|more|most|less|least';

/**
 * An inline bullet as normalization leaves it (" • " → " | ") opens an item. A run of short
 * pieces between pipes is a keyword line ("restaurant manager | restaurant job | bar manager"),
 * one clause as before, not a list of items.
 */
function pipeCuts(text: string): number[] {
  const at = [...text.matchAll(/(?<=\S)\s\|\s(?=\S)/g)].map((m) => m.index);
  if (at.length === 0) return at;
  const pieces = [0, ...at.map((i) => i + 3)].map((from, k) => text.slice(from, at[k] ?? text.length).trim().split(/\s+/).length);
  const short = pieces.filter((n) => n <= KEYWORD_WORDS).length;
  return at.length >= KEYWORD_RUN && short / pieces.length > 0.5 ? [] : at;
}
/** At least this many pipes, most pieces of at most this many words: a keyword line. */
const KEYWORD_RUN = 4;
const KEYWORD_WORDS = 3;

function trimClause(text: string, from: number, to: number): Clause | null {
  let piece = text.slice(from, to);
  const lead = LEADING_MARKS.exec(piece)?.[0] ?? '';
  const bulleted = /\S/.test(lead);
  const start = from + lead.length;
  piece = piece.slice(lead.length);
  const trailing = /[\s,:;]+$/.exec(piece)?.[0] ?? '';
  piece = piece.slice(0, piece.length - trailing.length);
  if ((piece.match(/[A-Za-z]/g) ?? []).length < 2) return null;
  return { start, end: start + piece.length, text: piece, bulleted };
}
