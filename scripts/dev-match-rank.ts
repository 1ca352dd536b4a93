/**
 * `jobfit match` across postings, measured: the occupations gold read the other way round.
 *   npx tsx scripts/dev-match-rank.ts [--gold FILE] [--per-category 8] [--seed 7] [--csv FILE] [--misses]
 * For perCategory labelled livecareer resumes of every category a gold posting finds relevant,
 * rank the gold's postings as `jobfit match` does and report the mean reciprocal rank of the
 * best relevant posting among those not excluded for the resume's category, and the top-1 /
 * top-3 shares; beside plain BM25 (pdftotext text, postings as the collection, the resume as
 * the query). Default gold: ../shared/gold/occupations/dev.yaml (tune only on that one).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../src/config/settings.js';
import { makeContext } from '../src/pipeline.js';
import { bm25Order, formatSummary, loadGoldJobs, matchOrder, pdfText, readCategories, readGold, relevantRank, samplePool, summarise, words } from './match-rank-measure.js';
import { readFileSync, writeFileSync } from 'node:fs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const gold = readGold(arg('--gold', path.join(shared, 'gold/occupations/dev.yaml')));
const pool = samplePool(gold, readCategories(arg('--csv', path.join(shared, 'corpus/livecareer/dev-categories.csv'))), Number(arg('--per-category', '8')), Number(arg('--seed', '7')));
const jobsDir = path.join(shared, 'corpus/jobs');
const ctx = makeContext(defaultSettings({ asOf: gold.reference_date ?? '2026-11' }));
const jobs = await loadGoldJobs(gold, jobsDir, ctx);
const postingWords = new Map([...jobs.keys()].map((f) => [f, words(readFileSync(path.join(jobsDir, f), 'utf8'))]));

const ours: (number | null)[] = [];
const peer: (number | null)[] = [];
const misses: string[] = [];
const dump: unknown[] = [];
for (const [id, cat] of pool) {
  const file = path.join(shared, 'corpus/livecareer', `${id}.pdf`);
  const order = await matchOrder(file, jobs, ctx);
  const r = order ? relevantRank(order.map((o) => o.file), cat, gold) : null;
  ours.push(r);
  if (order) dump.push({ id, cat, postings: order.map((o) => ({ file: o.file, score: o.posting.score, summary: o.posting.summary, tiers: o.posting.breakdown?.tiers, lines: o.posting.requirements.filter((q) => q.tier === 'general' || q.tier === 'role').map((q) => ({ id: q.id, tier: q.tier, weight: q.weight, credit: q.credit })) })) });
  peer.push(relevantRank(bm25Order(words(pdfText(file)), postingWords), cat, gold));
  if (order && r !== 1) {
    const top = order.filter((o) => !gold.postings[o.file]?.exclude?.includes(cat)).slice(0, 2);
    misses.push(`${cat} ${id} rank ${r}: ${top.map((o) => `${o.file.replace(/^occ_|\.txt$/g, '')} score ${o.posting.score} (${o.posting.summary.requiredMet}/${o.posting.summary.requiredTotal})`).join(', ')}`);
  }
}
if (process.argv.includes('--dump')) writeFileSync(arg('--dump', ''), JSON.stringify(dump));
if (process.argv.includes('--misses')) console.log(misses.join('\n'));
const cats = [...new Set(pool.map(([, c]) => c))];
for (const cat of cats) {
  const idx = pool.map(([, c], i) => (c === cat ? i : -1)).filter((i) => i >= 0);
  console.log(`${cat.padEnd(22)} jobfit ${formatSummary(summarise(idx.map((i) => ours[i]!)))} | BM25 ${formatSummary(summarise(idx.map((i) => peer[i]!)))}`);
}
console.log(`jobfit: ${formatSummary(summarise(ours))}`);
console.log(`BM25:   ${formatSummary(summarise(peer))}`);
