/**
 * --verbose: on stderr, which reader or engine read each file and the time of each step;
 * stdout is the same report, byte for byte, so JSON on stdout stays clean.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatchReport, ScoreReport } from '../../src/types.js';
import { fixture, jobfit } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const JOB = fixture('jobs/senior_backend_engineer.txt');
const PDF = fixture('resumes/dana_okafor.pdf');
const DOCX = fixture('resumes/rafael_quintero.docx');
const TXT = fixture('resumes/kenji_albright.txt');
const ms = String.raw`[\d.]+ ms`;

describe('jobfit score --verbose', () => {
  const args = ['score', JOB, PDF, DOCX, TXT, fixture('bad/scanned.pdf'), '--format', 'json', '--as-of', '2026-11'];
  const plain = jobfit(args);
  const verbose = jobfit([...args, '--verbose']);

  it('leaves stdout alone: the same JSON, which parses and validates', () => {
    expect(verbose.status).toBe(plain.status);
    expect(verbose.stdout).toBe(plain.stdout);
    const report = JSON.parse(verbose.stdout) as ScoreReport;
    expect(schemaErrors('score', report)).toEqual([]);
    expect(report.candidates.every((c) => Array.isArray(c.advice) && c.advice.length === c.suggestions?.length)).toBe(true);
  });

  it('names the reader of each file and the time of each step on stderr', () => {
    expect(verbose.stderr).toMatch(new RegExp(String.raw`senior_backend_engineer\.txt: read by text · setup ${ms} · extract ${ms} · normalize ${ms} · analyse ${ms}`));
    expect(verbose.stderr).toMatch(new RegExp(String.raw`dana_okafor\.pdf: read by plain-pdf · extract ${ms} · normalize ${ms} · analyse ${ms} · score ${ms}`));
    expect(verbose.stderr).toMatch(new RegExp(String.raw`rafael_quintero\.docx: read by docx · extract ${ms}`));
    expect(verbose.stderr).toMatch(new RegExp(String.raw`kenji_albright\.txt: read by text · extract ${ms}`));
    expect(verbose.stderr).toMatch(new RegExp(String.raw`scanned\.pdf: not read \(NO_TEXT\) · extract ${ms}`));
    expect(verbose.stderr).toMatch(new RegExp(String.raw`4 files · rank ${ms} · total ${ms}`));
    // Without the flag, none of it.
    expect(plain.stderr).not.toMatch(/read by|extract [\d.]+ ms/);
  });

  it('marks what the cache answered', () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'jobfit-verbose-')), 'cache');
    const run = () => jobfit(['score', JOB, PDF, '--format', 'json', '--as-of', '2026-11', '--cache', cache, '--verbose']);
    const first = run();
    const second = run();
    expect(first.stderr).toMatch(/dana_okafor\.pdf: read by plain-pdf · extract/);
    expect(second.stderr).toMatch(new RegExp(String.raw`dana_okafor\.pdf: read by plain-pdf \(cached analysis\) · cache ${ms} · score ${ms}`));
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('jobfit resume and match --verbose', () => {
  it('resume: the reader and the steps on stderr, the JSON on stdout', () => {
    const r = jobfit(['resume', DOCX, '--format', 'json', '--as-of', '2026-11', '--verbose']);
    expect(r.status).toBe(0);
    expect(schemaErrors('resume', JSON.parse(r.stdout))).toEqual([]);
    expect(r.stderr).toMatch(new RegExp(String.raw`rafael_quintero\.docx: read by docx · extract ${ms} · normalize ${ms} · analyse ${ms}`));
  });

  it('match: the resume once, then each posting with its reader and steps; advice beside suggestions', () => {
    const r = jobfit(['match', PDF, fixture('jobs'), '--format', 'json', '--as-of', '2026-11', '--verbose']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as MatchReport;
    expect(schemaErrors('match', report)).toEqual([]);
    for (const p of report.postings) expect(p.advice?.length ?? 0).toBe(p.suggestions?.length ?? 0);
    expect(report.postings.some((p) => p.advice?.length)).toBe(true);
    expect(r.stderr).toMatch(new RegExp(String.raw`dana_okafor\.pdf: read by plain-pdf · setup ${ms} · extract ${ms} · normalize ${ms} · analyse ${ms}`));
    expect(r.stderr).toMatch(new RegExp(String.raw`data_analyst\.md: read by markdown · extract ${ms} · normalize ${ms} · analyse ${ms} · score ${ms}`));
    expect(r.stderr).toMatch(/registered_nurse\.txt: read by text/);
  });
});
