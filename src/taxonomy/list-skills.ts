import { builtin, once } from '../builtin/index.js';

/** Skill names of the open vocabularies (ESCO labels, O*NET technology examples), looked up by lower-cased form. */
export interface ListVocabulary {
  get(form: string): string | undefined;
  /** Whether some name of several words opens with this word ("microsoft" for "Microsoft Dynamics"). */
  opensAName(word: string): boolean;
}

/** The list vocabulary with and without Stack Overflow's tags. */
export interface ListVocabularies extends ListVocabulary {
  /** ESCO's and O*NET's names alone: a tag is read only in a skills section, not in a list line of prose. */
  withoutTags: ListVocabulary;
}

/**
 * The names scripts/build-taxonomy.mjs keeps for skills lists only (data/list-skills.txt: ESCO and
 * O*NET; data/list-tags.txt: Stack Overflow tags), read on the first resume that has a list and
 * kept for the process. Each file is sorted by lower-cased form and searched by halves: tens of
 * thousands of names cost one read and one split, no index. Only ESCO's and O*NET's names say a
 * word opens a vendor's name ("Microsoft Dynamics"): tags open with any product ("ghost-blog").
 * The tags are many and loose ("autoscaling", "information visualization"): outside a skills
 * section, a comma line of prose is read with ESCO's and O*NET's names only (`withoutTags`).
 */
export const loadListVocabulary = once((): ListVocabularies => {
  const named = sortedVocabulary(builtin.listSkills().split('\n').filter(Boolean));
  const tags = sortedVocabulary(builtin.listTags().split('\n').filter(Boolean));
  return { get: (form) => named.get(form) ?? tags.get(form), opensAName: (word) => named.opensAName(word), withoutTags: named };
});

/** A lookup over names sorted by their lower-cased form (as JavaScript compares strings). */
function sortedVocabulary(names: readonly string[]): ListVocabulary {
  return {
    opensAName(word: string): boolean {
      // The first name at or after "<word> " in sort order opens with it if any does.
      const prefix = `${word} `;
      return names[firstAtOrAfter(names, prefix)]?.toLowerCase().startsWith(prefix) ?? false;
    },
    get(form: string): string | undefined {
      const at = firstAtOrAfter(names, form);
      return names[at]?.toLowerCase() === form ? names[at] : undefined;
    },
  };
}

/** The index of the first name whose lower-cased form is not below `form` (names.length when none). */
function firstAtOrAfter(names: readonly string[], form: string): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]!.toLowerCase() < form) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of a practice a skills list names in two or three words ("Crisis management", "Network support"). */
export interface ListCompounds {
  /** An activity noun that closes such a name ("management", "support"), lower case. */
  isHead(word: string): boolean;
  /** A word that qualifies such a name ("crisis", "network"), lower case. */
  isModifier(word: string): boolean;
}

/** data/list-compounds.json (scripts/build-taxonomy.mjs, listCompounds), read once per process. */
export const loadListCompounds = once((): ListCompounds => {
  const data = builtin.listCompounds<{ heads: string[]; modifiers: string[] }>();
  const heads = new Set(data.heads);
  const modifiers = new Set(data.modifiers);
  return { isHead: (word) => heads.has(word), isModifier: (word) => modifiers.has(word) };
});
