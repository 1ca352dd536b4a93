/**
 * Built-in data is read in one module (src/builtin/), on first use: importing any stage reads
 * no file, so a worker that only reads PDFs never parses the taxonomy or the rules.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const srcDir = path.join(repoRoot, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

describe('built-in data', () => {
  it('is read only by src/builtin/ (the PDFium wasm, a package file, aside)', () => {
    const readers = files(srcDir)
      .filter((f) => !f.startsWith(path.join(srcDir, 'builtin')))
      .filter((f) => /readFileSync|new URL\(['"`][^'"`]*data\//.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(srcDir, f));
    // The batch cache reads its entries (the user's data, not data/) synchronously: a worker
    // would sit idle on each asynchronous round trip.
    expect(readers).toEqual(['batch/cache.ts', 'extract/pdf/pdfium/pdfium.ts']);
  });

  it('is not read when the library and the stages are imported (the job rules aside), only when they run', () => {
    // Records every file read, then imports the built library (all stages); run in a child so the modules load fresh.
    const script = `
      import fs from 'node:fs';
      import { syncBuiltinESMExports } from 'node:module';
      const seen = [];
      const original = fs.readFileSync;
      fs.readFileSync = (file, ...rest) => { seen.push(String(file)); return original(file, ...rest); };
      syncBuiltinESMExports();
      await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist/index.js')).href)});
      const atImport = seen.filter((f) => /[\\/](data|schema)[\\/]/.test(f));
      const { analyzeJob, createSkillFinder, loadTaxonomy } = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist/index.js')).href)});
      analyzeJob({ source: 'x', format: 'txt', lines: [{ n: 1, page: 1, text: 'Requirements: 3+ years of Python' }], hidden: [], warnings: [] }, createSkillFinder(loadTaxonomy()));
      const whenRun = seen.filter((f) => /[\\/](data|schema)[\\/]/.test(f));
      process.stdout.write(JSON.stringify({ atImport, whenRun }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { atImport, whenRun } = JSON.parse(r.stdout) as { atImport: string[]; whenRun: string[] };
    // The job stage compiles its patterns when it loads, so its rules are read then (through builtin/).
    expect(atImport.map((f) => path.basename(f))).toEqual(['job-rules.json']);
    expect(whenRun.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['job-rules.json', 'taxonomy.json']));
    // Each file once, however many stages ask.
    expect(new Set(whenRun).size).toBe(whenRun.length);
  });
});
