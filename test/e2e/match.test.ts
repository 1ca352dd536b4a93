import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatchReport } from '../../src/types.js';
import { fixture, jobfit } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const NURSE = fixture('resumes/abigail_nwosu.pdf');
const BACKEND = fixture('resumes/kenji_albright.txt');
const JOBS = fixture('jobs');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'jobfit-match-'));
const asJson = (args: string[]) => JSON.parse(jobfit(['match', ...args, '--format', 'json', '--as-of', '2026-11']).stdout) as MatchReport;

describe('jobfit match', () => {
  it('ranks every posting for one resume as schema-valid JSON, with the resume as `jobfit resume` reads it', () => {
    const r = jobfit(['match', BACKEND, JOBS, '--format', 'json', '--as-of', '2026-11']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as MatchReport;
    expect(schemaErrors('match', report)).toEqual([]);
    expect(report.schemaVersion).toBe(1);
    expect(report.postings).toHaveLength(3);
    expect(report.postings.map((p) => p.rank)).toEqual([1, 2, 3]);
    const scores = report.postings.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(path.basename(report.postings[0]!.source)).toBe('senior_backend_engineer.txt');
    const resume = JSON.parse(jobfit(['resume', BACKEND, '--format', 'json', '--as-of', '2026-11']).stdout) as unknown;
    expect(report.resume).toEqual(resume);
  });

  it('puts the posting of the resume’s own field first, and not for another resume', () => {
    const nurse = asJson([NURSE, JOBS]);
    expect(path.basename(nurse.postings[0]!.source)).toBe('registered_nurse.txt');
    expect(path.basename(asJson([BACKEND, JOBS]).postings[0]!.source)).not.toBe('registered_nurse.txt');
  });

  it('lists each posting’s missing required items, and scores it as `score` does', () => {
    const report = asJson([BACKEND, fixture('jobs/registered_nurse.txt')]);
    const posting = report.postings[0]!;
    expect(posting.requirements.some((r) => r.tier === 'required' && r.status === 'missing')).toBe(true);
    const score = JSON.parse(jobfit(['score', fixture('jobs/registered_nurse.txt'), BACKEND, '--format', 'json', '--as-of', '2026-11']).stdout) as { candidates: { score: number; requirements: unknown[] }[] };
    expect(posting.score).toBe(score.candidates[0]!.score);
    expect(posting.requirements).toEqual(score.candidates[0]!.requirements);
    const csv = jobfit(['match', BACKEND, fixture('jobs/registered_nurse.txt'), '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('rank,title,file,score,required_met,required_total,preferred_met,preferred_total,years,min_years,missing_required');
    expect(csv[1]).toMatch(/Registered Nurse/);
  });

  it('reports unreadable postings and postings without requirements as coded errors, ranks the rest, and exits 3', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'hello.txt'), 'Hello\n\nWe are a nice company.\n');
    const r = jobfit(['match', BACKEND, JOBS, fixture('bad/empty.pdf'), path.join(dir, 'hello.txt')]);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/empty\.pdf: EMPTY — /);
    expect(lines[1]).toMatch(/hello\.txt: EMPTY — no requirements/);
    expect(lines[2]).toMatch(/3 scored · 2 not scored/);
    expect(r.stdout).toMatch(/Senior Backend Engineer/);
    const json = jobfit(['match', BACKEND, JOBS, fixture('bad/encrypted.pdf'), '--format', 'json']);
    expect(json.status).toBe(3);
    const report = JSON.parse(json.stdout) as MatchReport;
    expect(schemaErrors('match', report)).toEqual([]);
    expect(report.errors.map((e) => e.code)).toEqual(['ENCRYPTED']);
    expect(report.postings).toHaveLength(3);
  });

  it('exits 2 when the resume cannot be read', () => {
    const r = jobfit(['match', fixture('bad/empty.pdf'), JOBS]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/empty\.pdf: EMPTY/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('renders every format with the conventions of score', () => {
    const run = (format: string, ...extra: string[]) => jobfit(['match', BACKEND, JOBS, '--format', format, ...extra]);
    const jsonl = run('jsonl', fixture('bad/empty.pdf')).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(jsonl.filter((l) => 'score' in l)).toHaveLength(3);
    expect(jsonl.at(-1)).toMatchObject({ error: { code: 'EMPTY' } });
    const table = run('table', '--details');
    expect(table.stdout).toMatch(/Posting/);
    expect(table.stdout).not.toMatch(/\u001b\[/);
    expect(table.stdout).toMatch(/✗ required/);
    expect(run('markdown').stdout).toMatch(/^# Postings for Kenji Albright\n[\s\S]*\| 1 \| Senior Backend Engineer \|/);
    const html = run('html').stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/);
    expect(run('json', '--top', '1').stdout).toMatch(/"rank": 1/);
    expect((JSON.parse(run('json', '--top', '1').stdout) as MatchReport).postings).toHaveLength(1);
  });
});
