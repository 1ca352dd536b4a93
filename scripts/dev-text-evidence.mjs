#!/usr/bin/env node
/**
 * Offline experiment: how well does text evidence alone rank the occupations gold's pool?
 * Each resume's score for a posting = the mean, over the posting's requirement phrases, of the
 * best findTextEvidence score among its lines. Prints
 * JSON: variant → posting → {phrases, scores: id → mean, perPhrase: id → [score per phrase]}; occ_metrics in gold_eval.py gives AUC and P@10.
 * BACKGROUND=file tries another background table.
 *
 *   npm run build && python3 - <<'EOF'
 *   import sys, json, yaml; sys.path.insert(0, '../shared/tools'); import gold_eval as g
 *   gold = yaml.safe_load(open('../shared/gold/occupations/dev.yaml'))
 *   json.dump({'pool': g.occ_pool(gold, '../shared/corpus/livecareer/dev-categories.csv'), 'postings': gold['postings']}, open('/tmp/pool.json', 'w'))
 *   EOF
 *   node scripts/dev-text-evidence.mjs /tmp/pool.json > /tmp/scores.json
 *
 * Phrase sets: "reqs" = the distinct source lines of the requirements `jobfit job` reads
 * (the posting's clauses when it reads none); "clauses" = every clause of the posting
 * (split at sentence ends, semicolons, bars and line ends) with at least two content words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../dist/read-document.js';
import { DEFAULT_CONFIG } from '../dist/config/index.js';
import { analyzeJob } from '../dist/job/index.js';
import { loadTaxonomy } from '../dist/taxonomy/index.js';
import { createSkillFinder } from '../dist/match/index.js';
import { contentWords, findTextEvidence, loadBackground } from '../dist/match/text-evidence.js';

const corpus = process.env.CORPUS ?? '../shared/corpus';
const { pool, postings } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const config = { ...DEFAULT_CONFIG, asOf: '2026-11' };
const background = loadBackground(process.env.BACKGROUND);
const taxonomy = loadTaxonomy();

const resumes = [];
for (const [id] of pool) {
  const read = await readDocument(join(corpus, 'livecareer', `${id}.pdf`), config);
  resumes.push({ id, lines: read.ok ? read.doc.lines : [] });
}

function clauses(lines) {
  return lines
    .flatMap((l) => l.text.split(/(?<=[.!?])\s+|[;|•]/))
    .map((s) => s.trim())
    .filter((s) => contentWords(s).length >= 2);
}

// The defaults, then each option turned off, on both phrase sets.
const options = { '': {}, ' bigram=0': { bigram: 0 }, ' joinNext=false': { joinNext: false } };
const variants = {};
for (const phrases of ['reqs', 'clauses']) for (const [o, v] of Object.entries(options)) variants[phrases + o] = { phrases, options: v };
const out = {};
for (const name of Object.keys(postings)) {
  const read = await readDocument(join(corpus, 'jobs', name), config);
  if (!read.ok) continue;
  const finder = createSkillFinder(taxonomy, { posting: true });
  const job = analyzeJob(read.doc, finder);
  const all = clauses(read.doc.lines);
  const reqs = [...new Set(job.requirements.map((r) => r.source.text))];
  for (const [variant, v] of Object.entries(variants)) {
    const phrases = v.phrases === 'reqs' && reqs.length ? reqs : all;
    const scores = {};
    const perPhrase = {};
    for (const r of resumes) {
      perPhrase[r.id] = phrases.map((p) => findTextEvidence(background, p, r.lines, v.options)?.score ?? 0);
      scores[r.id] = phrases.length ? perPhrase[r.id].reduce((a, b) => a + b, 0) / phrases.length : 0;
    }
    (out[variant] ??= {})[name] = { phrases: phrases.length, scores, perPhrase };
  }
}
process.stdout.write(JSON.stringify(out));
