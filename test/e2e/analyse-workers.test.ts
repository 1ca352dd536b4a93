/**
 * A large batch is read, analysed and scored in the worker threads, and this thread only merges
 * their reports (src/batch/analyse-worker.ts). The report must be byte for byte the one of a
 * run done in this thread: through the cache too (a first posting stores each analysis in a
 * worker, a second one scores the stored analyses there), and with a file that cannot be read.
 * The fixtures are too few for a large batch, so the built library is asked to analyse in the
 * workers (BatchOptions.analyseInWorkers): in all of them, or in one beside a reader ('some').
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, repoRoot } from '../helpers/cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'jobfit-analyse-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const resumes = path.join(work, 'resumes');
const script = path.join(work, 'run.mjs');

writeFileSync(
  script,
  `import { startScoring, rank, defaultSettings } from ${JSON.stringify(path.join(repoRoot, 'dist/index.js'))};
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const [job, dir, mode, cacheDir] = process.argv.slice(2);
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const options = mode === 'workers' ? { concurrency: 2, analyseInWorkers: true } : mode === 'some' ? { concurrency: 2, analyseInWorkers: 'some' } : { concurrency: 1 };
const scoring = await startScoring(job, files, defaultSettings({ asOf: '2026-11' }), { ...options, cacheDir: cacheDir || undefined });
const { candidates, errors } = await scoring.finish();
process.stdout.write(JSON.stringify({ candidates: rank(candidates), errors }));
`,
);

function run(job: string, mode: 'workers' | 'some' | 'here', cacheDir = ''): string {
  const r = spawnSync(process.execPath, [script, job, resumes, mode, cacheDir], { encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`run exited ${r.status}\n${r.stderr}`);
  return r.stdout;
}

describe('a batch analysed and scored in the workers', () => {
  // Every fixture resume, and one file that is not a resume at all.
  const dir = fixture('resumes');
  mkdirSync(resumes);
  for (const name of readdirSync(dir)) copyFileSync(path.join(dir, name), path.join(resumes, name));
  writeFileSync(path.join(resumes, 'broken.pdf'), '%PDF-1.4 this is not a pdf');
  const backend = fixture('jobs', 'senior_backend_engineer.txt');
  const other = path.join(fixture('jobs'), readdirSync(fixture('jobs')).find((f) => f.endsWith('.txt') && !f.startsWith('senior_backend'))!);

  it('gives the report of a run in this thread, with the unreadable file as a coded error', () => {
    const here = run(backend, 'here');
    expect(run(backend, 'workers')).toBe(here);
    // One worker reading for this thread, one analysing files of its own (two cores, a large batch).
    expect(run(backend, 'some')).toBe(here);
    const parsed = JSON.parse(here) as { errors: { source: string; code: string }[] };
    expect(parsed.errors.map((e) => path.basename(e.source))).toContain('broken.pdf');
  }, 240_000);

  it('stores analyses in the workers and scores a second posting from them, as this thread would', () => {
    const cache = path.join(work, 'cache');
    expect(run(backend, 'workers', cache)).toBe(run(backend, 'here'));
    expect(run(other, 'workers', cache)).toBe(run(other, 'here'));
    const mixed = path.join(work, 'cache-some');
    expect(run(backend, 'some', mixed)).toBe(run(backend, 'here'));
    expect(run(other, 'some', mixed)).toBe(run(other, 'here'));
  }, 240_000);
});
