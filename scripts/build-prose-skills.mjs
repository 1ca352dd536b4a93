#!/usr/bin/env node
/**
 * Builds data/prose-skills.json: which skill names are skills when they stand in running text,
 * learnt from sentences where annotators marked skill spans.
 *
 * A name of the taxonomy ("supervision", "penetration testing") or of the list vocabulary
 * (data/list-skills.txt) may be a claim in a sentence or a word of it ("under the supervision
 * of", "access to", "policies"). Annotated posting sentences say which: per name, how often an
 * occurrence lies wholly inside a span an annotator marked as a skill or knowledge, against how
 * often it occurs at all. A name seen often enough and mostly inside spans is read as a skill in
 * a resume's prose (src/resume/prose-claims.ts); one seen often and mostly outside is written
 * down as refused, so the reader never claims it there.
 *
 * Step 1: read the annotated sentences (tokens, each inside a span or not): SkillSpan's train
 *         and dev splits (tech and house postings, skill and knowledge tags) and the ACP19TAG
 *         sentences (UK postings of every trade, Skill tags). SkillSpan's test split is kept out:
 *         test/corpus/skill-datasets.test.ts scores on it.
 * Step 2: the names: every form of data/taxonomy.json and every name of data/list-skills.txt
 *         (run scripts/build-taxonomy.mjs first).
 * Step 3: count each name's occurrences and those inside a span; keep the verdicts.
 *
 * Usage: node scripts/build-prose-skills.mjs [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const datasets = path.resolve(repoRoot, '../shared/corpus/datasets');
const outPath = path.join(repoRoot, 'data', 'prose-skills.json');
const verbose = process.argv.includes('--verbose');

/** Seen at least this often, a name's share inside spans is evidence (fewer is chance). */
const MIN_SEEN = 5;
/** Inside a span this share of the time or more: a skill in prose. */
const MIN_SHARE = 0.7;
/** Inside a span this share of the time or less: a word of the sentence, never claimed in prose. */
const MAX_REFUSED_SHARE = 0.3;

const SOURCES = [
  { id: 'skillspan', name: 'SkillSpan (Zhang et al., NAACL 2022), train and dev splits', license: 'CC BY 4.0', note: 'Posting sentences with skill and knowledge spans; the test split is left for evaluation.' },
  { id: 'acp19tag', name: 'Green et al. 2022, job description entity corpus (testset.txt)', license: 'CC BY 4.0', note: 'UK posting sentences of every trade with Skill spans.' },
];

// ── Step 1: annotated sentences ────────────────────────────────────────────

/** CoNLL-like files: a token and its tags per line, a blank line between sentences. */
function readConll(file) {
  const sentences = [];
  let cur = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    // SkillSpan: token, skill tag, knowledge tag; ACP19TAG: token, tag (B-Skill, I-Skill).
    const [token, ...tags] = line.trim().split(/\t| /);
    cur.push({ token, inSpan: tags.some((t) => /^[BI]/.test(t)), inSkill: /^[BI]/.test(tags[0] ?? '') });
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

/** Tokens as the names are cut: lower case, hyphens and slashes as spaces, punctuation apart. */
function words(text) {
  return text.toLowerCase().replace(/[-/]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}.+#&']*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
}

/** A sentence as words, each word with its token's span flag. */
function sentenceWords(sentence) {
  return sentence.flatMap(({ token, inSpan, inSkill }) => words(token).map((word) => ({ word, inSpan, inSkill })));
}

function readSentences() {
  const files = [
    ['skillspan', 'skillspan/skillspan_tech_train.conll'], ['skillspan', 'skillspan/skillspan_tech_dev.conll'],
    ['skillspan', 'skillspan/skillspan_house_train.conll'], ['skillspan', 'skillspan/skillspan_house_dev.conll'],
    ['acp19tag', 'acp19tag_skill_extraction/testset.txt'],
  ];
  return files.flatMap(([, file]) => readConll(path.join(datasets, file)).map(sentenceWords));
}

// ── Step 2: names ──────────────────────────────────────────────────────────

function readNames() {
  const taxonomy = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'taxonomy.json'), 'utf8'));
  const names = new Set();
  for (const skill of taxonomy.skills) for (const form of [skill.name, ...skill.aliases]) names.add(form.toLowerCase());
  for (const name of fs.readFileSync(path.join(repoRoot, 'data', 'list-skills.txt'), 'utf8').split('\n')) if (name) names.add(name.toLowerCase());
  return names;
}

// ── Step 3: counts ─────────────────────────────────────────────────────────

/** Per name (its words joined by one space): occurrences, and those wholly inside a span. */
function countNames(sentences, names) {
  const byWords = new Map();
  let longest = 1;
  for (const name of names) {
    const key = words(name).join(' ');
    if (!key) continue;
    byWords.set(key, { seen: 0, inSpan: 0, inSkill: 0 });
    longest = Math.max(longest, key.split(' ').length);
  }
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      let key = '';
      for (let n = 0; n < longest && i + n < sentence.length; n++) {
        key = n ? `${key} ${sentence[i + n].word}` : sentence[i].word;
        const count = byWords.get(key);
        if (!count) continue;
        count.seen++;
        const run = sentence.slice(i, i + n + 1);
        if (run.every((w) => w.inSpan)) count.inSpan++;
        if (run.every((w) => w.inSkill)) count.inSkill++;
      }
    }
  }
  return byWords;
}

function main() {
  if (!fs.existsSync(datasets)) {
    console.error(`build-prose-skills: ${datasets} not found; ${path.relative(repoRoot, outPath)} left unchanged.`);
    process.exit(1);
  }
  const sentences = readSentences();
  const counts = countNames(sentences, readNames());
  const claimed = {};
  const refused = {};
  for (const [name, { seen, inSpan, inSkill }] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (seen < MIN_SEEN) continue;
    if (inSkill / seen >= MIN_SHARE) claimed[name] = [inSkill, seen];
    else if (inSpan / seen <= MAX_REFUSED_SHARE) refused[name] = [inSpan, seen];
  }
  const out = {
    version: 1,
    sources: SOURCES,
    note: `Names as words (lower case, hyphens and slashes as spaces), each with [occurrences inside an annotated span, occurrences] over ${sentences.length} sentences. claimed: seen ${MIN_SEEN}+ times, ${MIN_SHARE * 100}%+ inside spans; refused: seen ${MIN_SEEN}+ times, ${MAX_REFUSED_SHARE * 100}% or less.`,
    claimed,
    refused,
  };
  const lines = (obj) => Object.entries(obj).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  const { claimed: c, refused: r, ...head } = out;
  const text = JSON.stringify(head, null, 2).replace(/\n}$/, `,\n  "claimed": {\n${lines(c)}\n  },\n  "refused": {\n${lines(r)}\n  }\n}\n`);
  fs.writeFileSync(outPath, text);
  console.error(`build-prose-skills: ${Object.keys(claimed).length} names claimed in prose, ${Object.keys(refused).length} refused, over ${sentences.length} annotated sentences`);
  if (verbose) console.error(Object.entries(claimed).map(([k, v]) => `  + ${k} ${v.join('/')}`).join('\n') + '\n' + Object.entries(refused).map(([k, v]) => `  - ${k} ${v.join('/')}`).join('\n'));
}

main();
