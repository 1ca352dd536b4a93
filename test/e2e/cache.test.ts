import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, jobfit } from '../helpers/cli.js';

describe('jobfit score --cache', () => {
  it('gives the same report from the stored analyses as without a cache, for another posting and another month', () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'jobfit-cache-e2e-')), 'cache');
    const inputs = [fixture('resumes'), fixture('trust')];
    const run = (job: string, asOf: string, ...extra: string[]) => jobfit(['score', fixture('jobs', job), ...inputs, '--format', 'json', '--as-of', asOf, ...extra]).stdout;
    for (const jobs of ['-j 2', '-j 1']) {
      const j = jobs.split(' ');
      expect(run('senior_backend_engineer.txt', '2026-11', '--cache', cache, ...j)).toBe(run('senior_backend_engineer.txt', '2026-11', ...j));
      // The second posting is scored from the stored analyses.
      expect(run('data_analyst.md', '2026-11', '--cache', cache, ...j)).toBe(run('data_analyst.md', '2026-11', ...j));
      // Another month is another analysis (years run to "Present"), never a stale one.
      expect(run('data_analyst.md', '2025-01', '--cache', cache, ...j)).toBe(run('data_analyst.md', '2025-01', ...j));
    }
  });
});
