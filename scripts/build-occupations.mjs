#!/usr/bin/env node
/**
 * Builds data/occupations.json from O*NET 29.3 in ../shared/corpus/taxonomy/ (and ESCO 1.1.1's
 * alternative labels, where they name an O*NET occupation unambiguously).
 *
 * Step 1: occupations (code, title, job zone) from Occupation_Data and Job_Zones.
 * Step 2: titles per occupation: its own title, Alternate_Titles (the long form, the form in
 *         brackets and the short title), Sample_of_Reported_Titles, each with a weight that
 *         says how common the title is (O*NET's count of sources, see addTitle), used to break
 *         ties between occupations that share a title.
 * Step 3: ESCO labels: an ESCO occupation whose preferred label is exactly one O*NET
 *         occupation's title lends that occupation its alternative labels (weight 1).
 * Step 4: related occupations in O*NET's rank order (index 1 = most related).
 * Step 5: a bag of task stems per occupation (task statements, description, hot technologies),
 *         the K best by tf·idf, for reading a posting that has no clear title.
 * Step 6: a knowledge profile per occupation: O*NET's importance of each of its 33 knowledge
 *         areas (Knowledge, scale IM), standardised per area over the occupations (so
 *         "English Language", important everywhere, tells nothing), for grading occupations
 *         O*NET's related lists do not link. A detailed occupation without ratings borrows its
 *         SOC parent's; none at all is stored as zeros.
 *
 * Titles are stored as ids of words folded by the code the lookups use (dist/occupation/words.js),
 * so that loading is a JSON parse and a few typed arrays; run `npm run build` first
 * (`npm run occupations` does both).
 *
 * Usage: node scripts/build-occupations.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStems, titleWords } from '../dist/occupation/words.js';
import { parseCsv } from './csv.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const taxDir = path.resolve(repoRoot, '../shared/corpus/taxonomy');
const outPath = path.join(repoRoot, 'data', 'occupations.json');
/** Task stems kept per occupation: enough to tell occupations apart, small enough to load fast. */
const TASK_STEMS = 60;
/**
 * Title weights: 2 points per O*NET source of an alternate title, 2 for a reported title (4 when
 * My Next Move shows it), 1 for an ESCO label; an occupation's own title beats them all.
 */
const OWN_TITLE_POINTS = 40;
const POINTS_PER_SOURCE = 2;
const REPORTED_POINTS = 2;
const REPORTED_SHOWN_POINTS = 4;
const MAX_WEIGHT = 255;

