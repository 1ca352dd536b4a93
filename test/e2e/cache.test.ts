import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('scores from stored analyses whose word index is missing or damaged as from sound ones', () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'jobfit-cache-e2e-')), 'cache');
    const inputs = [fixture('resumes')];
    const run = (...extra: string[]) => jobfit(['score', fixture('jobs', 'data_analyst.md'), ...inputs, '--format', 'json', '--as-of', '2026-11', '-j', '1', ...extra]).stdout;
    jobfit(['score', fixture('jobs', 'senior_backend_engineer.txt'), ...inputs, '--format', 'json', '--as-of', '2026-11', '-j', '1', '--cache', cache]);
    const expected = run();
    expect(run('--cache', cache)).toBe(expected);
    /** Rewrites every stored analysis (entries with a seed) with `change`. */
    const rewrite = (change: (index: Record<string, unknown>) => unknown) => {
      let changed = 0;
      for (const sub of readdirSync(cache)) {
        for (const name of readdirSync(path.join(cache, sub))) {
          const file = path.join(cache, sub, name);
          const entry = JSON.parse(readFileSync(file, 'utf8')) as { seed?: string; analysis?: { wordIndex?: unknown } };
          if (!entry.analysis?.wordIndex) continue;
          entry.analysis.wordIndex = change(entry.analysis.wordIndex as Record<string, unknown>);
          writeFileSync(file, JSON.stringify(entry));
          changed++;
        }
      }
      return changed;
    };
    // Offsets past the end of their lines, then an index of another shape.
    expect(rewrite((index) => ({ ...index, lines: (index.lines as number[][]).map((l) => l.map((x) => x + 1000)) }))).toBeGreaterThan(0);
    expect(run('--cache', cache)).toBe(expected);
    rewrite(() => ({ words: 'x', lines: 5 }));
    expect(run('--cache', cache)).toBe(expected);
  });
});
