import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedDir = path.resolve(repoRoot, '../shared');
export const hasShared = existsSync(path.join(sharedDir, 'corpus'));
export const fixture = (...parts: string[]) => path.join(repoRoot, 'fixtures', ...parts);

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI the way a user would: `node bin/jobfit.js …`, no colour, no TTY. */
export function jobfit(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/jobfit.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    // COLUMNS cleared: output is 80 columns wide unless a test asks for another width.
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '', ...options.env },
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Prints why a corpus test did not run, so a skip is never silent. */
export function skipLine(what: string): void {
  console.log(`SKIP ${what}: ../shared/corpus not found next to the repo (corpus tests need it)`);
}
