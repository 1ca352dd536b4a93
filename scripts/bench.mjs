#!/usr/bin/env node
/**
 * Benchmarks jobfit on this machine (run `npm run bench`, which builds first):
 *  (a) scoring the PDF corpus vs a sequential `pdftotext` loop over the same files, and (a')
 *      the same files four times over;
 *  (b) files/s and peak RSS on ~1,000 resumes, without and with a warm --cache;
 *  (c) start-up: `jobfit score job.txt cv.txt` and `--help` vs `node -e 0` (medians);
 *  (d) matcher cost on 1 MB of resume text, line by line (should grow linearly);
 *  (e) recruiter scale, on the livecareer PDFs: a cold score beside the pdftotext loop, the
 *      first posting with --cache against a second one from the cache, peak RSS at 1,000 and
 *      at all of them.
 * Options: --files N (size of run b, default 1000), --runs N (start-up repeats, default 9),
 * --only scale (run e alone), --skip-pdftotext (in e: no pdftotext loop, ~80 s of one core).
 * Timed commands that are compared take turns (interleaved), so a slow spell of a shared
 * machine does not fall on one side of a ratio.
 * Uses ../shared/corpus when present, else fixtures/ only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/jobfit.js');
const shared = resolve(root, '../shared/corpus');
const hasShared = existsSync(shared);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const manyFiles = option('--files', 1000);
const runs = option('--runs', 9);

const job = hasShared ? join(shared, 'jobs/seed_senior_backend_engineer.txt') : join(root, 'fixtures/jobs/senior_backend_engineer.txt');
const pdfDir = hasShared ? join(shared, 'resumes/pdf') : join(root, 'fixtures/resumes');
const docxDir = hasShared ? join(shared, 'resumes/docx') : join(root, 'fixtures/resumes');
const listFiles = (dir, ext) => readdirSync(dir).filter((f) => f.toLowerCase().endsWith(ext)).sort().map((f) => join(dir, f));
const pdfs = listFiles(pdfDir, '.pdf');
const docxs = listFiles(docxDir, '.docx');
const textCv = join(root, 'fixtures/resumes/kenji_albright.txt');
const textJob = join(root, 'fixtures/jobs/senior_backend_engineer.txt');

const rows = [];
const row = (what, value, note = '') => {
  rows.push([what, value, note]);
  process.stderr.write(`  ${what}: ${value}${note ? `  (${note})` : ''}\n`);
};
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one command, output discarded; throws when it fails unexpectedly. */
function timed(cmd, cmdArgs, okStatus = [0, 3]) {
  const started = performance.now();
  const r = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (r.error) throw r.error;
  if (!okStatus.includes(r.status)) throw new Error(`${cmd} ${cmdArgs.slice(0, 3).join(' ')}… exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return ms;
}

const hasTimeV = spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Wall time and peak RSS (MB) of a jobfit run; worker threads share the process, so one RSS covers them. */
function measured(cliArgs) {
  if (hasTimeV) {
    const started = performance.now();
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const ms = performance.now() - started;
    if (![0, 3].includes(r.status)) throw new Error(`jobfit exited ${r.status}: ${String(r.stderr).slice(-400)}`);
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(String(r.stderr))?.[1] ?? NaN);
    return { ms, rssMb: kb / 1024 };
  }
  // No GNU time: a wrapper runs the CLI in-process and reports its own peak RSS.
  const wrapper = `process.argv.splice(1, 1); process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n')); await import(${JSON.stringify(cli)});`;
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, 'jobfit', ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  const kb = Number(/MAXRSS (\d+)/.exec(String(r.stderr))?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024 };
}

console.error(`jobfit bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);
if (!hasShared) console.error(`note: ${shared} not found; benching on fixtures/ only`);

if (args.includes('--only') && args[args.indexOf('--only') + 1] === 'scale') {
  await benchScale();
  printTable();
  process.exit(0);
}

// (a) PDF corpus vs pdftotext, interleaved so that both see the machine in the same state
console.error(`\n(a) ${pdfs.length} PDFs from ${pdfDir}`);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const jobfitPdf = () => timed(process.execPath, [cli, 'score', job, pdfDir, '--format', 'json']);
const popplerLoop = () => pdfs.reduce((sum, f) => sum + timed('pdftotext', [f, '-'], [0, 1, 2, 3]), 0);
// Five rounds: on a shared machine one round can be 20% off either way.
const pdfRounds = 5;
const jobfitTimes = [];
const popplerTimes = [];
for (let round = 0; round < pdfRounds; round++) {
  jobfitTimes.push(jobfitPdf());
  if (hasPdftotext) popplerTimes.push(popplerLoop());
}
const jobfitPdfMs = Math.min(...jobfitTimes);
row(`jobfit score PDFs (best of ${pdfRounds})`, secs(jobfitPdfMs), `${(jobfitPdfMs / pdfs.length).toFixed(0)} ms/file; all: ${jobfitTimes.map(secs).join(', ')}`);
if (hasPdftotext) {
  const popplerMs = Math.min(...popplerTimes);
  row(`pdftotext loop (best of ${pdfRounds})`, secs(popplerMs), `${(popplerMs / pdfs.length).toFixed(0)} ms/file; all: ${popplerTimes.map(secs).join(', ')}`);
  row('ratio jobfit / pdftotext', `${(jobfitPdfMs / popplerMs).toFixed(2)}×`, `goal ≤ 1.0×; median ratio ${(median(jobfitTimes) / median(popplerTimes)).toFixed(2)}×`);
} else {
  row('pdftotext loop', 'skipped', 'pdftotext missing: apt-get install poppler-utils (brew install poppler on macOS)');
}

const corpus = [...pdfs, ...docxs];
const work = mkdtempSync(join(tmpdir(), 'jobfit-bench-'));
try {
  // (a') the same PDFs four times over: what a batch costs once jobfit has started and warmed
  // up, which a 63-file run is too short to show (pdftotext starts afresh for every file).
  if (hasPdftotext) {
    const repeated = join(work, 'pdfs-x4');
    mkdirSync(repeated);
    for (let k = 0; k < 4; k++) for (const f of pdfs) symlinkSync(f, join(repeated, `${k}-${basename(f)}`));
    const files = readdirSync(repeated).map((f) => join(repeated, f));
    const times = { jobfit: [], pdftotext: [] };
    for (let round = 0; round < 2; round++) {
      times.jobfit.push(timed(process.execPath, [cli, 'score', job, repeated, '--format', 'json']));
      times.pdftotext.push(files.reduce((sum, f) => sum + timed('pdftotext', [f, '-'], [0, 1, 2, 3]), 0));
    }
    const [j, p] = [Math.min(...times.jobfit), Math.min(...times.pdftotext)];
    console.error(`\n(a') the same ${pdfs.length} PDFs four times over (${files.length} files)`);
    row(`jobfit / pdftotext, ${files.length} PDFs (best of 2)`, `${(j / p).toFixed(2)}×`, `${secs(j)} against ${secs(p)}`);
  }

  // (b) ~1,000 resumes, without and with a warm cache
  const many = join(work, 'resumes');
  mkdirSync(many);
  for (let i = 0; i < manyFiles; i++) {
    const src = corpus[i % corpus.length];
    symlinkSync(src, join(many, `${String(i).padStart(5, '0')}-${basename(src)}`));
  }
  console.error(`\n(b) ${manyFiles} resumes (${corpus.length} PDF+DOCX files repeated through symlinks)`);
  const cold = measured(['score', job, many, '--format', 'json']);
  row(`${manyFiles} files, no cache`, `${(manyFiles / (cold.ms / 1000)).toFixed(1)} files/s`, `${secs(cold.ms)}, peak RSS ${cold.rssMb.toFixed(0)} MB`);
  const cacheDir = join(work, 'cache');
  measured(['score', job, many, '--format', 'json', '--cache', cacheDir]);
  const warm = measured(['score', job, many, '--format', 'json', '--cache', cacheDir]);
  row(`${manyFiles} files, --cache (warm)`, `${(manyFiles / (warm.ms / 1000)).toFixed(1)} files/s`, `${secs(warm.ms)}, peak RSS ${warm.rssMb.toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// (c) start-up: the three commands take turns, so a slow spell of the machine hits them alike
console.error(`\n(c) start-up, median of ${runs}, interleaved`);
const startTimes = { bare: [], help: [], one: [] };
for (let i = 0; i < runs; i++) {
  startTimes.bare.push(timed(process.execPath, ['-e', '0']));
  startTimes.help.push(timed(process.execPath, [cli, '--help']));
  startTimes.one.push(timed(process.execPath, [cli, 'score', textJob, textCv]));
}
const [bare, help, one] = [median(startTimes.bare), median(startTimes.help), median(startTimes.one)];
row('node -e 0', `${bare.toFixed(0)} ms`);
row('jobfit --help', `${help.toFixed(0)} ms`, `${(help / bare).toFixed(1)}× node -e 0`);
row('jobfit score job.txt cv.txt', `${one.toFixed(0)} ms`, `${(one / bare).toFixed(1)}× node -e 0 (goal ≤ 5×)`);

// (d) matcher cost, linear in text size
console.error('\n(d) matcher on repeated resume text');
const { loadTaxonomy } = await import(join(root, 'dist/taxonomy/index.js'));
const { createSkillFinder } = await import(join(root, 'dist/match/index.js'));
let started = performance.now();
const findSkills = createSkillFinder(loadTaxonomy());
row('build matcher (taxonomy + trie)', `${(performance.now() - started).toFixed(0)} ms`);
const cvLines = readFileSync(textCv, 'utf8').split('\n');
const linesFor = (bytes) => {
  const out = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const line = cvLines[i % cvLines.length];
    out.push(line);
    size += line.length + 1;
  }
  return out;
};
for (const mb of [0.25, 0.5, 1]) {
  const lines = linesFor(mb * 1024 * 1024);
  started = performance.now();
  let hits = 0;
  for (const line of lines) hits += findSkills(line).length;
  const ms = performance.now() - started;
  row(`match ${mb} MB (${lines.length} lines)`, `${ms.toFixed(0)} ms`, `${(ms / mb).toFixed(0)} ms/MB, ${hits} hits`);
}

await benchScale();
printTable();

/** The table, on stdout. */
function printTable() {
  const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['measure', 'value', 'note'][c].length));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(width[c])).join(' | ')} |`;
  console.log(`\n${line(['measure', 'value', 'note'])}\n|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/**
 * (e) A recruiter's folder: every livecareer PDF against the seed posting, cold, then with
 * --cache against it and against a second posting (which should only score: each resume's
 * analysis is in the cache), and peak RSS for the first 1,000 against all of them.
 */
async function benchScale() {
  const dir = join(shared, 'livecareer');
  if (!existsSync(dir)) {
    console.error(`\n(e) skipped: ${dir} not found`);
    return;
  }
  const files = listFiles(dir, '.pdf');
  const secondJob = join(shared, 'jobs/occ_healthcare_ho.txt');
  console.error(`\n(e) recruiter scale: ${files.length} livecareer PDFs`);
  const scratch = mkdtempSync(join(tmpdir(), 'jobfit-bench-scale-'));
  try {
    let popplerMs;
    if (args.includes('--skip-pdftotext')) row('pdftotext loop, livecareer', 'skipped', '--skip-pdftotext');
    else if (spawnSync('pdftotext', ['-v']).error === undefined) {
      popplerMs = files.reduce((sum, f) => sum + timed('pdftotext', [f, '-'], [0, 1, 2, 3]), 0);
      row(`pdftotext loop, ${files.length} PDFs`, secs(popplerMs), 'sequential');
    }
    const cold = measured(['score', job, dir, '--format', 'json']);
    row(`score ${files.length} PDFs, no cache`, secs(cold.ms), `${popplerMs ? `${(cold.ms / popplerMs).toFixed(2)}× pdftotext (goal ≤ 0.4×), ` : ''}peak RSS ${cold.rssMb.toFixed(0)} MB`);
    const cacheDir = join(scratch, 'cache');
    const first = measured(['score', job, dir, '--format', 'json', '--cache', cacheDir]);
    row('first posting, --cache (empty)', secs(first.ms), `peak RSS ${first.rssMb.toFixed(0)} MB`);
    const second = measured(['score', secondJob, dir, '--format', 'json', '--cache', cacheDir]);
    row('second posting, from the cache', secs(second.ms), `${(second.ms / first.ms).toFixed(2)}× the first (goal ≤ 0.2×), peak RSS ${second.rssMb.toFixed(0)} MB`);
    const thousand = join(scratch, 'first-1000');
    mkdirSync(thousand);
    for (const f of files.slice(0, 1000)) symlinkSync(f, join(thousand, basename(f)));
    const small = measured(['score', job, thousand, '--format', 'json']);
    row('peak RSS, 1,000 → all, no cache', `${small.rssMb.toFixed(0)} → ${cold.rssMb.toFixed(0)} MB`, `goal: flat and ≤ 350 MB; 1,000 in ${secs(small.ms)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
