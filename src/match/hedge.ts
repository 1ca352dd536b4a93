/**
 * Hedging and negation on the resume side. The phrase must stand in the same clause before
 * the skill ("familiar with Docker and Kubernetes" hedges both; a full stop ends it).
 */
/** Products named as someone else's ("used daily by Dropbox, Asana"): not the candidate's skill. */
const OTHERS = /\b(?:used|trusted|adopted|relied on) (?:daily |widely )?by\b|\b(?:clients|customers|partners|users) (?:include|including|such as)\b/i;
const NEGATED = /\b(?:no|without|not|never had|lack(?:ing)?)\s+(?:any\s+|prior\s+|professional\s+|hands-on\s+)*(?:experience|exposure|knowledge|familiarity)\b/i;
const HEDGED =
  /\b(?:familiar(?:ity)? with|exposure to|exposed to|basic (?:knowledge|understanding|familiarity) (?:of|with)|some (?:knowledge|familiarity|exposure)|currently learning|am learning|learning to|self-taught in|beginner|introductory|coursework in|interested in|eager to learn|topics (?:included|include|covered|such as))\b/i;

/** A credential not yet held: "pursuing the CPA", "working toward PMP", "CPA Candidate", "CFA (in progress)". */
const ON_THE_WAY = /\b(?:pursuing|working towards?|preparing for|studying for|enrolled in|candidate for)\s+(?:the\s+|a\s+|an\s+)?$/i;
const ON_THE_WAY_AFTER = /^\s*(?:(?:exam\s+)?candidate\b|\(?\s*(?:in progress|pursuing|expected|ongoing)\b)/i;

/** `credentialEnd`: where a certification's name ends, to read "CPA Candidate" (other skills pass nothing). */
export function detectHedge(text: string, skillStart: number, credentialEnd?: number): 'hedged' | 'negated' | undefined {
  const clause = text.slice(0, skillStart).split(/[.;!?•]|\s[–—]\s/).pop() ?? '';
  if (NEGATED.test(clause) || OTHERS.test(clause)) return 'negated';
  if (HEDGED.test(clause)) return 'hedged';
  if (credentialEnd !== undefined && (ON_THE_WAY.test(clause) || ON_THE_WAY_AFTER.test(text.slice(credentialEnd)))) return 'hedged';
  return undefined;
}

/**
 * The opposite of a hedge: the candidate states the skill as theirs ("Expert in
 * containerization", "experienced in project management", "a track record mentoring juniors",
 * "skills including communication and patient safety").
 * A concept met so in a summary or a sentence is a claim a recruiter reads, as a list item is.
 */
const ASSERTED =
  /\b(?:expert(?:ise)? (?:in|with|at)|proficien(?:t|cy) (?:in|with|at)|skilled (?:in|at|with)|experienced (?:in|with)|(?:years|yrs)\.? of (?:\w+ )?experience (?:in|with)|specializ(?:e|es|ed|ing) in|speciali[sz]ation in|(?:strong|solid|deep|extensive|advanced|in-depth|thorough) (?:knowledge|understanding|background|command) (?:of|in)|track record (?:of |in )?|skills (?:in|including|such as|like))/i;

export function detectAssertion(text: string, skillStart: number): boolean {
  const clause = text.slice(0, skillStart).split(/[.;!?•]|\s[–—]\s/).pop() ?? '';
  return ASSERTED.test(clause);
}
