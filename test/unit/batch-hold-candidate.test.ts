import { describe, expect, it } from 'vitest';
import { candidateHolder, holdFingerprint, unholdFingerprint, unpackCandidate } from '../../src/batch/hold-candidate.js';
import { rank } from '../../src/pipeline.js';
import type { CandidateReport, JobProfile } from '../../src/types.js';

const source = { line: 3, fileLine: 4, text: 'Strong proficiency in Python or Go' };
const anyOf = ['Python', 'Go'];
const job = {
  schemaVersion: 1,
  source: 'job.txt',
  title: 'Backend Engineer',
  minYears: null,
  education: null,
  requirements: [{ id: 'R1', tier: 'required', kind: 'skill', anyOf, weight: 5, years: null, source }],
} as JobProfile;

function candidate(file: string, score: number): CandidateReport {
  return {
    source: file,
    name: null,
    rank: 0,
    score,
    summary: { requiredMet: score > 50 ? 1 : 0, requiredTotal: 1, preferredMet: 0, preferredTotal: 0, years: null, minYears: null },
    requirements: [
      { id: 'R1', tier: 'required', kind: 'skill', anyOf, weight: 5, status: 'met', credit: -0, matched: 'Go', evidence: [{ section: 'experience', page: 1, line: 9, text: 'Built services in Go — “fast”', start: 18, end: 20 }], source, why: undefined },
      { id: 'R9', tier: 'general', anyOf: ['Unknown'], weight: 1.25, status: 'missing', credit: 0, matched: null, evidence: [] },
    ],
    warnings: [],
    breakdown: { tiers: [{ tier: 'required', earned: 5, possible: 5, share: 1, points: score }], penalties: [] } as unknown as CandidateReport['breakdown'],
    suggestions: ['Name it'],
    advice: [{ code: 'NAME_IT', args: { asked: 'Python', shown: 'Go' } }],
  } as CandidateReport;
}

describe('held candidates', () => {
  it('unpack to the same report, key for key, after duplicates and ranking changed them', () => {
    const hold = candidateHolder(job);
    const whole = [candidate('b.pdf', 80), candidate('a.pdf', 40), candidate('c.pdf', 80)];
    const held = [candidate('b.pdf', 80), candidate('a.pdf', 40), candidate('c.pdf', 80)].map(hold);
    for (const list of [whole, held]) {
      list[2]!.warnings.push({ code: 'DUPLICATE_OF', severity: 'warning', message: 'copy of b.pdf' } as never);
      list[2]!.duplicateOf = 'b.pdf';
    }
    const expected = rank(whole, { mustHaveAll: true });
    const got = rank(held, { mustHaveAll: true }).map(unpackCandidate);
    expect(JSON.stringify(got, null, 2)).toBe(JSON.stringify(expected, null, 2));
    expect(got.map((c) => Object.keys(c))).toEqual(expected.map((c) => Object.keys(c)));
    // The posting's own objects come back, not copies of them.
    expect(got[0]!.requirements[0]!.source).toBe(source);
    expect(got[0]!.requirements[0]!.anyOf).toBe(anyOf);
    expect(Object.is(got[0]!.requirements[0]!.credit, -0)).toBe(true);
  });

  it('keep only the light fields on the heap, and JSON never sees the packed bytes', () => {
    const held = candidateHolder(job)(candidate('a.pdf', 70));
    expect(held.requirements).toEqual([]);
    expect(held.score).toBe(70);
    expect(JSON.stringify(held)).not.toContain('Python');
  });

  it('leave a candidate never held as it is', () => {
    const c = candidate('a.pdf', 10);
    expect(unpackCandidate(c)).toBe(c);
  });

  it('hold fingerprints exactly', () => {
    const f = { words: 120, sketch: [1, 2 ** 31 + 5, 2 ** 32 - 1] };
    expect(unholdFingerprint(holdFingerprint(f))).toEqual(f);
  });
});
