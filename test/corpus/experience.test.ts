/**
 * Corpus check of resume structure against the gold readings in ../shared/gold/resumes:
 * professional months within 6 of gold, and the best education level exactly, as
 * /work/shared/tools/gold_eval.py `cmd_exp` judges them. Prints a per-file table.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocument } from '../../src/extract/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import { analyzeStructure, highestLevel } from '../../src/resume/structure/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const present = existsSync(path.join(shared, 'corpus')) && existsSync(path.join(shared, 'gold/resumes'));

/** Measured 16/16 months and 16/16 education through jobfit's own extraction; raise as it improves. */
const MIN_MONTHS = 0.95;
const MIN_EDUCATION = 0.95;

interface Gold {
  file: string;
  reference_date?: string | null;
  experience_months?: number | null;
  education?: string | null;
}

if (!present) console.log(`skipping experience corpus test: ${shared}/corpus or gold not found`);

describe.skipIf(!present)('experience and education on the gold corpus', () => {
  it(`months within 6 on ≥ ${MIN_MONTHS} and education exact on ≥ ${MIN_EDUCATION}`, async () => {
    const goldDir = path.join(shared, 'gold/resumes');
    let okMonths = 0, nMonths = 0, okEdu = 0, nEdu = 0;
    const rows: string[] = [];
    for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
      const gold = parse(readFileSync(path.join(goldDir, name), 'utf8')) as Gold;
      const asOf = gold.reference_date ? String(gold.reference_date) : '2026-11';
      let months: number | null = null;
      let level = 'none';
      try {
        const doc = normalizeDocument(await extractDocument(path.join(shared, 'corpus/resumes', gold.file), { maxBytes: 20_000_000, timeoutMs: 30_000 }));
        const s = analyzeStructure(doc.lines, asOf);
        months = s.totalMonths;
        level = highestLevel(s.education);
      } catch (err) {
        rows.push(`${gold.file}: not read (${(err as Error).message})`);
      }
      const row = [gold.file.padEnd(58)];
      if (gold.experience_months != null) {
        nMonths++;
        const good = months !== null && Math.abs(months - gold.experience_months) <= 6;
        okMonths += Number(good);
        row.push(`months ${months} vs ${gold.experience_months}${good ? '' : ' ✗'}`.padEnd(24));
      }
      if (gold.education) {
        nEdu++;
        okEdu += Number(level === gold.education);
        row.push(`edu ${level} vs ${gold.education}${level === gold.education ? '' : ' ✗'}`);
      }
      rows.push(row.join(' '));
    }
    const monthsShare = nMonths ? okMonths / nMonths : 0;
    const eduShare = nEdu ? okEdu / nEdu : 0;
    console.log(`${rows.join('\n')}\nmonths within 6: ${okMonths}/${nMonths} = ${monthsShare.toFixed(2)}; education ${okEdu}/${nEdu} = ${eduShare.toFixed(2)}`);
    expect(monthsShare).toBeGreaterThanOrEqual(MIN_MONTHS);
    expect(eduShare).toBeGreaterThanOrEqual(MIN_EDUCATION);
  }, 300_000);
});
