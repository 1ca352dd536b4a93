import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeJob, splitJobSections } from '../../src/job/index.js';
import { devFinder, evaluateGold, ratio, readPosting } from '../../scripts/dev-job.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const present = existsSync(path.join(shared, 'corpus'));
if (!present) console.log(`jobs corpus test skipped: ${shared}/corpus is absent`);

// Levels reached with the finder in use; raise them as the taxonomy grows.
const FLOOR = { required: 0.9, preferred: 0.9, anywhere: 0.9, forbidden: 0, years: 0.9, education: 0.9 };
// Independent of the rules file: words that only boilerplate uses.
const BOILERPLATE = /equal (employment )?opportunity|401\s?\(?k|\bdental\b|cover letter|\bsalary\b|without regard to|click here/i;

describe.skipIf(!present)('job analysis over the corpus', () => {
  const { finder, isKnownSkill, phrases, label } = present ? devFinder() : ({} as ReturnType<typeof devFinder>);

  it('reads the gold postings as a recruiter does', () => {
    const { rows, tally } = evaluateGold(finder, isKnownSkill, phrases);
    console.log(`finder: ${label}\n${rows.join('\n')}`);
    console.log(
      `jobs: required ${ratio(tally.req).toFixed(2)} preferred ${ratio(tally.pref).toFixed(2)} anywhere ${ratio(tally.any).toFixed(2)} ` +
        `forbidden ${tally.forb} years ${ratio(tally.years).toFixed(2)} education ${ratio(tally.edu).toFixed(2)}`,
    );
    expect(ratio(tally.req)).toBeGreaterThanOrEqual(FLOOR.required);
    expect(ratio(tally.pref)).toBeGreaterThanOrEqual(FLOOR.preferred);
    expect(ratio(tally.any)).toBeGreaterThanOrEqual(FLOOR.anywhere);
    expect(tally.forb).toBeLessThanOrEqual(FLOOR.forbidden);
    expect(ratio(tally.years)).toBeGreaterThanOrEqual(FLOOR.years);
    expect(ratio(tally.edu)).toBeGreaterThanOrEqual(FLOOR.education);
  });

  const jobs = present ? readdirSync(path.join(shared, 'corpus/jobs')).filter((f) => f.endsWith('.txt')).sort() : [];
  // Every posting yields at least 3 requirements: its clauses stand in where the taxonomy names few.
  it.each(jobs)('%s yields 3 requirements or more, none from benefits, EEO or how-to-apply text', (file) => {
    const doc = readPosting(path.join(shared, 'corpus/jobs', file));
    const profile = analyzeJob(doc, finder, { isKnownSkill, phrases });
    expect(profile.requirements.length).toBeGreaterThanOrEqual(3);
    const boiler = new Set(
      splitJobSections(doc.lines)
        .filter((s) => s.kind === 'benefits' || s.kind === 'eeo' || s.kind === 'apply')
        .map((s) => `${s.line}:${s.text}`),
    );
    for (const r of profile.requirements) {
      expect(boiler.has(`${r.source.line}:${r.source.text}`), `${r.id} ${r.anyOf.join('|')}`).toBe(false);
      // "minimum of five years recent salary upscale … Restaurant Management": salaried experience, asked.
      const asksYears = /\b(?:minimum of|at least|\d\s*\+)\s*\w*\s*years?\b/i.test(r.source.text);
      if (!asksYears) expect(r.source.text, `${r.id} ${r.anyOf.join('|')}`).not.toMatch(BOILERPLATE);
      // "Reports to the Director" asks no Reporting.
      if (r.anyOf.includes('Reporting')) expect(r.source.text).not.toMatch(/\breports? (?:directly )?to (?:the |our )?\w*\s*(?:manager|director|head|supervisor)\b/i);
    }
  });
});
