/**
 * Resume skills against annotated datasets (bounded samples, a few seconds): DataTurks resumes
 * (listed skills) and SkillSpan posting sentences (knowledge spans). The annotations are noisy;
 * the floors are the measured figures less a small margin, to catch a reading that gets worse.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSkillFinder } from '../../src/match/index.js';
import { analyzeResume } from '../../src/resume/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { hasShared, sharedDir, skipLine } from '../helpers/cli.js';
import { loadProseSkills, proseForm } from '../../src/resume/prose-claims.js';
import { proseShares, type Scores, scoreDataturks, scoreSkillSpan } from '../helpers/skill-datasets.js';

/**
 * Measured 2026-12-06 (issue 18): DataTurks 0.479 / 0.415 (before: 0.465 / 0.419), SkillSpan tech
 * 0.637 / 0.596 (before 0.634 / 0.597), house 0.354 / 0.563 (before 0.345 / 0.561).
 * 2026-12-07 (skills2: false matches cut, claims stated in a sentence read): DataTurks 0.479 /
 * 0.408 (0.479 / 0.411 before), SkillSpan tech 0.644 / 0.599 (0.637 / 0.596), house 0.368 / 0.562
 * (0.354 / 0.563).
 * 2026-12-07 (skills3: prose claims from annotated spans, skills under the resume's own names,
 * unknown products as plain capitalised words): DataTurks 0.494 / 0.395 (0.490 / 0.398 before:
 * DataTurks marks only skills sections, so a skill claimed in prose counts against precision
 * there), SkillSpan unchanged (0.644 / 0.599, 0.368 / 0.561). The prose reading on SkillSpan's
 * test split, which the build did not learn from: claimed forms inside skill spans 0.762 (tech)
 * and 0.773 (house), every taxonomy form 0.123 and 0.231.
 * 2026-12-07 (precision: context that makes a name no claim, src/resume/claim-context.ts):
 * DataTurks 0.494 / 0.397 (found 3038 -> 3012, recall unchanged), SkillSpan unchanged.
 * 2026-12-07 (lists: abbreviations listed as items, O*NET products under their short names, pairs
 * of products): DataTurks 0.520 / 0.402 (found 3012 -> 3138), SkillSpan unchanged (postings'
 * sentences are not read as resume lists).
 * 2026-12-07 (prose: skills said with their verb, "analyzed survey data"): DataTurks 0.520 / 0.398
 * (found 3138 -> 3165; DataTurks marks only skills sections, so the skills read from positions'
 * verbs count against precision; of the 35 added over all 220 resumes, 30 read right by hand),
 * SkillSpan unchanged.
 * 2026-12-07 (tail: Stack Overflow tags as names of a skills section's items, items read without a
 * mark, a closing qualifier or a version, names joined in one item read apart, a product written in
 * two words): DataTurks 0.542 / 0.406 (0.520 / 0.399 before; found 3159 -> 3267), SkillSpan and Decorte unchanged.
 * 2026-12-07 (variants: spoken languages, platforms shown by their products, profile links):
 * DataTurks 0.542 / 0.406 unchanged (found 3267 -> 3275: 14 languages said as spoken and 2
 * platforms added, all 16 right by hand but unlisted by DataTurks; 2 languages dropped as echoes,
 * both wrong or debatable: an "Arabic Linguist", "Hindi Typing Skills"), SkillSpan unchanged.
 * 2026-12-07 (precision2: generated keyword lists, names folded by aliases split, traits said as
 * adjectives, Networking of people): DataTurks 0.539 / 0.408 (0.543 / 0.407 before; found 3274 ->
 * 3253: of 50 readings gone, 22 are adjectives of the candidate ("Self-motivated", "Creative",
 * "Hard working") that DataTurks lists as skills, 23 come back under their own names (Billing,
 * Team Foundation Server, ADO.NET, Disaster Recovery, Typing)), SkillSpan tech and house unchanged.
 * 2026-12-07 (prose2: concepts held by a phrase across a wrapped line, fields named in a
 * non-engineer's work, products inside an engineer's sentences), measured before its rebase on
 * precision2: DataTurks 0.543 / 0.404 (29 skills added from prose, none lost; about 21 right by
 * hand), SkillSpan unchanged. Both merged: DataTurks 0.540 / 0.406 (found 3277).
 * 2026-12-07 (a wrapped prose line read with the line before; practices named in words no
 * vocabulary holds whole, as items of a skills list; products after a vendor): DataTurks 0.543 /
 * 0.415 (0.538 / 0.416 before; found 3320 -> 3357), SkillSpan unchanged. Floors raised.
 * 2026-12-07 (words read in another sense: "Maintenance" of SAP Maintenance, an engineer's product
 * written as a word in a non-engineer's resume, "Consultant" titles, "case managers"): DataTurks
 * 0.542 / 0.417 (found 3357 -> 3334), SkillSpan tech 0.644 / 0.599 (found 1101 -> 1096). Precision floor raised.
 */
