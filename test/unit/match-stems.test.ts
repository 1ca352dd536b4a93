import { readFileSync } from 'node:fs';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { STEMS_FILE, indexedWords } from '../../src/match/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';

const file = JSON.parse(readFileSync(STEMS_FILE, 'utf8')) as Record<string, string>;

describe('data/stems.json', () => {
  it("holds Porter's stem of every word the matcher stems, and nothing else (else: npm run stems)", () => {
    const words = indexedWords(loadTaxonomy());
    expect(Object.keys(file).sort()).toEqual(words);
    for (const word of words) expect(file[word], word).toBe(PorterStemmer.stem(word));
  });

});
