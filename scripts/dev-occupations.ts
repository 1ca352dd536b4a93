/**
 * How far occupations alone carry, on the dev gold only (never the held-out livecareer half).
 *   npm run build && npx tsx scripts/dev-occupations.ts [--per-category 13]
 * 1. The 17 postings of ../shared/gold/occupations/dev.yaml: title (as `jobfit job` reads it, else
 *    the first line) → matchTitle, and matchText's top 3 over the posting's lines.
 * 2. A labelled sample of dev livecareer resumes (the gold pool plus the first further ids of each
 *    category, sorted numerically, up to --per-category): share of position titles read as an
 *    occupation, and per category the commonest SOC major groups.
 * 3. Role fit alone: each posting ranks the gold pool (drawn as gold_eval.py occ_pool does) by
 *    the best relation between the posting's occupation and any position's; AUC and P@10 as
 *    gold_eval.py `occupations` computes them.
 * Resume and posting readings come from `node bin/jobfit.js … --format json`, cached under
 * /tmp/jobfit-occ-cache.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { loadOccupations, matchText, matchTitle, relation, taskSimilarity } from '../src/occupation/index.js';
import type { OccupationData, OccupationMatch, OccupationRelation } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const cacheDir = '/tmp/jobfit-occ-cache';
mkdirSync(cacheDir, { recursive: true });
const perCategoryArg = process.argv.indexOf('--per-category');
const perCategory = perCategoryArg > 0 ? Number(process.argv[perCategoryArg + 1]) : 13;

interface Gold {
  per_category: number;
  seed: number;
  reference_date?: string;
  postings: Record<string, { relevant: string[]; exclude: string[] }>;
}
const gold = YAML.parse(readFileSync(path.join(shared, 'gold/occupations/dev.yaml'), 'utf8')) as Gold;
const csv = path.join(shared, 'corpus/livecareer/dev-categories.csv');
const categoryOf = new Map<string, string>();
for (const line of readFileSync(csv, 'utf8').split('\n')) {
  const m = /^(\d+),([A-Z-]+)$/.exec(line.trim());
  if (m) categoryOf.set(m[1]!, m[2]!);
}

/** The gold pool, drawn by gold_eval.py itself (Python's RNG). */
function goldPool(): string[] {
  const py = `import sys, yaml; sys.path.insert(0, ${JSON.stringify(path.join(shared, 'tools'))}); import gold_eval as g
gold = yaml.safe_load(open(${JSON.stringify(path.join(shared, 'gold/occupations/dev.yaml'))}))
print("\\n".join(i for i, c in g.occ_pool(gold, ${JSON.stringify(csv)})))`;
  return execFileSync('python3', ['-c', py], { encoding: 'utf8' }).trim().split('\n');
}

