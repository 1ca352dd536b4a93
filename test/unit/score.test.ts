import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { FULL_TIER_WEIGHT, rankCandidates, scoreCandidate } from '../../src/score/index.js';
import { buildTaxonomy } from '../../src/taxonomy/index.js';
import type { CandidateReport, JobProfile, Requirement, ResumeProfile, ResumeSkill, Skill, SkillCategory } from '../../src/types.js';

const skill = (name: string, category: SkillCategory = 'language', extra: Partial<Skill> = {}): Skill => ({
  name, aliases: [], category, implies: [], related: [], ambiguous: {}, ...extra,
});
const taxonomy = buildTaxonomy([
  skill('Python'), skill('Go'), skill('Django', 'framework', { implies: ['Python'] }),
  skill('MySQL', 'database', { related: ['MariaDB'] }), skill('MariaDB', 'database'), skill('Kubernetes', 'devops'),
]);
const config = { ...DEFAULT_CONFIG, asOf: '2024-06' };

let n = 0;
const req = (tier: Requirement['tier'], anyOf: string[], weight = 3, years: number | null = null): Requirement => ({
  id: `R${++n}`, tier, kind: 'skill', anyOf, weight, years, source: { line: n, text: anyOf.join(' or ') },
});
const job = (requirements: Requirement[], minYears: number | null = null): JobProfile => ({
  schemaVersion: 1, source: 'job.txt', title: 'Engineer', minYears, education: null, requirements,
});
const has = (name: string, extra: Partial<ResumeSkill> = {}): ResumeSkill => ({
  name, mentions: 1, months: null, lastUsed: null, sections: ['experience'],
  evidence: [{ section: 'experience', page: 1, line: 3, text: `Built things with ${name}` }], ...extra,
});
const resume = (skills: ResumeSkill[], totalMonths: number | null = 60): ResumeProfile => ({
  schemaVersion: 1, source: 'cv.txt', format: 'txt', name: 'A', skills,
  experience: { totalMonths, positions: [] }, education: [], warnings: [],
});
const score = (j: JobProfile, r: ResumeProfile) => scoreCandidate(j, r, { taxonomy, config, lines: [] });

