/**
 * End-to-end checks of what the three users see (issue 20): line numbers of the file, snippets
 * centred on the match, output fitted to the terminal, a ranking that explains itself, and a
 * CI contract (stderr lines, the gate, exit codes, path and config errors). Each spawns
 * bin/jobfit.js as a user would.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobProfile, ScoreReport } from '../../src/types.js';
import { fixture, jobfit, repoRoot } from '../helpers/cli.js';

const JOB = fixture('jobs/senior_backend_engineer.txt');
const AS_OF = ['--as-of', '2025-06'];
const tmp = () => mkdtempSync(path.join(tmpdir(), 'jobfit-ux-'));
const json = (args: string[], env?: Record<string, string>) => JSON.parse(jobfit([...args, '--format', 'json', ...AS_OF], env ? { env } : {}).stdout) as ScoreReport;

/** A posting and a resume with blank lines, so normalized and file line numbers differ. */
function blankLineCase(): { dir: string; job: string; cv: string } {
  const dir = tmp();
  const job = path.join(dir, 'job.txt');
  writeFileSync(job, 'Data Engineer\n\n\nAbout us\n\nWe build pipelines.\n\n\nRequirements\n\n- 3+ years of Python\n\n- Experience with Kubernetes\n');
  const cv = path.join(dir, 'cv.txt');
  const long = 'Dev Environment: analytics environment based on Docker and Terraform for the data platform team, standing up services in Python every quarter';
  writeFileSync(cv, `Pat Lee\n\n\nEXPERIENCE\n\nData Engineer, Acme, Jan 2019 - Present\n\n${long}\n`);
  return { dir, job, cv };
}

