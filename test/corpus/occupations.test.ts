/**
 * Cross-occupation ranking (../shared/gold/occupations/dev.yaml), judged as gold_eval.py
 * `occupations`: each real posting ranks a pool of real resumes from 24 categories; AUC of the
 * relevant categories against the rest (excluded neighbours dropped, ties half) and the share
 * of relevant resumes among the 10 best. The pool is drawn by gold_eval.py itself (Python's
 * random), so this test and the yardstick rank the same files. Runs in-process: each resume is
 * read and analysed once, then scored against all 17 postings.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config/settings.js';
import { type Context, analyzeForScoring, loadJob, makeContext, readDocument, scoreAnalysis } from '../../src/pipeline.js';
import type { DocumentAnalysis } from '../../src/types.js';
import { hasShared, sharedDir, skipLine } from '../helpers/cli.js';
import { printTable } from '../helpers/gold.js';

/** Floors at the measured figures (0.893 / 0.418 on this dev split), less a margin. */
const MIN_MEAN_AUC = 0.885;
const MIN_MEAN_P10 = 0.41;

interface OccupationGold {
  reference_date?: string;
  postings: Record<string, { relevant: string[]; exclude?: string[] }>;
}

const goldPath = path.join(sharedDir, 'gold/occupations/dev.yaml');
const csvPath = path.join(sharedDir, 'corpus/livecareer/dev-categories.csv');

/** [id, category] pairs of the pool, as gold_eval.py draws them; null without python3 and PyYAML. */
function drawPool(): [string, string][] | null {
  const script = `import sys, json, yaml; sys.path.insert(0, ${JSON.stringify(path.join(sharedDir, 'tools'))}); import gold_eval as G; print(json.dumps(G.occ_pool(yaml.safe_load(open(${JSON.stringify(goldPath)})), ${JSON.stringify(csvPath)})))`;
  try {
    return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [string, string][];
  } catch {
    return null;
  }
}

/** gold_eval.py's occ_metrics: AUC with ties at half, P@10 with ties at the cut shared pro rata. */
export function rankMetrics(scored: { score: number; relevant: boolean }[]): { auc: number; p10: number } {
  const pos = scored.filter((s) => s.relevant).map((s) => s.score);
  const neg = scored.filter((s) => !s.relevant).map((s) => s.score);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  let slots = Math.min(10, scored.length);
  let hit = 0;
  for (const value of [...new Set(scored.map((s) => s.score))].sort((a, b) => b - a)) {
    if (slots <= 0) break;
    const group = scored.filter((s) => s.score === value);
    const take = Math.min(slots, group.length);
    hit += (take * group.filter((s) => s.relevant).length) / group.length;
    slots -= take;
  }
  return { auc: wins / (pos.length * neg.length), p10: hit / Math.min(10, scored.length) };
}

const pool = hasShared ? drawPool() : null;
if (!hasShared) skipLine('occupations corpus test');
else if (!pool) skipLine('occupations corpus test (needs python3 with PyYAML to draw the pool as gold_eval.py does)');

describe.skipIf(!pool)('ranking across occupations (dev split)', () => {
  const gold = pool ? (parse(readFileSync(goldPath, 'utf8')) as OccupationGold) : { postings: {} };
  let ctx: Context;
  const docs = new Map<string, DocumentAnalysis>();

  beforeAll(async () => {
    ctx = makeContext(defaultSettings({ asOf: gold.reference_date ?? '2026-11' }));
    for (const [id] of pool!) {
      const read = await readDocument(path.join(sharedDir, 'corpus/livecareer', `${id}.pdf`), ctx.config);
      if (read.ok) docs.set(id, analyzeForScoring(read.doc, ctx));
    }
  }, 120_000);

  it(`mean AUC ≥ ${MIN_MEAN_AUC} and mean P@10 ≥ ${MIN_MEAN_P10} over the dev postings`, async () => {
    const category = new Map(pool!);
    const rows: string[] = [];
    const results: { auc: number; p10: number }[] = [];
    for (const [file, spec] of Object.entries(gold.postings)) {
      const job = await loadJob(path.join(sharedDir, 'corpus/jobs', file), ctx);
      const scored: { score: number; relevant: boolean }[] = [];
      for (const [id, cat] of category) {
        if (spec.exclude?.includes(cat)) continue;
        const doc = docs.get(id);
        const result = doc ? scoreAnalysis(doc, job, ctx) : undefined;
        scored.push({ score: result?.ok ? result.candidate.score : -Infinity, relevant: spec.relevant.includes(cat) });
      }
      const m = rankMetrics(scored);
      results.push(m);
      rows.push(`${file}: AUC ${m.auc.toFixed(3)} P@10 ${m.p10.toFixed(2)}`);
    }
    const mean = (k: 'auc' | 'p10') => results.reduce((s, r) => s + r[k], 0) / results.length;
    printTable(`occupations: mean AUC ${mean('auc').toFixed(3)}, mean P@10 ${mean('p10').toFixed(3)} over ${results.length} postings, ${docs.size} resumes`, rows);
    expect(mean('auc')).toBeGreaterThanOrEqual(MIN_MEAN_AUC);
    expect(mean('p10')).toBeGreaterThanOrEqual(MIN_MEAN_P10);
  }, 120_000);
});

describe('rankMetrics (as gold_eval.py computes them)', () => {
  it('counts ties as half and shares the cut pro rata', () => {
    expect(rankMetrics([{ score: 2, relevant: true }, { score: 1, relevant: false }]).auc).toBe(1);
    expect(rankMetrics([{ score: 1, relevant: true }, { score: 1, relevant: false }]).auc).toBe(0.5);
    const twelve = Array.from({ length: 12 }, (_, i) => ({ score: 1, relevant: i < 6 }));
    expect(rankMetrics(twelve).p10).toBeCloseTo(0.5);
  });
});
