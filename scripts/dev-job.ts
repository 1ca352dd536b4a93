/**
 * Job analysis against the gold readings, without the CLI.
 *   npx tsx scripts/dev-job.ts            per-file table and the summary figures
 *   npx tsx scripts/dev-job.ts FILE.txt   the profile of one posting (JSON)
 * Figures are computed exactly as gold_eval.py `jobs` does (name_hits, tiers, forbidden).
 * Finder: the real one over data/taxonomy.json when it exists, else over the curated
 * entries of data/curated-skills.yaml (said on stderr).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { analyzeJob, type PhraseVocabulary } from '../src/job/index.js';
import { loadPostingPhrases } from '../src/taxonomy/posting-phrases.js';
import { createSkillFinder } from '../src/match/index.js';
import { buildTaxonomy, loadTaxonomy } from '../src/taxonomy/index.js';
import type { Document, JobProfile, Skill, SkillFinder } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');

export function readPosting(file: string): Document {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((t) => t.trim() !== '')
    .map((text, i) => ({ n: i + 1, page: 1, text }));
  return { source: path.basename(file), format: 'txt', lines, hidden: [], warnings: [] };
}

export function devFinder(): { finder: SkillFinder; isKnownSkill: (n: string) => boolean; phrases: PhraseVocabulary; label: string } {
  const taxonomy = existsSync(path.join(repoRoot, 'data/taxonomy.json')) ? loadTaxonomy() : curatedTaxonomy();
  const label = existsSync(path.join(repoRoot, 'data/taxonomy.json')) ? 'data/taxonomy.json' : 'curated-skills.yaml only';
  return { finder: createSkillFinder(taxonomy, { posting: true }), isKnownSkill: (n) => taxonomy.byForm.has(n.toLowerCase()), phrases: loadPostingPhrases(), label };
}

function curatedTaxonomy(): ReturnType<typeof buildTaxonomy> {
  const doc = YAML.parse(readFileSync(path.join(repoRoot, 'data/curated-skills.yaml'), 'utf8')) as { skills: Record<string, string[]> };
  const skills: Skill[] = [];
  for (const [category, entries] of Object.entries(doc.skills)) {
    for (const entry of entries) {
      const parts = String(entry).split(' | ').map((p) => p.trim());
      const skill: Skill = { name: parts[0]!, aliases: [], category: category as Skill['category'], implies: [], related: [], ambiguous: {} };
      for (const part of parts.slice(1)) {
        if (part.startsWith('=>') || part.startsWith('~') || part === '*generic') continue;
        if (part.startsWith('!')) {
          for (const item of part.slice(1).split(';').map((s) => s.trim()).filter(Boolean)) {
            const [form, rules] = item.includes('=') ? item.split('=') : [skill.name, item];
            skill.ambiguous[form!.trim()] = rules!.split('+').map((r) => (r.trim() === 'ec' ? 'exact-case' : 'tech-context'));
          }
        } else skill.aliases.push(...part.split(',').map((s) => s.trim()).filter(Boolean));
      }
      skills.push(skill);
    }
  }
  return buildTaxonomy(skills);
}

// ── gold_eval.py `jobs`, the same judgement ────────────────────────────────
const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rstripS = (s: string): string => s.replace(/s+$/, '');

export function nameHits(name: string, members: string[]): boolean {
  const n = norm(name);
  return members.some((raw) => {
    const m = norm(String(raw));
    if (n === m || rstripS(n) === rstripS(m)) return true;
    return n.split(' ').length <= 4 && new RegExp(`(?<![\\w+#.])${escapeRe(m)}(?![\\w+#])`).test(n);
  });
}

interface Gold {
  min_years?: number | null;
  education?: string | null;
  required?: string[][];
  preferred?: string[][];
  anywhere?: string[][];
  forbidden?: string[];
}

export interface Tally {
  req: [number, number];
  pref: [number, number];
  any: [number, number];
  forb: number;
  years: [number, number];
  edu: [number, number];
}

export function judge(profile: JobProfile, gold: Gold, tally: Tally): string[] {
  const notes: string[] = [];
  const found = (group: string[], tier?: string): boolean =>
    profile.requirements.some((r) => (!tier || r.tier === tier) && r.anyOf.some((n) => nameHits(n, group)));
  for (const [key, field, tier] of [['req', 'required', 'required'], ['pref', 'preferred', 'preferred'], ['any', 'anywhere', undefined]] as const) {
    const groups = gold[field] ?? [];
    const miss = groups.filter((g) => !found(g.map(String), tier));
    tally[key][0] += groups.length - miss.length;
    tally[key][1] += groups.length;
    notes.push(`${field} ${groups.length - miss.length}/${groups.length}` + (miss.length ? ` miss ${JSON.stringify(miss.map((g) => g[0]))}` : ''));
  }
  const forb = (gold.forbidden ?? []).filter((f) =>
    profile.requirements.some((r) => r.anyOf.some((n) => new RegExp(`(?<!\\w)${escapeRe(norm(String(f)))}(?!\\w)`).test(norm(n)))),
  );
  tally.forb += forb.length;
  if (forb.length) notes.push(`FORBIDDEN ${JSON.stringify(forb)}`);
  if ('min_years' in gold) {
    tally.years[1]++;
    if ((profile.minYears || null) === (gold.min_years || null)) tally.years[0]++;
    else notes.push(`years ${profile.minYears}≠${gold.min_years}`);
  }
  if ('education' in gold) {
    tally.edu[1]++;
    const lvl = profile.education?.level ?? null;
    if ((lvl || null) === (gold.education || null)) tally.edu[0]++;
    else notes.push(`edu ${lvl}≠${gold.education}`);
  }
  return notes;
}

/** Judges the postings read by hand in `goldDir` (../shared/gold/jobs by default) as gold_eval.py `jobs` does. */
export function evaluateGold(finder: SkillFinder, isKnownSkill: (n: string) => boolean, phrases?: PhraseVocabulary, goldDir = path.join(shared, 'gold/jobs')): { rows: string[]; tally: Tally } {
  const tally: Tally = { req: [0, 0], pref: [0, 0], any: [0, 0], forb: 0, years: [0, 0], edu: [0, 0] };
  const rows: string[] = [];
  for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
    const job = path.join(shared, 'corpus/jobs', g.replace('.gold.yaml', '.txt'));
    if (!existsSync(job)) continue;
    const gold = YAML.parse(readFileSync(path.join(goldDir, g), 'utf8')) as Gold;
    const profile = analyzeJob(readPosting(job), finder, { isKnownSkill, phrases });
    rows.push([path.basename(job), ...judge(profile, gold, tally)].join(' · '));
  }
  return { rows, tally };
}

