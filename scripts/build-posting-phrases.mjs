#!/usr/bin/env node
/**
 * Writes data/posting-phrases.txt: the skill phrases a posting's requirement clause may name
 * outside the curated taxonomy ("quantity takeoffs", "bill of materials", "housekeeping duties",
 * "proofreading"), lower-case, one a line, sorted as JavaScript compares strings (the reader
 * searches it by halves: src/job/clause-phrases.ts).
 *
 * Built from data, no hand list of skills:
 * - ESCO v1.1.1 skills (preferred and alternative labels). A knowledge label is a noun phrase and
 *   kept whole ("construction project management"), with its generic tail dropped too ("hair
 *   cutting techniques" → "hair cutting"). A skill label is a verb and its object: the object
 *   is kept ("draft bill of materials" → "bill of materials", "coordinate housekeeping duties" →
 *   "housekeeping duties"), and a verb rare in ESCO (a craft, not "manage") gives its gerund when
 *   English has one ("proofread text" → "proofreading").
 * - O*NET technology skills: each example, without its "software" ("bill of materials").
 * - O*NET task statements: what their opening verbs act on, as ESCO's skill labels are read, up to
 *   a preposition (here "of" too), a comma or a verb form, without a quality in front ("Develop
 *   implementation plans that…" → "implementation plans"; "Maintain accurate records" → none).
 * - Stack Overflow tags (2021 data dump, taxonomy/stackoverflow_tags_top50k_2021.csv, CC BY-SA
 *   4.0) of two to four English words, each in the Brill lexicon, asked about at least 5 times:
 *   "user-stories" → "user stories", "use-case", "impact-analysis", "ticket-tracking" (the methods
 *   and artefacts of software work ESCO and O*NET leave unnamed). A tag with a word English does
 *   not know ("lodash-fp", "ssis-data-flow") is a product's, left to the taxonomy.
 * - SkillSpan's train split (posting sentences whose skill and knowledge spans annotators
 *   marked): spans of one to four words, without their "strong"/"excellent" lead. Its test split
 *   stays apart for measuring (scripts/dev-spans.ts).
 * A phrase known only as a verb's object is marked so (a tab, then "object"), one known only as a
 * SkillSpan span too ("span"): a requirement clause names them ("Ability to read work orders"); a
 * duty names an object ("review credit applications") unless it attains it ("meet customer
 * expectations"), never a span alone ("create best practices").
 * A phrase ends on a noun (its most frequent tag in the Brill lexicon of the `natural` package).
 * A phrase of one word must not be a word SkillSpan's annotators leave outside their spans (at
 * least 8 times seen, under 15% inside: "company", "position"); a longer one not a run of words
 * they mostly leave outside (seen 3 times, under 30% inside: "working environment").
 *
 *   npm run posting-phrases   (builds first: stems words as dist/match/text-evidence.js does)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { contentWords } from '../dist/match/text-evidence.js';
import { parseCsv } from './csv.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const outPath = path.join(repoRoot, 'data', 'posting-phrases.txt');

/** Words that never open or close a phrase (function words, and the words of every ask). */
const EDGE_STOP = new Set(
  ('a an the of and or & to in on at for with by from as into onto via per than then this that these those such ' +
    'your our their its his her my you we they it be is are was were been being have has had do does did ' +
    'all any each every other some more most many much few new good strong excellent solid proven basic ' +
    'experience experienced skills skill knowledge ability abilities understanding etc related various ' +
    'relevant appropriate specific general different similar own well high low large small full').split(' '),
);
/** Prepositions that end a verb's object ("prepare work orders for the optical laboratory"). */
const OBJECT_END = new Set('to in on at for with by from as into onto via during according under over within using through about against between among without after before while when where which who that and or'.split(' '));
/** Further words that end a task statement's object (src: O*NET; ESCO keeps "of": "bill of materials"). */
const TASK_OBJECT_END = new Set('of across throughout around near toward towards upon per including such so if because until'.split(' '));
/** An O*NET task object named in the tasks of this many occupations or more is no practice of one. */
const TASK_OBJECT_SPREAD = 10;
/** The generic tail of a knowledge label ("welding techniques" → "welding"). */
const GENERIC_TAIL = /\s+(?:techniques|principles|methods|methodologies|processes|procedures|practices|standards|regulations|theory|theories|concepts|systems|tools|equipment)$/;
/**
 * A verb that opens at most this many ESCO labels, and is in under this share of the documents of
 * data/background.json, is a craft: its gerund names the skill ("proofreading"; not "utilizing").
 */
const RARE_VERB = 4;
/** Words of number that open Stack Overflow tags ("multiple-projects") and no skill. */
const QUANTITY = new Set(['multiple', 'several', 'many', 'two', 'three']);
/** A Stack Overflow tag asked about this often is a term of the trade, not one user's coinage. */
const SO_MIN_COUNT = 5;
const RARE_IN_DOCUMENTS = 0.15;

