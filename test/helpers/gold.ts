import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { sharedDir } from './cli.js';

/** The same folding gold_eval.py uses: NFKC, lower case, whitespace folded. */
export const norm = (s: unknown) => String(s).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** gold_eval.py's `name_hits`, line for line: a name satisfies a group of acceptable spellings. */
export function nameHits(name: string, members: unknown[]): boolean {
  const n = norm(name);
  return members.some((member) => {
    const m = norm(member);
    if (n === m || n.replace(/s+$/, '') === m.replace(/s+$/, '')) return true;
    return n.split(' ').length <= 4 && new RegExp(`(?<![\\w+#.])${escape(m)}(?![\\w+#])`).test(n);
  });
}

export function goldFiles<T>(kind: 'resumes' | 'jobs' | 'fit'): { name: string; gold: T }[] {
  const dir = path.join(sharedDir, 'gold', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, gold: parse(readFileSync(path.join(dir, name), 'utf8')) as T }));
}

/** Prints a table in the test output so a run shows the per-file figures. */
export function printTable(title: string, rows: string[]): void {
  console.log(`\n${title}\n${rows.map((r) => `  ${r}`).join('\n')}`);
}
