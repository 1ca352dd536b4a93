/**
 * Ranking against a recruiter's tiers (../shared/gold/fit), judged as gold_eval.py `fit`:
 * per posting, the share of candidate pairs in different tiers that jobfit orders the same
 * way, and no tier-0 candidate at or above a tier-3 one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../src/types.js';
import { jobfit, hasShared, sharedDir, skipLine } from '../helpers/cli.js';
import { goldFiles, printTable } from '../helpers/gold.js';

const MIN_PAIRWISE = 0.89;

interface GoldFit {
  job: string;
  tiers: Record<string, { tier: number }>;
}

if (!hasShared) skipLine('fit corpus test');

describe.skipIf(!hasShared)('ranking on the gold corpus', () => {
  const files = hasShared ? goldFiles<GoldFit>('fit') : [];
  it.each(files.map((f) => [f.gold.job, f.gold] as const))(`%s: pairwise ≥ ${MIN_PAIRWISE}, no tier 0 at or above tier 3`, (_job, gold) => {
    const resumes = path.join(sharedDir, 'corpus/resumes');
    const keys = Object.keys(gold.tiers);
    const r = jobfit(['score', path.join(sharedDir, 'corpus/jobs', gold.job), ...keys.map((k) => path.join(resumes, k)), '--format', 'json']);
    const report = JSON.parse(r.stdout) as ScoreReport;
    const score = new Map(report.candidates.map((c) => [path.relative(resumes, path.resolve(c.source)), c.score]));
    let pairs = 0, agree = 0;
    const violations: string[] = [];
    const scored = keys.filter((k) => score.has(k));
    for (const [i, a] of scored.entries()) {
      for (const b of scored.slice(i + 1)) {
        const ta = gold.tiers[a]!.tier, tb = gold.tiers[b]!.tier;
        if (ta === tb) continue;
        pairs++;
        const [hi, lo] = ta > tb ? [a, b] : [b, a];
        if (score.get(hi)! > score.get(lo)!) agree++;
        if (gold.tiers[hi]!.tier === 3 && gold.tiers[lo]!.tier === 0 && score.get(lo)! >= score.get(hi)!) violations.push(`${lo} ≥ ${hi}`);
      }
    }
    const accuracy = agree / pairs;
    const byTier = [3, 2, 1, 0].map((t) => {
      const s = scored.filter((k) => gold.tiers[k]!.tier === t).map((k) => score.get(k)!);
      return `tier ${t}: n=${s.length} mean ${(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)).toFixed(1)}`;
    });
    printTable(`${gold.job}: pairwise ${accuracy.toFixed(3)} over ${pairs} pairs, scored ${scored.length}/${keys.length}`, [...byTier, ...violations]);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_PAIRWISE);
    expect(violations).toEqual([]);
  });
});
