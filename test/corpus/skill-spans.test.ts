/**
 * Clause requirements and the blurb filter against annotators: SkillSpan's test split (posting
 * sentences with skill and knowledge spans) and Decorte's test sentences (each with a skill).
 * Figures and their meaning: scripts/dev-spans.ts. Bounded: 65 postings, ~1,000 sentences; the
 * phrase reader over ~3,600 SkillSpan and ~750 Decorte sentences (a few seconds).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devFinder } from '../../scripts/dev-job.js';
import {
  datasets, describeFigures, describePhraseFigures, describePostingFigures, phraseFigures, postingFigures, readDecorte, readDecorteRanges, readSkillSpan,
  readSkillSpanRanges, spanFigures,
} from '../../scripts/dev-spans.js';
import { workOfVerbs } from '../../src/job/work-of-verbs.js';
import { loadPostingPhrases } from '../../src/taxonomy/posting-phrases.js';

const present = existsSync(path.join(datasets, 'skillspan', 'test.json'));
if (!present) console.log(`skill-span corpus test skipped: ${datasets}/skillspan is absent`);

// Measured 0.757 / 0.084 (kept 0.368) / 0.053 / 0.80 when set; raise as the readings improve.
// 2026-12-07 (postings7: the work of whom a blurb seeks, typographic apostrophes in the cues): the
// blurb filter drops 641 sentences, 7.6% with a span (646, 8.2% before); Decorte 52/1050 (56 before).
const FLOOR = { nameAgreement: 0.7, droppedWithSpan: 0.085, decorteDropped: 0.055, named: 0.7 };

describe.skipIf(!present)('posting clauses against annotated skill spans', () => {
  it('names clauses as annotators mark skills, and drops few skill sentences as blurb', () => {
    const f = spanFigures(readSkillSpan('test'), readDecorte(), devFinder().finder);
    console.log(describeFigures(f));
    expect(f.namedAgree / f.namedWithSpan).toBeGreaterThanOrEqual(FLOOR.nameAgreement);
    expect(f.named / f.unread).toBeGreaterThanOrEqual(FLOOR.named);
    expect(f.droppedWithSpan / f.dropped).toBeLessThanOrEqual(FLOOR.droppedWithSpan);
    expect(f.droppedWithSpan / f.dropped).toBeLessThan(f.keptWithSpan / f.kept);
    expect(f.decorteDropped / f.decorte).toBeLessThanOrEqual(FLOOR.decorteDropped);
  });

  // The clause-phrase reader (src/job/clause-phrases.ts) over the annotated spans: SkillSpan's test
  // split (its train split built the vocabulary) and Decorte's HOUSE and TECH test sentences.
  // Measured 2026-12-07: SkillSpan span recall 0.481 (taxonomy) → 0.548 with phrases, phrase
  // precision 0.500 (taxonomy's 0.391); Decorte 0.452 → 0.521, precision 0.853 (taxonomy's 0.795).
  // 2026-12-07 (phrases: Stack Overflow tags of English words in the vocabulary, a name written
  // singular found plural): SkillSpan 0.542 → 0.549, precision 0.503 → 0.508; Decorte 0.514 →
  // 0.523, precision 0.855 → 0.846 (dev split: 0.558 → 0.566, 0.500 → 0.509).
  // (Annotators mark a degree's field as knowledge; a posting's reader leaves it to the education.)
  it('reads phrases annotators mark as skills, more precisely than the taxonomy does', () => {
    const finder = devFinder().finder;
    const phrases = loadPostingPhrases();
    for (const [what, sentences, floor] of [
      ['skillspan test', readSkillSpanRanges('test').flat(), { recall: 0.545, precision: 0.5 }],
      ['decorte house+tech test', readDecorteRanges(), { recall: 0.52, precision: 0.835 }],
    ] as const) {
      const f = phraseFigures(sentences, finder, phrases);
      console.log(describePhraseFigures(what, f));
      expect(f.withPhrasesRecall / f.spans, what).toBeGreaterThanOrEqual(floor.recall);
      expect(f.withPhrasesRecall, what).toBeGreaterThan(f.taxonomyRecall);
      expect(f.phrasesInSpan / f.phrases, what).toBeGreaterThanOrEqual(floor.precision);
      expect(f.phrasesInSpan / f.phrases, what).toBeGreaterThan(f.taxonomyInSpan / f.taxonomyHits);
    }
  });

  // The work a duty's verb names (src/job/work-of-verbs.ts: "coach a team", "manage risk", "onboard
  // new colleagues") against the same spans. Measured 2026-12-07: SkillSpan 22 hits, 0.500 inside
  // a span (the taxonomy's hits 0.390), 7 spans the taxonomy missed; Decorte 9 hits, 0.889 (0.799),
  // 5 spans. Most of the rest lie in blurb a posting does not read ("Brand new office").
  it("reads the work of a duty's verb inside annotated spans at least as often as the taxonomy's hits", () => {
    const finder = devFinder().finder;
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const [what, sentences, floor] of [
      ['skillspan test', readSkillSpanRanges('test').flat(), { precision: 0.45, added: 5 }],
      ['decorte house+tech test', readDecorteRanges(), { precision: 0.8, added: 3 }],
    ] as const) {
      let verbs = 0, verbsIn = 0, taxonomy = 0, taxonomyIn = 0, added = 0;
      for (const s of sentences) {
        const hits = finder(s.text).filter((h) => h.hedge !== 'negated');
        const work = workOfVerbs(s.text, finder, hits);
        taxonomy += hits.length;
        taxonomyIn += hits.filter((h) => s.spans.some((sp) => overlaps(h, sp))).length;
        verbs += work.length;
        verbsIn += work.filter((h) => s.spans.some((sp) => overlaps(h, sp))).length;
        added += s.spans.filter((sp) => !hits.some((h) => overlaps(h, sp)) && work.some((h) => overlaps(h, sp))).length;
      }
      console.log(`${what}: verb work ${verbs} hits, ${(verbsIn / verbs).toFixed(3)} in a span (taxonomy ${(taxonomyIn / taxonomy).toFixed(3)}), ${added} spans added`);
      expect(verbsIn / verbs, what).toBeGreaterThanOrEqual(floor.precision);
      expect(verbsIn / verbs, what).toBeGreaterThanOrEqual(taxonomyIn / taxonomy);
      expect(added, what).toBeGreaterThanOrEqual(floor.added);
    }
  });

  // Whole postings (analyzeJob with the open vocabularies) over SkillSpan's test split: the
  // sentences that give a requirement, and whether its names are what annotators marked there.
  // Measured 2026-12-07 before postings7: 878 requirements, 0.530 agreeing; of 974 sentences with
  // a span 0.360 give one, 0.291 an agreeing one. After (typographic apostrophes in the cues, the
  // work of whom a blurb seeks, O*NET tasks' objects): 890, 0.527; 0.367, 0.295.
  it('reads the sentences of whole postings where annotators marked skills', () => {
    const { finder, isKnownSkill } = devFinder();
    const f = postingFigures(readSkillSpan('test'), finder, { isKnownSkill, phrases: loadPostingPhrases() });
    console.log(describePostingFigures('skillspan test postings', f));
    expect(f.agreeing / f.requirements).toBeGreaterThanOrEqual(0.5);
    // 2026-12-07 (phrases): 901, 0.528; 0.368, 0.297.
    expect(f.read / f.withSpan).toBeGreaterThanOrEqual(0.366);
    expect(f.readAgreeing / f.withSpan).toBeGreaterThanOrEqual(0.295);
  });
});
