/**
 * Corpus check of resume structure on a fixed sample of the livecareer pool
 * (../shared/corpus/livecareer, 2,484 real resumes, names and employers replaced by
 * "Company Name", "City , State"): how many get a dated position, months of experience and
 * a degree, and how few get a "name" (the pool is anonymised, so a name read there is mostly
 * a job title or a heading: "Sous Chef", "Career Overview").
 *
 * The sample is every file whose sha256 of its name starts with 0 (about one in 16, ~155
 * files), so it stays the same as the pool and the code change. Floors are the measured
 * rates less a small margin; raise them as the readings improve.
 */
import { describe, expect, it } from 'vitest';
import { countStructure } from '../helpers/structure-counts.js';
import { hasLivecareer, livecareerPool, livecareerSample } from '../helpers/livecareer-sample.js';

/**
 * Measured on this sample (165 files): positions 165, months 160, degree 158 (156 before "MA :
 * Field", "AA : Field", "Associate : Field" and "B.A University" were read; 147 before
 * "B.S : Field", "M.S : Field", "A.A : Field" and "J.D." were read; 145 before "BA : Field"
 * and "Batchelor of"), names 2 (both
 * real names; before the name rule was built from data: 45, nearly all titles and headings).
 */
const MIN_POSITIONS = 0.98;
const MIN_MONTHS = 0.94;
const MIN_DEGREE = 0.96;
const MAX_NAMES = 0.03;

if (!hasLivecareer) console.log(`skipping livecareer corpus test: ${livecareerPool} not found`);

describe.skipIf(!hasLivecareer)('resume structure on a fixed livecareer sample', () => {
  it(`positions ≥ ${MIN_POSITIONS}, months ≥ ${MIN_MONTHS}, degree ≥ ${MIN_DEGREE}, names ≤ ${MAX_NAMES}`, async () => {
    const files = livecareerSample();
    let named = 0;
    const namedRows: string[] = [];
    const { read, positions, months, degree } = await countStructure(livecareerPool, files, '2026-11', (file, s) => {
      if (!s.name) return;
      named++;
      namedRows.push(`${file}: ${s.name}`);
    });
    const share = (n: number): number => (read ? n / read : 0);
    console.log(
      `livecareer sample: ${read}/${files.length} read; positions ${positions}, months ${months}, degree ${degree}, names ${named}` +
        (namedRows.length ? `\n  named: ${namedRows.join('; ')}` : ''),
    );
    expect(read).toBeGreaterThanOrEqual(100);
    expect(share(positions)).toBeGreaterThanOrEqual(MIN_POSITIONS);
    expect(share(months)).toBeGreaterThanOrEqual(MIN_MONTHS);
    expect(share(degree)).toBeGreaterThanOrEqual(MIN_DEGREE);
    expect(share(named)).toBeLessThanOrEqual(MAX_NAMES);
  }, 60_000);
});
