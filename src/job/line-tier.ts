import type { Tier } from '../types.js';
import { anyOf, jobRules, taskVerbs, type SectionKind } from './rules.js';

const blockers = Object.values(jobRules.clauseBlockers).flat();
const BLOCKED = anyOf(blockers);
const { benefits: benefitWords, ...notBenefits } = jobRules.clauseBlockers;
const BLOCKED_NOT_BENEFITS = anyOf(Object.values(notBenefits).flat());
const BENEFIT = anyOf(benefitWords);
// "require a minimum of five years recent salary upscale Restaurant Management experience":
// an ask of years of experience outweighs a pay word.
const YEARS_ASKED = /(?:\bminimum of|\bat least|\d\s*\+)\s*(?:\w+\s+)?(?:\(\d+\)\s*)?(?:years?|yrs?)\b|\b(?:years?|yrs?)\b.*\bexperience\b/i;
const SEEKING_SOURCE = String.raw`\b(?:(?:is|are|we're|we’re) (?:actively |currently |now )?(?:seeking|looking for|hiring)|looking for (?:a|an) (?:talented|experienced|senior|junior)?)`;
const SEEKING = new RegExp(SEEKING_SOURCE, 'i');
const SOUGHT_WITH = new RegExp(`${SEEKING_SOURCE}[^.;:!?]{1,80}?\\bwith\\b[^.;:!?]{0,80}?\\b(?:skills?|experience|knowledge|abilit(?:y|ies)|expertise|proficiency|background)\\b`, 'i');
const SEEKING_ALL = new RegExp(SEEKING_SOURCE, 'gi');
const PREFERRED = anyOf(jobRules.preferredCues);
const REQUIRED = anyOf(jobRules.requiredCues);
const MUST = anyOf(jobRules.mustCues);
const DUTY = anyOf(jobRules.dutyCues);

/** What else is known about the clause besides its text and section. */
export interface TierContext {
  /** An item of a list (began with a bullet). */
  bulleted?: boolean;
  /** No heading above it in the posting. */
  unheaded?: boolean;
}

/** The clause is about the employer, pay, equal opportunity or how to apply: it asks for nothing. */
export function isBoilerplate(text: string): boolean {
  if (!BLOCKED.test(text)) return false;
  // "We are seeking a developer with 1+ years of work experience and a BS": whom the employer
  // seeks, with years, is an ask, unless something else in it is boilerplate too.
  // So is whom it seeks "with strong technical and programming skills, excellent problem solving ability".
  if ((YEARS_ASKED.test(text) || SOUGHT_WITH.test(text)) && SEEKING.test(text) && !BLOCKED.test(text.replace(SEEKING_ALL, ' '))) return false;
  // "Fahrenheit IT is seeking a DBA to execute on database strategies…": so is the work of the one sought.
  if (soughtWork(text) !== null && !BLOCKED.test(text.replace(SEEKING_ALL, ' '))) return false;
  return BLOCKED_NOT_BENEFITS.test(text) || !(BENEFIT.test(text) && YEARS_ASKED.test(text));
}

/**
 * "Educate callers about … Medicaid program benefits and policies", "Escalate inquiries … to the
 * DSS Benefits Center": a duty that opens with a verb of the work and whose only blurb word is
 * "benefits" speaks of benefits as the work (a benefits office, an HR or insurance role), not as
 * the pay offered. Only under a duties heading: elsewhere "Enjoy great benefits" is the offer.
 */
function benefitsAsTheWork(text: string, sectionKind: SectionKind): boolean {
  return sectionKind === 'responsibilities' && !BLOCKED_NOT_BENEFITS.test(text) && !OFFER.test(text) && opensWithDutyVerb(text);
}
// Pay words that are the offer even in a duty's shape ("Receive competitive benefits and a 401(k)").
const OFFER = /\b(?:competitive|comprehensive|excellent|great|generous|full|our|your)\s+(?:\w+\s+)?benefits\b|\b(?:salary|401|pto|paid time off|dental|vision)\b|\$\s?\d/i;

