/**
 * Dev check of the trust rules on the corpus.
 *   npx tsx scripts/dev-trust.ts             per resume: figures, warnings; then duplicate pairs and groups
 *   npx tsx scripts/dev-trust.ts --jobs      the same figures on the job postings (should read as postings)
 *   npx tsx scripts/dev-trust.ts FILE        one file's figures in full
 * Reads through src/extract + src/normalize, else pdftotext -layout / word/document.xml. Skills come
 * from data/taxonomy.json, else from the names and aliases in data/curated-skills.yaml.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { AmbiguityRule, Document, Line, ResumeProfile, Skill, SkillCategory, SkillFinder } from '../src/types.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { analyzeResume } from '../src/resume/index.js';
import { createSkillFinder } from '../src/match/index.js';
import { buildTaxonomy, loadTaxonomy } from '../src/taxonomy/index.js';
import { type Fingerprint, type TrustFigures, findDuplicates, fingerprint, judgeFigures, measureResume, similarity } from '../src/trust/index.js';
import { warningMessage } from '../src/messages.js';
import { trustRules } from '../src/trust/rules.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const shared = path.resolve(repoRoot, '../shared');
export const RESUME_DIRS = ['pdf', 'docx', 'other'].map((d) => path.join(shared, 'corpus/resumes', d));
const AS_OF = '2026-11';

function toLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((t) => t.replace(/\s+$/, ''))
    .filter((t) => t.trim().length > 0)
    .map((text, i) => ({ n: i + 1, page: 1, text }));
}

function fallbackDocument(file: string): Document {
  let lines: Line[];
  if (file.endsWith('.pdf')) {
    lines = toLines(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } else if (file.endsWith('.docx')) {
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    lines = toLines(xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  } else {
    lines = toLines(readFileSync(file, 'utf8'));
  }
  return { source: file, format: 'txt', lines, hidden: [], warnings: [] };
}

/** The pipeline's reading of a file, or the fallback's; null when neither reads it. */
export async function readDocument(file: string): Promise<{ doc: Document; via: string } | null> {
  const { readDocument: read } = await import('../src/pipeline.js');
  const config = { ...DEFAULT_CONFIG, asOf: AS_OF, limits: { ...DEFAULT_CONFIG.limits, maxBytes: 10e6, timeoutMs: 20000 } };
  const outcome = await read(file, config).catch(() => undefined);
  if (outcome?.ok) return { doc: { ...outcome.doc, source: path.basename(file) }, via: 'pipeline' };
  if (outcome && !outcome.ok) return null; // a coded reading error: unreadable, no text…
  try {
    return { doc: { ...fallbackDocument(file), source: path.basename(file) }, via: 'fallback' };
  } catch {
    return null;
  }
}

/** Minimal reading of data/curated-skills.yaml lines, for when data/taxonomy.json is not built yet. */
function curatedSkills(): Skill[] {
  const yaml = parse(readFileSync(path.join(repoRoot, 'data/curated-skills.yaml'), 'utf8')) as { skills: Record<string, string[]> };
  const short: Record<string, AmbiguityRule> = { ec: 'exact-case', tc: 'tech-context' };
  return Object.entries(yaml.skills).flatMap(([category, lines]) =>
    lines.map((line): Skill => {
      const [name, ...parts] = line.split(' | ').map((p) => p.trim());
      const skill: Skill = { name: name!, aliases: [], category: category as SkillCategory, implies: [], related: [], ambiguous: {} };
      for (const part of parts) {
        if (part.startsWith('!')) {
          for (const spec of part.slice(1).split(';').map((s) => s.trim())) {
            const [form, rules] = spec.includes('=') ? spec.split('=') : [skill.name, spec];
            skill.ambiguous[form!] = rules!.split('+').map((r) => short[r]!).filter(Boolean);
          }
        } else if (!/^(=>|~|\*)/.test(part)) skill.aliases.push(...part.split(',').map((a) => a.trim()).filter(Boolean));
      }
      return skill;
    }),
  );
}

