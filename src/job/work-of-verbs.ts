import type { SkillFinder } from '../types.js';
import type { TermHit } from './group-alternatives.js';

/**
 * The skills a duty names by its verb: "proofread documents" (Proofreading), "merchandise new
 * product" (Merchandising), "prototype new technologies", "schedule appointments"; and by its verb
 * with the object, as the taxonomy writes the work: "optimize queries" (query optimization),
 * "migrate existing databases" (database migration), "manage projects" (project management),
 * "improve processes" (process improvement). The taxonomy decides which forms are skills: a
 * verb's -ing form, its -ion/-ation, -ment or -ysis noun, alone or after the object's last word.
 *
 * A verb counts where a duty's verbs stand: opening the clause, after "to", or after a comma or
 * "and"/"or"/"&" that joins it to another verb ("troubleshoot and optimize queries"); written as
 * the verb, its third person or its -ing form; followed by its object, not a preposition ("report
 * to the Director", "consult with physicians" name no work). The work read must be named after
 * the verb ("Auditing" for "audit", "Supervision" for "supervise"), not an implied name ("receive
 * calls" is no Warehouse Operations); never a generic name ("lead", "organize", "communicate"
 * say how, not what; "proofread" is Proofreading though the taxonomy files it as soft). Hits are marked `byStem` (the posting's words are not the
 * skill's name).
 */
export function workOfVerbs(text: string, findSkills: SkillFinder, taken: readonly { start: number; end: number }[]): TermHit[] {
  const out: TermHit[] = [];
  const free = (start: number, end: number) => !taken.some((t) => start < t.end && t.start < end) && !out.some((t) => start < t.end && t.start < end);
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    if (LINK.test(word) || !VERB_BEFORE.test(text.slice(0, start))) continue;
    // A capital inside the clause opens a name ("Chef, Puppet"), not a duty's verb.
    if ((start > 0 && /^[A-Z]/.test(word)) || !free(start, start + word.length)) continue;
    const rest = text.slice(start + word.length);
    const object = OBJECT.exec(rest);
    if (!object || NOT_OBJECT.test(object[1]!)) continue;
    const words = object[1]!.trim().split(/\s+/);
    const end = start + word.length + object[0].trimEnd().length;
    for (const verb of basesOf(word.toLowerCase())) {
      const hit = composed(verb, words, findSkills) ?? alone(verb, findSkills);
      if (!hit) continue;
      // The object's words are part of the work only when they made it ("optimize queries").
      const until = hit.withObject ? end : start + word.length;
      if (!free(start, until)) break;
      out.push({ skill: hit.skill, category: hit.category, surface: text.slice(start, until), start, end: until, byStem: true });
      break;
    }
  }
  return out;
}

const WORD = /\b[a-z]{3,}\b/gi;
// Where a duty's verb stands: the clause's start, or after "to", a comma, "and", "or", "&".
const VERB_BEFORE = /(?:^\W*|\bto\s+|,\s*|\b(?:and|or)\s+|&\s*)$/i;
const LINK = /^(?:and|or|the|also|then|not|but|etc)$/i;
// Its object: up to four words before a mark, a link word or a preposition.
const OBJECT = /^\s+((?:(?!(?:and|or|but|to|for|with|in|on|at|by|from|of|as|into|onto|through|throughout|within|across|among|between|under|over|around|against|towards?|before|after|during|using|via|per|than|that|which|who|while|when|where|if|so|daily|weekly|monthly|regularly|accordingly|individually|independently)\b)[a-z][\w'’-]*\s*){1,4})/i;
// An object that is no object: an article alone, a pronoun or an adverb of the verb.
const NOT_OBJECT = /^(?:the|a|an|all|any|each|their|our|your|its|this|these|those|it|them|with|well|closely|directly|daily|regularly)\s*$/i;

interface Found {
  skill: string;
  category: TermHit['category'];
  withObject: boolean;
}

/** "queries" + optimize → "query optimization" read whole as one skill. */
function composed(verb: string, words: string[], findSkills: SkillFinder): Found | null {
  const last = words[words.length - 1]!.toLowerCase();
  for (const head of new Set([...singulars(last), last])) {
    for (const noun of nounsOf(verb)) {
      const phrase = `${head} ${noun}`;
      const hit = findSkills(phrase).find((h) => h.start === 0 && h.end === phrase.length && h.category !== 'soft');
      // The name holds the object: "proposal writing" read as Grant Writing is another work.
      if (hit && hit.skill.toLowerCase().includes(head.slice(0, 4))) return { skill: hit.skill, category: hit.category, withObject: true };
    }
  }
  return null;
}

/**
 * The verb's own work, by its -ing form and named after it: "proofread" → Proofreading,
 * "supervise" → Supervision; not "receive" → Warehouse Operations, "cost" → Cost Accounting,
 * "construct" → Construction (whose -ion names the trade, not the verb's every use).
 */
function alone(verb: string, findSkills: SkillFinder): Found | null {
  for (const noun of nounsOf(verb).filter((n) => n.endsWith('ing'))) {
    const hit = findSkills(noun).find((h) => h.start === 0 && h.end === noun.length && !h.generic);
    if (hit && hit.skill.toLowerCase().startsWith(noun.slice(0, 5))) return { skill: hit.skill, category: hit.category, withObject: false };
  }
  return null;
}

/** What a written verb may be: "supervises" → supervise; "optimizing" → optimize, optimiz; "audit". */
export function basesOf(word: string): string[] {
  const out = [word];
  if (word.endsWith('ing')) out.push(`${word.slice(0, -3)}e`, word.slice(0, -3));
  else if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) out.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out.filter((w) => w.length >= 3);
}

/** The nouns of a verb's work: "prototype" → prototyping; "optimize" → optimizing, optimization; "manage" → management. */
export function nounsOf(verb: string): string[] {
  const stem = /(?:ee|ye|oe)$/.test(verb) ? verb : verb.replace(/e$/, '');
  const out = [`${stem}ing`];
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) out.push(`${verb}${verb.slice(-1)}ing`);
  if (verb.endsWith('ate')) out.push(`${verb.slice(0, -1)}ion`);
  else if (verb.endsWith('ize')) out.push(`${verb.slice(0, -1)}ation`);
  else if (/(?:ct|ss|pt|rt)$/.test(verb)) out.push(`${verb}ion`);
  else if (verb.endsWith('ove')) out.push(`${verb}ment`);
  if (verb.endsWith('yze')) out.push(`${verb.slice(0, -3)}ysis`);
  if (!verb.endsWith('e') || verb.endsWith('age')) out.push(`${verb}ment`);
  return [...new Set(out)];
}

/** What a plural may come from: "databases" → database (or databas), "processes" → process, "policies" → policy. */
function singulars(w: string): string[] {
  if (w.endsWith('ies')) return [`${w.slice(0, -3)}y`];
  if (/(?:ses|xes|ches|shes)$/.test(w)) return [w.slice(0, -1), w.slice(0, -2)];
  return /[^s]s$/.test(w) ? [w.slice(0, -1)] : [];
}
