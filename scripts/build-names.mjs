#!/usr/bin/env node
/**
 * Builds data/names.json, the word lists the name reader (src/resume/structure/guess-name.ts)
 * weighs a header line with:
 * - firstNames: given names of every Latin-script locale of @faker-js/faker (MIT), lower-cased;
 * - places: city, county, state and country names of the same locales, the 7,300 cities and
 *   their provinces of city-timezones (MIT), and the countries and capitals of countries-list
 *   (MIT);
 * - titleHeads: the last words of O*NET 29.3 alternate job titles ("chef", "accountant"),
 *   that end a job title and rarely a name;
 * - titleWords: every word of those titles, seen in 3 titles or more ("sales", "executive");
 * - commonWords: words written in lower case at least twice in O*NET 29.3 task statements and
 *   ESCO 1.1 skill labels ("good", "negotiation"): English words, not names.
 * A first name that is also a title head or word stays a first name: the reader decides.
 *
 * Usage (the three packages are not dependencies of jobfit; install them anywhere first):
 *   npm install --prefix /tmp/names @faker-js/faker@10 city-timezones@1 countries-list@3
 *   node scripts/build-names.mjs /tmp/names/node_modules ../shared/corpus/taxonomy
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, taxonomyDir] = process.argv.slice(2);
if (!modules || !taxonomyDir) {
  console.error('usage: node scripts/build-names.mjs <node_modules holding the three packages> <taxonomy dir>');
  process.exit(2);
}
const fakerDir = path.join(modules, '@faker-js/faker');
const pkg = JSON.parse(readFileSync(path.join(fakerDir, 'package.json'), 'utf8'));
const entry = pkg.exports?.['.']?.import?.default ?? pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main;
const { allLocales } = await import(pathToFileURL(path.join(fakerDir, typeof entry === 'string' ? entry : 'dist/index.js')).href);

const LATIN = /^[a-zà-ÿ][a-zà-ÿ' .-]*$/;
const words = (x) => [x ?? []].flat(3).filter((s) => typeof s === 'string');
const firstNames = new Set();
const places = new Set();
for (const locale of Object.values(allLocales)) {
  const f = locale.person?.first_name ?? {};
  for (const n of [...words(f.generic), ...words(f.female), ...words(f.male)]) {
    const w = n.toLowerCase().trim();
    if (LATIN.test(w) && w.length >= 2 && !w.includes(' ')) firstNames.add(w);
  }
  const l = locale.location ?? {};
  for (const p of [...words(l.city_name), ...words(l.county), ...words(l.state), ...words(l.country)]) {
    const w = p.toLowerCase().trim();
    if (LATIN.test(w) && w.length >= 3) places.add(w);
  }
}

const version = (name) => JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
const addPlace = (name) => {
  for (const p of [name, name.split('-')[0]]) {
    const w = p?.toLowerCase().trim();
    if (w && LATIN.test(w) && w.length >= 3) places.add(w);
  }
};
for (const c of JSON.parse(readFileSync(path.join(modules, 'city-timezones/data/cityMap.json'), 'utf8'))) {
  for (const name of [c.city, c.city_ascii, c.province]) if (typeof name === 'string') addPlace(name);
}
for (const c of Object.values(JSON.parse(readFileSync(path.join(modules, 'countries-list/countries.min.json'), 'utf8')))) {
  for (const name of [c.name, c.capital]) if (typeof name === 'string') addPlace(name);
}

const heads = new Map();
const titleWords = new Map();
const titles = readFileSync(path.join(taxonomyDir, 'onet_29_3_Alternate_Titles.txt'), 'utf8').split('\n').slice(1);
for (const row of titles) {
  const title = row.split('\t')[1];
  if (!title) continue;
  const ws = title.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z]+/).filter((w) => w.length >= 2);
  if (ws.length === 0) continue;
  const last = ws[ws.length - 1];
  heads.set(last, (heads.get(last) ?? 0) + 1);
  for (const w of new Set(ws)) titleWords.set(w, (titleWords.get(w) ?? 0) + 1);
}
const common = new Map();
const countLower = (text) => {
  for (const w of text.match(/\b[a-z]{3,}\b/g) ?? []) common.set(w, (common.get(w) ?? 0) + 1);
};
for (const row of readFileSync(path.join(taxonomyDir, 'onet_29_3_Task_Statements.txt'), 'utf8').split('\n').slice(1)) countLower(row.split('\t')[2] ?? '');
for (const label of readFileSync(path.join(taxonomyDir, 'esco_v1.1.0_skill_preferred_labels.txt'), 'utf8').split('\n')) countLower(label);

const atLeast = (m, n) => [...m].filter(([, c]) => c >= n).map(([w]) => w).sort();

const out = {
  source: `scripts/build-names.mjs: @faker-js/faker ${pkg.version}, city-timezones ${version('city-timezones')}, countries-list ${version('countries-list')} (all MIT); O*NET 29.3 Alternate Titles and Task Statements (CC BY 4.0); ESCO 1.1 skill labels (CC BY 4.0)`,
  firstNames: [...firstNames].sort(),
  places: [...places].sort(),
  titleHeads: atLeast(heads, 2),
  titleWords: atLeast(titleWords, 3),
  commonWords: atLeast(common, 2),
};
writeFileSync(new URL('../data/names.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`data/names.json: ${out.firstNames.length} first names, ${out.places.length} places, ${out.titleHeads.length} title heads, ${out.titleWords.length} title words, ${out.commonWords.length} common words`);
