/**
 * Golden tests over fixtures/: each file's intended reading is stated in fixtures/expect.yaml
 * (what must and must not be found), checked here with plain assertions; the CLI's JSON and
 * table output for the demo set are kept as golden files to detect any change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { analyzeDocument, loadJob, makeContext, readDocument } from '../../src/pipeline.js';
import { lookupSkill } from '../../src/taxonomy/index.js';
import { type Document, type ScoreReport, type WarningCode, educationRank } from '../../src/types.js';
import { fixture, jobfit, repoRoot } from '../helpers/cli.js';

interface Expect {
  kind?: 'job' | 'resume';
  title?: string;
  min_years?: number | null;
  education?: string | { level: string; or_equivalent?: boolean };
  required?: string[][];
  preferred?: string[][];
  forbidden?: string[];
  skills_must?: string[];
  skills_must_not?: string[];
  phrases?: string[];
  experience_months?: number;
  error?: string;
  fit?: Record<string, number>;
  warnings?: WarningCode[];
  duplicate_of?: string;
  score_not_above?: string;
}

const spec = parse(readFileSync(fixture('expect.yaml'), 'utf8')) as { as_of: string; files: Record<string, Expect> };
const asOf = String(spec.as_of);
const config = { ...DEFAULT_CONFIG, asOf };
const ctx = makeContext({ config, extraSkills: [] });
const taxonomy = ctx.taxonomy;
const canonical = (name: string) => (lookupSkill(taxonomy, name)?.name ?? name).toLowerCase();
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();

async function read(rel: string): Promise<Document> {
  const outcome = await readDocument(fixture(rel), config);
  if (!outcome.ok) throw new Error(`${rel}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.doc;
}

const entries = Object.entries(spec.files);

describe.each(entries.filter(([, e]) => e.error))('%s', (rel, e) => {
  it(`is refused with ${e.error}`, async () => {
    const outcome = await readDocument(fixture(rel), config);
    expect(outcome.ok ? 'read' : outcome.error.code).toBe(e.error);
  });
});

describe.each(entries.filter(([, e]) => e.kind === 'job'))('posting %s', (rel, e) => {
  it('puts each group in its tier, with years and degree, and nothing forbidden', async () => {
    const job = await loadJob(fixture(rel), ctx);
    for (const tier of ['required', 'preferred'] as const) {
      for (const group of e[tier] ?? []) {
        const names = new Set(group.map(canonical));
        const hit = job.requirements.some((r) => r.tier === tier && r.anyOf.some((m) => names.has(canonical(m))));
        expect(hit, `${tier} group [${group.join(', ')}]`).toBe(true);
      }
    }
    for (const phrase of e.forbidden ?? []) {
      expect(job.requirements.filter((r) => r.anyOf.some((m) => fold(m).includes(fold(phrase)))), `forbidden "${phrase}"`).toEqual([]);
    }
    if (e.min_years !== undefined) expect(job.minYears).toBe(e.min_years);
    if (typeof e.education === 'object') expect(job.education?.level).toBe(e.education.level);
  });
});

describe.each(entries.filter(([, e]) => e.kind === 'resume' && !e.error))('resume %s', (rel, e) => {
  it('keeps its phrases intact and finds its skills, and no traps', async () => {
    const doc = await read(rel);
    const text = fold(doc.lines.map((l) => l.text).join('\n'));
    for (const phrase of e.phrases ?? []) expect(text, `phrase "${phrase}"`).toContain(fold(phrase));
    const profile = analyzeDocument(doc, ctx);
    const found = new Set(profile.skills.map((s) => s.name.toLowerCase()));
    for (const s of e.skills_must ?? []) expect(found.has(canonical(s)), `skill ${s}`).toBe(true);
    for (const s of e.skills_must_not ?? []) expect(found.has(canonical(s)), `not skill ${s}`).toBe(false);
  });

  it.skipIf(e.experience_months === undefined)('counts months of experience and the degree', async () => {
    const profile = analyzeDocument(await read(rel), ctx);
    expect(Math.abs((profile.experience.totalMonths ?? -99) - e.experience_months!)).toBeLessThanOrEqual(3);
    if (typeof e.education === 'string') {
      const best = profile.education.map((x) => x.level).sort((a, b) => educationRank(b) - educationRank(a))[0] ?? 'none';
      expect(best).toBe(e.education);
    }
  });
});

const demo = entries.filter(([rel, e]) => rel.startsWith('resumes/') && e.fit);
const postings = [...new Set(demo.flatMap(([, e]) => Object.keys(e.fit!)))];

describe.each(postings)('ranking the demo set for %s', (posting) => {
  it('puts every higher tier above every lower tier', () => {
    const r = jobfit(['score', `fixtures/jobs/${posting}`, 'fixtures/resumes', '--format', 'json', '--as-of', asOf]);
    const report = JSON.parse(r.stdout) as ScoreReport;
    const score = new Map(report.candidates.map((c) => [path.relative(path.join(repoRoot, 'fixtures'), path.resolve(repoRoot, c.source)), c.score]));
    const tiers = demo.filter(([, e]) => e.fit![posting] !== undefined).map(([rel, e]) => ({ rel, tier: e.fit![posting]!, score: score.get(rel)! }));
    for (const a of tiers) for (const b of tiers) if (a.tier > b.tier) expect(a.score, `${a.rel} (tier ${a.tier}) above ${b.rel} (tier ${b.tier})`).toBeGreaterThan(b.score);
  });
});

const TRUST_CODES: WarningCode[] = ['MULTI_COLUMN', 'HIDDEN_TEXT', 'KEYWORD_STUFFING', 'PLACEHOLDER', 'NOT_A_RESUME', 'DUPLICATE_OF', 'LANGUAGE'];

describe('warnings', () => {
  const resumes = entries.filter(([rel, e]) => e.kind === 'resume' && !e.error && e.warnings && !rel.startsWith('resumes/'));
  const folders = [...new Set(resumes.map(([rel]) => rel.split('/')[0]!))];
  const batch = JSON.parse(jobfit(['score', 'fixtures/jobs/senior_backend_engineer.txt', ...folders.map((f) => `fixtures/${f}`), '--format', 'json', '--as-of', asOf]).stdout) as ScoreReport;
  const inBatch = new Map(batch.candidates.map((c) => [path.relative('fixtures', c.source), c]));

  it.each(resumes)('%s carries exactly its expected warnings', (rel, e) => {
    const alone = JSON.parse(jobfit(['score', 'fixtures/jobs/senior_backend_engineer.txt', `fixtures/${rel}`, '--format', 'json', '--as-of', asOf]).stdout) as ScoreReport;
    const codes = new Set(alone.candidates[0]!.warnings.map((w) => w.code));
    for (const code of TRUST_CODES.filter((c) => c !== 'DUPLICATE_OF')) expect(codes.has(code), code).toBe(e.warnings!.includes(code));
    const duplicate = inBatch.get(rel)!.warnings.find((w) => w.code === 'DUPLICATE_OF');
    expect(Boolean(duplicate), 'DUPLICATE_OF in one batch').toBe(e.warnings!.includes('DUPLICATE_OF'));
    if (e.duplicate_of) expect(duplicate?.message).toContain(e.duplicate_of);
  });

  it.each(resumes.filter(([, e]) => e.score_not_above))('%s never outscores its honest original', (rel, e) => {
    const report = JSON.parse(jobfit(['score', 'fixtures/jobs/senior_backend_engineer.txt', `fixtures/${rel}`, `fixtures/${e.score_not_above}`, '--format', 'json', '--as-of', asOf]).stdout) as ScoreReport;
    const score = (r: string) => report.candidates.find((c) => c.source.endsWith(r))!.score;
    expect(score(rel)).toBeLessThanOrEqual(score(e.score_not_above!));
  });

  it('ranks documents that are not real candidates below every real one', () => {
    const fake = batch.candidates.filter((c) => c.warnings.some((w) => w.code === 'NOT_A_RESUME' || w.code === 'PLACEHOLDER'));
    const real = batch.candidates.filter((c) => !fake.includes(c) && !c.warnings.some((w) => w.code === 'HIDDEN_TEXT'));
    expect(fake.length).toBeGreaterThan(0);
    for (const f of fake) for (const r of real) expect(f.score, `${f.source} below ${r.source}`).toBeLessThan(r.score);
  });
});

describe('golden output of the demo run', () => {
  const args = ['score', 'fixtures/jobs/senior_backend_engineer.txt', 'fixtures/resumes', '--as-of', asOf];
  it('JSON is unchanged', async () => {
    await expect(jobfit([...args, '--format', 'json']).stdout).toMatchFileSnapshot('./output/score-backend.json');
  });
  it('the ranking table is unchanged', async () => {
    await expect(jobfit(args).stdout).toMatchFileSnapshot('./output/score-backend.txt');
  });
  it('one gap report with --explain is unchanged', async () => {
    const r = jobfit(['score', 'fixtures/jobs/senior_backend_engineer.txt', 'fixtures/resumes/kenji_albright.txt', '--as-of', asOf, '--explain']);
    await expect(r.stdout).toMatchFileSnapshot('./output/gap-report-kenji.txt');
  });
  it.each([
    ['csv', 'score-backend.csv'],
    ['markdown', 'score-backend.md'],
    ['html', 'score-backend.html'],
    ['jsonl', 'score-backend.jsonl'],
  ])('%s is unchanged', async (format, file) => {
    // JSONL streams candidates as they finish; one worker makes that order the input order.
    await expect(jobfit([...args, '--format', format, '--details', '--explain', '-j', '1']).stdout).toMatchFileSnapshot(`./output/${file}`);
  });
  it('the ASCII table for terminals without Unicode is unchanged', async () => {
    await expect(jobfit([...args, '--ascii']).stdout).toMatchFileSnapshot('./output/score-backend-ascii.txt');
  });
  it('the job profile is unchanged', async () => {
    await expect(jobfit(['job', 'fixtures/jobs/senior_backend_engineer.txt', '--format', 'yaml']).stdout).toMatchFileSnapshot('./output/job-backend.yaml');
  });
});
