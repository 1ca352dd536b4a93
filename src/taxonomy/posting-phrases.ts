import { builtin, once } from '../builtin/index.js';
import { phraseVocabulary, type PhraseVocabulary } from '../job/clause-phrases.js';

/**
 * The skill phrases of the open vocabularies a posting's clause may name (data/posting-phrases.txt,
 * built by scripts/build-posting-phrases.mjs), read on the first posting and kept for the process.
 */
export const loadPostingPhrases = once((): PhraseVocabulary => phraseVocabulary(builtin.postingPhrases().split('\n').filter(Boolean)));
