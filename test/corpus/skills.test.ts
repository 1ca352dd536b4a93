/**
 * Resume skills against ../shared/gold/resumes, judged as gold_eval.py `skills` judges them:
 * recall over gold groups, precision over reported skills, and no trap word reported.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobfit, hasShared, sharedDir, skipLine } from '../helpers/cli.js';
import { goldFiles, nameHits, norm, printTable } from '../helpers/gold.js';

/** Raise these as quality improves; measured figures are in the printed table. */
const MIN_RECALL = 0.85;
const MIN_PRECISION = 0.85;

interface GoldResume {
  file: string;
  skills?: string[][];
  traps?: string[];
}

if (!hasShared) skipLine('skills corpus test');

describe.skipIf(!hasShared)('resume skills on the gold corpus', () => {
  it(`recall ≥ ${MIN_RECALL}, precision ≥ ${MIN_PRECISION}, no traps`, () => {
    let tpR = 0, nR = 0, tpP = 0, nP = 0;
    const rows: string[] = [];
    const trapsFound: string[] = [];
    for (const { gold } of goldFiles<GoldResume>('resumes')) {
      const r = jobfit(['resume', path.join(sharedDir, 'corpus/resumes', gold.file), '--format', 'json']);
      const skills = r.status === 0 ? (JSON.parse(r.stdout) as { skills: { name: string }[] }).skills.map((s) => s.name) : [];
      const groups = gold.skills ?? [];
      const found = groups.filter((g) => skills.some((s) => nameHits(s, g)));
      const correct = skills.filter((s) => groups.some((g) => nameHits(s, g)));
      const traps = (gold.traps ?? []).filter((t) => skills.some((s) => norm(s) === norm(t)));
      trapsFound.push(...traps.map((t) => `${gold.file}: ${t}`));
      tpR += found.length; nR += groups.length; tpP += correct.length; nP += skills.length;
      rows.push(`${gold.file.padEnd(60)} recall ${found.length}/${groups.length} precision ${correct.length}/${skills.length}${traps.length ? ` TRAPS ${traps.join(', ')}` : ''}`);
    }
    const recall = tpR / nR;
    const precision = tpP / nP;
    printTable(`skills: recall ${recall.toFixed(3)} precision ${precision.toFixed(3)} traps ${trapsFound.length}`, rows);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(trapsFound).toEqual([]);
  });
});
