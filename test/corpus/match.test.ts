/**
 * `jobfit match` over every corpus posting: a registered nurse's resume gets a care posting
 * first, a backend engineer's a backend posting. Prints the top three of each.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatchReport } from '../../src/types.js';
import { hasShared, jobfit, sharedDir, skipLine } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

if (!hasShared) skipLine('jobfit match over the corpus postings');

const top = (resume: string): MatchReport => {
  const r = jobfit(['match', path.join(sharedDir, 'corpus/resumes', resume), path.join(sharedDir, 'corpus/jobs'), '--format', 'json', '--as-of', '2026-11']);
  // Postings with no requirements are reported as errors: exit 3.
  expect([0, 3]).toContain(r.status);
  const report = JSON.parse(r.stdout) as MatchReport;
  expect(schemaErrors('match', report)).toEqual([]);
  console.log(`${resume}:\n${report.postings.slice(0, 3).map((p) => `  ${p.rank}. ${path.basename(p.source)} ${p.score}`).join('\n')}`);
  return report;
};

describe.skipIf(!hasShared)('jobfit match over the corpus postings', () => {
  it('puts a care posting first for a registered nurse', () => {
    const first = top('pdf/livecareer_nurse_registered_14062078.pdf').postings[0]!;
    expect(`${first.title} ${path.basename(first.source)}`).toMatch(/nurs|health|care|cna/i);
  });

  it('puts a backend posting first for a backend engineer', () => {
    const first = top('pdf/resumematcher_template_single-column.pdf').postings[0]!;
    expect(`${first.title} ${path.basename(first.source)}`).toMatch(/backend/i);
  });
});
