import { readFileSync } from 'node:fs';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STEMS_FILE, indexedWords, stem, stemmedHeads } from '../../src/match/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';

const file = JSON.parse(readFileSync(STEMS_FILE, 'utf8')) as Record<string, string>;

describe('data/stems.json', () => {
  it("holds Porter's stem of every word the matcher stems, and nothing else (else: npm run stems)", () => {
    const words = indexedWords(loadTaxonomy());
    expect(Object.keys(file).sort()).toEqual(words);
    for (const word of words) expect(file[word], word).toBe(PorterStemmer.stem(word));
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every word of the fixtures, the taxonomy and (when present) the corpus's text resumes and postings. */
function allWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  };
  add(readFileSync(path.join(repoRoot, 'data/taxonomy.json'), 'utf8'));
  const dirs = ['fixtures/resumes', 'fixtures/jobs', '../shared/corpus/resumes/text', '../shared/corpus/jobs'].map((d) => path.join(repoRoot, d));
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f))) add(readFileSync(path.join(dir, f), 'utf8'));
  }
  return words;
}

describe('skipping the stem of a word that opens no stemmed form', () => {
  const words = allWords();

  it('rests on a Porter stem keeping all of its word but its last letter', () => {
    const broken = [...words].filter((w) => w.length > 3 && !w.startsWith(stem(w).slice(0, -1)));
    expect(broken).toEqual([]);
    expect(words.size).toBeGreaterThan(3000);
  });

  it('never skips a word whose stem opens a stemmed form', () => {
    const { keys, mayStemInto } = stemmedHeads(loadTaxonomy());
    const heads = new Set(keys);
    const opening = [...words].filter((w) => heads.has(stem(w)));
    expect(opening.length).toBeGreaterThan(20);
    expect(opening.filter((w) => !mayStemInto(w))).toEqual([]);
    // And it does skip many words: that is its point (two-letter forms such as "qa" or "os" keep it from skipping more).
    expect([...words].filter(mayStemInto).length).toBeLessThan(0.6 * words.size);
  });
});