const FLOORS = {
  dataturks: { recall: 0.535, precision: 0.41 },
  tech: { recall: 0.63, precision: 0.58 },
  house: { recall: 0.35, precision: 0.54 },
  proseClaimed: 0.7,
};

const datasets = path.join(sharedDir, 'corpus/datasets');
const line = (what: string, s: Scores) => console.log(`${what}: recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} (gold ${s.gold}, found ${s.found})`);

if (!hasShared) skipLine('skill datasets corpus test');

describe.skipIf(!hasShared)('resume skills on annotated datasets', () => {
  const taxonomy = loadTaxonomy();
  const findSkills = createSkillFinder(taxonomy);

  it('DataTurks: 200 resumes, listed skills', () => {
    const s = scoreDataturks(path.join(datasets, 'dataturks_resume_entities'), { taxonomy, findSkills, analyzeResume }, 200);
    line('dataturks', s);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS.dataturks.recall);
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS.dataturks.precision);
  });

  it('SkillSpan: 3,000 sentences each of tech and house postings, knowledge spans', () => {
    const tech = scoreSkillSpan(path.join(datasets, 'skillspan/skillspan_tech_test.conll'), findSkills, 3000);
    const house = scoreSkillSpan(path.join(datasets, 'skillspan/skillspan_house_test.conll'), findSkills, 3000);
    line('skillspan tech', tech);
    line('skillspan house', house);
    expect(tech.recall).toBeGreaterThanOrEqual(FLOORS.tech.recall);
    expect(tech.precision).toBeGreaterThanOrEqual(FLOORS.tech.precision);
    expect(house.recall).toBeGreaterThanOrEqual(FLOORS.house.recall);
    expect(house.precision).toBeGreaterThanOrEqual(FLOORS.house.precision);
  });
});

describe.skipIf(!hasShared)('the prose reading on sentences it did not learn from', () => {
  it('SkillSpan test split: claimed forms lie inside skill spans far more often than refused or any forms', () => {
    const prose = loadProseSkills();
    const all = new Set(loadTaxonomy().skills.flatMap((s) => [s.name, ...s.aliases].map(proseForm)).filter(Boolean));
    const share = (x: { seen: number; inSkill: number }) => x.inSkill / x.seen;
    for (const split of ['tech', 'house']) {
      const f = proseShares(path.join(datasets, `skillspan/skillspan_${split}_test.conll`), prose, all);
      console.log(`prose ${split}: claimed ${f.claimed.inSkill}/${f.claimed.seen} in skill spans (${share(f.claimed).toFixed(3)}), refused ${f.refused.inSkill}/${f.refused.seen} (${share(f.refused).toFixed(3)}), every form ${f.all.inSkill}/${f.all.seen} (${share(f.all).toFixed(3)})`);
      expect(share(f.claimed)).toBeGreaterThanOrEqual(FLOORS.proseClaimed);
      expect(share(f.claimed)).toBeGreaterThan(2 * share(f.all));
      expect(share(f.refused)).toBeLessThan(share(f.all));
    }
  });
});
