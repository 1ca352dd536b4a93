#!/usr/bin/env node
/**
 * Compares two dumps of scripts/dev-pool-dump.mjs: skills read or no longer read (with the text
 * they were read from), and changed months, positions, degree levels and names.
 *
 * Usage: node scripts/dev-pool-diff.mjs before.jsonl after.jsonl [LINES=60]
 */
import fs from 'node:fs';

const [beforePath, afterPath, lines = '60'] = process.argv.slice(2);
const read = (file) => new Map(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((d) => [d.f, d]));
const before = read(beforePath);
const after = read(afterPath);
const lost = new Map();
const gained = new Map();
const rows = [];
const count = (map, name) => map.set(name, (map.get(name) ?? 0) + 1);
for (const [f, a] of before) {
  const b = after.get(f);
  if (!b) continue;
  const sa = new Map((a.skills ?? []).map((s) => [s.n, s.e]));
  const sb = new Map((b.skills ?? []).map((s) => [s.n, s.e]));
  for (const [name, e] of sa) if (!sb.has(name)) { count(lost, name); rows.push(`- ${f} ${name} | ${(e ?? '').slice(0, 100)}`); }
  for (const [name, e] of sb) if (!sa.has(name)) { count(gained, name); rows.push(`+ ${f} ${name} | ${(e ?? '').slice(0, 100)}`); }
  for (const key of ['months', 'positions', 'edu', 'name']) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) rows.push(`~ ${f} ${key} ${JSON.stringify(a[key])} -> ${JSON.stringify(b[key])}`);
  }
}
const top = (map) => [...map].sort((x, y) => y[1] - x[1]).slice(0, 20).map(([k, v]) => `${k} ${v}`).join(', ');
const total = (map) => [...map.values()].reduce((s, v) => s + v, 0);
console.log(`lost ${total(lost)}: ${top(lost)}`);
console.log(`gained ${total(gained)}: ${top(gained)}`);
console.log(rows.slice(0, Number(lines)).join('\n'));