describe('line numbers are the file\'s', () => {
  it('posting and resume evidence name the line an editor shows, and keep the normalized one', () => {
    const { job, cv } = blankLineCase();
    const report = json(['score', job, cv]);
    const python = report.candidates[0]!.requirements.find((r) => r.anyOf.includes('Python'))!;
    expect(python.source).toMatchObject({ fileLine: 11 });
    expect(python.source!.line).toBeLessThan(11);
    expect(python.evidence[0]).toMatchObject({ page: 1, fileLine: 8 });
    expect(python.evidence[0]!.line).toBeLessThan(8);
    const table = jobfit(['score', job, cv, ...AS_OF]).stdout;
    expect(table).toMatch(/p\.1 line 8: /);
    expect(table).toMatch(/asked on line 13/);
    expect(jobfit(['job', job]).stdout).toMatch(/│ 11: 3\+ years/);
  });

  it('PDF evidence keeps its page and its line on that page', () => {
    const report = json(['score', JOB, fixture('resumes/dana_okafor.pdf')]);
    for (const r of report.candidates[0]!.requirements) {
      for (const e of r.evidence) {
        expect(e.page).toBeGreaterThanOrEqual(1);
        expect(e.fileLine).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('snippets', () => {
  it('are centred on the matched words, which are marked in Markdown and HTML', () => {
    const { job, cv } = blankLineCase();
    const table = jobfit(['score', job, cv, ...AS_OF]).stdout;
    // The match sits at the end of a long line: the snippet keeps it instead of cutting before it.
    expect(table.replace(/\s*│\s*/g, ' ')).toMatch(/"…[^"]*Python every quarter"/);
    expect(jobfit(['score', job, cv, '--format', 'markdown', ...AS_OF]).stdout).toMatch(/\*\*Python\*\* every quarter/);
    expect(jobfit(['score', job, cv, '--format', 'html', ...AS_OF]).stdout).toMatch(/<mark>Python<\/mark> every quarter/);
    const report = json(['score', job, cv]);
    const ev = report.candidates[0]!.requirements.find((r) => r.anyOf.includes('Python'))!.evidence[0]!;
    expect(ev.text.slice(ev.start, ev.end)).toBe('Python');
  });
});

describe('terminal width', () => {
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
  const args = ['score', JOB, fixture('resumes'), ...AS_OF];

  it('fits 80 columns when neither COLUMNS nor a terminal says otherwise', () => {
    expect(widest(jobfit(args).stdout)).toBeLessThanOrEqual(80);
  });

  it('stacks the ranking below 70 columns and wraps everything to the width', () => {
    const narrow = jobfit(args, { env: { COLUMNS: '60' } }).stdout;
    expect(narrow).not.toMatch(/┌/);
    expect(narrow).toMatch(/^1\. Dana Okafor {2}\d/m);
    expect(widest(narrow)).toBeLessThanOrEqual(60);
    const gap = jobfit(['score', JOB, fixture('resumes/kenji_albright.txt'), ...AS_OF], { env: { COLUMNS: '60' } }).stdout;
    expect(widest(gap)).toBeLessThanOrEqual(60);
    expect(gap).toMatch(/Suggestions\n {2}• /);
  });

  it('keeps a long path inside a narrow terminal: its start gives way', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'jobfit-ux-')), 'a-folder-name-long-enough-to-pass-sixty-columns');
    mkdirSync(dir);
    for (const name of ['dana_okafor.pdf', 'rafael_quintero.docx']) copyFileSync(fixture('resumes', name), path.join(dir, name));
    const narrow = jobfit(['score', JOB, dir, ...AS_OF], { env: { COLUMNS: '60' } }).stdout;
    expect(widest(narrow)).toBeLessThanOrEqual(60);
    expect(narrow).toMatch(/^ {3}….*\/rafael_quintero\.docx$/m);
  });

  it('uses a wide terminal: a File column, lines longer than 80', () => {
    const wide = jobfit(args, { env: { COLUMNS: '160' } }).stdout;
    expect(wide).toMatch(/│ File +│/);
    expect(widest(wide)).toBeGreaterThan(100);
    expect(widest(wide)).toBeLessThanOrEqual(160);
  });

  it('wraps suggestions at 80 columns too', () => {
    const gap = jobfit(['score', JOB, fixture('resumes/kenji_albright.txt'), ...AS_OF]).stdout;
    const suggestions = gap.slice(gap.indexOf('Suggestions'));
    expect(widest(suggestions)).toBeLessThanOrEqual(80);
  });
});

describe('the ranking explains itself', () => {
  it('shows the file beside the name and a legend for every mark', () => {
    const out = jobfit(['score', JOB, fixture('resumes'), fixture('trust'), '--must-have', 'all', ...AS_OF]).stdout;
    expect(out).toMatch(/Candidate \/ file/);
    expect(out).toMatch(/…dana_okafor\.pdf|resumes\/dana_okafor\.pdf/);
    expect(out).toMatch(/^=N a copy of the resume above it/m);
    expect(out).toMatch(/^✗ knocked out by --must-have all/m);
    expect(out).toMatch(/^! has warnings/m);
  });

  it('lists missing required items heaviest first', () => {
    const report = json(['score', JOB, fixture('resumes')]);
    const table = jobfit(['score', JOB, fixture('resumes'), ...AS_OF, '--format', 'csv']).stdout.split('\r\n');
    const cand = report.candidates[0]!;
    const missing = cand.requirements.filter((r) => r.tier === 'required' && r.status === 'missing');
    const heaviest = Math.max(...missing.map((r) => r.weight));
    const first = table[1]!.split(',')[10]!.replace(/^"/, '').split('; ')[0]!;
    expect(missing.find((r) => r.anyOf[0] === first)!.weight).toBe(heaviest);
  });

  it('marks knocked-out candidates and sorts them last', () => {
    const report = json(['score', JOB, fixture('resumes'), fixture('trust/honest.txt'), '--must-have', 'all']);
    const flags = report.candidates.map((c) => c.knockedOut === true);
    expect(flags.indexOf(true)).toBeGreaterThanOrEqual(0);
    expect(flags.slice(flags.indexOf(true)).every(Boolean)).toBe(true);
  });

  it('ranks a duplicate once, under its original, and counts x.txt and ./x.txt as one file', () => {
    const report = json(['score', JOB, fixture('trust/same-person.docx'), fixture('trust/same-person.pdf'), fixture('resumes/kenji_albright.txt')]);
    const copy = report.candidates.find((c) => c.duplicateOf)!;
    const original = report.candidates.find((c) => c.source === copy.duplicateOf)!;
    expect(copy.rank).toBe(original.rank);
    expect(report.candidates.indexOf(copy)).toBe(report.candidates.indexOf(original) + 1);
    expect(report.candidates.map((c) => c.rank)).toEqual([...new Set(report.candidates.map((c) => c.rank))].flatMap((r) => report.candidates.filter((c) => c.rank === r).map(() => r)));
    expect(jobfit(['score', JOB, fixture('trust/same-person.docx'), fixture('trust/same-person.pdf'), fixture('resumes/kenji_albright.txt'), ...AS_OF]).stdout).toMatch(/│ =\d+ +│/);

    const dir = tmp();
    writeFileSync(path.join(dir, 'x.txt'), 'Pat Lee\nEXPERIENCE\nEngineer, Acme, Jan 2020 - Present\nBuilt Python services on Kubernetes.\n');
    const twice = JSON.parse(jobfit(['score', JOB, 'x.txt', './x.txt', '.', '--format', 'json', ...AS_OF], { cwd: dir }).stdout) as ScoreReport;
    expect(twice.candidates.map((c) => c.source)).toEqual(['x.txt']);
  });
});

describe('inputs that are not what they seem', () => {
  it('warns with a code when the posting reads like a resume', () => {
    const r = jobfit(['score', fixture('resumes/kenji_albright.txt'), fixture('resumes/harold_pembrook.txt'), '--format', 'json', ...AS_OF]);
    expect(r.stderr).toMatch(/^jobfit: .*kenji_albright\.txt: NOT_A_POSTING — reads like a resume/m);
    expect((JSON.parse(r.stdout) as ScoreReport).job.warnings?.map((w) => w.code)).toEqual(['NOT_A_POSTING']);
    const job = jobfit(['job', JOB, '--format', 'json']);
    expect((JSON.parse(job.stdout) as JobProfile).warnings).toBeUndefined();
    expect(job.stderr).toBe('');
  });

  it('says which files of an unknown type a folder held, and counts them', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'cv.txt'), 'Pat Lee\nEXPERIENCE\nEngineer, Acme, Jan 2020 - Present\nBuilt Python services.\n');
    writeFileSync(path.join(dir, 'photo.png'), 'not really a png');
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'more', 'cv.pages'), 'x');
    const r = jobfit(['score', JOB, dir, '--format', 'json', ...AS_OF]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => / skipped — not a resume file type/.test(l))).toHaveLength(2);
    expect(r.stderr).toMatch(/photo\.png: skipped — not a resume file type \(\.png\)/);
    expect(lines.at(-1)).toBe('jobfit: 1 scored · 0 not scored (unreadable or missing) · 2 skipped (not a resume file type)');
  });
});

