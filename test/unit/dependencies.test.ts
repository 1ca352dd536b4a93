/**
 * Every runtime dependency in package.json is loaded by src/ or bin/ (imported, or resolved
 * for its files): a package that nothing loads is weight for every user and a supply-chain risk
 * for nothing. Test-only packages are devDependencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []));

/** Package names a file loads at run time: import … from, import(), require(), require.resolve(); not `import type`. */
function loadedPackages(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')).map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

const loaded = new Set([...files(path.join(repoRoot, 'src')), ...files(path.join(repoRoot, 'bin'))].flatMap((f) => loadedPackages(readFileSync(f, 'utf8'))));

describe('package.json dependencies', () => {
  it('are each loaded by src/ or bin/', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => !loaded.has(name))).toEqual([]);
  });

  it('cover every package src/ and bin/ load', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})]);
    expect([...loaded].filter((name) => !declared.has(name)).sort()).toEqual([]);
  });

  it('optional ones are what a dependency loads itself (pdf.js draws on @napi-rs/canvas)', () => {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      const users = Object.keys(pkg.dependencies).filter((dep) => {
        const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', dep, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
        return [manifest.dependencies, manifest.optionalDependencies, manifest.peerDependencies].some((deps) => deps && name in deps);
      });
      expect(users, name).not.toEqual([]);
    }
  });

  it('keep test-only packages out of the runtime list (mammoth is the DOCX oracle of the tests)', () => {
    expect(pkg.dependencies).not.toHaveProperty('mammoth');
    expect(pkg.devDependencies).toHaveProperty('mammoth');
    expect(pkg.dependencies).not.toHaveProperty('pdf-parse');
  });
});
