#!/usr/bin/env node
/**
 * Builds data/spoken-languages.json: the human languages a resume may say its candidate speaks,
 * and the words that say how well ("English 5", "Hindi (native)", "fluent in Spanish").
 *
 * Step 1: the names, from the open vocabularies, not from a hand list:
 *         - ESCO 1.1.1 skills whose labels read "competent in X" or "ability to comprehend spoken
 *           and written X" (ESCO's language skills: 68 languages);
 *         - ISO 639 (Debian's iso-codes, /usr/share/iso-codes/json): the languages with a
 *           two-letter code (ISO 639-1, 184), each under its ISO names ("Panjabi; Punjabi") and
 *           its CLDR English name from Node's ICU ("Odia" for "or", "Kyrgyz" for "ky");
 *         - the CLDR English names of the other ISO 639-2 codes ("Filipino", "Cantonese",
 *           "Hawaiian"), when the name is no common English word (data/names.json) and no form
 *           of another skill ("Mongo" is MongoDB's);
 *         - the taxonomy's entries that name a language (data/taxonomy.json: an entry whose name
 *           or alias is one of the names above and whose category is not a product): their name
 *           is the canonical one ("Chinese" is read as the taxonomy's Mandarin, so a posting
 *           asking for Mandarin meets it).
 * Step 2: the proficiency words and the headings of a languages block, kept here as data (they
 *         are the closed vocabulary of how resumes grade a language: CEFR levels, LinkedIn's
 *         "Professional Working Proficiency", "native", "fluent").
 *
 * Usage: node scripts/build-spoken-languages.mjs   (after scripts/build-taxonomy.mjs)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const taxonomyDir = path.resolve(root, '../shared/corpus/taxonomy');
const isoDir = '/usr/share/iso-codes/json';

const PRODUCT_CATEGORIES = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform', 'hardware', 'certification']);

/** "Catalan; Valencian" → both; "Greek, Modern (1453-)" and "Bihari languages" → none (no name a resume writes). */
function isoNames(field) {
  return field
    .split(';')
    .map((n) => n.replace(/\([^)]*\)/g, '').trim())
    .filter((n) => n && !/[,]/.test(n) && !/\blanguages?\b/i.test(n));
}

function escoLanguages() {
  const rows = parseCsv(fs.readFileSync(path.join(taxonomyDir, 'esco_v1.1.1_skills_en.csv'), 'utf8'));
  const names = [];
  for (const row of rows) {
    const alts = row.altLabels ?? '';
    if (/(^|\n)competent in /.test(alts) || /ability to comprehend spoken and written /.test(alts)) names.push(row.preferredLabel);
  }
  return names;
}