/** Rows of a tab-separated O*NET file, as objects keyed by its header. */
function readTsv(name) {
  const lines = fs.readFileSync(path.join(taxDir, name), 'utf8').split(/\r?\n/).filter(Boolean);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

// Step 1
const occupations = readTsv('onet_29_3_Occupation_Data.txt').map((r) => ({
  code: r['O*NET-SOC Code'],
  title: r.Title,
  description: r.Description,
  zone: 0,
  titles: new Map(),
  related: [],
}));
const byCode = new Map(occupations.map((o, i) => [o.code, i]));
for (const r of readTsv('onet_29_3_Job_Zones.txt')) {
  const i = byCode.get(r['O*NET-SOC Code']);
  if (i !== undefined) occupations[i].zone = Number(r['Job Zone']);
}

// Step 2
/**
 * Adds a title under its folded key; a title named by several sources (or listed again) adds up
 * its weight, which says how commonly the title means this occupation and settles which
 * occupation a shared title goes to. `full` is the whole title a short form comes from
 * ("Certified Nursing Assistant (CNA)" for "CNA"): when it carries the occupation's own name, the
 * title earns a point, so that a short form shared by several occupations goes to the one it
 * abbreviates.
 */
function addTitle(occ, title, points, full = title) {
  const words = titleWords(title);
  if (!words.length) return;
  const key = words.join(' ');
  const fullWords = new Set(titleWords(full));
  const ownWords = titleWords(occ.title).filter((w) => !['and', 'except', 'all', 'other'].includes(w));
  const own = ownWords.filter((w) => fullWords.has(w)).length / ownWords.length >= 0.5 ? 1 : 0;
  const previous = occ.titles.get(key);
  if (previous) previous.weight = Math.min(MAX_WEIGHT, previous.weight + points);
  else occ.titles.set(key, { words, weight: Math.min(MAX_WEIGHT, points + own) });
}

/** "Registered Nurse (RN)" names the occupation twice: as written outside and inside brackets. */
function titleForms(title) {
  const inner = [...title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  const outer = title.replace(/\([^)]*\)/g, ' ');
  return [outer, ...inner].map((t) => t.trim()).filter(Boolean);
}

for (const occ of occupations) addTitle(occ, occ.title, OWN_TITLE_POINTS);
for (const r of readTsv('onet_29_3_Alternate_Titles.txt')) {
  const occ = occupations[byCode.get(r['O*NET-SOC Code'])];
  if (!occ) continue;
  const points = POINTS_PER_SOURCE * (r['Source(s)'].split(',').filter(Boolean).length || 1);
  for (const form of titleForms(r['Alternate Title'])) addTitle(occ, form, points, r['Alternate Title']);
  if (r['Short Title'] && r['Short Title'] !== 'n/a') addTitle(occ, r['Short Title'], points, r['Alternate Title']);
}
for (const r of readTsv('onet_29_3_Sample_of_Reported_Titles.txt')) {
  const occ = occupations[byCode.get(r['O*NET-SOC Code'])];
  if (!occ) continue;
  const points = r['Shown in My Next Move'] === 'Y' ? REPORTED_SHOWN_POINTS : REPORTED_POINTS;
  for (const form of titleForms(r['Reported Job Title'])) addTitle(occ, form, points, r['Reported Job Title']);
}

// Step 3
const ownersOfKey = new Map();
for (const [i, occ] of occupations.entries()) {
  for (const key of occ.titles.keys()) ownersOfKey.set(key, [...(ownersOfKey.get(key) ?? []), i]);
}
let escoAdded = 0;
let escoOccupations = 0;
for (const r of parseCsv(fs.readFileSync(path.join(taxDir, 'esco_v1.1.1_occupations_en.csv'), 'utf8'))) {
  const owners = ownersOfKey.get(titleWords(r.preferredLabel).join(' '));
  if (!owners || owners.length !== 1) continue;
  const occ = occupations[owners[0]];
  const before = occ.titles.size;
  for (const label of r.altLabels.split('\n')) {
    // ESCO's gendered and qualified variants ("nurse responsible for general care") add noise.
    if (label && label.split(' ').length <= 4 && !/\/|\bfemale\b|\bmale\b/.test(label)) addTitle(occ, label, 1);
  }
  escoAdded += occ.titles.size - before;
  escoOccupations++;
}

// Step 4
const relatedRows = readTsv('onet_29_3_Related_Occupations.txt');
relatedRows.sort((a, b) => Number(a.Index) - Number(b.Index));
for (const r of relatedRows) {
  const from = byCode.get(r['O*NET-SOC Code']);
  const to = byCode.get(r['Related O*NET-SOC Code']);
  if (from !== undefined && to !== undefined) occupations[from].related.push(to);
}

// Step 5
const taskText = occupations.map((o) => [o.title, o.description]);
for (const r of readTsv('onet_29_3_Task_Statements.txt')) {
  const i = byCode.get(r['O*NET-SOC Code']);
  if (i !== undefined) taskText[i].push(r.Task);
}
for (const r of readTsv('onet_29_3_Technology_Skills.txt')) {
  const i = byCode.get(r['O*NET-SOC Code']);
  if (i !== undefined && r['Hot Technology'] === 'Y') taskText[i].push(r.Example);
}
const termFreqs = taskText.map((texts) => {
  const tf = new Map();
  for (const stem of contentStems(texts.join(' '))) tf.set(stem, (tf.get(stem) ?? 0) + 1);
  return tf;
});
const docFreq = new Map();
for (const tf of termFreqs) for (const stem of tf.keys()) docFreq.set(stem, (docFreq.get(stem) ?? 0) + 1);
const tasks = termFreqs.map((tf) =>
  [...tf]
    .filter(([stem]) => docFreq.get(stem) < occupations.length / 4)
    .map(([stem, n]) => [stem, (1 + Math.log(n)) * Math.log(occupations.length / docFreq.get(stem))])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TASK_STEMS)
    .map(([stem]) => stem),
);

// Step 6
const KNOWLEDGE_SCALE = 20;
const ratings = new Map();
const areas = new Set();
for (const r of readTsv('onet_29_3_Knowledge_from_xlsx.txt')) {
  if (r['Scale ID'] !== 'IM') continue;
  areas.add(r['Element Name']);
  if (!ratings.has(r['O*NET-SOC Code'])) ratings.set(r['O*NET-SOC Code'], new Map());
  ratings.get(r['O*NET-SOC Code']).set(r['Element Name'], Number(r['Data Value']));
}
const areaList = [...areas].sort();
const rated = [...ratings.values()];
const areaMean = areaList.map((a) => rated.reduce((sum, m) => sum + m.get(a), 0) / rated.length);
const areaSd = areaList.map((a, k) => Math.sqrt(rated.reduce((sum, m) => sum + (m.get(a) - areaMean[k]) ** 2, 0) / rated.length));
const knowledge = occupations.flatMap((o) => {
  const own = ratings.get(o.code) ?? ratings.get(`${o.code.slice(0, 7)}.00`);
  // Int8: a standard score × KNOWLEDGE_SCALE, within ±127 (6 standard deviations).
  return areaList.map((a, k) => (own ? Math.max(-127, Math.min(127, Math.round(((own.get(a) - areaMean[k]) / areaSd[k]) * KNOWLEDGE_SCALE))) : 0));
});

