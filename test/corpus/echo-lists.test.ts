/**
 * Generated keyword lists (src/resume/echo-list.ts) over the corpus: found in about half the
 * livecareer pool (its builder closes a resume with one) and in no resume written otherwise.
 * Sample: livecareer files whose sha256 of the name starts with 0 (~155, as livecareer.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../helpers/cli.js';
import { readCorpusDocument } from '../helpers/corpus-document.js';
import { findEchoList } from '../../src/resume/echo-list.js';
import { analyzeStructure } from '../../src/resume/structure/index.js';
import { hasLivecareer, livecareerPool, livecareerSample } from '../helpers/livecareer-sample.js';

const corpus = path.join(sharedDir, 'corpus');

/** Measured 2026-12-07: 1,218 of 2,483 livecareer resumes (0.49); 0 of the 94 other corpus resumes. */
const MIN_POOL_SHARE = 0.4;
const MAX_POOL_SHARE = 0.6;

async function hasEchoList(file: string): Promise<boolean | null> {
  const doc = await readCorpusDocument(file);
  if (!doc) return null;
  return findEchoList(doc.lines.map((l) => l.text), analyzeStructure(doc.lines, '2026-11').sections).lines.size > 0;
}

if (!hasLivecareer) console.log(`skipping echo-list corpus test: ${livecareerPool} not found`);

describe.skipIf(!hasLivecareer)('generated keyword lists in the corpus', () => {
  it(`about half the livecareer sample (${MIN_POOL_SHARE}..${MAX_POOL_SHARE}), no other resume`, async () => {
    const files = livecareerSample();
    let read = 0, found = 0;
    for (const f of files) {
      const has = await hasEchoList(path.join(livecareerPool, f));
      if (has === null) continue;
      read++;
      found += Number(has);
    }
    const others: string[] = [];
    for (const kind of ['pdf', 'docx']) {
      const dir = path.join(corpus, 'resumes', kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((f) => !f.startsWith('livecareer_'))) if (await hasEchoList(path.join(dir, f))) others.push(f);
    }
    console.log(`echo lists: ${found}/${read} livecareer (${(found / read).toFixed(2)}), other resumes with one: ${others.length} ${others.join(' ')}`);
    expect(found / read).toBeGreaterThanOrEqual(MIN_POOL_SHARE);
    expect(found / read).toBeLessThanOrEqual(MAX_POOL_SHARE);
    expect(others).toEqual([]);
  }, 120_000);
});
