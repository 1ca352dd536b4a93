#!/usr/bin/env node
/**
 * Builds data/names.json, the word lists the name reader (src/resume/structure/guess-name.ts)
 * weighs a header line with:
 * - firstNames: given names of every Latin-script locale of @faker-js/faker (MIT), lower-cased;
 * - places: city, county, state and country names of the same locales;
 * - titleHeads: the last words of O*NET 29.3 alternate job titles ("chef", "accountant"),
 *   that end a job title and rarely a name;
 * - titleWords: every word of those titles, seen in 3 titles or more ("sales", "executive").
 * A first name that is also a title head or word stays a first name: the reader decides.
 *
 * Usage (faker is not a dependency of jobfit; install it anywhere first):
 *   npm install --prefix /tmp/faker @faker-js/faker@10
 *   node scripts/build-names.mjs /tmp/faker/node_modules/@faker-js/faker ../shared/corpus/taxonomy
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [fakerDir, taxonomyDir] = process.argv.slice(2);
if (!fakerDir || !taxonomyDir) {
  console.error('usage: node scripts/build-names.mjs <@faker-js/faker dir> <taxonomy dir>');
  process.exit(2);
}
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
const atLeast = (m, n) => [...m].filter(([, c]) => c >= n).map(([w]) => w).sort();

const out = {
  source: 'scripts/build-names.mjs: @faker-js/faker ' + pkg.version + ' (MIT) locales; O*NET 29.3 Alternate Titles (CC BY 4.0)',
  firstNames: [...firstNames].sort(),
  places: [...places].sort(),
  titleHeads: atLeast(heads, 2),
  titleWords: atLeast(titleWords, 3),
};
writeFileSync(new URL('../data/names.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`data/names.json: ${out.firstNames.length} first names, ${out.places.length} places, ${out.titleHeads.length} title heads, ${out.titleWords.length} title words`);
