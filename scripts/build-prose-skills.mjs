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
 * Step 4: the verb forms of the names ("analyzed survey data" for Data Analysis, "resolved
 *         conflicts" for Conflict Resolution): a name of two or three words whose last word is an
 *         activity ("analysis", "planning", "resolution") is said in a resume as that activity's
 *         verb with the other words as its object. Which verb an activity noun comes from is read
 *         from the vocabularies: ESCO 1.1.1 skills, whose labels name one skill both ways ("analyse
 *         data" beside "data analysis"), and the verbs that open O*NET 29.3 task statements and
 *         ESCO labels ("Supervise", "Analyze", "Install"), which check the suffix rules ("-ation"
 *         → "-ate", "-ing" → the bare verb). Only fields and practices: a product is named, not done.
 *
 * Knowledge spans (Java, machine learning) count for refusal only: a posting's knowledge is a
 * topic that a resume's prose may mention without claiming it ("monitoring", "deployment").
 *
 * Usage: node scripts/build-prose-skills.mjs [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const taxonomyDir = path.resolve(repoRoot, '../shared/corpus/taxonomy');
const datasets = path.resolve(repoRoot, '../shared/corpus/datasets');
const outPath = path.join(repoRoot, 'data', 'prose-skills.json');
const verbose = process.argv.includes('--verbose');

/** Seen at least this often, a name's share inside spans is evidence (fewer is chance). */
const MIN_SEEN = 5;
/** Inside a skill span this share of the time or more: a skill in prose. */
const MIN_SHARE = 0.7;
/** Inside any span this share of the time or less: a word of the sentence, not a skill. */
const MAX_REFUSED_SHARE = 0.3;

/**
 * Categories of activities a resume says it did. Products and credentials are named instead; an
 * industry ('domain') is where the work was done; an engineering practice said with a generic
 * verb names the work on one system ("optimized canvas rendering performance", "designed a
 * RESTful API"), which the dev gold never counted as the practice, so practices are read only
 * by their names.
 */
const DONE_CATEGORIES = new Set(['data', 'business', 'trades', 'legal', 'sales_marketing', 'finance', 'security', 'soft', 'education', 'healthcare', 'design', 'methodology']);

const SOURCES = [
  { id: 'skillspan', name: 'SkillSpan (Zhang et al., NAACL 2022), train and dev splits', license: 'CC BY 4.0', note: 'Posting sentences with skill and knowledge spans; the test split is left for evaluation.' },
  { id: 'acp19tag', name: 'Green et al. 2022, job description entity corpus (testset.txt)', license: 'CC BY 4.0', note: 'UK posting sentences of every trade with Skill spans.' },
  { id: 'esco', name: 'ESCO 1.1.1 skills (esco_v1.1.1_skills_en.csv)', license: 'CC BY 4.0 (European Commission)', note: 'Labels that name one skill as a verb and as a noun: which verb an activity noun comes from.' },
  { id: 'onet', name: 'O*NET 29.3 task statements', license: 'CC BY 4.0 (USDOL/ETA)', note: 'The verbs that open task statements: which words are verbs.' },
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
  return taxonomy.skills.map((skill) => ({
    name: skill.name,
    category: skill.category,
    forms: [...new Set([skill.name, ...skill.aliases].map((f) => words(f).join(' ')).filter(Boolean))],
    // "Fine-Tuning", "E-Learning", "Pro/CABLE": one word written in parts, not a verb and its object.
    compounds: new Set([skill.name, ...skill.aliases].filter((f) => /[-/]/.test(f)).map((f) => words(f).join(' '))),
  }));
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

// ── Step 4: verb forms ─────────────────────────────────────────────────────

const plainWords = (text) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** ESCO's skill labels, per skill (preferred and alternative labels), as words. */
function readEscoLabels() {
  const rows = parseCsv(fs.readFileSync(path.join(taxonomyDir, 'esco_v1.1.1_skills_en.csv'), 'utf8'));
  return rows.map((r) => [r.preferredLabel, ...r.altLabels.split('\n')].map((l) => plainWords(l)).filter((w) => w.length));
}

/** Words that open O*NET task statements, and words that open ESCO labels both bare and as a gerund ("deploy", "deploying"): verbs. */
function readVerbs(escoLabels) {
  const verbs = new Set();
  const lines = fs.readFileSync(path.join(taxonomyDir, 'onet_29_3_Task_Statements.txt'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const first = plainWords(line.split('\t')[2] ?? '')[0];
    if (first) verbs.add(first);
  }
  const escoFirst = new Map();
  for (const labels of escoLabels) for (const l of labels) if (l.length >= 2) escoFirst.set(l[0], (escoFirst.get(l[0]) ?? 0) + 1);
  for (const w of escoFirst.keys()) if (!/ing$/.test(w) && (escoFirst.has(`${w}ing`) || escoFirst.has(`${w.replace(/e$/, '')}ing`))) verbs.add(w);
  return verbs;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'or']);

/**
 * Activity noun → verb, as ESCO writes one skill both ways ("analyse seismic data" and "seismic
 * data analysis"): the verb opens one label, the noun closes another, the other words agree and
 * the two words share their first letters.
 */
function escoPairs(escoLabels, verbs) {
  const pairs = new Map();
  for (const labels of escoLabels) {
    for (const a of labels) {
      if (a.length < 2 || !verbs.has(a[0])) continue;
      const object = new Set(a.slice(1).filter((w) => !FUNCTION_WORDS.has(w)));
      for (const b of labels) {
        const noun = b.at(-1);
        const rest = b.slice(0, -1).filter((w) => !FUNCTION_WORDS.has(w));
        if (b === a || !rest.length || !rest.every((w) => object.has(w))) continue;
        let k = 0;
        while (k < Math.min(noun.length, a[0].length) && noun[k] === a[0][k]) k++;
        if (k >= 3 && k >= a[0].length - 3) pairs.set(`${noun} ${a[0]}`, (pairs.get(`${noun} ${a[0]}`) ?? 0) + 1);
      }
    }
  }
  const out = new Map();
  for (const [key, n] of pairs) {
    if (n < 2) continue;
    const [noun, verb] = key.split(' ');
    out.set(noun, [...(out.get(noun) ?? []), verb]);
  }
  return out;
}

/**
 * A verb that says a skill with any of its usual objects ("supervised", "coached") is one that
 * annotators mark inside skill spans this share of its occurrences or more; "report" (to a
 * manager), "teach", "market" are mostly words of the sentence.
 */
const MIN_VERB_SHARE = 0.5;

/**
 * Verbs whose object names the thing looked after more often than a discipline: "managed the
 * store's Pick-it program", "managed user accounts", "managed code changes". In 20 random
 * livecareer resumes this rule changed, all 4 wrong readings came from 'manage', and so did the
 * one wrong reading on the dev gold; so it says no skill in prose ("inventory management" written
 * as such is still read).
 */
const LOOSE_VERBS = new Set(['manage']);

/** Per word, its occurrences and those inside a skill span. */
function countWords(sentences) {
  const counts = new Map();
  for (const sentence of sentences) {
    for (const { word, inSkill } of sentence) {
      const c = counts.get(word) ?? { seen: 0, inSkill: 0 };
      c.seen++;
      if (inSkill) c.inSkill++;
      counts.set(word, c);
    }
  }
  return counts;
}

/**
 * The verbs of doing that take an activity's noun ("perform penetration tests", "conduct
 * audits"): ESCO's commonest label openers after "manage" and "use".
 */
const LIGHT_VERBS = ['perform', 'conduct', 'undertake', 'execute', 'run'];

/** Words that close an ESCO label ("penetration test", "code review"): nouns. */
function escoLastWords(escoLabels) {
  return new Set(escoLabels.flatMap((labels) => labels.filter((l) => l.length >= 2).map((l) => l.at(-1).replace(/(?<=[^s])s$/, ''))));
}

/** Labels that give a verb one object before the object says a skill with the verb alone. */
const MIN_OBJECT_LABELS = 3;

/**
 * Per verb, the heads of the objects ESCO gives it three times or more, singular ("supervise staff",
 * "supervise students", "coach employees"): what the verb alone may say a skill with.
 */
function escoHeads(escoLabels, verbs) {
  const counts = new Map();
  for (const labels of escoLabels) {
    for (const l of labels) {
      if (l.length < 2 || !verbs.has(l[0])) continue;
      const phrase = [];
      for (const w of l.slice(1)) {
        if (FUNCTION_WORDS.has(w) || w === 'during' || w === 'at') break;
        phrase.push(w);
      }
      const head = phrase.at(-1)?.replace(/ies$/, 'y').replace(/(?<=(?:sh|ch|x|ss))es$/, '').replace(/(?<=[^s])s$/, '');
      // A noun: not a gerund or an adverb ("supervise managing", "communicate clearly").
      if (head && head.length > 2 && !/(?:ing|ly)$/.test(head)) counts.set(`${l[0]} ${head}`, (counts.get(`${l[0]} ${head}`) ?? 0) + 1);
    }
  }
  const out = new Map();
  for (const [key, n] of counts) {
    if (n < MIN_OBJECT_LABELS) continue;
    const [verb, head] = key.split(' ');
    out.set(verb, [...(out.get(verb) ?? []), head].sort());
  }
  return out;
}

/** The verbs an activity noun may come from by its ending ("optimization" → "optimize", "planning" → "plan"), to be checked against the verbs read. */
function suffixVerbs(noun) {
  const out = [noun];
  const cut = (suffix, ...ends) => {
    if (!noun.endsWith(suffix) || noun.length - suffix.length < 3) return;
    const stem = noun.slice(0, -suffix.length);
    for (const end of ends) out.push(stem + end);
    if (/([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  };
  cut('ing', '', 'e');
  cut('ation', '', 'ate', 'e');
  cut('ution', 've');
  cut('uction', 'uce');
  cut('ion', '', 'e');
  cut('ment', '');
  cut('ysis', 'yse', 'yze');
  cut('ance', '');
  cut('ence', '');
  cut('al', '', 'e');
  cut('ry', 'er');
  cut('y', '');
  cut('ship', '');
  cut('tenance', 'tain');
  return out;
}

/** British and American spellings of one verb ("analyse", "analyze"; "optimise", "optimize"). */
const spellings = (verb) => [...new Set([verb, verb.replace(/ise$/, 'ize').replace(/yse$/, 'yze'), verb.replace(/ize$/, 'ise').replace(/yze$/, 'yse')])];

/** Past forms that no rule makes. */
const IRREGULAR_PAST = { write: ['wrote', 'written'], lead: ['led'], teach: ['taught'], build: ['built'], run: ['ran'], draw: ['drew', 'drawn'], oversee: ['oversaw', 'overseen'], undertake: ['undertook', 'undertaken'], sell: ['sold'], buy: ['bought'], make: ['made'], hold: ['held'], give: ['gave', 'given'], take: ['took', 'taken'], set: ['set'], cut: ['cut'], read: ['read'], speak: ['spoke', 'spoken'], drive: ['drove', 'driven'], keep: ['kept'], send: ['sent'], pay: ['paid'], lay: ['laid'], feed: ['fed'], meet: ['met'], find: ['found'], bring: ['brought'], spend: ['spent'], deal: ['dealt'] };

/** A verb as a resume writes it: the verb, "-s", "-ed", "-ing" (a last consonant doubled or not: "planned", "developed"). */
function inflections(verb) {
  const out = new Set([verb]);
  const e = verb.endsWith('e');
  const stem = e ? verb.slice(0, -1) : verb;
  out.add(/(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`);
  if (/[^aeiou]y$/.test(verb)) out.add(`${verb.slice(0, -1)}ied`);
  else out.add(e ? `${verb}d` : `${verb}ed`);
  out.add(e && !verb.endsWith('ee') ? `${stem}ing` : `${verb}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) {
    const last = verb.at(-1);
    out.add(`${verb}${last}ed`);
    out.add(`${verb}${last}ing`);
  }
  for (const past of IRREGULAR_PAST[verb] ?? []) out.add(past);
  return [...out].sort();
}

/**
 * Per verb: its forms, and the objects that make it a skill ("analyze" + "data" → Data
 * Analysis). A name of two or three words, its last word an activity noun with a verb, its
 * other words the object; an alias only when it ends in the name's own activity ("meeting
 * planning" for Event Planning, not "cost analysis" for Cost Accounting).
 */
function verbForms(skills, escoNounVerbs, escoObjects, escoNouns, verbs, refused, verbMarked) {
  const byVerb = new Map();
  for (const skill of skills) {
    // A name annotators seldom mark ("decision making", "operations management") is a word of the sentence.
    if (!DONE_CATEGORIES.has(skill.category) || refused[skill.forms[0]]) continue;
    const activity = skill.forms[0].split(' ').at(-1);
    for (const form of skill.forms) {
      const w = form.split(' ');
      if (skill.compounds.has(form) || w.at(-1).replace(/e?s$/, '') !== activity.replace(/e?s$/, '')) continue;
      // One word ("supervision", "coaching"): the verb with what ESCO writes it takes ("supervise staff", "coach employees").
      if (w.length === 1 && form === skill.forms[0]) {
        for (const verb of new Set([...(escoNounVerbs.get(form) ?? []), ...suffixVerbs(form).filter((v) => verbs.has(v) && v !== form)].flatMap(spellings))) {
          const heads = escoObjects.get(verb);
          if (!heads || !spellings(verb).some((v) => verbs.has(v)) || !verbMarked(verb)) continue;
          const entry = byVerb.get(verb) ?? { forms: inflections(verb), objects: {} };
          for (const head of heads) entry.objects[head] ??= skill.name;
          byVerb.set(verb, entry);
        }
        continue;
      }
      if (w.length < 2 || w.length > 3 || !w.every((x) => /^[a-z]+$/.test(x)) || w.slice(0, -1).some((x) => FUNCTION_WORDS.has(x))) continue;
      const noun = w.at(-1);
      const object = w.slice(0, -1).join(' ');
      // An object that is itself an activity ("management accounting" is not "account management").
      if (/ment$/.test(w.at(-2))) continue;
      const candidates = new Set([...(escoNounVerbs.get(noun) ?? []), ...suffixVerbs(noun).filter((v) => verbs.has(v) && v !== object)]);
      // "performed penetration tests", "conducted usability tests": an "-ing" activity whose verb is
      // also its noun is said as that noun after a verb of doing.
      if (noun.endsWith('ing')) {
        for (const verb of candidates) {
          if (!verbs.has(verb) || !escoNouns.has(verb)) continue;
          for (const light of LIGHT_VERBS) {
            const entry = byVerb.get(light) ?? { forms: inflections(light), objects: {} };
            entry.objects[`${object} ${verb}`] ??= skill.name;
            byVerb.set(light, entry);
          }
        }
      }
      for (const verb of [...candidates].flatMap(spellings)) {
        // A spelling of a verb read ("analyze" beside O*NET's "analyze" and ESCO's "analyse").
        if (!spellings(verb).some((v) => verbs.has(v))) continue;
        const entry = byVerb.get(verb) ?? { forms: inflections(verb), objects: {} };
        entry.objects[object] ??= skill.name;
        byVerb.set(verb, entry);
      }
    }
  }
  for (const verb of LOOSE_VERBS) byVerb.delete(verb);
  return Object.fromEntries([...byVerb].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([verb, e]) => [verb, { forms: e.forms, objects: Object.fromEntries(Object.entries(e.objects).sort()) }]));
}

const sorted = (obj) => Object.fromEntries(Object.entries(obj).sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1)));

function main() {
  if (!fs.existsSync(datasets)) {
    console.error(`build-prose-skills: ${datasets} not found; ${path.relative(repoRoot, outPath)} left unchanged.`);
    process.exit(1);
  }
  const sentences = readSentences();
  const skills = readSkills();
  const forms = new Set(skills.flatMap((s) => s.forms));
  const counts = countForms(sentences, forms);
  const { claimed, refused } = judge(forms, counts);
  const escoLabels = readEscoLabels();
  const verbs = readVerbs(escoLabels);
  const wordCounts = countWords(sentences);
  const verbMarked = (verb) => {
    const [inSkill, seen] = inflections(verb).reduce(([k, n], f) => [k + (wordCounts.get(f)?.inSkill ?? 0), n + (wordCounts.get(f)?.seen ?? 0)], [0, 0]);
    return seen < MIN_SEEN || inSkill / seen >= MIN_VERB_SHARE;
  };
  const verbed = verbForms(skills, escoPairs(escoLabels, verbs), escoHeads(escoLabels, verbs), escoLastWords(escoLabels), verbs, refused, verbMarked);
  const head = {
    version: 1,
    sources: SOURCES,
    note: `Each entry is [occurrences wholly inside an annotated span (claimed: a skill span; refused: any span), occurrences], over ${sentences.length} sentences. Forms are written as words (lower case, hyphens and slashes as spaces). claimed: forms seen ${MIN_SEEN}+ times, ${MIN_SHARE * 100}%+ inside skill spans; refused: forms seen ${MIN_SEEN}+ times, ${MAX_REFUSED_SHARE * 100}% or less inside any span.`,
  };
  const block = (name, obj) => `  ${JSON.stringify(name)}: {\n${Object.entries(sorted(obj)).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`;
  const text = `${JSON.stringify(head, null, 2).replace(/\n}$/, '')},\n${[block('claimed', claimed), block('refused', refused), block('verbs', verbed)].join(',\n')}\n}\n`;
  fs.writeFileSync(outPath, text);
  console.error(`build-prose-skills: ${Object.keys(claimed).length} forms claimed in prose, ${Object.keys(refused).length} refused, over ${sentences.length} annotated sentences; ${Object.keys(verbed).length} verbs with ${Object.values(verbed).reduce((n, v) => n + Object.keys(v.objects).length, 0)} objects`);
  if (verbose) {
    for (const [title, obj] of [['+', claimed], ['-', refused]]) console.error(Object.entries(obj).map(([k, v]) => `  ${title} ${k} ${v.join('/')}`).join('\n'));
  }
}

main();