// Titles as word ids. Long lists of small numbers are stored as
// base64 of little-endian typed arrays, which load natively in a few milliseconds where a JSON
// array of 200,000 numbers takes tens.
const wordCount = new Map();
const wordOccupations = new Map();
for (const [i, occ] of occupations.entries()) {
  for (const t of occ.titles.values()) {
    for (const w of t.words) {
      wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
      wordOccupations.set(w, (wordOccupations.get(w) ?? new Set()).add(i));
    }
  }
}
// Sorted by code unit, so that a lookup is a binary search (no map to build at load).
const words = [...wordCount.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const wordId = new Map(words.map((w, i) => [w, i]));
const stems = [...new Set(tasks.flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const stemId = new Map(stems.map((s, i) => [s, i]));
const allTitles = occupations.flatMap((o) => [...o.titles.values()]);
/** Each word's titles, in title order (a title that repeats a word is listed once per repeat). */
function postingsOf(titles, count) {
  const lists = Array.from({ length: count }, () => []);
  titles.forEach((t, i) => { for (const w of t.words) lists[wordId.get(w)].push(i); });
  return lists.flat();
}
const base64 = (TypedArray, values) => Buffer.from(TypedArray.from(values).buffer).toString('base64');

// Everything the lookups derive from the tables is computed here, so loading is decoding.
const occupationCount = occupations.length;
const titleStart = [0];
for (const t of allTitles) titleStart.push(titleStart.at(-1) + t.words.length);
const postingStart = [0];
for (const w of words) postingStart.push(postingStart.at(-1) + wordCount.get(w));
const endsTitle = new Set(allTitles.map((t) => t.words.at(-1)));
const stemDf = new Map();
for (const bag of tasks) for (const s of bag) stemDf.set(s, (stemDf.get(s) ?? 0) + 1);
const stemIdf = stems.map((s) => Math.log((occupationCount + 1) / stemDf.get(s)));
const taskStart = [0];
for (const bag of tasks) taskStart.push(taskStart.at(-1) + bag.length);

const data = {
  version: 1,
  source: 'O*NET 29.3 (CC BY 4.0, onetcenter.org) and ESCO 1.1.1 alternative labels (EUPL 1.2); built by scripts/build-occupations.mjs',
  /** [code, title, job zone (0 = none)] */
  occupations: occupations.map((o) => [o.code, o.title, o.zone]),
  /** Title words, folded (see src/occupation/words.ts), sorted: a word's id is its index. */
  words,
  /** Per word: idf over occupations (Float32), whether it ends some title (Uint8). */
  wordIdf: base64(Float32Array, words.map((w) => Math.log((occupationCount + 1) / wordOccupations.get(w).size))),
  endsTitle: base64(Uint8Array, words.map((w) => (endsTitle.has(w) ? 1 : 0))),
  /** How many titles each occupation has; titles are stored occupation after occupation. */
  titleCounts: occupations.map((o) => o.titles.size),
  /** Title t's words are titleWords[titleStart[t] .. titleStart[t + 1]) (Uint32, Uint16). */
  titleStart: base64(Uint32Array, titleStart),
  titleWords: base64(Uint16Array, allTitles.flatMap((t) => t.words.map((w) => wordId.get(w)))),
  /** Per title, its weight (Uint8, see addTitle). */
  titleWeights: base64(Uint8Array, allTitles.map((t) => t.weight)),
  /** Word w's titles are postings[postingStart[w] .. postingStart[w + 1]) (Uint32 each). */
  postingStart: base64(Uint32Array, postingStart),
  postings: base64(Uint32Array, postingsOf(allTitles, words.length)),
  /** Per occupation, the indices of its related occupations, most related first. */
  related: occupations.map((o) => o.related),
  /** Task stems, sorted, with their idf over the occupations' bags (Float32). */
  stems,
  stemIdf: base64(Float32Array, stemIdf),
  /** Occupation o's task stems are tasks[taskStart[o] .. taskStart[o + 1]) (Uint32, Uint16). */
  taskStart: base64(Uint32Array, taskStart),
  tasks: base64(Uint16Array, tasks.flatMap((bag) => bag.map((s) => stemId.get(s)))),
  /** O*NET knowledge areas, sorted; occupation o's standard scores × 20 are knowledge[o × areas.length ..] (Int8). */
  knowledgeAreas: areaList,
  knowledge: base64(Int8Array, knowledge),
};
if (words.length > 65535 || stems.length > 65535 || allTitles.some((t) => t.words.length > 255 || t.weight > 255)) {
  throw new Error('a table outgrew its typed array');
}
fs.writeFileSync(outPath, `${JSON.stringify(data)}\n`);
const titleCount = occupations.reduce((n, o) => n + o.titles.size, 0);
console.error(
  `wrote ${outPath}: ${occupations.length} occupations, ${titleCount} titles (${escoAdded} from ${escoOccupations} ESCO occupations), ` +
    `${(fs.statSync(outPath).size / 1e6).toFixed(2)} MB`,
);
