/**
 * One `jobfit score` run over a folder of broken, hostile and random inputs plus good
 * resumes, through the built CLI and its worker pool: the batch must finish, report every
 * bad file with a code, and still score the good ones. Seeded, so a failure reproduces.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, jobfit } from '../helpers/cli.js';
import { prng } from '../helpers/prng.js';

const SEED = 20240611;
const CODES = new Set(['UNREADABLE', 'EMPTY', 'NO_TEXT', 'UNSUPPORTED', 'TOO_LARGE', 'TIMEOUT', 'ENCRYPTED', 'NOT_FOUND']);
/** The whole run must end well inside the one-minute CI budget. */
const BUDGET_MS = 50_000;

function randomBytes(rand: () => number, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

function flipBits(rand: () => number, bytes: Buffer, flips: number): Buffer {
  const out = Buffer.from(bytes);
  // Leave the magic bytes alone so the file still reaches its format's reader.
  for (let i = 0; i < flips; i++) {
    const at = 8 + Math.floor(rand() * (out.length - 8));
    out[at] = out[at]! ^ (1 << Math.floor(rand() * 8));
  }
  return out;
}

/** A small valid DOCX whose central directory claims a ~4 GB part: refused before inflating. */
async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>Python</w:t></w:r></w:p>'.repeat(2000)}</w:body></w:document>`);
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  for (let p = 0; p + 46 <= bytes.length; p++) {
    if (bytes.readUInt32LE(p) === 0x02014b50) bytes.writeUInt32LE(0xfffffff0, p + 24);
  }
  return bytes;
}

interface Inputs {
  dir: string;
  /** Files that must come back as errors, with the codes each may get. */
  bad: Map<string, Set<string>>;
  /** Mutated copies of real documents: a lenient parser may still read them. */
  either: string[];
  good: string[];
  /** Extra paths named on the command line (outside the folder walk). */
  named: string[];
}

async function buildInputs(root: string): Promise<Inputs> {
  const rand = prng(SEED);
  const dir = join(root, 'resumes');
  mkdirSync(dir);
  const bad = new Map<string, Set<string>>();
  const either: string[] = [];
  const good: string[] = [];
  const named: string[] = [];
  const put = (name: string, bytes: Buffer | string): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const expectBad = (path: string, ...codes: string[]): void => void bad.set(path, new Set(codes));

  for (const ext of ['pdf', 'docx', 'odt', 'txt', 'md', 'rtf']) {
    expectBad(put(`random.${ext}`, randomBytes(rand, 200 + Math.floor(rand() * 4000))), 'UNREADABLE', 'UNSUPPORTED');
  }
  for (const ext of ['pdf', 'docx', 'txt']) expectBad(put(`empty.${ext}`, ''), 'EMPTY');
  expectBad(put('bomb.docx', await zipBomb()), 'TOO_LARGE');

  const docs = ['abigail_nwosu.pdf', 'dana_okafor.pdf', 'leona_marchetti.pdf', 'rafael_quintero.docx', 'tomasz_wielgosz.docx'];
  for (const name of docs) {
    const bytes = readFileSync(fixture('resumes', name));
    const stem = name.replace(/\.\w+$/, '');
    const ext = name.slice(stem.length);
    // A package cut anywhere loses its central directory, so it can never be read.
    const cut = put(`${stem}.cut-half${ext}`, bytes.subarray(0, Math.floor(bytes.length / 2)));
    if (ext === '.docx') expectBad(cut, 'UNREADABLE');
    else either.push(cut);
    either.push(put(`${stem}.cut-tenth${ext}`, bytes.subarray(0, Math.floor(bytes.length / 10))));
    either.push(put(`${stem}.flip-few${ext}`, flipBits(rand, bytes, 4)));
    either.push(put(`${stem}.flip-many${ext}`, flipBits(rand, bytes, 400)));
  }

  // A folder that links back to its parent: the walk must neither loop nor list files twice.
  mkdirSync(join(dir, 'nested'));
  symlinkSync('..', join(dir, 'nested', 'loop'));

  good.push(join(dir, 'kenji_albright.txt'), join(dir, 'dana_okafor.pdf'));
  copyFileSync(fixture('resumes', 'kenji_albright.txt'), good[0]!);
  copyFileSync(fixture('resumes', 'dana_okafor.pdf'), good[1]!);

  const locked = put('locked.pdf', readFileSync(fixture('resumes', 'abigail_nwosu.pdf')));
  if (process.getuid?.() === 0) {
    // root reads through chmod 000, so a locked file would simply be scored.
    console.log('SKIP chmod 000 case: running as root, which ignores file permissions; covering unreadable paths with a dangling link and a FIFO instead');
    either.push(locked);
  } else {
    chmodSync(locked, 0o000);
    expectBad(locked, 'UNREADABLE', 'NOT_FOUND');
  }
  const dangling = join(root, 'dangling.pdf');
  symlinkSync(join(root, 'nowhere.pdf'), dangling);
  expectBad(dangling, 'NOT_FOUND');
  named.push(dangling);
  const fifo = join(root, 'pipe.txt');
  if (spawnSync('mkfifo', [fifo]).status === 0) {
    expectBad(fifo, 'UNSUPPORTED', 'UNREADABLE');
    named.push(fifo);
  } else console.log('SKIP FIFO case: mkfifo is not available');

  return { dir, bad, either, good, named };
}

interface ScoreJson {
  candidates: { source: string; score: number }[];
  errors: { source: string; code: string; message: string }[];
}

describe('batch fuzz', () => {
  let root: string;
  let inputs: Inputs;
  let run: { status: number | null; stdout: string; stderr: string; ms: number };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jobfit-fuzz-'));
    inputs = await buildInputs(root);
    const started = Date.now();
    const result = jobfit(['score', fixture('jobs', 'senior_backend_engineer.txt'), inputs.dir, ...inputs.named, '--format', 'json']);
    run = { ...result, ms: Date.now() - started };
  }, 120_000);

  afterAll(() => {
    if (root) {
      spawnSync('chmod', ['-R', 'u+rwX', root]);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finishes in its time budget with exit code 3 and no stack trace', () => {
    expect(run.status, run.stderr).toBe(3);
    expect(run.ms).toBeLessThan(BUDGET_MS);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stderr).not.toMatch(/unexpected error/);
  });

  it('prints one valid JSON document', () => {
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('reports every bad file as an error with a known code', () => {
    const report = JSON.parse(run.stdout) as ScoreJson;
    const errors = new Map(report.errors.map((e) => [e.source, e]));
    for (const e of report.errors) expect(CODES, `${e.source}: ${e.code}`).toContain(e.code);
    for (const [path, codes] of inputs.bad) {
      const error = errors.get(path);
      expect(error, `${basename(path)} should be an error`).toBeDefined();
      expect([...codes], `${basename(path)} got ${error?.code}`).toContain(error!.code);
      expect(error!.message.length).toBeGreaterThan(0);
    }
  });

  it('still scores the good resumes', () => {
    const report = JSON.parse(run.stdout) as ScoreJson;
    const scored = new Set(report.candidates.map((c) => c.source));
    for (const path of inputs.good) expect(scored, basename(path)).toContain(path);
  });

  it('accounts for every input exactly once, even through the symlink loop', () => {
    const report = JSON.parse(run.stdout) as ScoreJson;
    const seen = [...report.candidates.map((c) => c.source), ...report.errors.map((e) => e.source)];
    expect(new Set(seen).size).toBe(seen.length);
    const expected = [...inputs.bad.keys(), ...inputs.either, ...inputs.good].sort();
    expect([...seen].sort()).toEqual(expected);
  });
});
