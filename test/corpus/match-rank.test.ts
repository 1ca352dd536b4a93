/**
 * `jobfit match` across postings (scripts/dev-match-rank.ts, in small): the occupations dev
 * gold read the other way round. For 4 labelled dev livecareer resumes of each category a dev
 * posting finds relevant (seeded sample), the 17 dev postings are ranked as `match` ranks them;
 * the best relevant posting's reciprocal rank among those not excluded for the resume's
 * category, averaged, and the share ranked first or in the first three.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config/settings.js';
import { type Context, makeContext } from '../../src/pipeline.js';
import type { JobProfile } from '../../src/types.js';
import { formatSummary, loadGoldJobs, matchOrder, readCategories, readGold, relevantRank, samplePool, summarise } from '../../scripts/match-rank-measure.js';
import { hasShared, sharedDir, skipLine } from '../helpers/cli.js';

/**
 * Measured MRR 0.667, top-1 0.529, top-3 0.765 on this sample (68 resumes; BM25 over the same
 * postings gets 0.505 / 0.353 / 0.551 on the 136-resume sample of scripts/dev-match-rank.ts);
 * floors a margin below.
 */
const MIN_MRR = 0.62;
const MIN_TOP3 = 0.72;

if (!hasShared) skipLine('jobfit match across postings (occupations dev gold per resume)');

describe.skipIf(!hasShared)('jobfit match across postings (occupations dev gold per resume)', () => {
  const gold = hasShared ? readGold(path.join(sharedDir, 'gold/occupations/dev.yaml')) : { postings: {} };
  let ctx: Context;
  let jobs: Map<string, JobProfile>;

  beforeAll(async () => {
    ctx = makeContext(defaultSettings({ asOf: gold.reference_date ?? '2026-11' }));
    jobs = await loadGoldJobs(gold, path.join(sharedDir, 'corpus/jobs'), ctx);
  }, 30_000);

  it(`mean reciprocal rank ≥ ${MIN_MRR}, relevant posting in the first three ≥ ${MIN_TOP3}`, async () => {
    const pool = samplePool(gold, readCategories(path.join(sharedDir, 'corpus/livecareer/dev-categories.csv')), 4, 7);
    const ranks: (number | null)[] = [];
    for (const [id, cat] of pool) {
      const order = await matchOrder(path.join(sharedDir, 'corpus/livecareer', `${id}.pdf`), jobs, ctx);
      ranks.push(order ? relevantRank(order.map((o) => o.file), cat, gold) : null);
    }
    const s = summarise(ranks);
    console.log(`match across the dev postings: ${formatSummary(s)}`);
    expect(s.resumes).toBeGreaterThanOrEqual(pool.length - 2);
    expect(s.mrr).toBeGreaterThanOrEqual(MIN_MRR);
    expect(s.top3).toBeGreaterThanOrEqual(MIN_TOP3);
  }, 60_000);
});