function cached<T>(key: string, make: () => T): T {
  const file = path.join(cacheDir, `${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = make();
  writeFileSync(file, JSON.stringify(value));
  return value;
}

function jobfitJson(kind: 'job' | 'resume', file: string): Record<string, unknown> | null {
  try {
    const args = ['bin/jobfit.js', kind, file, '--format', 'json', '-q'];
    if (gold.reference_date) args.push('--as-of', gold.reference_date);
    return JSON.parse(execFileSync('node', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Record<string, unknown>;
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    try {
      return out ? (JSON.parse(out) as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
}

function positionTitles(id: string): string[] {
  return cached(`resume-${id}`, () => {
    const doc = jobfitJson('resume', path.join(shared, 'corpus/livecareer', `${id}.pdf`));
    const positions = ((doc?.experience as { positions?: { title: string | null; kind?: string }[] } | undefined)?.positions ?? []);
    return positions.filter((p) => p.kind !== 'education').map((p) => p.title ?? '').filter(Boolean);
  });
}

function postingTitle(file: string): string {
  return cached(`job-${file}`, () => {
    const doc = jobfitJson('job', path.join(shared, 'corpus/jobs', file));
    const title = doc?.title as string | null | undefined;
    return title ?? readFileSync(path.join(shared, 'corpus/jobs', file), 'utf8').split('\n').find((l) => l.trim())!.trim();
  });
}

/** Role fit of one relation, 0..1: same 1, related by rank (0.8 … 0.33), family 0.3. */
function fitOf(rel: OccupationRelation): number {
  if (rel.kind === 'same') return 1;
  if (rel.kind === 'related') return 0.8 - 0.025 * (rel.rank! - 1);
  if (rel.kind === 'family') return 0.3;
  return 0;
}

/** Experiment: the same, and a little for a shared SOC minor group (3 digits) or major group (2). */
function fitWithGroups(a: string, b: string): number {
  const base = fitOf(relation(data, a, b));
  if (base > 0) return base;
  if (a.slice(0, 4) === b.slice(0, 4)) return 0.2;
  if (a.slice(0, 2) === b.slice(0, 2)) return 0.1;
  return 0;
}

/** AUC (ties half, unscored last) and P@10 (ties at the cut pro rata), as gold_eval.py computes them. */
function metrics(scores: number[], relevant: boolean[]): { auc: number; p10: number } {
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!relevant[i]) continue;
    for (let j = 0; j < scores.length; j++) {
      if (relevant[j]) continue;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  const order = scores.map((s, i) => ({ s, r: relevant[i]! })).sort((a, b) => b.s - a.s);
  const cut = order[9]?.s ?? -Infinity;
  const above = order.filter((o) => o.s > cut);
  const tied = order.filter((o) => o.s === cut);
  const room = 10 - above.length;
  const hits = above.filter((o) => o.r).length + (tied.length ? (room * tied.filter((o) => o.r).length) / tied.length : 0);
  return { auc: pairs ? wins / pairs : NaN, p10: hits / 10 };
}

const data: OccupationData = loadOccupations();
const show = (m: OccupationMatch | null): string => (m ? `${m.code} ${m.title} (${m.score}, via "${m.via}")` : '—');

// 1. Postings
console.log('## Postings: title → occupation (matchText top 3 below)');
const postingOcc = new Map<string, { title: OccupationMatch | null; text: OccupationMatch[] }>();
for (const file of Object.keys(gold.postings)) {
  const title = postingTitle(file);
  const lines = readFileSync(path.join(shared, 'corpus/jobs', file), 'utf8').split('\n').filter((l) => l.trim());
  const byTitle = matchTitle(data, title);
  const byText = matchText(data, lines);
  postingOcc.set(file, { title: byTitle, text: byText });
  console.log(`${file.replace(/^occ_|_dev\.txt$/g, '')}: "${title}" → ${show(byTitle)}`);
  console.log(`    text: ${byText.map((m) => `${m.code} ${m.title} ${m.score}`).join(' | ')}`);
}

{
  // matchText against the title's reading, taken as the truth where the title was read.
  let withTitle = 0;
  let top1 = 0;
  let top3 = 0;
  let top1Close = 0;
  for (const { title, text } of postingOcc.values()) {
    if (!title) continue;
    withTitle++;
    if (text[0]?.code.slice(0, 7) === title.code.slice(0, 7)) top1++;
    if (text.some((m) => m.code.slice(0, 7) === title.code.slice(0, 7))) top3++;
    if (text[0] && relation(data, text[0].code, title.code).kind !== 'unrelated') top1Close++;
  }
  console.log(`matchText vs the title's occupation on ${withTitle} postings: top 1 same ${top1}, top 3 holds it ${top3}, top 1 same/related/family ${top1Close}`);
}

// 2. Resume sample
const pool = goldPool();
const sample = new Set(pool);
const byCategory = new Map<string, string[]>();
for (const [id, category] of categoryOf) byCategory.set(category, [...(byCategory.get(category) ?? []), id]);
for (const ids of byCategory.values()) {
  const sorted = [...ids].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  let have = sorted.filter((id) => sample.has(id)).length;
  for (const id of sorted) if (have < perCategory && !sample.has(id)) (sample.add(id), have++);
}
let positions = 0;
let mapped = 0;
const majors = new Map<string, Map<string, number>>();
const matchesOf = new Map<string, OccupationMatch[]>();
const titlesOf = new Map([...sample].map((id) => [id, positionTitles(id)]));
const t0 = performance.now();
for (const titles of titlesOf.values()) for (const title of titles) matchTitle(data, title);
const perCall = (performance.now() - t0) / Math.max(1, [...titlesOf.values()].flat().length);
for (const id of sample) {
  const found: OccupationMatch[] = [];
  for (const title of titlesOf.get(id)!) {
    positions++;
    const m = matchTitle(data, title);
    if (!m) continue;
    mapped++;
    found.push(m);
    const counts = majors.get(categoryOf.get(id)!) ?? new Map<string, number>();
    counts.set(m.code.slice(0, 2), (counts.get(m.code.slice(0, 2)) ?? 0) + 1);
    majors.set(categoryOf.get(id)!, counts);
  }
  matchesOf.set(id, found);
}
console.log(`\n## Resumes: ${sample.size} dev resumes, ${positions} positions, ${mapped} read as an occupation (${((100 * mapped) / positions).toFixed(1)}%); matchTitle ${perCall.toFixed(3)} ms a title`);
for (const [category, counts] of [...majors].sort()) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, n]) => `${g}-xxxx ${Math.round((100 * n) / total)}%`);
  console.log(`${category.padEnd(24)} ${top.join(', ')}`);
}

