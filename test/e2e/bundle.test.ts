import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, jobfit, repoRoot } from '../helpers/cli.js';

const loader = pathToFileURL(path.join(repoRoot, 'bin/load-bundle.js')).href;

/** Runs an ES module snippet in a fresh node, the way bin/jobfit.js starts (run flags set). */
function node(code: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import { loadBundle, setRunFlags } from '${loader}';\nsetRunFlags();\n${code}`, '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the one-file build (dist/bundle)', () => {
  it('starts from the code caches the build wrote, for the CLI and the pool worker', () => {
    const run = node(`
      const used = (name, from) => loadBundle(new URL('./dist/bundle/' + name, '${pathToFileURL(repoRoot + '/').href}'), new URL(from, '${pathToFileURL(repoRoot + '/').href}'))?.usedCache;
      console.log(JSON.stringify({ cli: used('cli.cjs', './dist/cli/main.js'), worker: used('worker.cjs', './dist/batch/worker.js') }));`);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ cli: true, worker: true });
  });

  it('gives the same report as the modules it was made from, in this thread and in the pool', () => {
    const job = fixture('jobs/senior_backend_engineer.txt');
    for (const concurrency of ['1', '2']) {
      const args = ['score', job, fixture('resumes'), '--format', 'json', '--concurrency', concurrency];
      const fromModules = node(`process.argv.splice(1, 0, 'jobfit'); const { main } = await import('./dist/cli/main.js'); await main();`, args);
      const fromBundle = jobfit(args);
      expect(fromBundle.status).toBe(0);
      expect(fromModules.status).toBe(0);
      expect(JSON.parse(fromBundle.stdout).candidates.length).toBeGreaterThan(3);
      expect(fromBundle.stdout).toBe(fromModules.stdout);
    }
  });
});

describe('loadBundle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobfit-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = path.join(dir, 'b.cjs');
  const source = path.join(dir, 'source.js');
  writeFileSync(bundle, 'module.exports = { answer: 42, dir: __dirname };');
  writeFileSync(source, '');
  const load = () => node(`const b = loadBundle(new URL('${pathToFileURL(bundle).href}'), new URL('${pathToFileURL(source).href}')); console.log(JSON.stringify(b ? { ...b.exports, usedCache: b.usedCache } : null));`);

  it('runs a bundle newer than its source as CommonJS, with no cache when none was written', () => {
    utimesSync(source, 1_000, 1_000);
    utimesSync(bundle, 2_000, 2_000);
    expect(JSON.parse(load().stdout)).toEqual({ answer: 42, dir, usedCache: false });
  });

  it('ignores a bundle older than its source (a tsc build since), so stale code never runs', () => {
    utimesSync(source, 3_000, 3_000);
    expect(JSON.parse(load().stdout)).toBeNull();
  });

  it('ignores a cache older than its bundle', () => {
    utimesSync(bundle, 4_000, 4_000);
    writeFileSync(`${bundle}.cache`, 'not a code cache');
    utimesSync(`${bundle}.cache`, 3_500, 3_500);
    const run = load();
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ answer: 42, dir, usedCache: false });
  });

  it('reports a cache V8 rejects as unused, and still runs the bundle', () => {
    utimesSync(`${bundle}.cache`, 5_000, 5_000);
    expect(JSON.parse(load().stdout)).toEqual({ answer: 42, dir, usedCache: false });
  });
});
