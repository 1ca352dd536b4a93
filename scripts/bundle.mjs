#!/usr/bin/env node
/**
 * The one-file build that bin/jobfit.js starts from (see bin/load-bundle.js), run by
 * `npm run build` after tsc:
 *  1. esbuild bundles dist/cli/main.js into dist/bundle/cli.cjs and the pool's workers,
 *     dist/batch/worker.js (reads) and dist/batch/analyse-worker.js (reads, analyses and
 *     scores: large batches only), into dist/bundle/worker.cjs and analyse-worker.cjs;
 *  2. jobfit scores the fixtures, with and without the worker pool, and saves the code V8
 *     compiled as each bundle's code cache (cli.cjs.cache, worker.cjs.cache; the fixtures are
 *     too few for analysing workers, which compile as they go: a large batch repays it).
 * The bundles sit two folders below the project, as dist/<stage>/ modules do, so paths made
 * from import.meta.url ('../../data/…', './worker.js') resolve the same. Packages that are
 * only loaded as a last resort (pdf.js, PDFium, tesseract) and piscina, which starts workers
 * from its own folder, stay outside.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/bundle');

/** A worker module piscina loads: its worker bundle, through the same loader as the CLI. */
const workerEntry = (name) => `import { loadBundle, writingCodeCache } from '../../bin/load-bundle.js';

const bundle = loadBundle(new URL('./${name}.cjs', import.meta.url), new URL('../batch/${name}.js', import.meta.url));
const task = bundle ? bundle.exports.default : (await import('../batch/${name}.js')).default;
// A worker is terminated, never exits, so the build saves its cache after every file.
export default bundle && writingCodeCache ? async (path) => { try { return await task(path); } finally { bundle.saveCodeCache(); } } : task;
`;

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'dist/cli/main.js'), worker: join(root, 'dist/batch/worker.js'), 'analyse-worker': join(root, 'dist/batch/analyse-worker.js') },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['pdfjs-dist', '@embedpdf/pdfium', 'tesseract.js', 'piscina'],
  // import() of those becomes require(), which loads ES modules from Node 20.19 on: a script
  // run by node:vm cannot import() without an experimental hook.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
for (const name of ['worker', 'analyse-worker']) writeFileSync(join(out, `${name}.js`), workerEntry(name));

const run = (args) => {
  const result = spawnSync(process.execPath, [join(root, 'bin/jobfit.js'), ...args], { cwd: root, env: { ...process.env, JOBFIT_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bundle: jobfit ${args.join(' ')} exited ${result.status}\n${result.stderr}`);
};
const job = 'fixtures/jobs/senior_backend_engineer.txt';
// A text resume first (start-up), then every fixture in this thread and in the pool; each run
// loads the cache the last one saved and adds what it compiled.
run(['score', job, 'fixtures/resumes/kenji_albright.txt']);
run(['score', job, 'fixtures/resumes', '--format', 'json', '--concurrency', '1']);
run(['score', job, 'fixtures/resumes', '--format', 'jsonl', '--concurrency', '2']);
run(['--help']);