// 3. Role fit alone
const targetings: [string, (file: string) => OccupationMatch[]][] = [
  ['title', (file) => [postingOcc.get(file)!.title].filter((m): m is OccupationMatch => m !== null)],
  ['text top 1 (no title)', (file) => postingOcc.get(file)!.text.slice(0, 1)],
  ['title + text top 1', (file) => { const p = postingOcc.get(file)!; return [...(p.title ? [p.title] : []), ...p.text.slice(0, 1)]; }],
];
const fits: [string, (a: string, b: string) => number][] = [
  ['relation', (a, b) => fitOf(relation(data, a, b))],
  ['relation + SOC groups', fitWithGroups],
  ['max(relation, task similarity)', (a, b) => Math.max(fitOf(relation(data, a, b)), taskSimilarity(data, a, b))],
];
const aggregations: [string, (fits: number[]) => number][] = [
  ['best position', (f) => Math.max(0, ...f)],
  ['0.7 best + 0.3 mean', (f) => (f.length ? 0.7 * Math.max(...f) + (0.3 * f.reduce((a, b) => a + b, 0)) / f.length : 0)],
];
console.log(`\n## Role fit alone on the gold pool (${pool.length} resumes): mean AUC / P@10 (fit: same 1, related 0.8 − 0.025·(rank − 1), family 0.3; SOC groups: minor 0.2, major 0.1)`);
const perPosting = new Map<string, string[]>();
const header: string[] = [];
for (const [aggLabel, aggregate] of aggregations) {
  for (const [fitLabel, fit] of fits) {
    for (const [targetLabel, targets] of targetings) {
      let aucSum = 0;
      let p10Sum = 0;
      const column = `${aggLabel}, ${fitLabel}, posting by ${targetLabel}`;
      header.push(column);
      for (const [file, spec] of Object.entries(gold.postings)) {
        const kept = pool.filter((id) => !spec.exclude.includes(categoryOf.get(id)!));
        const goals = targets(file);
        const scores = kept.map((id) => aggregate(matchesOf.get(id)!.map((m) => Math.max(0, ...goals.map((t) => fit(t.code, m.code))))));
        const { auc, p10 } = metrics(scores, kept.map((id) => spec.relevant.includes(categoryOf.get(id)!)));
        aucSum += auc;
        p10Sum += p10;
        perPosting.set(file, [...(perPosting.get(file) ?? []), `${auc.toFixed(3)}/${p10.toFixed(2)}`]);
      }
      const n = Object.keys(gold.postings).length;
      console.log(`${String(header.length).padStart(2)}. ${column}: ${(aucSum / n).toFixed(3)} / ${(p10Sum / n).toFixed(3)}`);
    }
  }
}
console.log('\nper posting (columns as numbered above):');
for (const [file, cells] of perPosting) console.log(`${file.replace(/^occ_|_dev\.txt$/g, '').padEnd(22)} ${cells.join(' ')}`);
