/**
 * Long product names misspelt by one edit ("Kubernets", "Elasticsearh"). Short names are never
 * read this way: one edit from "Java" or "React" is another word. A name's English neighbours
 * ("informatics" for Informatica) come with the taxonomy (`nearWords`) and are never read as
 * the misspelling.
 */
import { BoundedMap, WORDS_REMEMBERED } from '../bounded-map.js';
import { PRODUCT_CATEGORIES } from '../taxonomy/index.js';
import type { Skill } from '../types.js';

/** Names shorter than this are matched as written only (scripts/build-taxonomy.mjs uses the same bound). */
const MIN_MISSPELT = 8;

export interface Misspelling {
  skill: Skill;
  /** The form as the taxonomy writes it. */
  written: string;
}

function pluralOf(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s`;
}

/** Whether a and b differ by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
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
 * Filled by the matcher's index as it walks the taxonomy once (a walk of its own cost start-up).
 */
export class MisspellingIndex {
  private readonly byBucket = new Map<string, Misspelling[]>();
  private readonly near = new Map<Skill, Set<string>>();
  private readonly known = new BoundedMap<string, Misspelling | null>(WORDS_REMEMBERED);

  /** Offers one form of a skill; only long single-word product names are kept. */
  add(skill: Skill, written: string): void {
    // The long tail read from Stack Overflow tags holds code words ("Scheduler", "Selector"): as written only.
    // Products only: a concept's near-spelling is often another concept.
    if (written.length < MIN_MISSPELT || written.includes(' ') || !PRODUCT_CATEGORIES.has(skill.category) || skill.origin === 'stackoverflow') return;
    const form = written.toLowerCase();
    if (!/^[a-z]+$/.test(form) || skill.ambiguous[written]) return;
    const key = `${form[0]}${form.length}`;
    const list = this.byBucket.get(key);
    if (list) list.push({ skill, written });
    else this.byBucket.set(key, [{ skill, written }]);
    if (skill.nearWords?.length && !this.near.has(skill)) this.near.set(skill, new Set(skill.nearWords));
  }

  /** The product a capitalised word misspells, if any. */
  lookup(written: string): Misspelling | undefined {
    // Products are written with a capital; a lower-case near-spelling is another word ("incision", "mathematic").
    if (written.length < MIN_MISSPELT || !/^\p{Lu}[\p{L}]+$/u.test(written)) return undefined;
    const word = written.toLowerCase();
    let found = this.known.get(word);
    if (found === undefined) {
      found = null;
      for (const length of [word.length - 1, word.length, word.length + 1]) {
        for (const m of this.byBucket.get(`${word[0]}${length}`) ?? []) {
          const form = m.written.toLowerCase();
          // A plural or singular ("schedulers") is an inflection, not a typo.
          if (!found && oneEditApart(word, form) && !pluralOf(word, form) && !this.near.get(m.skill)?.has(word)) found = m;
        }
      }
      this.known.set(word, found);
    }
    return found ?? undefined;
  }
}
