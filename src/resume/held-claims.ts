/**
 * Concepts a sentence says the candidate holds, in the shapes the line-level assertion test
 * (`detectAssertion`) misses: a holding noun with its own modifiers ("extensive financial
 * statement background in quality assurance, compliance"), a coordination a layout wrapped onto
 * the next line ("… background in quality assurance, compliance, auditing," / "customer service
 * and regulatory requirements"), and a way of working named as the setting of the candidate's
 * work ("Worked in a fast-paced, test-driven development environment"). Pure functions over a
 * line's text and the line before it.
 */
import type { SkillHit } from '../types.js';

/**
 * "extensive experience in", "thorough knowledge of:", "strong accounting background in": a
 * degree word, up to three words of what the holding is about, the holding noun and its
 * preposition. The degree word keeps "experience in" of a job ad's or a project's sentence out.
 */
const HOLDING = /\b(?:strong|solid|deep|extensive|advanced|in-depth|thorough|broad|proven|considerable|excellent)\s+(?:[\p{L}-]+\s+){0,3}?(?:knowledge|understanding|background|command|experience|expertise)\s+(?:of|in|with)\s*:?\s*/giu;

/**
 * The items before the concept in the coordination the holding opens: short names (four words at
 * most) joined by commas, "and", "&" or "/". A longer run, a verb or a relative clause ("which
 * include at least …") means the concept stands in another sentence part.
 */
const ITEMS_BEFORE = /^(?:[\p{L}\p{N}&+.#'’-]+(?:\s+[\p{L}\p{N}&+.#'’-]+){0,3}\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*))*$/u;

/** Words that open a clause inside what looks like a list: the concept is no longer an item. */
const CLAUSE_WORDS = /\b(?:which|that|who|include|includes|including|where|while|to|for|by|using|such)\b/i;

/** The coordination items at most: a longer run is a keyword dump or a paragraph. */
const MAX_ITEMS_BEFORE = 5;

function heldIn(text: string, at: number): boolean {
  const before = text.slice(0, at);
  // The last holding phrase in the clause the concept stands in.
  const clause = before.split(/[.;!?•]|\s[–—]\s/).pop() ?? '';
  const offset = before.length - clause.length;
  let last: RegExpExecArray | undefined;
  for (const m of clause.matchAll(HOLDING)) last = m as RegExpExecArray;
  if (!last) return false;
  const between = text.slice(offset + last.index + last[0].length, at);
  if (!ITEMS_BEFORE.test(between) || CLAUSE_WORDS.test(between)) return false;
  return (between.match(/,|\band\b|&|\//g) ?? []).length <= MAX_ITEMS_BEFORE;
}

/**
 * A line that goes on from the one before: the one before ends without a sentence's or a label's
 * closing mark and this one opens in lower case ("customer service and regulatory requirements").
 */
export function continuesLine(previous: string, text: string): boolean {
  return previous.trim() !== '' && !/[.;:!?]\s*$/.test(previous) && /^\s*\p{Ll}/u.test(text);
}

/**
 * The concept is held as the candidate's own by a holding phrase of its sentence, on its line or
 * on the line before when this line continues it. The concept itself must be named, not met by
 * its stem ("managed" is a verb, not Management).
 */
export function heldByPhrase(hit: Pick<SkillHit, 'start' | 'byStem'>, text: string, previous = ''): boolean {
  if (hit.byStem) return false;
  if (heldIn(text, hit.start)) return true;
  if (!continuesLine(previous, text)) return false;
  const joined = `${previous.trimEnd()} ${text}`;
  return heldIn(joined, joined.length - text.length + hit.start);
}

/**
 * "Worked in a fast-paced, test-driven development environment", "working within an Agile
 * environment": a way of working named as the setting the candidate worked in. A thing built
 * ("Deployed a centralized monitoring environment") or a product's ("within the Jenkins
 * continuous integration environment") is not.
 */
const WORKED_IN = /\bwork(?:ed|ing|s)?\s+(?:with)?in\s+an?\s+(?:[\p{L}-]+,?\s+){0,3}$/iu;
const ENVIRONMENT = /^\s+environments?\b/i;

export function settingOfWork(hit: Pick<SkillHit, 'start' | 'end' | 'byStem'>, text: string): boolean {
  return !hit.byStem && WORKED_IN.test(text.slice(0, hit.start)) && ENVIRONMENT.test(text.slice(hit.end));
}
