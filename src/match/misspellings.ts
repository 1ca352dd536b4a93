/**
 * Long product names misspelt by one edit ("Kubernets", "Elasticsearh"). Short names are never
 * read this way: one edit from "Java" or "React" is another word. A name's English neighbours
 * ("informatics" for Informatica) come with the taxonomy (`nearWords`) and are never read as
 * the misspelling.
 */
import type { Skill, Taxonomy } from '../types.js';

/** Names shorter than this are matched as written only (scripts/build-taxonomy.mjs uses the same bound). */
export const MIN_MISSPELT = 8;

/** Categories of named products: a concept's near-spelling is often another concept. */
const PRODUCTS = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform']);

export interface Misspelling {
  skill: Skill;
  /** The form as the taxonomy writes it. */
  written: string;
}

function pluralOf(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s`;
}

/** Whether a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The long single-word product forms by first letter and length: a typo keeps the first
 * letter and changes the length by one at most, so a word is compared with a few forms only.
 * Built in one pass over the taxonomy (a deletion index cost start-up time for no gain).
 */
export function createMisspellingIndex(taxonomy: Taxonomy): (written: string) => Misspelling | undefined {
  const byBucket = new Map<string, Misspelling[]>();
  const near = new Map<Skill, Set<string>>();
  for (const skill of taxonomy.skills) {
    // The long tail read from Stack Overflow tags holds code words ("Scheduler", "Selector"): as written only.
    if (!PRODUCTS.has(skill.category) || skill.origin === 'stackoverflow') continue;
    for (const written of [skill.name, ...skill.aliases]) {
      if (written.length < MIN_MISSPELT || written.includes(' ')) continue;
      const form = written.toLowerCase();
      if (!/^[a-z]+$/.test(form) || skill.ambiguous[written]) continue;
      const key = `${form[0]}${form.length}`;
      const list = byBucket.get(key) ?? [];
      list.push({ skill, written });
      byBucket.set(key, list);
    }
    if (skill.nearWords?.length) near.set(skill, new Set(skill.nearWords));
  }
  const known = new Map<string, Misspelling | null>();
  return (written) => {
    // Products are written with a capital; a lower-case near-spelling is another word ("incision", "mathematic").
    if (written.length < MIN_MISSPELT || !/^\p{Lu}[\p{L}]+$/u.test(written)) return undefined;
    const word = written.toLowerCase();
    let found = known.get(word);
    if (found === undefined) {
      found = null;
      for (const length of [word.length - 1, word.length, word.length + 1]) {
        for (const m of byBucket.get(`${word[0]}${length}`) ?? []) {
          // A plural or singular ("schedulers") is an inflection, not a typo.
          if (!found && oneEditApart(word, m.written.toLowerCase()) && !pluralOf(word, m.written.toLowerCase()) && !near.get(m.skill)?.has(word)) found = m;
        }
      }
      if (known.size < 100_000) known.set(word, found);
    }
    return found ?? undefined;
  };
}
