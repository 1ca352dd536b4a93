#!/usr/bin/env node
/**
 * What the resume reader makes of a random share of the livecareer pool, one JSON line per
 * resume: each skill with the text it was read from, months, positions, degree levels. Dump the
 * pool before and after a change and compare with scripts/dev-pool-diff.mjs: a rule is judged by
 * what it changes over thousands of resumes nobody read for it, not by the file it was written for.
 *
 * Usage (after `npm run build`): node scripts/dev-pool-dump.mjs [N=400] [SEED=1] > before.jsonl
 * N=2484 is the whole pool (about a minute). POOL=DIR reads every file under another folder
 * instead (say ../shared/corpus/resumes, the layouts livecareer lacks), in the same shuffle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pool = path.resolve(repoRoot, process.env.POOL ?? '../shared/corpus/livecareer');
const [n = '400', seed = '1'] = process.argv.slice(2);
const lib = await import(path.join(repoRoot, 'dist/index.js'));
const settings = await lib.loadSettings({ asOf: '2026-12' });
const ctx = lib.makeContext(settings);

// A fixed shuffle by seed, so two builds read the same resumes.
let files = process.env.POOL
  ? fs.readdirSync(pool, { recursive: true }).filter((f) => fs.statSync(path.join(pool, f)).isFile()).sort()
  : fs.readdirSync(pool).filter((f) => f.endsWith('.pdf')).sort();
let state = (Number(seed) * 2654435761) % 4294967296;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}
files = files.slice(0, Number(n));

for (const f of files) {
  const read = await lib.readDocument(path.join(pool, f), settings.config);
  if (!read.ok) {
    console.log(JSON.stringify({ f, error: read.error.code }));
    continue;
  }
  const profile = lib.analyzeDocument(read.doc, ctx);
  const skills = profile.skills.map((k) => {
    const e = k.evidence?.[0];
    return { n: k.name, s: e ? e.text.slice(e.start, e.end) : null, sec: e?.section, e: e?.text };
  });
  console.log(JSON.stringify({ f, name: profile.name, months: profile.experience?.totalMonths, positions: profile.experience?.positions?.length, edu: (profile.education ?? []).map((x) => x.level), skills }));
}