function main() {
  if (!fs.existsSync(path.join(isoDir, 'iso_639-2.json'))) {
    console.error(`spoken-languages: ${isoDir}/iso_639-2.json is missing (Debian: apt-get install iso-codes)`);
    process.exit(1);
  }
  const esco = new Set(escoLanguages());
  const cldr = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const iso = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_639-2.json'), 'utf8'))['639-2'];
  const nameData = JSON.parse(fs.readFileSync(path.join(root, 'data/names.json'), 'utf8'));
  // A name that is also an English word, a given name or a place ("Slave", "Mari", "Delaware") is read as that first.
  const common = new Set([...nameData.commonWords, ...nameData.firstNames, ...nameData.places].map((w) => w.toLowerCase()));
  const taxonomy = JSON.parse(fs.readFileSync(path.join(root, 'data/taxonomy.json'), 'utf8')).skills;
  const productForms = new Set();
  for (const skill of taxonomy) {
    if (!PRODUCT_CATEGORIES.has(skill.category)) continue;
    for (const form of [skill.name, ...skill.aliases]) productForms.add(form.toLowerCase());
  }
  const usable = (n) => n.length >= 3 && !productForms.has(n.toLowerCase());
  /** Lower-cased form → the language's name: one name per language ("Oriya" and "Odia", "Panjabi" and "Punjabi"). */
  const forms = new Map();
  const add = (group, fallback) => {
    const kept = group.filter(usable);
    if (!kept.length) return;
    // ESCO's label where it has one, else CLDR's current English name ("Odia", "Kyrgyz").
    const name = kept.find((n) => esco.has(n)) ?? fallback ?? kept[0];
    for (const n of kept) if (!forms.has(n.toLowerCase())) forms.set(n.toLowerCase(), name);
  };
  for (const entry of iso) {
    if (!entry.alpha_2) continue;
    const c = cldr.of(entry.alpha_2);
    add([...(c ? [c] : []), ...isoNames(entry.name)], c && usable(c) ? c : undefined);
  }
  for (const n of esco) add([n]);
  for (const entry of iso) {
    // mis, mul, und, zxx and the local-use range qaa-qtz name no language.
    if (entry.alpha_2 || /^(?:mis|mul|und|zxx|q[a-t][a-z])$/.test(entry.alpha_3)) continue;
    const c = cldr.of(entry.alpha_3);
    if (c && !/[,()]/.test(c) && !common.has(c.toLowerCase())) add([c]);
  }
  // The taxonomy's own language entries name what they cover ("Chinese" → Mandarin).
  for (const skill of taxonomy) {
    if (PRODUCT_CATEGORIES.has(skill.category)) continue;
    const all = [skill.name, ...skill.aliases];
    if (!all.some((f) => forms.has(f.toLowerCase()))) continue;
    for (const f of all) {
      const key = f.toLowerCase();
      // "fluent spanish", "business english": the taxonomy's phrases, not a language's name.
      if (forms.has(key) || key === skill.name.toLowerCase() || / language$/.test(key)) forms.set(key.replace(/ language$/, ''), skill.name);
    }
  }
  const sorted = Object.fromEntries([...forms].sort(([a], [b]) => (a < b ? -1 : 1)));
  const out = {
    about: 'Human languages and how resumes grade them; built by scripts/build-spoken-languages.mjs from ESCO 1.1.1, ISO 639 (iso-codes) with CLDR names, and data/taxonomy.json. Read by src/resume/spoken-languages.ts.',
    /** Lower-cased form → the name the skill is listed under. */
    names: sorted,
    /** Headings of a block that lists languages (lower-cased, as headingKey writes them). */
    headings: ['languages', 'language', 'language skills', 'languages spoken', 'spoken languages', 'foreign languages', 'foreign language', 'language proficiency', 'language proficiencies', 'languages known', 'linguistic skills', 'language competencies', 'other languages'],
    /** Words that say the candidate speaks the language: one of them beside a language makes a claim anywhere. */
    cues: ['fluent', 'fluently', 'fluency', 'bilingual', 'biliterate', 'trilingual', 'multilingual', 'native', 'natively', 'mother', 'tongue', 'proficient', 'proficiency', 'conversational', 'conversant', 'cefr',
      // CEFR levels and the language tests: a grade no one writes of anything but a language.
      'a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'ielts', 'toefl', 'toeic', 'dele', 'delf', 'dalf', 'jlpt', 'hsk'],
    /**
     * Words of using a language ("speak", "written"): a claim only in a clause wholly about
     * languages ("Excellent spoken and written English"), not in one about teaching it ("teach a
     * non-English speaking person to speak, read and write in English").
     */
    uses: ['speak', 'speaks', 'spoken', 'written', 'speaker', 'read', 'write', 'reading', 'writing', 'speaking', 'working'],
    /** Words that grade or join languages and say nothing else: allowed around a language in a languages list. */
    grades: ['basic', 'beginner', 'elementary', 'intermediate', 'advanced', 'advance', 'moderate', 'functional', 'expert',
      // ACTFL's levels.
      'novice', 'superior', 'distinguished', 'upper', 'pre', 'limited', 'professional', 'full', 'knowledge', 'level', 'good', 'very', 'excellent', 'fair', 'strong', 'first', 'second', 'some', 'both', 'and', 'in', 'of', 'with', 'a', 'the', 'form', 'skills', 'ability', 'able', 'to', 'understand', 'comprehension', 'oral', 'verbal', 'language', 'languages', 'foreign', 'known', 'other', 'also', 'reading', 'communication', 'certified', 'certificate', 'high', 'low', 'medium', 'average', 'excellency', 'competent', 'competency', 'international', 'business', 'grammar', 'literacy', 'literate', 'n1', 'n2', 'n3', 'n4', 'n5'],
  };
  fs.writeFileSync(path.join(root, 'data/spoken-languages.json'), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`spoken-languages: ${Object.keys(sorted).length} forms (${esco.size} ESCO languages, ${new Set(Object.values(sorted)).size} names)`);
}

main();
