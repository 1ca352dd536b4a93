#!/usr/bin/env node
/**
 * Builds data/prose-skills.json: which skill names are skills when they stand in running text,
 * learnt from sentences where annotators marked skill spans.
 *
 * A name of the taxonomy ("problem solving", "supervision") may be a claim in a sentence or a
 * word of it ("under the supervision of", "access to"). Annotated posting sentences say which:
 * per name, how often an occurrence lies wholly inside a span an annotator marked as a skill,
 * against how often it occurs at all. A name seen often enough and mostly inside skill spans is
 * read as a skill in a resume's prose (src/resume/prose-claims.ts); one seen often and mostly outside is written
 * down as refused (the resume reader does not use it: postings write "e-commerce" and "SRE" as
 * the firm's trade where resumes claim them; a posting reader may).
 *
 * Step 1: read the annotated sentences (tokens, each inside a span or not): SkillSpan's train
 *         and dev splits (tech and house postings, skill and knowledge tags) and the ACP19TAG
 *         sentences (UK postings of every trade, Skill tags). SkillSpan's test split is kept out:
 *         test/corpus/skill-datasets.test.ts scores on it.
 * Step 2: the names: every form (name or alias) of data/taxonomy.json, which the resume reader
 *         finds (run scripts/build-taxonomy.mjs first). The list-only names of
 *         data/list-skills.txt are not read in prose, so they are not judged.
 * Step 3: count each name's occurrences and those inside a span; keep the verdicts.
 *
 * Knowledge spans (Java, machine learning) count for refusal only: a posting's knowledge is a
 * topic that a resume's prose may mention without claiming it ("monitoring", "deployment").
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
/** Inside a skill span this share of the time or more: a skill in prose. */
const MIN_SHARE = 0.7;
/** Inside any span this share of the time or less: a word of the sentence, not a skill. */
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

/** The taxonomy's skills, each with its forms as words ("Problem-solving" → "problem solving"). */
function readSkills() {
  const taxonomy = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'taxonomy.json'), 'utf8'));
  return taxonomy.skills.map((skill) => ({ name: skill.name, forms: [...new Set([skill.name, ...skill.aliases].map((f) => words(f).join(' ')).filter(Boolean))] }));
}

// ── Step 3: counts ─────────────────────────────────────────────────────────

/** Per form: occurrences, those wholly inside any span, those wholly inside a skill span. */
function countForms(sentences, forms) {
  const counts = new Map();
  let longest = 1;
  for (const form of forms) {
    counts.set(form, { seen: 0, inSpan: 0, inSkill: 0 });
    longest = Math.max(longest, form.split(' ').length);
  }
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      let key = '';
      for (let n = 0; n < longest && i + n < sentence.length; n++) {
        key = n ? `${key} ${sentence[i + n].word}` : sentence[i].word;
        const count = counts.get(key);
        if (!count) continue;
        count.seen++;
        const run = sentence.slice(i, i + n + 1);
        if (run.every((w) => w.inSpan)) count.inSpan++;
        if (run.every((w) => w.inSkill)) count.inSkill++;
      }
    }
  }
  return counts;
}

/**
 * The verdicts on a form seen often enough: claimed when mostly inside skill spans; refused when
 * seldom inside any span, skill or knowledge ("collaboration", "leading", "access").
 */
function judge(forms, counts) {
  const claimed = {};
  const refused = {};
  for (const form of forms) {
    const c = counts.get(form);
    if (c.seen < MIN_SEEN) continue;
    if (c.inSkill / c.seen >= MIN_SHARE) claimed[form] = [c.inSkill, c.seen];
    else if (c.inSpan / c.seen <= MAX_REFUSED_SHARE) refused[form] = [c.inSpan, c.seen];
  }
  return { claimed, refused };
}

const sorted = (obj) => Object.fromEntries(Object.entries(obj).sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1)));

function main() {
  if (!fs.existsSync(datasets)) {
    console.error(`build-prose-skills: ${datasets} not found; ${path.relative(repoRoot, outPath)} left unchanged.`);
    process.exit(1);
  }
  const sentences = readSentences();
  const forms = new Set(readSkills().flatMap((s) => s.forms));
  const counts = countForms(sentences, forms);
  const { claimed, refused } = judge(forms, counts);
  const head = {
    version: 1,
    sources: SOURCES,
    note: `Each entry is [occurrences wholly inside an annotated span (claimed: a skill span; refused: any span), occurrences], over ${sentences.length} sentences. Forms are written as words (lower case, hyphens and slashes as spaces). claimed: forms seen ${MIN_SEEN}+ times, ${MIN_SHARE * 100}%+ inside skill spans; refused: forms seen ${MIN_SEEN}+ times, ${MAX_REFUSED_SHARE * 100}% or less inside any span.`,
  };
  const block = (name, obj) => `  ${JSON.stringify(name)}: {\n${Object.entries(sorted(obj)).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`;
  const text = `${JSON.stringify(head, null, 2).replace(/\n}$/, '')},\n${[block('claimed', claimed), block('refused', refused)].join(',\n')}\n}\n`;
  fs.writeFileSync(outPath, text);
  console.error(`build-prose-skills: ${Object.keys(claimed).length} forms claimed in prose, ${Object.keys(refused).length} refused, over ${sentences.length} annotated sentences`);
  if (verbose) {
    for (const [title, obj] of [['+', claimed], ['-', refused]]) console.error(Object.entries(obj).map(([k, v]) => `  ${title} ${k} ${v.join('/')}`).join('\n'));
  }
}

main();
