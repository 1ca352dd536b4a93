/**
 * Dev check of resume structure against the gold readings.
 *   npx tsx scripts/dev-resume.ts            per gold file: months, internships, education vs gold
 *   npx tsx scripts/dev-resume.ts FILE [YYYY-MM]   sections per line and the positions found
 * Uses src/extract + src/normalize when they load; otherwise pdftotext -layout (PDF) or a
 * crude word/document.xml paragraph split (DOCX).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ExtractedDoc, Line } from '../src/types.js';
import { analyzeStructure, highestLevel } from '../src/resume/structure/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');

function toLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((t) => t.replace(/\s+$/, ''))
    .filter((t) => t.trim().length > 0)
    .map((text, i) => ({ n: i + 1, page: 1, text }));
}

function fallbackLines(file: string): Line[] {
  if (file.endsWith('.pdf')) {
    return toLines(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  }
  if (file.endsWith('.docx')) {
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const text = xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    return toLines(text);
  }
  return toLines(readFileSync(file, 'utf8'));
}

type Reader = (file: string) => Promise<Line[]>;

/** Raw lines as Lines, for when extraction works but normalization is not written yet. */
function rawToLines(raw: { text: string; page: number }[]): Line[] {
  return raw.filter((l) => l.text.trim() !== '').map((l, i) => ({ n: i + 1, page: l.page, text: l.text }));
}

async function pipelineReader(): Promise<{ reader: Reader; name: string } | null> {
  if (process.env.FALLBACK) return null;
  const { readDocument } = await import('../src/pipeline.js');
  const { DEFAULT_CONFIG } = await import('../src/config/index.js');
  const config = { ...DEFAULT_CONFIG, limits: { ...DEFAULT_CONFIG.limits, maxBytes: 20_000_000, timeoutMs: 30_000 } };
  const reader: Reader = async (file) => {
    const read = await readDocument(file, config);
    if (!read.ok) throw new Error(read.error.message);
    return read.doc.lines;
  };
  return { reader, name: 'pipeline' };
}

async function readLines(file: string, pipeline: { reader: Reader; name: string } | null): Promise<{ lines: Line[]; via: string }> {
  if (pipeline) {
    try {
      return { lines: await pipeline.reader(file), via: pipeline.name };
    } catch {
      /* fall through */
    }
  }
  return { lines: fallbackLines(file), via: 'fallback' };
}

interface Gold {
  file: string;
  reference_date?: string | null;
  experience_months?: number | null;
  internship_months?: number | null;
  education?: string | null;
}

async function showOne(file: string, asOf: string, reader: Awaited<ReturnType<typeof pipelineReader>>): Promise<void> {
  const { lines, via } = await readLines(file, reader);
  const s = analyzeStructure(lines, asOf);
  console.log(`# ${file} (${via}, asOf ${asOf}) name=${s.name}`);
  lines.forEach((l, i) => console.log(`${String(l.n).padStart(4)} ${s.sections[i]!.padEnd(14)} ${l.text.slice(0, 140)}`));
  console.log('\npositions:');
  for (const p of s.positions) console.log(`  ${p.kind?.padEnd(10)} ${p.start}..${p.end} (${p.months}) [${p.lines?.join('-')}] ${p.title} @ ${p.organization}`);
  console.log(`total ${s.totalMonths} internship ${s.internshipMonths}`);
  console.log('education:', JSON.stringify(s.education));
}

async function main(): Promise<void> {
  const reader = await pipelineReader();
  const [file, asOf] = process.argv.slice(2);
  if (file) return showOne(file, asOf ?? '2026-11', reader);
  const goldDir = path.join(shared, 'gold/resumes');
  if (!existsSync(goldDir)) {
    console.log(`no gold at ${goldDir}`);
    return;
  }
  let okM = 0, nM = 0, okE = 0, nE = 0;
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
    const gold = parse(readFileSync(path.join(goldDir, name), 'utf8')) as Gold;
    const asOf = gold.reference_date ? String(gold.reference_date) : '2026-11';
    const { lines, via } = await readLines(path.join(shared, 'corpus/resumes', gold.file), reader);
    const s = analyzeStructure(lines, asOf);
    const row = [gold.file.padEnd(58), via.padEnd(9)];
    if (gold.experience_months != null) {
      nM++;
      const good = s.totalMonths !== null && Math.abs(s.totalMonths - gold.experience_months) <= 6;
      okM += Number(good);
      row.push(`months ${s.totalMonths} vs ${gold.experience_months}${good ? '' : ' ✗'}`.padEnd(22));
    }
    row.push(`intern ${s.internshipMonths} vs ${gold.internship_months ?? '-'}`.padEnd(16));
    if (gold.education) {
      nE++;
      const best = highestLevel(s.education);
      okE += Number(best === gold.education);
      row.push(`edu ${best} vs ${gold.education}${best === gold.education ? '' : ' ✗'}`);
    }
    console.log(row.join(' '));
  }
  console.log(`months within 6: ${okM}/${nM} = ${(okM / nM).toFixed(2)}; education ${okE}/${nE} = ${(okE / nE).toFixed(2)}`);
}

await main();
