/**
 * jobfit as a library, the way a project that installs it sees it: a temporary project whose
 * node_modules/jobfit links to this repo (package.json `exports`, the built dist/), where
 * `import { score } from 'jobfit'` must give the CLI's report: same scores, same order.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../src/types.js';
import { fixture, hasShared, jobfit, repoRoot, sharedDir, skipLine } from '../helpers/cli.js';

const project = mkdtempSync(path.join(tmpdir(), 'jobfit-lib-'));
mkdirSync(path.join(project, 'node_modules'));
symlinkSync(repoRoot, path.join(project, 'node_modules/jobfit'), 'dir');
writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-jobfit', type: 'module', private: true }));
writeFileSync(
  path.join(project, 'run.mjs'),
  `import { score } from 'jobfit';
const [job, ...resumes] = process.argv.slice(2);
const report = await score(job, resumes, { asOf: '2026-11' });
process.stdout.write(JSON.stringify(report));
`,
);

function library(job: string, resumes: string[]): ScoreReport {
  const r = spawnSync(process.execPath, ['run.mjs', job, ...resumes], { cwd: project, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`library run exited ${r.status}\n${r.stderr}`);
  return JSON.parse(r.stdout) as ScoreReport;
}

function cli(job: string, resumes: string[]): ScoreReport {
  const r = jobfit(['score', job, ...resumes, '--format', 'json', '--as-of', '2026-11']);
  return JSON.parse(r.stdout) as ScoreReport;
}

const ranking = (report: ScoreReport) => report.candidates.map((c) => [c.source, c.score, c.rank]);

describe("import { score } from 'jobfit'", () => {
  it('gives the CLI report on the fixtures: same scores, same order, same object', () => {
    const job = fixture('jobs/senior_backend_engineer.txt');
    const fromLibrary = library(job, [fixture('resumes')]);
    const fromCli = cli(job, [fixture('resumes')]);
    expect(fromLibrary.candidates.length).toBeGreaterThan(3);
    expect(ranking(fromLibrary)).toEqual(ranking(fromCli));
    expect(fromLibrary).toEqual(fromCli);
  });

  it('rejects a posting it cannot use, as the CLI does', () => {
    const r = spawnSync(process.execPath, ['run.mjs', path.join(project, 'missing.txt'), fixture('resumes')], { cwd: project, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/UsageError|cannot read|NOT_FOUND/);
  });
});

if (!hasShared) skipLine('library e2e on corpus files');

describe.skipIf(!hasShared)("import { score } from 'jobfit' on corpus files", () => {
  it('gives the CLI scores and order on a mixed sample (PDF, DOCX, text)', () => {
    const resumes = ['pdf', 'docx', 'other'].flatMap((dir) => {
      const folder = path.join(sharedDir, 'corpus/resumes', dir);
      return readdirSync(folder).sort().slice(0, 3).map((f) => path.join(folder, f));
    });
    const job = path.join(sharedDir, 'corpus/jobs/seed_senior_backend_engineer.txt');
    const fromLibrary = library(job, resumes);
    const fromCli = cli(job, resumes);
    expect(fromLibrary.candidates.length + fromLibrary.errors.length).toBe(resumes.length);
    expect(ranking(fromLibrary)).toEqual(ranking(fromCli));
    expect(fromLibrary).toEqual(fromCli);
  });
});
