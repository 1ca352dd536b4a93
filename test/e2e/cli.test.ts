import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../src/types.js';
import { fixture, jobfit, repoRoot } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const JOB = fixture('jobs/senior_backend_engineer.txt');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'jobfit-e2e-'));

describe('jobfit --help', () => {
  it('shows commands, examples and exit codes', () => {
    const r = jobfit(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/score/);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes/);
  });

  it('rejects an unknown option with exit 2 and no stack trace', () => {
    const r = jobfit(['score', JOB, fixture('resumes'), '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('jobfit score', () => {
  it('ranks the bundled resumes as JSON that matches the schema, with nothing else on stdout', () => {
    const r = jobfit(['score', JOB, fixture('resumes'), '--format', 'json', '--as-of', '2026-11']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as ScoreReport;
    expect(schemaErrors('score', report)).toEqual([]);
    expect(report.candidates).toHaveLength(readdirSync(fixture('resumes')).length);
    expect(report.candidates.map((c) => c.rank)).toEqual(report.candidates.map((_, i) => i + 1));
    const scores = report.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives the same report from the worker pool as in-process', () => {
    const args = ['score', JOB, fixture('resumes'), fixture('trust'), '--format', 'json', '--as-of', '2026-11'];
    expect(jobfit([...args, '-j', '2']).stdout).toBe(jobfit([...args, '-j', '1']).stdout);
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(repoRoot, 'bin/jobfit.js')}" score "${JOB}" "${fixture('resumes')}" --format json | head -c 10`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout).toBe('{\n  "schem');
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('gives the same bytes for the same inputs', () => {
    const args = ['score', JOB, fixture('resumes'), '--format', 'json', '--as-of', '2026-11'];
    expect(jobfit(args).stdout).toBe(jobfit(args).stdout);
  });

  it('prints a ranking table without colour when stdout is not a terminal', () => {
    const r = jobfit(['score', JOB, fixture('resumes'), '--as-of', '2026-11']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Score/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('reports unreadable files as coded errors, scores the rest, and exits 3', () => {
    const r = jobfit(['score', JOB, fixture('bad'), fixture('resumes/kenji_albright.txt'), '--format', 'json']);
    expect(r.status).toBe(3);
    const report = JSON.parse(r.stdout) as ScoreReport;
    expect(schemaErrors('score', report)).toEqual([]);
    expect(report.candidates.map((c) => path.basename(c.source))).toEqual(['kenji_albright.txt']);
    const codes = Object.fromEntries(report.errors.map((e) => [path.basename(e.source), e.code]));
    expect(codes).toMatchObject({ 'empty.pdf': 'EMPTY', 'encrypted.pdf': 'ENCRYPTED', 'scanned.pdf': 'NO_TEXT', 'legacy.doc': 'UNSUPPORTED', 'truncated.pdf': 'UNREADABLE' });
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints one stderr line per unreadable file in table mode', () => {
    const r = jobfit(['score', JOB, fixture('bad/empty.pdf'), fixture('bad/encrypted.pdf'), fixture('resumes/kenji_albright.txt')]);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/empty\.pdf: EMPTY — /);
    expect(lines[1]).toMatch(/encrypted\.pdf: ENCRYPTED — /);
    expect(lines[2]).toBe('jobfit: 1 scored · 2 not scored (unreadable or missing) · 0 skipped (not a resume file type)');
    // Each once: the table counts them instead of repeating them.
    expect(r.stdout).toMatch(/2 files not scored \(one line each on stderr\)/);
    expect(r.stdout).not.toMatch(/EMPTY/);
  });

  it('exits 2 for a missing job file and for a posting with no requirements', () => {
    expect(jobfit(['score', 'nope.txt', fixture('resumes')]).status).toBe(2);
    const dir = tmp();
    writeFileSync(path.join(dir, 'empty-job.txt'), 'Hello\n\nWe are a nice company.\n');
    const r = jobfit(['score', path.join(dir, 'empty-job.txt'), fixture('resumes')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no requirements/);
  });

  it('gates on --min-score: exit 0 when all pass, 1 when one is below, 3 when a file is unreadable', () => {
    const cv = fixture('resumes/kenji_albright.txt');
    expect(jobfit(['score', JOB, cv, '--format', 'json', '--min-score', '0']).status).toBe(0);
    const below = jobfit(['score', JOB, cv, '--format', 'json', '--min-score', '99.9']);
    expect(below.status).toBe(1);
    expect(below.stderr).toMatch(/kenji_albright\.txt/);
    expect(jobfit(['score', JOB, cv, fixture('bad/empty.pdf'), '--format', 'json', '--min-score', '0']).status).toBe(3);
    // A failed gate wins over unreadable files: a pipeline always learns the verdict.
    expect(jobfit(['score', JOB, cv, fixture('bad/empty.pdf'), '--format', 'json', '--min-score', '99.9']).status).toBe(1);
    expect(jobfit(['score', JOB, cv, '--min-score', '101']).status).toBe(2);
  });

  it('writes --output atomically and leaves no temporary file', () => {
    const dir = tmp();
    const out = path.join(dir, 'report.json');
    const r = jobfit(['score', JOB, fixture('resumes'), '--format', 'json', '--output', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(schemaErrors('score', JSON.parse(readFileSync(out, 'utf8')))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('streams one JSON object per line with --format jsonl', () => {
    const r = jobfit(['score', JOB, fixture('resumes'), fixture('bad/empty.pdf'), '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => 'score' in l)).toHaveLength(readdirSync(fixture('resumes')).length);
    expect(lines.at(-1)).toMatchObject({ error: { code: 'EMPTY' } });
  });
});

describe('shards', () => {
  it('N shards cover every file once and merge into the same ranking as one run', () => {
    const dir = tmp();
    const parts = [1, 2, 3].map((k) => {
      const out = path.join(dir, `part${k}.jsonl`);
      expect(jobfit(['score', JOB, fixture('resumes'), '--shard', `${k}/3`, '--format', 'jsonl', '--as-of', '2026-11', '-o', out]).status).toBe(0);
      return out;
    });
    const merged = jobfit(['merge', ...parts]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; rank: number; score: number });
    const whole = JSON.parse(jobfit(['score', JOB, fixture('resumes'), '--format', 'json', '--as-of', '2026-11']).stdout) as ScoreReport;
    expect(merged.map((c) => [c.rank, c.source, c.score])).toEqual(whole.candidates.map((c) => [c.rank, c.source, c.score]));
  });

  it('refuses a malformed shard', () => {
    expect(jobfit(['score', JOB, fixture('resumes'), '--shard', '4/3']).status).toBe(2);
  });
});

describe('jobfit job', () => {
  it('writes JSON that matches the schema', () => {
    const r = jobfit(['job', JOB, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(schemaErrors('job', JSON.parse(r.stdout))).toEqual([]);
  });

  it('round-trips through YAML: job → yaml → score equals job → score', () => {
    const dir = tmp();
    const yamlPath = path.join(dir, 'job.yaml');
    writeFileSync(yamlPath, jobfit(['job', JOB, '--format', 'yaml']).stdout);
    const direct = JSON.parse(jobfit(['score', JOB, fixture('resumes'), '--format', 'json', '--as-of', '2026-11']).stdout) as ScoreReport;
    const viaYaml = JSON.parse(jobfit(['score', yamlPath, fixture('resumes'), '--format', 'json', '--as-of', '2026-11']).stdout) as ScoreReport;
    expect(viaYaml.candidates).toEqual(direct.candidates);
  });

  it('rejects a hand-edited profile with an unknown field, naming the line', () => {
    const dir = tmp();
    const yamlPath = path.join(dir, 'job.yaml');
    const yaml = jobfit(['job', JOB, '--format', 'yaml']).stdout.replace(/^( +)weight: /m, '$1wieght: ');
    writeFileSync(yamlPath, yaml);
    const r = jobfit(['score', yamlPath, fixture('resumes')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/job\.yaml:\d+: .*wieght/);
  });
});

describe('user skills and configuration', () => {
  it('adds a skill from --skills and finds it in a resume', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'skills.yaml'), '- name: Zephyrion\n  aliases: [zephyrion db]\n  category: database\n');
    writeFileSync(path.join(dir, 'cv.txt'), 'Pat Lee\nEXPERIENCE\nEngineer, Acme, Jan 2020 - Present\nRan the Zephyrion DB cluster.\n');
    const r = jobfit(['resume', path.join(dir, 'cv.txt'), '--skills', path.join(dir, 'skills.yaml'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).skills.map((s: { name: string }) => s.name)).toContain('Zephyrion');
  });

  it('names a skill as the resume writes it, with the taxonomy name beside it in the table and the JSON', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'cv.txt'), 'Pat Lee\nEXPERIENCE\nStaff Accountant, Acme, Jan 2020 - Present\nClosed the books.\n\nSKILLS\nPeachtree, QuickBooks\n');
    const json = jobfit(['resume', path.join(dir, 'cv.txt'), '--format', 'json']);
    const peachtree = JSON.parse(json.stdout).skills.find((s: { name: string }) => s.name === 'Peachtree');
    expect(peachtree?.taxonomyName).toBe('Sage Accounting');
    const table = jobfit(['resume', path.join(dir, 'cv.txt')]);
    expect(table.stdout).toMatch(/Peachtree \(Sage\s/);
  });

  it('exits 2 naming the file and line of a bad skills entry or config key', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'skills.yaml'), '- name: Ok\n- name: Bad\n  colour: red\n');
    const bad = jobfit(['score', JOB, fixture('resumes'), '--skills', path.join(dir, 'skills.yaml')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/skills\.yaml:3: unknown field "colour"/);
    writeFileSync(path.join(dir, 'jobfit.yaml'), 'tierWeights:\n  requried: 50\n');
    const conf = jobfit(['score', JOB, fixture('resumes'), '--config', path.join(dir, 'jobfit.yaml')]);
    expect(conf.status).toBe(2);
    expect(conf.stderr).toMatch(/jobfit\.yaml:2: tierWeights\.requried: unknown setting/);
  });

  it('changes the score when the config changes the tier weights', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'jobfit.yaml'), 'tierWeights: { required: 10, preferred: 10, general: 80 }\n');
    const cv = fixture('resumes/kenji_albright.txt');
    const base = JSON.parse(jobfit(['score', JOB, cv, '--format', 'json', '--as-of', '2025-06']).stdout) as ScoreReport;
    const tuned = JSON.parse(jobfit(['score', JOB, cv, '--format', 'json', '--as-of', '2025-06', '--config', path.join(dir, 'jobfit.yaml')]).stdout) as ScoreReport;
    expect(tuned.candidates[0]!.score).not.toBe(base.candidates[0]!.score);
  });
});

describe('jobfit resume and text', () => {
  it('reads a DOCX resume into JSON that matches the schema', () => {
    const docx = readdirSync(fixture('resumes')).find((f) => f.endsWith('.docx'))!;
    const r = jobfit(['resume', fixture('resumes', docx), '--format', 'json', '--as-of', '2026-11']);
    expect(r.status).toBe(0);
    const profile = JSON.parse(r.stdout);
    expect(schemaErrors('resume', profile)).toEqual([]);
    expect(profile.skills.length).toBeGreaterThan(3);
  });

  it('prints normalized text of a PDF, and a coded error for a scanned one', () => {
    const pdf = readdirSync(fixture('resumes')).find((f) => f.endsWith('.pdf'))!;
    expect(jobfit(['text', fixture('resumes', pdf)]).stdout.length).toBeGreaterThan(200);
    const scanned = jobfit(['text', fixture('bad/scanned.pdf')]);
    expect(scanned.status).toBe(3);
    expect(scanned.stderr).toMatch(/NO_TEXT/);
  });
});
