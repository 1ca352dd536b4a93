import type { TermHit } from './group-alternatives.js';
import { jobRules } from './rules.js';

const { leadIn, maxWords, stopWords } = jobRules.unknownTerms;
const LEAD_IN = new RegExp(leadIn, 'i');
const STOP = new Set(stopWords);
const TOKEN = /[A-Za-z][\w+#.'’-]*[\w+#]|[A-Za-z]/g;
// Words glued across items by flattening ("HadoopIf", "Scripting3D", "Development.CSS"), not names.
const GLUED = /[a-z]{4,}[A-Z]|\d{3,}|[a-z]\d|\d[A-Za-z]{2,}|[a-z]\.[A-Z]/;
// "(Galera experience is a plus)", "Salesforce knowledge": the name of what the experience is of.
const ASKED_AFTER = /^\s+(?:experience|knowledge|expertise|proficiency|skills?)\b/i;
// "Prior experience", "Development experience": the words that leave an ask of years general name nothing.
const GENERAL = new Set(jobRules.years.generalQualifiers);
const CREDENTIAL_ACRONYM = /\b([A-Z][A-Z0-9]{1,7})(?=\s+(?:credentials?|certifications?|certificates?|certified|licen[cs]es?|licensure|registration|designation)\b)/g;
const LIST_GAP = /^\s*(?:,|\/|,?\s*(?:or|and|and\/or)\b)\s*$/i;

/**
 * Product-like words in an asking clause that the skill finder does not know
 * ("Experience with Snowplow or Zephyr"): runs of capitalised words, not opening the
 * clause, that follow "with", "in", "such as"…, come before "experience" or "knowledge"
 * ("Galera experience is a plus"), or sit in a list beside a known skill.
 * Never common words, never a clause written in capitals (those are shouted notices).
 */
export function findUnknownTerms(
  text: string,
  hits: readonly TermHit[],
  isKnownSkill?: (name: string) => boolean,
): TermHit[] {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6) return [];
  const runs = capitalisedRuns(text, hits);
  const found: TermHit[] = [];
  const anchored = runs.filter(
    (r) => LEAD_IN.test(text.slice(0, r.start)) || (ASKED_AFTER.test(text.slice(r.end)) && !r.surface.split(' ').every((w) => GENERAL.has(w.toLowerCase()))),
  );
  const anchors: { start: number; end: number }[] = [...hits, ...anchored];
  for (const run of runs) {
    const beside = anchors.some(
      (o) => o !== run && (LIST_GAP.test(text.slice(o.end, run.start)) || LIST_GAP.test(text.slice(run.end, o.start))),
    );
    if (!anchored.includes(run) && !beside) continue;
    if (isKnownSkill?.(run.surface)) continue;
    found.push({ skill: run.surface, surface: run.surface, category: 'tool', start: run.start, end: run.end, unknown: true });
  }
  // An acronym in brackets names the thing asked for ("Med-Surg certification (CMSRN)"); so does
  // one before the word for a credential ("currency of NBRC credential", "ASE certification").
  for (const m of [...text.matchAll(/\(([A-Z][A-Z0-9]{1,7})\)/g), ...text.matchAll(CREDENTIAL_ACRONYM)]) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (hits.some((h) => h.start < end && start < h.end) || found.some((f) => f.start < end && start < f.end)) continue;
    // "(BONUS)", "(REQUIRED)": a cue shouted in brackets, not a name.
    if (isKnownSkill?.(m[1]!) || STOP.has(m[1]!.toLowerCase())) continue;
    found.push({ skill: m[1]!, surface: m[1]!, category: 'tool', start, end, unknown: true });
  }
  return found;
}

/**
 * "Mobile UX", "Bourne Shell Scripting": a capitalised word the finder does not know, written
 * right before a name it read in the same item, qualifies that name; it names nothing alone
 * ("Mobile" was asked as a skill of its own). The name takes the word (its surface grows, so the
 * posting's own words stand beside the taxonomy's) and the word is no unknown term.
 */