describe('CI contract', () => {
  const cv = fixture('resumes/kenji_albright.txt');
  it.each(['json', 'jsonl', 'markdown', 'html', 'csv', 'table'])('gives every unreadable or missing file one stderr line in %s', (format) => {
    const r = jobfit(['score', JOB, cv, fixture('bad/empty.pdf'), 'missing.pdf', '--format', format, ...AS_OF]);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => /empty\.pdf: EMPTY — /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /missing\.pdf: NOT_FOUND — /.test(l))).toHaveLength(1);
  });

  it('decides the gate on every candidate, prints it on stderr, and exits 1 even with unreadable files', () => {
    const passed = jobfit(['score', JOB, cv, '--format', 'json', '--min-score', '10', ...AS_OF]);
    expect(passed.status).toBe(0);
    expect(passed.stderr).toMatch(/^jobfit: gate --min-score 10 --gate any: passed — all 1 score 10 or more$/m);
    const failed = jobfit(['score', JOB, cv, fixture('bad/empty.pdf'), '--format', 'json', '--min-score', '90', ...AS_OF]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^jobfit: gate --min-score 90 --gate any: failed — 1 of 1 below 90: .*kenji_albright\.txt/m);
    const passedWithErrors = jobfit(['score', JOB, cv, fixture('bad/empty.pdf'), '--format', 'json', '--min-score', '10', ...AS_OF]);
    expect(passedWithErrors.status).toBe(3);
    expect(passedWithErrors.stderr).toMatch(/gate .*: passed/);
  });

  it('lets --top and --sort shape only what is shown', () => {
    const all = json(['score', JOB, fixture('resumes')]);
    // A gate the best candidate passes and the others fail, whatever the scores are today.
    const min = String(Math.floor(all.candidates[0]!.score));
    const below = all.candidates.filter((c) => c.score < Number(min)).length;
    expect(below).toBeGreaterThan(0);
    const r = jobfit(['score', JOB, fixture('resumes'), '--sort', 'name', '--top', '1', '--gate', 'best', '--min-score', min, '--format', 'json', ...AS_OF]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as ScoreReport;
    expect(report.candidates.map((c) => c.source)).toEqual([all.candidates[0]!.source]);
    const any = jobfit(['score', JOB, fixture('resumes'), '--top', '1', '--min-score', min, '--format', 'json', ...AS_OF]);
    expect(any.status).toBe(1);
    expect(any.stderr).toMatch(new RegExp(`failed — ${below} of ${all.candidates.length} below ${min}`));
    const sorted = json(['score', JOB, fixture('resumes'), '--sort', 'name', '--top', '3']);
    expect(sorted.candidates.map((c) => c.rank).sort()).toEqual([1, 2, 3]);
  });

  it('makes every -o path error a one-line usage error, exit 2, before any work', () => {
    const dir = tmp();
    for (const out of [dir, `${dir}/`, path.join(dir, 'no', 'such', 'folder.json'), path.join(JOB, 'x.json'), '/sys/x.json']) {
      const r = jobfit(['score', JOB, cv, '-o', out]);
      expect(r.status, out).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^jobfit: -o .*: (is a folder|cannot write the report \()/);
      expect(lines.slice(1).every((l) => l.startsWith('hint: '))).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('states the exit-code precedence in --help', () => {
    const help = jobfit(['score', '--help']).stdout;
    expect(help).toMatch(/Exit codes: 0 ok · 1 --min-score gate failed · 2 usage or configuration error · 3 some inputs unreadable/);
    expect(help).toMatch(/else 1 when the gate fails, even with unreadable\s+files/);
  });
});

describe('config values are checked like the flags, with file and line', () => {
  it('rejects asOf: 2026-13 in a config file as --as-of 2026-13 is rejected', () => {
    const dir = tmp();
    const conf = path.join(dir, 'jobfit.yaml');
    writeFileSync(conf, 'tierWeights:\n  required: 70\nasOf: 2026-13\n');
    const r = jobfit(['score', JOB, cv(), '--config', conf]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/jobfit\.yaml:3: asOf: expected YYYY-MM with a month from 01 to 12/);
    expect(jobfit(['score', JOB, cv(), '--as-of', '2026-13']).status).toBe(2);
  });

  it('names the line of a skill error inside a config file', () => {
    const dir = tmp();
    const conf = path.join(dir, 'jobfit.yaml');
    writeFileSync(conf, 'credit:\n  implied: 0.5\nskills:\n  - name: Zephyrion\n    category: wizardry\n');
    const r = jobfit(['score', JOB, cv(), '--config', conf]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/jobfit\.yaml:5: category "wizardry"/);
  });
});

describe('README', () => {
  it('runs its usage examples as written, with `jobfit` on the PATH', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /These run as written[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const commands = block.split('\n').filter((l) => l.startsWith('jobfit ')).map((l) => l.replace(/\s{2,}#.*$/, ''));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    // A folder like the repository's (its fixtures), and `jobfit` on the PATH as npm link puts it.
    const dir = tmp();
    symlinkSync(path.join(repoRoot, 'fixtures'), path.join(dir, 'fixtures'));
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin', 'jobfit'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(repoRoot, 'bin/jobfit.js')}" "$@"\n`);
    chmodSync(path.join(dir, 'bin', 'jobfit'), 0o755);
    for (const command of commands) {
      const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '', PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` } });
      // The gate example may fail its gate (exit 1): that is what it shows.
      expect(command.includes('--min-score') ? [0, 1] : [0], `${command}\n${r.stderr}`).toContain(r.status);
      expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
    }
  });
});

function cv(): string {
  return fixture('resumes/kenji_albright.txt');
}
