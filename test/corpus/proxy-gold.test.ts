/**
 * Readings of other corpus documents, written by hand for this project (test/corpus/gold/), in
 * the format of ../shared/gold and judged as gold_eval.py judges that: postings by their
 * required / preferred / anywhere groups, forbidden phrases, years and degree; resumes by
 * skills (recall, precision, traps), months within 6 and degree level.
 *
 * Each set was written by someone who had not run jobfit on its documents. The "tuned" sets have
 * since been read miss by miss to find rules; the "checked" sets only ever by their summary
 * line, so they tell how a rule holds on documents nobody tuned on. Keep it so: fix what a tuned
 * set's miss reveals, and read a checked set's figure, not its rows. The sets live here, not
 * beside the corpus, so that they outlast the machine they were written on.
 *
 * Floors are the figures measured on 2026-12-07 less a small margin; raise them as readings improve.
 * Raised 2026-12-08: resumes-tuned skills 0.69/0.84 -> 0.72/0.85, months 31 -> 33 of 38, degrees
 * 35 -> 37 of 38; resumes-checked precision 0.79 -> 0.80; jobs-tuned 0.89/0.82/0.75 -> 0.90/0.82/0.77.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { devFinder, evaluateGold, ratio } from '../../scripts/dev-job.js';
import { hasShared, jobfit, repoRoot, sharedDir, skipLine } from '../helpers/cli.js';
import { nameHits, norm, printTable } from '../helpers/gold.js';

const goldRoot = path.join(repoRoot, 'test/corpus/gold');

const JOB_FLOORS = {
  'jobs-tuned': { required: 0.88, preferred: 0.8, anywhere: 0.74, forbidden: 3 },
  'jobs-checked': { required: 0.82, preferred: 0.5, anywhere: 0.45, forbidden: 2 },
};
const RESUME_FLOORS = {
  'resumes-tuned': { recall: 0.7, precision: 0.82, traps: 1, months: 0.84, education: 0.95 },
  'resumes-checked': { recall: 0.68, precision: 0.77, traps: 3, months: 0.75, education: 0.9 },
};

interface GoldResume {
  file: string;
  reference_date?: string | null;
  skills?: string[][];
  traps?: string[];
  experience_months?: number | null;
  education?: string | null;
}

if (!hasShared) skipLine('hand-read postings and resumes corpus test');

describe.skipIf(!hasShared)('postings read by hand for this project', () => {
  const { finder, isKnownSkill, phrases } = hasShared ? devFinder() : ({} as ReturnType<typeof devFinder>);

  it.each(Object.entries(JOB_FLOORS))('%s', (set, floor) => {
    const { rows, tally } = evaluateGold(finder, isKnownSkill, phrases, path.join(goldRoot, set));
    const line = `${set}: required ${ratio(tally.req).toFixed(2)} preferred ${ratio(tally.pref).toFixed(2)} anywhere ${ratio(tally.any).toFixed(2)} forbidden ${tally.forb} years ${ratio(tally.years).toFixed(2)} education ${ratio(tally.edu).toFixed(2)} over ${rows.length} postings`;
    if (set.endsWith('checked')) console.log(line);
    else printTable(line, rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(ratio(tally.req)).toBeGreaterThanOrEqual(floor.required);
    expect(ratio(tally.pref)).toBeGreaterThanOrEqual(floor.preferred);
    expect(ratio(tally.any)).toBeGreaterThanOrEqual(floor.anywhere);
    expect(tally.forb).toBeLessThanOrEqual(floor.forbidden);
  });
});

describe.skipIf(!hasShared)('resumes read by hand for this project', () => {
  it.each(Object.entries(RESUME_FLOORS))('%s', (set, floor) => {
    const dir = path.join(goldRoot, set);
    let tpR = 0, nR = 0, tpP = 0, nP = 0, traps = 0, okM = 0, nM = 0, okE = 0, nE = 0;
    const rows: string[] = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
      const gold = parse(readFileSync(path.join(dir, name), 'utf8')) as GoldResume;
      const args = ['resume', path.join(sharedDir, 'corpus/resumes', gold.file), '--format', 'json', ...(gold.reference_date ? ['--as-of', String(gold.reference_date)] : [])];
      const r = jobfit(args);
      const read = r.status === 0 ? (JSON.parse(r.stdout) as { skills: { name: string }[]; experience?: { totalMonths?: number }; education?: { level: string }[] }) : null;
      const row = [gold.file];
      if (gold.skills) {
        const skills = read?.skills.map((s) => s.name) ?? [];
        const found = gold.skills.filter((g) => skills.some((s) => nameHits(s, g)));
        const correct = skills.filter((s) => gold.skills!.some((g) => nameHits(s, g)));
        const trapped = (gold.traps ?? []).filter((t) => skills.some((s) => norm(s) === norm(t)));
        tpR += found.length; nR += gold.skills.length; tpP += correct.length; nP += skills.length; traps += trapped.length;
        row.push(`skills ${found.length}/${gold.skills.length} ${correct.length}/${skills.length}`);
      }
      if (gold.experience_months != null) {
        const months = read?.experience?.totalMonths ?? null;
        const good = months !== null && Math.abs(months - gold.experience_months) <= 6;
        nM++; okM += Number(good);
        row.push(`months ${months} vs ${gold.experience_months}${good ? '' : ' ✗'}`);
      }
      if (gold.education) {
        const order = ['none', 'high_school', 'associate', 'bachelor', 'master', 'phd'];
        const best = (read?.education ?? []).map((e) => e.level).reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'none');
        nE++; okE += Number(best === gold.education);
        row.push(`edu ${best} vs ${gold.education}${best === gold.education ? '' : ' ✗'}`);
      }
      rows.push(row.join(' · '));
    }
    const recall = nR ? tpR / nR : 1;
    const precision = nP ? tpP / nP : 1;
    const line = `${set}: skills recall ${recall.toFixed(2)} precision ${precision.toFixed(2)} traps ${traps}; months within 6 on ${okM}/${nM}; education ${okE}/${nE} over ${rows.length} resumes`;
    if (set.endsWith('checked')) console.log(line);
    else printTable(line, rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(recall).toBeGreaterThanOrEqual(floor.recall);
    expect(precision).toBeGreaterThanOrEqual(floor.precision);
    expect(traps).toBeLessThanOrEqual(floor.traps);
    expect(okM / nM).toBeGreaterThanOrEqual(floor.months);
    expect(okE / nE).toBeGreaterThanOrEqual(floor.education);
  }, 300_000);
});