function lexicon() {
  const require = createRequire(import.meta.url);
  const raw = JSON.parse(fs.readFileSync(require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8'));
  const out = new Map();
  for (const [word, tags] of Object.entries(raw)) if (word === word.toLowerCase()) out.set(word, tags);
  return out;
}

const clean = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s) => s.split(' ').filter(Boolean);
const isVerb = (lex, w) => (lex.get(w) ?? []).some((t) => t.startsWith('VB'));
const onlyVerb = (lex, w) => lex.has(w) && lex.get(w).every((t) => t.startsWith('VB'));
// The word's most frequent tag (the lexicon lists it first) is a noun's or a gerund's.
const isNoun = (lex, w) => ['NN', 'NNS', 'NNP', 'NNPS', 'VBG'].includes((lex.get(w) ?? ['NN'])[0]);

/** SkillSpan train: the spans, and per word how often it is seen and how often inside a span. */
function skillSpan() {
  const spans = new Map();
  const seen = new Map();
  const inside = new Map();
  /** Every run of one to four words: how often seen, how often wholly inside a span. */
  const runs = new Map();
  for (const line of fs.readFileSync(path.join(corpus, 'datasets/skillspan/train.json'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    const tokens = row.tokens.map((t) => t.toLowerCase());
    const marked = tokens.map((_, i) => row.tags_skill[i] !== 'O' || row.tags_knowledge[i] !== 'O');
    tokens.forEach((t, i) => {
      seen.set(t, (seen.get(t) ?? 0) + 1);
      if (marked[i]) inside.set(t, (inside.get(t) ?? 0) + 1);
      for (let n = 2; n <= 4 && i + n <= tokens.length; n++) {
        const key = tokens.slice(i, i + n).join(' ');
        const c = runs.get(key) ?? [0, 0];
        c[0] += 1;
        if (marked.slice(i, i + n).every(Boolean)) c[1] += 1;
        runs.set(key, c);
      }
    });
    for (const tags of [row.tags_skill, row.tags_knowledge]) {
      let cur = [];
      const flush = () => {
        if (cur.length) spans.set(cur.join(' '), (spans.get(cur.join(' ')) ?? 0) + 1);
        cur = [];
      };
      tokens.forEach((t, i) => {
        if (tags[i].startsWith('B')) { flush(); cur = [t]; }
        else if (tags[i].startsWith('I') && cur.length) cur.push(t);
        else flush();
      });
      flush();
    }
  }
  return { spans, seen, inside, runs };
}

/** "the", "strong", "skills" off both ends; null when nothing is left. */
function trimEdges(phrase) {
  const w = words(phrase);
  while (w.length && EDGE_STOP.has(w[0])) w.shift();
  while (w.length && EDGE_STOP.has(w[w.length - 1])) w.pop();
  return w.length ? w.join(' ') : null;
}

/** "gerund": proofread → proofreading, merchandise → merchandising (the lexicon must know it). */
function gerund(lex, verb) {
  const forms = [verb + 'ing', verb.replace(/e$/, '') + 'ing', verb + verb.slice(-1) + 'ing'];
  return forms.find((f) => (lex.get(f) ?? []).includes('VBG') || (lex.get(f) ?? []).includes('NN')) ?? null;
}

/** Share of the background documents (data/background.json) holding each stem. */
function documentShare() {
  const bg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/background.json'), 'utf8'));
  const df = new Map(bg.rows.map((r) => [r.slice(0, r.lastIndexOf(' ')), Number(r.slice(r.lastIndexOf(' ') + 1))]));
  /** The share of its most common content word (0 for a phrase of stop words only). */
  const most = (text) => Math.max(0, ...contentWords(text).map((w) => (df.get(w.stem) ?? 0) / bg.n));
  return { most };
}

/**
 * What an O*NET task statement's opening verbs act on: "Prepare, review, and file tax returns for
 * clients." → "tax returns"; null when the statement opens on no verb or the object runs past
 * four words. The object ends at a preposition or link (OBJECT_END), a comma or bracket, or a
 * verb form after its first word ("cars containing liquids" → "cars").
 */
function taskObject(lex, task) {
  // "accuracy of reports", "young children across roads": in a task, "of" and any other
  // preposition end what the verb acts on.
  const tokens = task.toLowerCase().replace(/[.;:]\s*$/, '').split(/\s+/);
  const bare = (t) => t.replace(/[,]$/, '');
  if (!tokens.length || !isVerb(lex, bare(tokens[0]))) return null;
  let i = 1;
  // "Prepare, review, and file", "Review or approve": a list of verbs shares the object.
  for (;;) {
    if (/,$/.test(tokens[i - 1]) && i < tokens.length && isVerb(lex, bare(tokens[i])) && onlyVerb(lex, bare(tokens[i]))) i += 1;
    else if (/,$/.test(tokens[i - 1]) && ['and', 'or'].includes(tokens[i]) && i + 1 < tokens.length && onlyVerb(lex, bare(tokens[i + 1]))) i += 2;
    else if (['and', 'or', 'and/or'].includes(tokens[i]) && i + 1 < tokens.length && onlyVerb(lex, bare(tokens[i + 1]))) i += 2;
    else break;
  }
  const object = [];
  for (const t of tokens.slice(i)) {
    const w = bare(t);
    if (OBJECT_END.has(w) || TASK_OBJECT_END.has(w) || !/^[a-z][a-z0-9'-]*$/.test(w)) break;
    // "accurate records", "detailed job descriptions": a quality of the object is no part of its name.
    if (!object.length && ['JJ', 'VBN', 'VBD'].includes((lex.get(w) ?? [])[0])) continue;
    if (object.length && /(?:ing|ed)$/.test(w) && onlyVerb(lex, w)) break;
    object.push(w);
    if (w !== t) break;
  }
  return object.length >= 1 && object.length <= 4 ? object.join(' ') : null;
}

function main() {
  if (!fs.existsSync(path.join(corpus, 'taxonomy'))) {
    console.error(`build-posting-phrases: ${corpus}/taxonomy not found; ${path.relative(repoRoot, outPath)} left unchanged.`);
    process.exit(1);
  }
  const lex = lexicon();
  const share = documentShare();
  const { spans, seen, inside, runs } = skillSpan();
  // A word annotators leave outside their spans is no skill alone.
  const outside = (w) => (seen.get(w) ?? 0) >= 8 && (inside.get(w) ?? 0) / seen.get(w) < 0.15;
  /**
   * Phrase → how the vocabularies know it: 'named' (an ESCO or O*NET name of its own), 'span'
   * (only as a SkillSpan span) or 'object' (only as what an ESCO verb acts on); the first wins.
   */
  const phrases = new Map();
  const RANK = { named: 0, span: 1, object: 2 };
  // A lone word is a phrase from an ESCO label of its own, a craft's gerund, or a span annotators
  // mark at least twice and leave outside less than 70% of the time; never a verb's object alone
  // ("policies", "gaps": what a duty acts on, not a skill).
  const add = (raw, { alone = false, source = 'named' } = {}) => {
    if (!raw) return;
    const p = trimEdges(clean(raw).replace(/[.;:]+$/, ''));
    if (!p || p.length < 3 || !/^[a-z][a-z0-9 .+#&'-]*$/.test(p)) return;
    const w = words(p);
    if (w.length > 4) return;
    if (w.some((x) => x === 'and' || x === 'or' || x === '&')) return;
    if (w.length === 1 && (!alone || !isNoun(lex, p) || outside(p) || p.length < 4)) return;
    // A lone "-ing" word names a skill when English uses it as a noun ("writing") or it is a craft's gerund.
    if (w.length === 1 && /ing$/.test(p) && !(lex.get(p) ?? []).includes('NN') && !gerunds.has(p)) return;
    // A phrase names a thing: it ends on a noun ("carrying out", "highly motivated" do not).
    const last = w[w.length - 1];
    if (!isNoun(lex, last) || (onlyVerb(lex, last) && !/ing$/.test(last))) return;
    // A run of words annotators mostly leave outside their spans is no skill ("working environment").
    const run = runs.get(p);
    if (w.length > 1 && run && run[0] >= 3 && run[1] / run[0] < 0.3) return;
    // "take-off" is also written "takeoff" and "take off".
    const forms = p.includes('-') ? [p, ...[p.replace(/-/g, ''), p.replace(/-/g, ' ')].filter((q) => words(q).length <= 4)] : [p];
    for (const q of forms) if (!phrases.has(q) || RANK[source] < RANK[phrases.get(q)]) phrases.set(q, source);
  };

  const esco = parseCsv(fs.readFileSync(path.join(corpus, 'taxonomy/esco_v1.1.1_skills_en.csv'), 'utf8'));
  const verbUse = new Map();
  const gerunds = new Set();
  for (const row of esco) {
    if (row.skillType !== 'skill/competence') continue;
    const first = words(clean(row.preferredLabel))[0];
    if (first) verbUse.set(first, (verbUse.get(first) ?? 0) + 1);
  }
  for (const row of esco) {
    const labels = [row.preferredLabel, ...row.altLabels.split('\n')].map(clean).filter((l) => l && !/[(),/:]/.test(l));
    for (const label of labels) {
      const w = words(label);
      if (row.skillType === 'knowledge' || !isVerb(lex, w[0])) {
        add(label, { alone: true });
        add(label.replace(GENERIC_TAIL, ''), { alone: true });
        continue;
      }
      // A verb and its object: the object up to the first preposition ("of" stays: "bill of materials").
      const object = [];
      for (const x of w.slice(1)) {
        if (OBJECT_END.has(x)) break;
        object.push(x);
      }
      if (object.length >= 1 && object.length <= 4) add(object.join(' '), { source: 'object' });
      const rare = (verbUse.get(w[0]) ?? 0) <= RARE_VERB && onlyVerb(lex, w[0]) && share.most(w[0]) < RARE_IN_DOCUMENTS;
      const craft = rare ? gerund(lex, w[0]) : null;
      if (craft) {
        gerunds.add(craft);
        add(craft, { alone: true });
      }
    }
  }
  // O*NET task statements, read as ESCO's skill labels are: the verbs that open one ("Develop",
  // "Prepare, review, and file") and their object up to the first preposition, comma or verb form
  // ("Develop implementation plans that include…" → "implementation plans", "Conduct regular design
  // reviews throughout…" → "design reviews"), known as an object only: the practices and
  // artefacts of the work ESCO words as a goal ("draw up an implementation plan").
  // An object the tasks of many occupations name is the setting of all work, not a practice asked
  // ("team members", "staff meetings", "work assignments": 15 to 52 occupations; "implementation
  // plans", "design reviews": 3).
  const tasks = fs.readFileSync(path.join(corpus, 'taxonomy/onet_29_3_Task_Statements.txt'), 'utf8').split('\n').slice(1)
    .map((row) => row.split('\t')).filter((cols) => cols[2]);
  const spread = new Map();
  for (const [code, , task] of tasks) {
    const w = words(task.toLowerCase().replace(/[^a-z0-9' -]+/g, ' '));
    for (let i = 0; i < w.length; i++) {
      for (let n = 2; n <= 4 && i + n <= w.length; n++) {
        const key = w.slice(i, i + n).join(' ');
        if (!spread.has(key)) spread.set(key, new Set());
        spread.get(key).add(code);
      }
    }
  }
  const occupations = (phrase) => Math.max(...[phrase, phrase.replace(/s$/, '')].map((p) => spread.get(p)?.size ?? 0));
  for (const [, , task] of tasks) {
    const object = taskObject(lex, task);
    if (object && occupations(object) < TASK_OBJECT_SPREAD) add(object, { source: 'object' });
  }
  // O*NET technology examples, their "software" dropped ("Bill of materials software" → "bill of
  // materials"); never a lone word (single names are products the taxonomy knows, or words like "Word").
  for (const row of parseCsv(fs.readFileSync(path.join(corpus, 'taxonomy/onet_Technology_Skills.csv'), 'utf8'))) {
    const name = clean(row.Example).replace(/\s+(?:software|systems?|applications?|programs?|tools?)$/, '');
    if (words(name).length >= 2) add(name);
  }
  // Stack Overflow tags of two to four English words ("user-stories", "use-case", "impact-analysis",
  // "ticket-tracking"): the methods and artefacts of software work the other vocabularies leave
  // unnamed. A tag with a word English does not know is a product's name, left to the taxonomy.
  for (const row of parseCsv(fs.readFileSync(path.join(corpus, 'taxonomy/stackoverflow_tags_top50k_2021.csv'), 'utf8'))) {
    const w = row.TagName.split('-');
    if (Number(row.Count) < SO_MIN_COUNT || w.length < 2 || w.length > 4 || !w.every((x) => /^[a-z]+$/.test(x) && lex.has(x))) continue;
    // "multiple-projects", "multiple-users": how many of a thing is a programmer's question, not a skill.
    if (QUANTITY.has(w[0])) continue;
    // "end-to-end", "peer-to-peer", "one-to-many": a compound of "X to Y" qualifies a noun ("end-to-end
    // testing"), it names nothing alone.
    if (w.length === 3 && w[1] === 'to') continue;
    add(w.join(' '));
  }
  for (const [span, count] of spans) {
    if (words(span).length > 6) continue;
    const trimmed = trimEdges(span.replace(/\s+([-/.])\s+/g, '$1'));
    const word = words(trimmed ?? '').length === 1 ? trimmed : null;
    const marked = word ? (inside.get(word) ?? 0) / (seen.get(word) ?? 1) : 1;
    if (trimmed && (count >= 2 || !word)) add(trimmed, { alone: marked >= 0.3, source: 'span' });
  }
  const sorted = [...phrases.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  fs.writeFileSync(outPath, sorted.map((p) => (phrases.get(p) === 'named' ? p : `${p}\t${phrases.get(p)}`)).join('\n') + '\n');
  console.error(`build-posting-phrases: wrote ${sorted.length} phrases to ${path.relative(repoRoot, outPath)}`);
}

main();
