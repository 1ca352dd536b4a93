/**
 * The occupations gold read the other way round: one resume, many postings ("which of these
 * jobs fits me?"). For each labelled resume, where do the postings relevant to its category rank
 * among the postings not excluded for it? Reciprocal rank of the best relevant posting, and
 * whether it is first / in the first three. Shared by scripts/dev-match-rank.ts and the corpus
 * test test/corpus/match-rank.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { type Context, analyzeForScoring, loadJob, readDocument, scoreAnalysis } from '../src/pipeline.js';
import { postingResult, rankPostings } from '../src/score/rank-postings.js';
import type { JobProfile, PostingResult } from '../src/types.js';
import { prng } from './prng.mjs';

export interface OccupationGold {
  reference_date?: string;
  postings: Record<string, { relevant: string[]; exclude?: string[] | null }>;
}

export const readGold = (file: string): OccupationGold => YAML.parse(readFileSync(file, 'utf8')) as OccupationGold;

/** category → ids (sorted numerically) from a livecareer `id,category` CSV; `#` lines are comments. */
export function readCategories(csv: string): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const line of readFileSync(csv, 'utf8').split('\n')) {
    const [id, cat] = line.trim().split(',');
    if (!id || !cat || id.startsWith('#') || id === 'id') continue;
    by.set(cat, [...(by.get(cat) ?? []), id]);
  }
  for (const ids of by.values()) ids.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return by;
}

const hash = (s: string) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7);

/** perCategory ids of every category some posting of the gold finds relevant, by a seeded shuffle. */
export function samplePool(gold: OccupationGold, byCategory: Map<string, string[]>, perCategory: number, seed: number): [string, string][] {
  const cats = [...new Set(Object.values(gold.postings).flatMap((g) => g.relevant))].sort();
  const pool: [string, string][] = [];
  for (const cat of cats) {
    const ids = [...(byCategory.get(cat) ?? [])];
    const rand = prng(seed ^ hash(cat));
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (const id of ids.slice(0, perCategory)) pool.push([id, cat]);
  }
  return pool;
}

/** 1-based rank of the best relevant posting among those not excluded for the category; null if none is relevant. */
export function relevantRank(order: string[], category: string, gold: OccupationGold): number | null {
  const kept = order.filter((f) => !gold.postings[f]?.exclude?.includes(category));
  const i = kept.findIndex((f) => gold.postings[f]?.relevant.includes(category));
  return i < 0 ? null : i + 1;
}

export interface RankSummary {
  resumes: number;
  mrr: number;
  top1: number;
  top3: number;
}

export function summarise(ranks: (number | null)[]): RankSummary {
  const r = ranks.filter((x): x is number => x !== null);
  const share = (f: (x: number) => number) => (r.length ? r.reduce((s, x) => s + f(x), 0) / r.length : 0);
  return { resumes: r.length, mrr: share((x) => 1 / x), top1: share((x) => (x === 1 ? 1 : 0)), top3: share((x) => (x <= 3 ? 1 : 0)) };
}

export const formatSummary = (s: RankSummary) => `MRR ${s.mrr.toFixed(3)} top-1 ${s.top1.toFixed(3)} top-3 ${s.top3.toFixed(3)} (${s.resumes} resumes)`;

/** The gold's postings, read once. */
export async function loadGoldJobs(gold: OccupationGold, jobsDir: string, ctx: Context): Promise<Map<string, JobProfile>> {
  const jobs = new Map<string, JobProfile>();
  for (const file of Object.keys(gold.postings)) jobs.set(file, await loadJob(path.join(jobsDir, file), ctx));
  return jobs;
}

/** `jobfit match` for one resume in process: the postings as ranked, each with its file name. */
export async function matchOrder(resumePath: string, jobs: Map<string, JobProfile>, ctx: Context): Promise<{ file: string; posting: PostingResult }[] | null> {
  const read = await readDocument(resumePath, ctx.config);
  if (!read.ok) return null;
  const analysis = analyzeForScoring(read.doc, ctx);
  const byResult = new Map<PostingResult, string>();
  for (const [file, job] of jobs) {
    const scored = scoreAnalysis(analysis, job, ctx);
    if (scored.ok) byResult.set(postingResult(job, scored.candidate), file);
  }
  const ranked = rankPostings([...byResult.keys()]);
  const fileOf = new Map([...byResult].map(([p, f]) => [p.source, f]));
  return ranked.map((posting) => ({ file: fileOf.get(posting.source)!, posting }));
}

// ── the peer: plain BM25 over pdftotext text ────────────────────────────────

/** scikit-learn's English stop words, as /work/tune/bm25.py uses. */
const STOP = new Set(
  `a about above across after afterwards again against all almost alone along already also although always am among amongst amoungst amount an and another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes becoming been before beforehand behind being below beside besides between beyond bill both bottom but by call can cannot cant co con could couldnt cry de describe detail do done down due during each eg eight either eleven else elsewhere empty enough etc even ever every everyone everything everywhere except few fifteen fifty fill find fire first five for former formerly forty found four from front full further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers herself him himself his how however hundred i ie if in inc indeed interest into is it its itself keep last latter latterly least less ltd made many may me meanwhile might mill mine more moreover most mostly move much must my myself name namely neither never nevertheless next nine no nobody none noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own part per perhaps please put rather re same see seem seemed seeming seems serious several she should show side since sincere six sixty so some somehow someone something sometime sometimes somewhere still such system take ten than that the their them themselves then thence there thereafter thereby therefore therein thereupon these they thick thin third this those though three through throughout thru thus to together too top toward towards twelve twenty two un under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves`.split(' '),
);

export const words = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []).filter((w) => !STOP.has(w));

export const pdfText = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * BM25 (k1 1.5, b 0.75) with the postings as the collection and the resume's words as the
 * query: the usual way to search postings with a resume. Returns posting files best first.
 */
export function bm25Order(resumeWords: string[], postings: Map<string, string[]>): string[] {
  const n = postings.size;
  const avg = [...postings.values()].reduce((s, d) => s + d.length, 0) / n;
  const df = new Map<string, number>();
  for (const d of postings.values()) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + (n - (df.get(w) ?? 0) + 0.5) / ((df.get(w) ?? 0) + 0.5));
  const score = new Map<string, number>();
  for (const [file, d] of postings) {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    let s = 0;
    for (const w of resumeWords) {
      const f = tf.get(w) ?? 0;
      if (f) s += (idf(w) * f * 2.5) / (f + 1.5 * (0.25 + (0.75 * d.length) / avg));
    }
    score.set(file, s);
  }
  return [...postings.keys()].sort((a, b) => score.get(b)! - score.get(a)! || (a < b ? -1 : 1));
}