const { apply: _applyWords, ...notApply } = jobRules.clauseBlockers;
const BLOCKED_NOT_APPLY = anyOf(Object.values(notApply).flat());
// The person sought as the subject, what they are or have after: "They're problem solvers.",
// "And they have a good work ethic.", "So if you're enthusiastic, self-motivated … apply today."
const TRAIT = /^\W*(?:(?:and|so|but|also)\s+)?(?:if\s+)?(?:you|they)(?:['’]re|\s+are|\s+have|\s+possess|\s+bring)\b/i;

/**
 * A sales or service posting says whom it wants by describing them, in sentences no section
 * heads and no "must" marks: those who succeed "are problem solvers", "have a good work ethic";
 * "if you're enthusiastic, self-motivated … apply today". Where the traits begin, or null: the
 * caller reads soft skills there, the first within two words ("a good work ethic"), so that
 * "They are technologists who live and breathe code" (the team) and "If you are a Principal
 * QA Engineer, Lead QA Engineer…" (a role) ask no trait; "If you are interested, apply" names
 * none. Not when the clause speaks of pay, equal opportunity or the company.
 */
export function traitStart(text: string): number | null {
  const m = TRAIT.exec(text);
  return m && !BLOCKED_NOT_APPLY.test(text) ? m[0].length : null;
}
/** Words a trait may follow: "a good work ethic", "very self-motivated". */
export const TRAIT_LEAD_WORDS = 2;

/** The clause says its skills are wanted, not needed ("a plus", "preferred", "nice to have"). */
export function hasPreferredCue(text: string): boolean {
  return PREFERRED.test(text);
}

/**
 * A parenthesis that says something of its own is a plus ("(Galera experience is a plus)",
 * "(Terraform a plus)"): it lowers what it holds, not the clause around it. A bare cue
 * ("(preferred)", "(experience a plus)") still speaks of the whole clause.
 */
export function preferredAsides(text: string): { start: number; end: number }[] {
  const inParentheses = [...text.matchAll(/\(([^()]*)\)/g)]
    .filter((m) => PREFERRED.test(m[1]!) && !BARE_CUE.test(m[1]!.replace(PREFERRED_ALL, ' ')))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // "5 years of experience in marketing, preferably at an agency", "Python, ideally with Django":
  // after a comma the cue opens a tail that narrows what came before, which stays asked as it was.
  const tails = [...text.matchAll(/,\s*(?:preferably|ideally)\b[^.;()]*/gi)]
    .filter((m) => m.index > 0 && !inParentheses.some((p) => p.start <= m.index && m.index < p.end))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return [...inParentheses, ...tails].sort((a, b) => a.start - b.start);
}
const PREFERRED_ALL = anyOf(jobRules.preferredCues, 'gi');
// What is left of a bare cue once its cue words are gone: link words, "experience", "strongly".
const BARE_CUE = /^(?:[\s,.;:!-]|\b(?:is|are|would|will|be|but|not|required|strongly|highly|very|definitely|also|a|an|big|huge|real|major|experience|knowledge|familiarity|skills?|exposure|here|this|that|it|and|or)\b)*$/i;

/** The clause without its asides that are a plus of their own. */
function withoutAsides(text: string): string {
  let out = text;
  for (const a of preferredAsides(text).reverse()) out = out.slice(0, a.start) + ' '.repeat(a.end - a.start) + out.slice(a.end);
  return out;
}

/**
 * The tier a clause asks in, or null when it asks for nothing. Section decides first;
 * inline markers ("a plus", "preferred") lower a required clause; text without a known
 * section (a Dice paragraph) needs its own cue: "must", "required", "experience with",
 * or being an item of an unheaded list.
 */
export function lineTier(text: string, sectionKind: SectionKind, context: TierContext = {}): Tier | null {
  switch (sectionKind) {
    case 'title':
    case 'about':
    case 'benefits':
    case 'eeo':
    case 'apply':
      return null;
    default:
      break;
  }
  if (isBoilerplate(text) && !benefitsAsTheWork(text, sectionKind)) return null;
  // "Strong attention to detail is an absolute MUST" under "Desired Skills": said in so many words, it is asked.
  if (sectionKind === 'preferred') return MUST.test(text) ? 'required' : 'preferred';
  if (PREFERRED.test(withoutAsides(text))) return 'preferred';
  if (sectionKind === 'required') return 'required';
  if (sectionKind === 'responsibilities' || sectionKind === 'stack') return 'preferred';
  // 'other': a description paragraph, or a posting without headings.
  if (REQUIRED.test(text)) return 'required';
  if (context.bulleted && context.unheaded) return 'required';
  if (soughtWork(text) !== null) return 'preferred';
  if (DUTY.test(text)) return 'preferred';
  // "Kafka, Spark (Flink a plus)": the aside still asks what it holds.
  if (preferredAsides(text).length > 0) return 'preferred';
  return null;
}

/**
 * The clause opens with a verb of the work, as a duty does: the imperative or the third person,
 * capitalised as a sentence opens ("Respond to…", "Educate callers…", "Performs other duties…").
 */
export function opensWithDutyVerb(text: string): boolean {
  const word = /^[A-Z][a-z]+(?=[\s,])/.exec(text)?.[0].toLowerCase();
  const verbs = taskVerbs();
  return word !== undefined && [word, ...thirdPersonBases(word)].some((w) => verbs.has(w));
}

/**
 * The blurb's sentence of whom it seeks, when it goes on to the work they will do: "Fahrenheit IT
 * is seeking a Database Administrator (DBA) to execute on database strategies and take
 * responsibility for database integrity, architecture, modeling, security…", "X is hiring a
 * security engineer to lead the Endpoint Engineering team", "is seeking engineers who build…".
 * Over SkillSpan's train split two in three sentences whose only blurb word is the seeking hold
 * an annotated skill (38 sentences, 0.66), as many as a responsibilities section's (0.63). The
 * work is a verb that opens O*NET tasks or a duty (not "to join our team", "to be part of", "who
 * enjoy…"), after a word or more naming whom. `after`: where the seeking words end (the employer before them is not the
 * work); null when the sentence names no work.
 */
export function soughtWork(text: string): { after: number } | null {
  const m = SEEKING.exec(text);
  if (!m) return null;
  const after = m.index + m[0].length;
  const w = SOUGHT_WORK.exec(text.slice(after));
  if (!w) return null;
  const word = w[1]!.toLowerCase();
  const verbs = taskVerbs();
  return [word, ...thirdPersonBases(word)].some((v) => verbs.has(v)) ? { after } : null;
}
// Whom (a word or more, within the sentence), then "to" or "who" and the verb of the work.
const SOUGHT_WORK = /^\s+[^.;:!?]{1,100}?\s(?:to|who)\s+([a-z]+)\b/;

/** What a third-person form may come from: "performs" → "perform", "teaches" → "teach", "identifies" → "identify". */
function thirdPersonBases(word: string): string[] {
  if (!word.endsWith('s')) return [];
  return [word.slice(0, -1), ...(word.endsWith('es') ? [word.slice(0, -2)] : []), ...(word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : [])];
}

const { about: _aboutWords, ...notices } = jobRules.clauseBlockers;
const NOTICE = anyOf(Object.values(notices).flat());

/**
 * The clause is an equal-opportunity notice, pay and benefits, or how to apply: text every
 * posting carries whatever the job. The employer's own description ('about') is not one: "a
 * commercial roofing contractor" says what field the work is in.
 */
export function isNotice(text: string, sectionKind: SectionKind): boolean {
  if (sectionKind === 'eeo' || sectionKind === 'benefits' || sectionKind === 'apply') return true;
  if (!NOTICE.test(text)) return false;
  // "5+ years of experience; competitive salary": an ask of years outweighs a pay word.
  return !YEARS_ASKED.test(text) || BLOCKED_NOT_BENEFITS.test(text);
}
