import { builtin, once } from '../builtin/index.js';

/** Skill names of the open vocabularies (ESCO labels, O*NET technology examples), by lower-cased form. */
export type ListVocabulary = ReadonlyMap<string, string>;

/**
 * The names scripts/build-taxonomy.mjs keeps for skills lists only (data/list-skills.json),
 * read on the first resume that has a list and kept for the process.
 */
export const loadListVocabulary = once((): ListVocabulary => {
  const { labels } = builtin.listSkills<{ labels: string[] }>();
  return new Map(labels.map((l) => [l.toLowerCase(), l]));
});
