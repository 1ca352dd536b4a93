/**
 * Where resume skill precision is lost: runs the resume reader over every gold resume and prints
 * each false positive with the words that produced it, the misses, and the figures that
 * `../shared/tools/gold_eval.py . skills` reports (same matching rule, `name_hits`). Then lists
 * the skills claimed in a few non-gold corpus resumes, to be read by eye (the held-back kind).
 *
 * Usage: npx tsx scripts/dev-skills.mts [--corpus N] [--quiet]
 *   --corpus N  how many non-gold resumes to show (default 10; 0 for none)
 *   --quiet     only the summary lines
 *   --lines     print the line behind each false-positive surface
 * A surface is marked `*` when it makes the skill a claim (named category, skills section, list
 * line or acronym, as src/resume/index.ts decides).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { nameHits, norm } from '../test/helpers/gold.js';
import { makeContext, readDocument } from '../src/pipeline.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { looksLikeList } from '../src/match/index.js';
import { analyzeResume } from '../src/resume/index.js';
import { analyzeStructure } from '../src/resume/structure/index.js';
import type { Document, SkillHit } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const goldDir = path.join(shared, 'gold', 'resumes');
const corpusDir = path.join(shared, 'corpus', 'resumes');
const args = process.argv.slice(2);
const corpusCount = args.includes('--corpus') ? Number(args[args.indexOf('--corpus') + 1]) : 10;
const quiet = args.includes('--quiet');
const showLines = args.includes('--lines');
const asOf = '2026-11';
const ctx = makeContext({ config: { ...DEFAULT_CONFIG, asOf }, extraSkills: [] });


interface Gold { file: string; skills?: unknown[][]; traps?: unknown[] }

/** Copy of src/resume/index.ts NAMED and isClaim (not exported there). */
const NAMED = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform', 'hardware', 'certification', 'healthcare', 'finance']);
function isClaim(hit: SkillHit, section: string, listLine: boolean): boolean {
  const acronym = hit.surface.length <= 5 && hit.surface === hit.surface.toUpperCase() && /[A-Z]/.test(hit.surface);
  return NAMED.has(hit.category) || section === 'skills' || listLine || acronym;
}

const lineOf = new Map<string, string>();

/** skill → "surface [section]" (list lines marked, claims starred) → count, from running the finder line by line. */
function surfacesOf(doc: Document): Map<string, Map<string, number>> {
  const sections = analyzeStructure(doc.lines, asOf).sections;
  const out = new Map<string, Map<string, number>>();
  doc.lines.forEach((line, i) => {
    const hits = ctx.findSkills(line.text);
    const listLine = hits.length >= 2 && looksLikeList(line.text);
    const list = listLine ? ' list' : '';
    for (const h of hits) {
      if (h.hedge === 'negated') continue;
      const section = sections[i] ?? 'other';
      const key = `${isClaim(h, section, listLine) ? '*' : ''}"${h.surface}" [${section}${list}]`;
      if (!lineOf.has(`${h.skill}\u0000${key}`)) lineOf.set(`${h.skill}\u0000${key}`, line.text.trim().slice(0, 110));
      const bySurface = out.get(h.skill) ?? new Map<string, number>();
      bySurface.set(key, (bySurface.get(key) ?? 0) + 1);
      out.set(h.skill, bySurface);
    }
  });
  return out;
}

function describe(skill: string, surfaces: Map<string, Map<string, number>>): string {
  const seen = [...(surfaces.get(skill) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const cat = ctx.taxonomy.byName.get(skill.toLowerCase())?.category ?? '?';
  const shown = seen.filter(([k]) => k.startsWith('*')).concat(seen.filter(([k]) => !k.startsWith('*'))).slice(0, 3);
  const text = `${skill} (${cat}) <= ${shown.map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ')}`;
  return showLines ? text + shown.map(([k]) => `\n        ${k}: ${lineOf.get(`${skill}\u0000${k}`)}`).join('') : text;
}

let foundGroups = 0, allGroups = 0, correct = 0, reported = 0, traps = 0;
const fpTally = new Map<string, number>();
for (const file of fs.readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
  const gold = YAML.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as Gold;
  const read = await readDocument(path.join(corpusDir, gold.file), ctx.config);
  if (!read.ok) { console.log(`${gold.file}: ${read.error.code}`); continue; }
  const skills = analyzeResume(read.doc, ctx.findSkills, asOf).skills.map((s) => s.name);
  const groups = gold.skills ?? [];
  const found = groups.filter((g) => skills.some((s) => nameHits(s, g)));
  const wrong = skills.filter((s) => !groups.some((g) => nameHits(s, g)));
  const trapHits = (gold.traps ?? []).filter((t) => skills.some((s) => norm(s) === norm(t)));
  foundGroups += found.length; allGroups += groups.length; correct += skills.length - wrong.length; reported += skills.length; traps += trapHits.length;
  if (quiet) continue;
  lineOf.clear();
  const surfaces = surfacesOf(read.doc);
  console.log(`\n== ${gold.file}: recall ${found.length}/${groups.length} precision ${skills.length - wrong.length}/${skills.length}` + (trapHits.length ? ` TRAPS ${JSON.stringify(trapHits)}` : ''));
  for (const s of wrong) {
    console.log(`  fp  ${describe(s, surfaces)}`);
    fpTally.set(s, (fpTally.get(s) ?? 0) + 1);
  }
  const missed = groups.filter((g) => !found.includes(g)).map((g) => String(g[0]));
  if (missed.length) console.log(`  miss ${missed.join(', ')}`);
}

if (!quiet && fpTally.size) {
  const common = [...fpTally].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]);
  if (common.length) console.log(`\nfalse positives in more than one file: ${common.map(([s, n]) => `${s} ×${n}`).join(', ')}`);
}

if (corpusCount > 0 && !quiet) {
  const goldFiles = new Set(fs.readdirSync(goldDir).map((f) => (YAML.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as Gold).file));
  const others = ['pdf', 'docx'].flatMap((d) => fs.readdirSync(path.join(corpusDir, d)).map((f) => `${d}/${f}`))
    .filter((f) => /livecareer_|soupboss_/.test(f) && !goldFiles.has(f)).sort().slice(0, corpusCount);
  console.log(`\n── claimed skills in ${others.length} non-gold resumes (judge by eye) ──`);
  for (const f of others) {
    const read = await readDocument(path.join(corpusDir, f), ctx.config);
    if (!read.ok) { console.log(`${f}: ${read.error.code}`); continue; }
    lineOf.clear();
    const surfaces = surfacesOf(read.doc);
    const skills = analyzeResume(read.doc, ctx.findSkills, asOf).skills;
    console.log(`\n== ${f}: ${skills.length} skills`);
    for (const s of skills) console.log(`  ${describe(s.name, surfaces)}`);
  }
}

const recall = allGroups ? foundGroups / allGroups : 0;
const precision = reported ? correct / reported : 0;
console.log(`\nskills: recall ${recall.toFixed(2)} (${foundGroups}/${allGroups}) precision ${precision.toFixed(2)} (${correct}/${reported}) traps ${traps}`);