describe('scoreCandidate', () => {
  it('gives full credit when any member of a group is shown', () => {
    const report = score(job([req('required', ['Python', 'Go'])]), resume([has('Go')]));
    expect(report.requirements[0]).toMatchObject({ status: 'met', credit: 1, matched: 'Go' });
    expect(report.score).toBe(100);
  });

  it('gives partial credit for an implied skill and says why', () => {
    const [r] = score(job([req('required', ['Python'])]), resume([has('Django')])).requirements;
    expect(r).toMatchObject({ status: 'partial', credit: config.credit.implied, matched: 'Django' });
    expect(r!.why).toContain('implied by Django');
  });

  it('gives partial credit for a related skill (MariaDB for MySQL)', () => {
    const [r] = score(job([req('required', ['MySQL'])]), resume([has('MariaDB')])).requirements;
    expect(r).toMatchObject({ status: 'partial', credit: config.credit.related });
  });

  it('lowers credit for hedged mentions and for skills only listed', () => {
    const hedged = score(job([req('required', ['Go'])]), resume([has('Go', { hedged: true })])).requirements[0]!;
    const listed = score(job([req('required', ['Go'])]), resume([has('Go', { sections: ['skills'] })])).requirements[0]!;
    expect(hedged.credit).toBe(config.credit.hedged);
    expect(listed.credit).toBe(config.credit.listedOnly);
  });

  it('scales credit down when years of a skill fall short of the ask', () => {
    const [r] = score(job([req('required', ['Go'], 3, 4)]), resume([has('Go', { months: 24 })])).requirements;
    expect(r!.credit).toBe(0.5);
    expect(r!.why).toContain('2.0 of 4 years');
  });

  it('lists required gaps first and adds years as a general line', () => {
    const report = score(job([req('preferred', ['Kubernetes'], 1), req('required', ['Go']), req('required', ['Python'])], 5), resume([has('Python')], 36));
    expect(report.requirements.map((r) => `${r.tier}:${r.status}`)).toEqual(['required:missing', 'required:met', 'preferred:missing', 'general:partial']);
    expect(report.summary).toMatchObject({ requiredMet: 1, requiredTotal: 2, preferredMet: 0, preferredTotal: 1, years: 3, minYears: 5 });
  });

  it('recomputes to the same score from its own breakdown', () => {
    const report = score(job([req('required', ['Go']), req('required', ['MySQL']), req('preferred', ['Kubernetes'], 1)], 4), resume([has('Go'), has('MariaDB')], 30));
    const fromRequirements = (['required', 'preferred', 'general'] as const).map((tier) => {
      const rows = report.requirements.filter((r) => r.tier === tier);
      const possible = rows.reduce((s, r) => s + r.weight, 0);
      const t = report.breakdown!.tiers.find((x) => x.tier === tier)!;
      return possible ? (rows.reduce((s, r) => s + r.weight * r.credit, 0) / possible) * t.share : 0;
    });
    expect(report.score).toBeCloseTo(fromRequirements.reduce((a, b) => a + b, 0), 0);
  });

  it('gives a requirement tier its whole share only from FULL_TIER_WEIGHT of requirements', () => {
    const shareOf = (report: CandidateReport, tier: string) => report.breakdown!.tiers.find((t) => t.tier === tier)!.share;
    // Required 3 × 3 = 9 (full), preferred 0.4: its 15 shrink to 15 × 0.4 / 8 and pass on.
    const thin = score(job([req('required', ['Go']), req('required', ['MySQL']), req('required', ['Python']), req('preferred', ['Kubernetes'], 0.4)]), resume([has('Kubernetes')]));
    const full = 31 + 15 * (0.4 / FULL_TIER_WEIGHT);
    expect(shareOf(thin, 'preferred')).toBeCloseTo((100 * 15 * (0.4 / FULL_TIER_WEIGHT)) / full, 1);
    expect(shareOf(thin, 'required')).toBeCloseTo((100 * 31) / full, 1);
    // Only the preferred skill met: a few points, not the 33 a full share would give.
    expect(thin.score).toBeLessThan(5);
    // The report says how much of its share the thin tier kept, and says nothing of a full one.
    expect(thin.breakdown!.tiers.find((t) => t.tier === 'preferred')!.fill).toBe(0.05);
    expect(thin.breakdown!.tiers.find((t) => t.tier === 'required')!.fill).toBeUndefined();
    // A tier at or above the full weight keeps its share.
    const wide = score(job([req('required', ['Go'], 4), req('required', ['MySQL'], 4), req('preferred', ['Kubernetes'], 8)]), resume([has('Kubernetes')]));
    expect(shareOf(wide, 'preferred')).toBeCloseTo((100 * 15) / 46, 1);
  });

  it('cuts the score of a document that is not a resume', () => {
    const r = resume([has('Go')]);
    r.warnings.push({ code: 'NOT_A_RESUME', message: 'cover letter' });
    const report = score(job([req('required', ['Go'])]), r);
    expect(report.score).toBe(20);
    expect(report.breakdown!.penalties[0]).toMatchObject({ code: 'NOT_A_RESUME', points: 80 });
  });
});

describe('rankCandidates', () => {
  const cand = (source: string, s: number, met = 1): CandidateReport => ({
    source, name: null, rank: 0, score: s, requirements: [], warnings: [],
    summary: { requiredMet: met, requiredTotal: 1, preferredMet: 0, preferredTotal: 0, years: null, minYears: null },
  });

  it('ranks best first and breaks ties by source', () => {
    expect(rankCandidates([cand('b', 50), cand('a', 50), cand('c', 90)]).map((c) => `${c.rank}${c.source}`)).toEqual(['1c', '2a', '3b']);
  });

  it('sinks knocked-out candidates with --must-have all', () => {
    const ranked = rankCandidates([cand('a', 90, 0), cand('b', 40)], { mustHaveAll: true });
    expect(ranked.map((c) => [c.source, c.knockedOut])).toEqual([['b', false], ['a', true]]);
  });
});
