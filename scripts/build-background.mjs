#!/usr/bin/env node
/**
 * Writes data/background.json: for each stemmed content word, how many documents of a fixed
 * background corpus contain it, and the corpus size N. Text evidence weighs a requirement's
 * words by this rarity, so a candidate's score never depends on the other files of a batch.
 *
 * The corpus (read from ../shared/corpus, or CORPUS=dir): the text jobfit itself extracts from
 * every livecareer resume (livecareer/*.pdf), every resume under resumes/, every posting under
 * jobs/, and the O*NET 29.3 task statements of each occupation as one document. Words are tokenized and
 * stemmed by the same code as src/match/text-evidence.ts (from dist/: run `npm run build` first).
 * Words in fewer than MIN_DF documents are dropped and the vocabulary is capped at MAX_WORDS.
 *
 *   npm run build && node scripts/build-background.mjs      (OUT=file writes elsewhere)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../dist/read-document.js';
import { DEFAULT_CONFIG } from '../dist/config/index.js';
import { BACKGROUND_FILE, contentWords } from '../dist/match/text-evidence.js';

const MIN_DF = 3;
const MAX_WORDS = 40_000;
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = resolve(process.env.CORPUS ?? join(root, '../shared/corpus'));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []))
    .sort();
}

const df = new Map();
let n = 0;
function count(text) {
  n++;
  for (const s of new Set(contentWords(text).map((w) => w.stem))) df.set(s, (df.get(s) ?? 0) + 1);
}

const files = [
  ...filesUnder(join(corpus, 'livecareer')).filter((f) => f.endsWith('.pdf')),
  ...filesUnder(join(corpus, 'resumes')).filter((f) => !f.endsWith('.yaml')),
  ...filesUnder(join(corpus, 'jobs')).filter((f) => !f.endsWith('.yaml')),
];
const config = { ...DEFAULT_CONFIG, asOf: '2026-01' };
let failed = 0;
for (const [i, file] of files.entries()) {
  if (statSync(file).size === 0) continue;
  const read = await readDocument(file, config);
  if (!read.ok) {
    failed++;
    continue;
  }
  count(read.doc.lines.map((l) => l.text).join('\n'));
  if (i % 250 === 0) console.error(`${i}/${files.length} ${file}`);
}
const documents = n;

// O*NET task statements: tab-separated, the task in the third column.
const tasks = readFileSync(join(corpus, 'taxonomy/onet_29_3_Task_Statements.txt'), 'utf8').split('\n').slice(1);
// One document per occupation: 18,796 statements counted one by one would outnumber the
// 2,661 resumes and postings seven to one and make words common in resumes look rare.
const byOccupation = new Map();
for (const row of tasks) {
  const [code, , task] = row.split('\t');
  if (task) byOccupation.set(code, `${byOccupation.get(code) ?? ''}\n${task}`);
}
for (const text of byOccupation.values()) count(text);

const kept = [...df].filter(([, c]) => c >= MIN_DF).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS);
const minKept = kept.at(-1)?.[1] ?? MIN_DF;
// Rows "stem count", sorted by stem in code-unit order: the loader binary-searches them.
const rows = kept.map(([s, c]) => `${s} ${c}`).sort((a, b) => (a.split(' ')[0] < b.split(' ')[0] ? -1 : 1));
const head = {
  source: `jobfit's text of ${documents} documents (livecareer, resumes, jobs; ${failed} unreadable) and the O*NET 29.3 task statements of ${n - documents} occupations; stems in at least ${minKept} documents`,
  n,
  // A stem missing from the table is in fewer than minKept documents: take it as in one.
  unknownDf: 1,
};
const out = process.env.OUT ?? BACKGROUND_FILE;
writeFileSync(out, `${JSON.stringify(head).slice(0, -1)},"rows":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
console.error(`wrote ${kept.length} stems (of ${df.size}; df ≥ ${minKept}) over N=${n} documents to ${out}`);