export function skillFinder(): { find: SkillFinder; via: string } {
  try {
    return { find: createSkillFinder(loadTaxonomy()), via: 'taxonomy.json' };
  } catch {
    return { find: createSkillFinder(buildTaxonomy(curatedSkills())), via: 'curated-skills.yaml' };
  }
}

export interface CorpusEntry {
  file: string;
  doc: Document;
  profile: ResumeProfile;
  figures: TrustFigures;
  codes: string[];
  fingerprint: Fingerprint;
}

export async function readCorpus(files: string[], find: SkillFinder): Promise<CorpusEntry[]> {
  const out: CorpusEntry[] = [];
  for (const file of files) {
    const read = await readDocument(file);
    if (!read || read.doc.lines.length === 0) continue;
    const profile = analyzeResume(read.doc, find, AS_OF);
    const figures = measureResume(read.doc, profile);
    const codes = [...new Set(judgeFigures(figures).map((f) => f.code))];
    out.push({ file: path.relative(path.join(shared, 'corpus/resumes'), file), doc: read.doc, profile, figures, codes, fingerprint: fingerprint(read.doc) });
  }
  return out;
}

export function corpusFiles(dirs: string[]): string[] {
  return dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).sort().map((f) => path.join(d, f)) : []));
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');

/** One row per file: the figures each rule reads, then the warning codes. */
export function figuresRow(e: CorpusEntry): string {
  const s = e.figures.stuffing;
  const shape = e.figures.shape;
  return [
    e.file.padEnd(58),
    `w ${String(s.totalWords).padStart(5)}`,
    `skills ${pct(s.skillsWords, s.totalWords).padStart(4)} shown ${String(s.shownWords).padStart(4)}`,
    `listed ${String(s.listedOnly).padStart(2)}/${String(s.skillCount).padEnd(3)}`,
    `line ${s.worstLine?.count ?? 0}`,
    `top ${s.topSkill ? `${s.topSkill.mentions}/${s.topSkill.typical}` : '-'}`.padEnd(9),
    `ph ${e.figures.placeholder.score}`.padEnd(6),
    `${shape.kinds.map((k) => `${k.kind.split(' ')[0]} ${k.score}`).join(' ')} pos ${shape.positions} edu ${shape.education} sec ${shape.sections}`.padEnd(34),
    `${e.figures.language ?? 'und'}`,
    e.codes.join(','),
  ].join(' | ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { find, via } = skillFinder();
  if (!existsSync(path.join(shared, 'corpus'))) {
    console.log(`no corpus at ${shared}/corpus`);
    return;
  }
  if (args[0] && args[0] !== '--jobs') {
    const [entry] = await readCorpus([path.resolve(args[0])], find);
    if (!entry) return console.log('unreadable');
    console.log(JSON.stringify({ ...entry.figures, placeholder: entry.figures.placeholder }, null, 1));
    for (const f of judgeFigures(entry.figures)) console.log(`${f.code}: ${warningMessage(f)}`);
    return;
  }
  const dirs = args[0] === '--jobs' ? [path.join(shared, 'corpus/jobs')] : RESUME_DIRS;
  console.log(`skills from ${via}`);
  const entries = await readCorpus(corpusFiles(dirs), find);
  for (const e of entries) console.log(figuresRow(e));
  for (const e of entries) {
    for (const f of judgeFigures(e.figures)) console.log(`  ${e.file}: ${f.code} — ${warningMessage(f)}`);
  }
  if (args[0] === '--jobs') return;
  const size = trustRules().duplicates.sketchSize;
  console.log('\nmost similar pairs (estimated Jaccard of word shingles):');
  const pairs: [number, string, string][] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) pairs.push([similarity(entries[i]!.fingerprint, entries[j]!.fingerprint, size), entries[i]!.file, entries[j]!.file]);
  }
  for (const [sim, a, b] of pairs.sort((x, y) => y[0] - x[0]).slice(0, 25)) console.log(`  ${sim.toFixed(3)} ${a} ~ ${b}`);
  console.log('\nduplicate groups:');
  for (const g of findDuplicates(entries.map((e) => ({ source: e.file, fingerprint: e.fingerprint })))) console.log(`  keep ${g.keep}: ${g.duplicates.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