export function joinQualifiers(text: string, hits: TermHit[], unknown: readonly TermHit[]): TermHit[] {
  return unknown.filter((u) => {
    if (/\s/.test(u.surface) || !/^[A-Z][a-z]/.test(u.surface)) return true;
    const at = hits.findIndex((h) => !h.unknown && h.start === u.end + 1 && text[u.end] === ' ');
    if (at < 0) return true;
    const h = hits[at]!;
    hits[at] = { ...h, start: u.start, surface: text.slice(u.start, h.end) };
    return false;
  });
}

interface Run {
  surface: string;
  start: number;
  end: number;
}

function capitalisedRuns(text: string, hits: readonly TermHit[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let first = true;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].replace(/['’]s$/, '');
    const start = m.index;
    const end = start + word.length;
    const possessive = word !== m[0];
    const capitalised = (/^[A-Z]/.test(word) || /^[a-z]+[A-Z]/.test(word)) && !GLUED.test(word);
    const ok =
      capitalised &&
      !first &&
      !possessive &&
      !STOP.has(word.toLowerCase()) &&
      !hits.some((h) => start < h.end && end > h.start);
    first = false;
    const joined = current && /^ $/.test(text.slice(current.end, start)) && current.surface.split(' ').length < maxWords;
    if (ok && current && joined) {
      current.surface += ' ' + word;
      current.end = end;
    } else if (ok) {
      if (current) runs.push(current);
      current = { surface: word, start, end };
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * The industry a clause asks experience in ("Experience in the financial industry", "in
 * financial or related industries", "restaurant industry experience"): a domain a recruiter
 * reads as asked, named "<field> industry". Not "relevant industry", "this industry", nor words
 * another hit already reads.
 */
export function findIndustryTerms(text: string, hits: readonly { start: number; end: number }[]): TermHit[] {
  const out: TermHit[] = [];
  for (const re of [INDUSTRY_AFTER_IN, INDUSTRY_BEFORE_EXPERIENCE]) {
    for (const m of text.matchAll(re)) {
      // "3 years of restaurant industry experience": the link words before the field are not of it.
      const field = m[1]!.replace(LINK_WORDS, '');
      if (!field) continue;
      const start = m.index + m[0].indexOf(m[1]!) + m[1]!.length - field.length;
      const end = start + field.length;
      const words = field.toLowerCase().split(/\s+/);
      if (words.some((w) => NOT_A_FIELD.has(w)) || hits.some((h) => h.start < end && start < h.end)) continue;
      const skill = `${field.toLowerCase()} industry`;
      if (!out.some((o) => o.skill === skill)) out.push({ skill, surface: text.slice(start, m.index + m[0].length), category: 'domain', start, end: m.index + m[0].length, unknown: true });
    }
  }
  return out;
}
const INDUSTRY_AFTER_IN = /\b(?:experience|background|worked|working)\s+(?:\w+\s+){0,2}?(?:in|within)\s+(?:the\s+|a\s+)?([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*)?)\s+(?:(?:or|and|and\/or)\s+(?:a\s+)?(?:related|similar|other)\s+)?industr(?:y|ies)\b/gi;
const INDUSTRY_BEFORE_EXPERIENCE = /\b([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*)?)\s+industry\s+experience\b/gi;
const LINK_WORDS = /^(?:(?:of|in|with|within|the|a|an|and|or|years?|yrs?)\s+)+/i;
const NOT_A_FIELD = new Set(['relevant', 'related', 'same', 'this', 'that', 'our', 'your', 'any', 'an', 'the', 'similar', 'other', 'of', 'in', 'with', 'and', 'or', 'years', 'year', 'prior', 'previous', 'significant', 'some', 'professional', 'direct', 'strong', 'proven', 'solid', 'extensive', 'minimum', 'plus', 'general', 'overall', 'total', 'broad', 'deep']);