export const ratio = ([a, b]: [number, number]): number => (b ? a / b : 1);

function main(): void {
  const { finder, isKnownSkill, phrases, label } = devFinder();
  process.stderr.write(`finder: ${label}\n`);
  const file = process.argv[2];
  if (file) {
    const profile = analyzeJob(readPosting(file), finder, { isKnownSkill, phrases });
    if (process.argv.includes('--brief')) {
      console.log(`title ${profile.title} · minYears ${profile.minYears} · education ${JSON.stringify(profile.education && { ...profile.education, source: undefined })}`);
      for (const r of profile.requirements) console.log(`${r.id} ${r.tier[0]} ${r.kind} w${r.weight}${r.years ? ` y${r.years}` : ''} L${r.source.line} [${r.anyOf.join(' | ')}]  «${r.source.text.slice(0, 70)}»`);
    } else console.log(JSON.stringify(profile, null, 2));
    return;
  }
  const { rows, tally } = evaluateGold(finder, isKnownSkill, phrases);
  console.log(rows.join('\n'));
  console.log(
    `jobs: required ${ratio(tally.req).toFixed(2)} preferred ${ratio(tally.pref).toFixed(2)} anywhere ${ratio(tally.any).toFixed(2)} ` +
      `forbidden ${tally.forb} years ${ratio(tally.years).toFixed(2)} education ${ratio(tally.edu).toFixed(2)} over ${rows.length} postings`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
