#!/usr/bin/env node
/**
 * Builds data/taxonomy.json from the public skill lists in ../shared/corpus/taxonomy/ and the
 * hand-curated entries in data/curated-skills.yaml.
 *
 * Step 1: read the curated entries (they win every conflict).
 * Step 2: derive candidate skills from Linguist, O*NET, the Microsoft SkillsExtractor list and
 *         ESCO, each filtered to what people put on a resume.
 * Step 3: merge candidates into the curated set; a form (name or alias) belongs to one skill only,
 *         so a later candidate that claims a taken form is merged or loses that form (reported).
 * Step 4: add spelling aliases from GitHub explore topics, check references, write sorted JSON.
 *
 * The livecareer resumes (2,484, every occupation) give two counts from data rather than hand
 * lists: how resumes write a word (a Stack Overflow tag written "Camunda" or "BGP" is a product,
 * one written in lower case is prose), and how many resumes use a name ("documentation" is in a
 * quarter of them: a word of every job, marked `common`, not a claim when met in prose). Their
 * text is read with the built library (run `npm run build` first) and cached under the system
 * temporary directory.
 *
 * Usage: node scripts/build-taxonomy.mjs [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import os from 'node:os';
import YAML from 'yaml';
import { parseCsv } from './csv.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(repoRoot, '../shared');
const taxDir = path.join(sharedDir, 'corpus', 'taxonomy');
const curatedPath = path.join(repoRoot, 'data', 'curated-skills.yaml');
const outPath = path.join(repoRoot, 'data', 'taxonomy.json');
const listOutPath = path.join(repoRoot, 'data', 'list-skills.txt');
const tagsOutPath = path.join(repoRoot, 'data', 'list-tags.txt');
const compoundsOutPath = path.join(repoRoot, 'data', 'list-compounds.json');
const verbose = process.argv.includes('--verbose');

const SOURCES = [
  { id: 'curated', name: 'jobfit curated skills', license: 'MIT', note: 'Hand-written entries in data/curated-skills.yaml; they override every other source.' },
  { id: 'linguist', name: 'GitHub Linguist languages.yml', license: 'MIT', note: 'Programming, markup and data languages, kept when their Stack Overflow tag is popular.' },
  { id: 'onet', name: 'O*NET Technology Skills', license: 'CC BY 4.0', note: 'O*NET 29 database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA); Hot Technology and frequent examples, names shortened.' },
  { id: 'ms', name: 'Microsoft SkillsExtractor (skills.json, skill_patterns.jsonl)', license: 'MIT', note: 'Stackshare and GitHub topic skills kept when their Stack Overflow tag is popular.' },
  { id: 'esco', name: 'ESCO skills and competences v1.1', license: 'European Union, reuse with attribution (Commission Decision 2011/833/EU)', note: 'Short noun-phrase labels only; ESCO is a product of the European Commission.' },
  { id: 'github-topics', name: 'GitHub explore topics', license: 'CC BY 4.0', note: 'Single-word topic aliases (k8s, golang) added as spellings of existing skills.' },
  { id: 'stackoverflow', name: 'Stack Overflow tags (2021 data dump)', license: 'CC BY-SA 4.0', note: 'Tag names and counts: popularity evidence, and product names (single words that are not English words) for the long tail.' },
  { id: 'livecareer', name: 'livecareer resumes (../shared/corpus/livecareer)', license: 'research corpus', note: 'Only counts: how resumes write a name (its capitals) and how many resumes of every occupation use it.' },
];

const ORIGIN_ORDER = ['curated', 'linguist', 'onet', 'ms', 'esco', 'stackoverflow'];

// ── Step 1: curated entries ────────────────────────────────────────────────

const RULE_SHORT = { ec: 'exact-case', tc: 'tech-context' };

/** "Name | alias, alias | => Implied, X | ~ Related | ! Form=ec+tc; Form2=tc | *generic" */
function parseCuratedLine(line, category) {
  const parts = line.split(' | ').map((p) => p.trim());
  const skill = { name: parts[0], aliases: [], category, implies: [], related: [], ambiguous: {}, origin: 'curated' };
  for (const part of parts.slice(1)) {
    if (part.startsWith('=>')) skill.implies.push(...splitList(part.slice(2)));
    else if (part.startsWith('~')) skill.related.push(...splitList(part.slice(1)));
    else if (part.startsWith('!')) Object.assign(skill.ambiguous, parseRules(part.slice(1), skill.name));
    else if (part === '*generic') skill.generic = true;
    else skill.aliases.push(...splitList(part));
  }
  // An exact-case rule's key fixes the spelling: "! S3=ec+tc" turns alias "s3" into "S3".
  for (const form of Object.keys(skill.ambiguous)) {
    const i = skill.aliases.findIndex((a) => a !== form && a.toLowerCase() === form.toLowerCase() && !(a in skill.ambiguous));
    if (i >= 0 && form !== skill.name) skill.aliases[i] = form;
  }
  return skill;
}

function splitList(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

/** "Go=ec+tc; GO=ec" or just "tc" (applies to the name). */
function parseRules(text, name) {
  const out = {};
  for (const item of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [form, rules] = item.includes('=') ? item.split('=') : [name, item];
    out[form.trim()] = rules.split('+').map((r) => RULE_SHORT[r.trim()] ?? r.trim());
  }
  return out;
}

function loadCurated() {
  const doc = YAML.parse(fs.readFileSync(curatedPath, 'utf8'));
  const skills = [];
  for (const [category, entries] of Object.entries(doc.skills)) {
    for (const entry of entries) skills.push(parseCuratedLine(String(entry), category));
  }
  return {
    skills,
    neverForms: new Set((doc.never_forms ?? []).map((s) => String(s).toLowerCase())),
    exclude: new Set((doc.exclude ?? []).map((s) => String(s).toLowerCase())),
  };
}

// ── Step 2: candidates from public lists ───────────────────────────────────

function readText(file) {
  return fs.readFileSync(path.join(taxDir, file), 'utf8');
}

function loadStackOverflowCounts() {
  const counts = new Map();
  for (const row of parseCsv(readText('stackoverflow_tags_top50k_2021.csv'))) counts.set(row.TagName, Number(row.Count));
  return counts;
}

function soTag(name) {
  return name.toLowerCase().replace(/\s+/g, '-');
}

function candidate(name, category, origin, aliases = []) {
  return { name, aliases, category, implies: [], related: [], ambiguous: {}, origin };
}

function fromLinguist(soCounts) {
  const langs = YAML.parse(readText('linguist_languages.yml'));
  const out = [];
  for (const [name, lang] of Object.entries(langs)) {
    if (!['programming', 'markup', 'data'].includes(lang.type)) continue;
    const count = soCounts.get(soTag(name)) ?? 0;
    if (count < 3000) continue;
    out.push(candidate(name, 'language', 'linguist', (lang.aliases ?? []).filter((a) => a.length > 2)));
  }
  return out;
}

// Vendor prefixes that resumes usually leave out ("Atlassian JIRA" is written "Jira").
const DROPPED_VENDORS = ['Atlassian', 'Intuit', 'The MathWorks', 'Dassault Systemes', 'National Instruments', 'Qlik Tech', 'Trimble', 'ESRI', 'Epic Systems', 'Bentley', 'PTC', 'Blackbaud'];
// Vendor prefixes kept in the name, with the bare product as an alias ("Microsoft Excel" / "Excel").
const KEPT_VENDORS = ['Microsoft', 'Adobe', 'Oracle', 'IBM', 'Autodesk', 'Google', 'Apple', 'Apache', 'Amazon', 'AWS', 'SAP', 'Cisco', 'Salesforce', 'VMware', 'Red Hat'];

/** "Adobe Systems Adobe Photoshop" → "Adobe Photoshop"; "Structured query language SQL" → "SQL". */
function onetName(example) {
  let name = example.replace(/\s+software$/i, '').trim();
  const words = name.split(' ');
  const repeat = words.indexOf(words[0], 1);
  if (repeat > 0) name = words.slice(repeat).join(' ');
  const aliases = [];
  const acronym = name.match(/^(.*\s)([A-Z][A-Za-z0-9+#/]{1,9})$/);
  if (acronym && /^[a-z]/.test(acronym[1].trim().split(' ')[1] ?? '')) {
    aliases.push(acronym[1].trim().toLowerCase());
    name = acronym[2];
  }
  for (const vendor of DROPPED_VENDORS) {
    if (name.startsWith(vendor + ' ') && name.length > vendor.length + 2) { aliases.push(name); name = name.slice(vendor.length + 1); }
  }
  for (const vendor of KEPT_VENDORS) {
    const bare = name.slice(vendor.length + 1);
    // "SAP Maintenance", "Autodesk Mechanical": a bare word that is an activity or an adjective
    // by its ending names the work, not the product ("Maintenance Schedules", "Mechanical Assembly").
    if (name.startsWith(vendor + ' ') && !/^\w+(?:ance|ence|ment|tion|sion|ing|al)$/.test(bare)) aliases.push(bare);
  }
  return { name, aliases };
}

const ONET_CATEGORIES = [
  [/data ?base|query/i, 'database'], [/development environment|program testing|file versioning/i, 'tool'],
  [/object or component|web platform|web page/i, 'framework'], [/operating system/i, 'platform'],
  [/configuration management|enterprise system management|network monitoring/i, 'devops'],
  [/security|virus/i, 'security'], [/accounting|financial|tax/i, 'finance'], [/medical/i, 'healthcare'],
  [/customer relationship|sales and marketing/i, 'sales_marketing'], [/graphics|computer aided|video|desktop publishing|map creation/i, 'design'],
  [/analytical|business intelligence|data mining/i, 'data'], [/industrial control/i, 'hardware'],
];

function fromOnet() {
  const rows = parseCsv(readText('onet_Technology_Skills.csv'));
  const seen = new Map();
  for (const row of rows) {
    const entry = seen.get(row.Example) ?? { count: 0, hot: false, commodity: row['Commodity Title'] };
    entry.count += 1;
    entry.hot ||= row['Hot Technology'] === 'Y';
    seen.set(row.Example, entry);
  }
  const out = [];
  for (const [example, { count, hot, commodity }] of seen) {
    if (!hot && count < 15) continue;
    // "Data entry software", "Medical procedure coding software": categories, not products.
    if (/\bsoftware\b/i.test(example) && example.split(' ').slice(1).every((w) => w === w.toLowerCase())) continue;
    const { name, aliases } = onetName(example);
    const category = ONET_CATEGORIES.find(([re]) => re.test(commodity))?.[1] ?? 'tool';
    out.push(candidate(name, category, 'onet', aliases));
  }
  return out;
}

const MS_CATEGORIES = [
  [/programming language/i, 'language'], [/\bdatabase|datastore|key-value/i, 'database'], [/framework/i, 'framework'],
  [/\blibrary\b/i, 'library'], [/cloud|hosting|serverless/i, 'cloud'], [/deploy|continuous integration|container|monitoring/i, 'devops'],
  [/machine learning|data|analytics/i, 'data'], [/security|authentication|encryption/i, 'security'], [/design|prototyp/i, 'design'],
];

function fromMs(soCounts) {
  const skills = JSON.parse(readText('ms_skills_extractor_skills.json'));
  const out = [];
  for (const [key, entry] of Object.entries(skills)) {
    const source = entry.sources[0];
    const count = soCounts.get(key) ?? soCounts.get(soTag(source.displayName)) ?? 0;
    const academic = source.sourceName === 'Microsoft Academic Graph';
    if (count < (academic ? 5000 : 1000)) continue;
    const text = `${source.shortDescription} ${source.longDescription}`;
    // "Dependency management", "Operating system": a lower-case noun phrase names a concept, not a product.
    const concept = /^[A-Z][a-z]+( [a-z]+)+$/.test(source.displayName);
    const category = concept ? 'practice' : MS_CATEGORIES.find(([re]) => re.test(text))?.[1] ?? (academic ? 'practice' : 'tool');
    out.push(candidate(source.displayName.replace(/\s*\(.*\)$/, ''), category, 'ms', entry.aliases ?? []));
  }
  return out;
}

// ESCO labels are mostly verb phrases; keep short noun phrases whose head names a field of practice.
const ESCO_HEADS = [
  [/\b(law|legislation|litigation)$/i, 'legal'],
  [/(therapy|surgery|nursing|medicine|care|anatomy|physiology|pharmacology|pathology|diagnostics|rehabilitation|hygiene)$/i, 'healthcare'],
  // Other "-logy" labels are fields of study (Psychology, Geology): a degree subject is not a claim.
  [/(?<!techno|numero|termino)logy$/i, 'domain'],
  [/(accounting|taxation|auditing|bookkeeping|finance|banking|economics)$/i, 'finance'],
  [/(marketing|advertising|sales)$/i, 'sales_marketing'],
  [/(pedagogy|teaching|education)$/i, 'education'],
  [/(welding|carpentry|plumbing|masonry|machining|maintenance|electronics|mechanics)$/i, 'trades'],
  [/(engineering|statistics|analytics|programming)$/i, 'practice'],
];

function fromEsco(lexicon) {
  const out = [];
  for (const raw of readText('esco_v1.1.0_skill_preferred_labels.txt').split('\n')) {
    const tool = raw.match(/^([A-Z][\w .+#-]*) \((computer programming|[^)]*software[^)]*|[^)]*tool[^)]*|[^)]*systems)\)$/);
    if (tool) { out.push(candidate(tool[1], tool[2] === 'computer programming' ? 'language' : 'tool', 'esco')); continue; }
    const label = raw.trim();
    const words = label.split(' ');
    if (words.length < 1 || words.length > 3 || /[()/,']/.test(label)) continue;
    const firstTags = lexicon.get(words[0].toLowerCase()) ?? [];
    if (words.length > 1 && firstTags.some((t) => t.startsWith('VB'))) continue;
    const head = ESCO_HEADS.find(([re]) => re.test(label));
    if (!head) continue;
    if (words.length === 1 && lexicon.has(label.toLowerCase()) && !/logy$/.test(label)) continue;
    out.push(candidate(label.replace(/^./, (c) => c.toUpperCase()), head[1], 'esco'));
  }
  return out;
}

function loadLexicon() {
  const require = createRequire(import.meta.url);
  const file = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const lexicon = new Map();
  for (const [word, tags] of Object.entries(raw)) if (word === word.toLowerCase()) lexicon.set(word, tags);
  // Capitalised entries are names of people, places and firms ("James", "Orleans", "Motorola").
  lexicon.properNouns = new Set(Object.keys(raw).filter((w) => w !== w.toLowerCase()).map((w) => w.toLowerCase()));
  return lexicon;
}

/** The livecareer resumes' text, one string per resume, extracted once and cached. */
async function loadProse() {
  const pdfDir = path.join(sharedDir, 'corpus', 'livecareer');
  const cache = process.env.JOBFIT_PROSE_CACHE ?? path.join(os.tmpdir(), 'jobfit-livecareer-text');
  if (!fs.existsSync(pdfDir)) return [];
  fs.mkdirSync(cache, { recursive: true });
  const pdfs = fs.readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort();
  let lib;
  const texts = [];
  for (const pdf of pdfs) {
    const file = path.join(cache, pdf.replace(/\.pdf$/, '.txt'));
    if (!fs.existsSync(file)) {
      lib ??= await import(path.join(repoRoot, 'dist', 'index.js'));
      let text = '';
      try {
        text = lib.normalizeDocument(await lib.extractDocument(path.join(pdfDir, pdf), {})).lines.map((l) => l.text).join('\n');
      } catch {
        // An unreadable resume counts as empty.
      }
      fs.writeFileSync(file, text);
    }
    texts.push(fs.readFileSync(file, 'utf8'));
  }
  return texts;
}

const PROSE_WORD = /[A-Za-z][A-Za-z0-9]*(?:[.+#][A-Za-z0-9+#]+)*[+#]*/g;

/** Per lower-cased word: in how many resumes it is written in lower case, and each other spelling's count. */
function wordSpellings(texts) {
  const spellings = new Map();
  for (const text of texts) {
    for (const word of new Set(text.match(PROSE_WORD) ?? [])) {
      const key = word.toLowerCase();
      let entry = spellings.get(key);
      if (!entry) spellings.set(key, (entry = { lower: 0, cased: new Map() }));
      if (word === key) entry.lower++;
      else entry.cased.set(word, (entry.cased.get(word) ?? 0) + 1);
    }
  }
  return spellings;
}

/**
 * Stack Overflow tags that are one word and no English word ("quickbooks", "lodash", "bgp")
 * name products; resumes write them with capitals ("QuickBooks", "BGP"). A proper noun of the
 * English lexicon ("James", "Orleans") names a person or a place. A tag resumes write
 * in lower case more often than not is prose and is left out; so is one they never write
 * unless it is popular (5,000 questions), since every entry costs start-up time. A popular
 * name never written takes a capital, or all capitals as an acronym of three letters or fewer.
 */
function fromStackOverflow(soCounts, lexicon, spellings, resumes) {
  const out = [];
  for (const [tag, count] of soCounts) {
    if (count < 100 || !/^[a-z][a-z0-9]*(?:\.js)?$/.test(tag) || tag.length < 3 || /\d{2}/.test(tag)) continue;
    const seen = spellings.get(tag);
    const cased = seen ? [...seen.cased].sort((a, b) => b[1] - a[1])[0] : undefined;
    const casedCount = seen ? [...seen.cased.values()].reduce((a, b) => a + b, 0) : 0;
    if (lexicon.has(tag) || lexicon.properNouns.has(tag) || (seen && seen.lower >= casedCount)) continue;
    // Most tags name code ("onsaveinstancestate"); a name resumes write, or a popular one, is kept.
    if (!cased && count < 5000) continue;
    // Written in one resume in a hundred, a rare tag is an abbreviation of prose ("Apr", "Tel").
    if (casedCount >= 0.01 * resumes && count < 5000) continue;
    const name = cased?.[0] ?? (tag.length <= 3 ? tag.toUpperCase() : tag[0].toUpperCase() + tag.slice(1));
    const cand = candidate(name, 'tool', 'stackoverflow');
    // The tail is read only as products are written, with a capital ("Collate", not "collate"),
    // and in technical company: a list, a skills section, another technical skill on the line.
    // Alone in prose these names are more often a firm or a word ("NVIDIA Research", "Toolkit").
    cand.ambiguous[name] = ['exact-case', 'tech-context'];
    out.push(cand);
  }
  return out;
}

/** Word n-grams (up to five words) of each text, lower-cased, once per text. */
function formFrequency(texts, forms) {
  const wanted = new Set(forms);
  const df = new Map();
  for (const text of texts) {
    const seen = new Set();
    for (const line of text.toLowerCase().split('\n')) {
      const words = line.match(/[a-z0-9][a-z0-9.+#/-]*[a-z0-9+#]|[a-z0-9]/g) ?? [];
      for (let i = 0; i < words.length; i++) {
        let gram = '';
        for (let n = 0; n < 5 && i + n < words.length; n++) {
          gram = n ? `${gram} ${words[i + n]}` : words[i];
          if (wanted.has(gram)) seen.add(gram);
        }
      }
    }
    for (const gram of seen) df.set(gram, (df.get(gram) ?? 0) + 1);
  }
  return df;
}

/** Share of all resumes above which a name is a word of every job (documentation, scheduling). */
const COMMON_SHARE = 0.03;

/** Marks skills that many resumes of every occupation name in prose: not a claim by themselves there. */
function markCommon(reg, texts) {
  if (!texts.length) return;
  const formOf = (f) => f.toLowerCase().replace(/\s+/g, ' ');
  const df = formFrequency(texts, reg.skills.flatMap((s) => [s.name, ...s.aliases].map(formOf)));
  for (const skill of reg.skills) {
    const docs = Math.max(...[skill.name, ...skill.aliases].map((f) => df.get(formOf(f)) ?? 0));
    if (docs >= COMMON_SHARE * texts.length) skill.common = true;
  }
}

/**
 * Which concepts a position's prose claims by naming them ("built machine learning models",
 * "formed a scrum team", "event-driven microservices"): fields of data work and ways of
 * working, and practices named by a coined term (WebSockets, OAuth, REST APIs, Microservices:
 * mixed case, or two English words written as one).
 * A practice named in plain words ("caching", "load balancing") is a topic of the work, and
 * a name 3% of all resumes use is a word of every job.
 */
/** "microservices", "websockets", "blockchain": two English words written as one, a coined term. */
function isCompound(word, lexicon) {
  const w = word.toLowerCase().replace(/s$/, '');
  if (!/^[a-z]+$/.test(w) || lexicon.has(w)) return false;
  for (let i = 3; i <= w.length - 3; i++) if (lexicon.has(w.slice(0, i)) && lexicon.has(w.slice(i))) return true;
  return false;
}

function markProseClaims(reg, lexicon) {
  for (const skill of reg.skills) {
    if (!skill.origin.startsWith('curated') || skill.generic || skill.common) continue;
    // A word of mixed case is a coined term (OAuth, WebSockets, REST APIs); plain words are
    // topics, and an acronym in capitals is a claim anyway when written so ("API" testing is a topic).
    const coined = skill.name.split(/[\s-]+/).some((w) => (/\p{Lu}.*\p{Lu}/u.test(w) && /\p{Ll}/u.test(w)) || isCompound(w, lexicon));
    // A field of data work is named in several words (Machine Learning, Recommender Systems); one plain word ("clustering", "algorithms") is a topic.
    const field = skill.category === 'data' && skill.name.trim().includes(' ');
    if (skill.category === 'methodology' || field || (['data', 'practice', 'security'].includes(skill.category) && coined)) skill.claimInProse = true;
  }
}

/** Every string one edit (insert, delete, substitute, swap) from `word`. */
function oneEditFrom(word) {
  const out = new Set();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= word.length; i++) {
    for (const ch of letters) out.add(word.slice(0, i) + ch + word.slice(i));
    if (i < word.length) {
      out.add(word.slice(0, i) + word.slice(i + 1));
      for (const ch of letters) out.add(word.slice(0, i) + ch + word.slice(i + 1));
    }
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return out;
}

/**
 * The matcher reads a long product name misspelt by one edit ("Kubernets"); the English words
 * one edit from a name ("informatics" from Informatica) are written down so it never reads them
 * as the misspelling.
 */
function markNearWords(reg, lexicon) {
  for (const skill of reg.skills) {
    const near = new Set();
    for (const form of [skill.name, ...skill.aliases]) {
      const key = form.toLowerCase();
      if (key.length < MIN_MISSPELT || !/^[a-z]+$/.test(key)) continue;
      for (const w of oneEditFrom(key)) if ((lexicon.has(w) || lexicon.properNouns.has(w)) && !reg.byForm.has(w)) near.add(w);
    }
    if (near.size) skill.nearWords = [...near].sort();
  }
}

/** Names shorter than this are never read through a misspelling (src/match/misspellings.ts). */
const MIN_MISSPELT = 8;

/**
 * The open vocabularies' names of skills, read only where a resume lists its skills: an item of
 * a skills section or of a list that is, whole, an ESCO skill label (preferred or alternative:
 * "customer service", "immigration law", "social media") or an O*NET technology example ("PBX",
 * "Opera PMS"). The list gives the context the name lacks, so the names need not be products.
 * A single plain English word ("access", "policies") says nothing even as an item; a form the
 * taxonomy already reads is left to it. Stack Overflow's tags name the long tail of engineers'
 * products and practices ("Cobertura", "DBeaver", "Oracle ADF", "SAP XI", "code review"): a tag
 * asked about SO_LIST_MIN times or more is a list name too, its words cased as resumes write them.
 */
function fromListVocabulary(lexicon, reg, spellings, soCounts) {
  const taken = new Set(reg.skills.flatMap((s) => [s.name, ...s.aliases].map((f) => f.toLowerCase())));
  const labels = new Map();
  const add = (label) => {
    const l = label.replace(/\s+/g, ' ').trim();
    const key = l.toLowerCase();
    if (l.length < 2 || labels.has(key) || taken.has(key) || !/^[\p{L}\d][\p{L}\d .+#&'-]*$/u.test(l)) return;
    const words = key.split(' ');
    if (words.length > 4) return;
    // "manage staff", "provide customer service": a duty, written so in prose, not as a list item.
    if (words.length > 1 && (lexicon.get(words[0]) ?? []).every((t) => t.startsWith('VB')) && lexicon.has(words[0])) return;
    if (words.length === 1 && (lexicon.has(key) || lexicon.properNouns.has(key) || /^\d/.test(key))) return;
    labels.set(key, l);
  };
  for (const row of parseCsv(readText('esco_v1.1.1_skills_en.csv'))) {
    add(row.preferredLabel);
    for (const alt of row.altLabels.split('\n')) add(alt);
  }
  const names = [...new Set(parseCsv(readText('onet_Technology_Skills.csv')).map((r) => r.Example))].map(onetName);
  for (const { name, aliases } of names) for (const form of [name, ...aliases]) add(form);
  for (const form of shortProductForms(names.map((n) => n.name), lexicon, spellings)) add(form);
  // Sorted by the lower-cased form, as JavaScript compares strings: the reader searches it by halves.
  const sorted = (list) => list.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  const named = sorted([...labels.values()]);
  // The tags are kept apart (data/list-tags.txt): a tag opening with a word ("ghost-blog",
  // "magic-methods") does not make that word a vendor's, as an O*NET name does ("Microsoft Dynamics").
  const skillNames = new Set(labels.keys());
  for (const [tag, count] of soCounts) {
    // "sql-server-2005", "asp.net-4.0", "oracle-10g": a version of a product is the product, read as it.
    if (count < SO_LIST_MIN || !SO_LIST_TAG.test(tag) || /-v?\d[\d.]*[a-z]?$|\d\.x\b/.test(tag)) continue;
    // "frameworks", "aliases": the plural of an English word is a word too; "download", "admin":
    // a word resumes write in lower case more often than with a capital is a word of prose.
    if (!tag.includes('-') && (lexicon.has(tag.replace(/e?s$/, '')) || writtenAsAWord(tag, spellings))) continue;
    add(tagName(tag, lexicon, spellings));
  }
  return { named, tags: sorted([...labels].filter(([key]) => !skillNames.has(key)).map(([, name]) => name)) };
}

/** Whether resumes write a word in lower case, twice or more and no less often than with capitals. */
function writtenAsAWord(word, spellings) {
  const seen = spellings.get(word);
  if (!seen || seen.lower < 2) return false;
  return seen.lower >= [...seen.cased.values()].reduce((a, b) => a + b, 0);
}

/** Tags asked about this often name something resumes list; rarer ones are mostly code ("onsaveinstancestate"). */
const SO_LIST_MIN = 100;

/** A tag of one to four words, as a name is written: "oracle-adf", "log4j", "c++". */
const SO_LIST_TAG = /^[a-z][a-z0-9.+#]*(?:-[a-z0-9.+#]+){0,3}$/;

/**
 * A tag's words as resumes write them: a word's commonest spelling with a capital inside
 * ("DBeaver", "JavaScript") when resumes write it so more often than in lower case; a short word
 * that is no English word and that resumes do not write in lower case, in capitals ("sap xi" →
 * "SAP XI"); else lower case (the reader capitalises a name's first letter).
 */
function tagName(tag, lexicon, spellings) {
  return tag
    .split('-')
    .map((word) => {
      const seen = spellings.get(word);
      const cased = seen ? [...seen.cased].sort((a, b) => b[1] - a[1])[0] : undefined;
      if (cased && cased[1] > seen.lower && /\p{Ll}\p{Lu}/u.test(cased[0])) return cased[0];
      if (word.length <= 3 && /^[a-z]+$/.test(word) && !lexicon.has(word) && !(seen && seen.lower >= (cased?.[1] ?? 0))) return word.toUpperCase();
      return word;
    })
    .join(' ');
}

/** A first word that opens this many of O*NET's product names is a vendor's ("Oracle", "Sage", "HEAT"). */
const VENDOR_MIN = 3;

/** Words of a firm's name after its brand ("Scadex Technologies MAESTRO"): not the product. */
const FIRM_WORDS = new Set(['systems', 'solutions', 'software', 'technologies', 'technology', 'group', 'corporation', 'corp', 'inc', 'associates', 'international', 'labs', 'laboratories', 'company', 'consulting', 'development', 'computing', 'data']);

/**
 * How resumes shorten O*NET's product names in a list: "ArcSight" for ArcSight Enterprise Threat
 * and Risk Management (the brand alone), "Lectora" for Trivantis Lectora and "MAESTRO" for Scadex
 * Technologies MAESTRO (the firm left out), "Medisoft" for MediPro Medisoft Clinical. A brand is a
 * name's first word, five letters or more, that is no English word (by the lexicon, ESCO's labels,
 * resumes' lower case or the name reader's words) nor a proper noun the lexicon knows. What
 * follows it, less the words of a firm's name, is the product when it is one to three words
 * opening with another such word ("Advanced HR", "Digital Library" describe, they do not name).
 * A single English word left ("Server") is refused where the forms are added, as every list
 * name is.
 */
function shortProductForms(products, lexicon, spellings) {
  // English by the lexicon, written in lower case in ESCO's labels ("adaptive", "orthotic") or
  // in resumes, twice or more ("personable"): a brand is written with its capital.
  const labelWords = new Set();
  for (const row of parseCsv(readText('esco_v1.1.1_skills_en.csv'))) for (const label of [row.preferredLabel, ...row.altLabels.split('\n')]) for (const w of label.match(/\b[a-z][a-z-]+\b/g) ?? []) labelWords.add(w);
  // The name reader's words (data/names.json): English words, given names, places, job titles'
  // words ("Estimator", "Petra", "Substation") are no brand either.
  const names = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'names.json'), 'utf8'));
  const plain = new Set([...names.commonWords, ...names.firstNames, ...names.places, ...names.titleWords, ...names.titleHeads]);
  const english = (word) => {
    const key = word.toLowerCase();
    return lexicon.has(key) || lexicon.properNouns.has(key) || labelWords.has(key) || plain.has(key) || (spellings.get(key)?.lower ?? 0) >= 2;
  };
  // "Oracle Siebel CRM", "HEAT Software GoldMine", "Mozilla Thunderbird": a vendor that opens
  // VENDOR_MIN or more of the names stands before the product's own name, which resumes write alone.
  const opening = new Map();
  for (const name of products) if (name.includes(' ')) opening.set(name.split(' ')[0], (opening.get(name.split(' ')[0]) ?? 0) + 1);
  const out = [];
  for (const name of products) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const brand = words[0];
    const named = brand.length >= 5 && /^\p{Lu}[\p{L}\d]*$/u.test(brand) && !english(brand);
    if (!named && (opening.get(brand) ?? 0) < VENDOR_MIN) continue;
    if (named) out.push(brand);
    let rest = words.slice(1);
    while (rest.length > 1 && FIRM_WORDS.has(rest[0].toLowerCase())) rest = rest.slice(1);
    if (rest.length > 3 || !/^\p{Lu}/u.test(rest[0]) || english(rest[0])) continue;
    out.push(rest.join(' '));
    // "MediPro Medisoft Clinical": the product's own brand leads what is left ("Medisoft").
    if (rest.length > 1 && rest[0].length >= 5) out.push(rest[0]);
  }
  return out;
}

/**
 * Skills lists name practices the vocabularies do not hold as written: "Crisis management",
 * "Employee development", "Network support", "Career planning". Such an item is an activity noun
 * the taxonomy ends many of its names with ("management", "planning", "support", "analysis"),
 * after one or two words the vocabularies use to qualify a name ("crisis", "employee", "network").
 * The resume reader reads an item of that shape as a skill when it stands whole in a skills
 * section (src/resume/list-items.ts, compoundItems). Written to data/list-compounds.json:
 *  - heads: the last word of LIST_HEAD_MIN or more of the taxonomy's names of two or three words,
 *    a noun or an "-ing" form by the lexicon that names an activity (a verb's noun by its ending,
 *    or a word that is also a verb: "support", "design"), mostly closing names of practices rather
 *    than of products ("SQL Server", "Google Cloud");
 *  - modifiers: the words that stand before the last word of LIST_MODIFIER_MIN or more names of
 *    the taxonomy and of the list vocabulary, save adjectives of degree ("strong", "good",
 *    "advanced"): "Strong leadership", "Good communication" describe how well, not what.
 * One word alone is not read so: "Sales", "Training" (O*NET's knowledge areas) read alone lost
 * precision on resumes nobody tuned on, where a generated list's "Sales" is mostly the employer's.
 */
function listCompounds(skills, listNames, lexicon) {
  const last = new Map();
  for (const skill of skills) {
    for (const form of [skill.name, ...skill.aliases]) {
      const words = form.toLowerCase().split(' ');
      if (words.length < 2 || words.length > 3) continue;
      const head = words.at(-1);
      const seen = last.get(head) ?? { names: 0, products: 0 };
      seen.names++;
      if (LIST_PRODUCT_CATEGORIES.has(skill.category)) seen.products++;
      last.set(head, seen);
    }
  }
  const heads = [...last].filter(([word, seen]) => seen.names >= LIST_HEAD_MIN && seen.products * 2 < seen.names && namesAnActivity(word, lexicon)).map(([word]) => word);
  const before = new Map();
  for (const form of [...skills.flatMap((s) => [s.name, ...s.aliases]), ...listNames]) {
    const words = form.toLowerCase().split(' ');
    if (words.length < 2 || words.length > 4) continue;
    for (const word of words.slice(0, -1)) if (/^[a-z]+$/.test(word)) before.set(word, (before.get(word) ?? 0) + 1);
  }
  // A noun or an adjective by its first reading ("crisis", "strategic"); not a word that joins ("and", "of").
  const qualifies = (word) => /^(?:NN|JJ|VBG)/.test((lexicon.get(word) ?? [])[0] ?? '');
  const modifiers = [...before].filter(([word, n]) => n >= LIST_MODIFIER_MIN && qualifies(word) && !DEGREE_WORDS.has(word) && !gradable(word, lexicon)).map(([word]) => word);
  return { heads: heads.sort(), modifiers: modifiers.sort() };
}

/** A head closing this many names of the taxonomy is one resumes name practices with. */
const LIST_HEAD_MIN = 5;
/** A word qualifying this many names of the vocabularies is one that names a kind of practice. */
const LIST_MODIFIER_MIN = 3;
/** Categories of products: "Server", "Cloud", "Studio" close their names, not practices'. */
const LIST_PRODUCT_CATEGORIES = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform', 'hardware', 'certification', 'data']);
/** Adjectives of degree that the lexicon does not inflect ("good" → "better", "advanced"): how well, not what. */
const DEGREE_WORDS = new Set(['good', 'basic', 'advanced', 'general', 'effective', 'other', 'various', 'excellent', 'strong', 'solid', 'proven', 'extensive', 'great', 'senior', 'junior', 'new', 'overall', 'exceptional', 'outstanding', 'superior', 'thorough', 'deep', 'broad', 'considerable', 'working', 'some', 'many', 'all', 'daily', 'self', 'highly', 'very', 'top']);

/** "management", "planning", "support": a noun (or "-ing" form) that names a doing. */
function namesAnActivity(word, lexicon) {
  const tags = lexicon.get(word) ?? [];
  if (!tags.includes('NN') && !tags.includes('VBG')) return false;
  return /(?:ment|tion|sion|sis|ing|ance|ence)$/.test(word) || tags.some((t) => t.startsWith('VB'));
}

/** An adjective the lexicon holds in a comparative or superlative form ("stronger", "finest"). */
function gradable(word, lexicon) {
  const forms = [`${word}er`, `${word}r`, `${word}est`, `${word.slice(0, -1)}ier`];
  return forms.some((f) => (lexicon.get(f) ?? []).some((t) => t === 'JJR' || t === 'JJS'));
}

// ── Step 3: merge ──────────────────────────────────────────────────────────

function createRegistry() {
  return { byForm: new Map(), skills: [], collisions: [], curatedProblems: [] };
}

function addForm(reg, skill, form) {
  const key = form.toLowerCase();
  const owner = reg.byForm.get(key);
  if (owner && owner !== skill) { reg.collisions.push(`"${form}" (${skill.origin} ${skill.name}) already means ${owner.name}`); return false; }
  reg.byForm.set(key, skill);
  return true;
}

function addCurated(reg, skill) {
  if (!addForm(reg, skill, skill.name)) reg.curatedProblems.push(`curated name "${skill.name}" is already a form of ${reg.byForm.get(skill.name.toLowerCase()).name}`);
  // Case variants stay distinct only for exact-case forms ("Go" and "GO").
  skill.aliases = [...new Set(skill.aliases)].filter((a) => a !== skill.name && (a.toLowerCase() !== skill.name.toLowerCase() || a in skill.ambiguous));
  for (const alias of skill.aliases) {
    if (!addForm(reg, skill, alias)) reg.curatedProblems.push(`curated alias "${alias}" of ${skill.name} is already a form of ${reg.byForm.get(alias.toLowerCase()).name}`);
  }
  reg.skills.push(skill);
}

function usableForm(form, curated) {
  const key = form.toLowerCase();
  return key.length >= 2 && !curated.neverForms.has(key) && !/^\d+$/.test(key) && key.split(' ').length <= 5;
}

function addCandidate(reg, cand, curated, lexicon) {
  if (curated.exclude.has(cand.name.toLowerCase())) return;
  // "Apple macOS" is the curated "macOS": any form already known names the same skill.
  const owner = [cand.name, ...cand.aliases].map((f) => reg.byForm.get(f.toLowerCase())).find(Boolean);
  if (owner) {
    if (!owner.origin.split('+').includes(cand.origin)) owner.origin += `+${cand.origin}`;
    if (owner.origin.startsWith('curated')) return;
    for (const alias of [cand.name, ...cand.aliases]) if (usableForm(alias, curated) && !reg.byForm.has(alias.toLowerCase())) { owner.aliases.push(alias); addForm(reg, owner, alias); }
    return;
  }
  if (!usableForm(cand.name, curated) || isPlainWordProduct(cand, lexicon)) return;
  const skill = { ...cand, aliases: [] };
  addForm(reg, skill, skill.name);
  for (const alias of dedupe(cand.aliases)) {
    if (alias.toLowerCase() === skill.name.toLowerCase() || !usableForm(alias, curated) || curated.exclude.has(alias.toLowerCase())) continue;
    // A lower-case English word ("apples" for AppleScript) cannot be told from prose even by its case.
    if (!alias.includes(' ') && alias === alias.toLowerCase() && lexicon.has(alias)) continue;
    if (addForm(reg, skill, alias)) skill.aliases.push(alias);
  }
  // A generated single word that is also plain English ("Spark", "Hive") needs context, and a
  // capital when the source writes one: "Maintenance" (SAP) is a product, "maintenance" is prose.
  for (const form of [skill.name, ...skill.aliases]) {
    if (!form.includes(' ') && lexicon.has(form.toLowerCase())) skill.ambiguous[form] = form === form.toLowerCase() ? ['tech-context'] : ['exact-case', 'tech-context'];
  }
  reg.skills.push(skill);
}

/**
 * O*NET and ESCO name obscure products with one English word ("Advantage", "Clarity", "Source",
 * "Absorb"); on a resume the word is nearly always prose, so they are left out. Fields of study
 * ("Toxicology") are kept.
 */
function isPlainWordProduct(cand, lexicon) {
  if (!['onet', 'esco'].includes(cand.origin) || cand.name.includes(' ')) return false;
  return lexicon.has(cand.name.toLowerCase()) && !/logy$/i.test(cand.name);
}

function dedupe(list) {
  const seen = new Set();
  return list.filter((x) => { const k = x.toLowerCase(); if (seen.has(k)) return false; seen.add(k); return true; });
}

// ── Step 4: topic aliases, references, output ──────────────────────────────

function addTopicAliases(reg, curated, lexicon) {
  const topics = JSON.parse(readText('github_explore_topics_aliases.json'));
  for (const topic of topics) {
    const owner = reg.byForm.get(String(topic.display_name).toLowerCase()) ?? reg.byForm.get(topic.topic);
    if (!owner) continue;
    for (const alias of topic.aliases ?? []) {
      if (alias.includes('-') || alias.length < 3 || lexicon.has(alias) || reg.byForm.has(alias) || !usableForm(alias, curated)) continue;
      if (!/[a-z]/.test(alias) || /^\d/.test(alias)) continue;
      owner.aliases.push(alias);
      addForm(reg, owner, alias);
      if (!owner.origin.includes('github-topics')) owner.origin += '+github-topics';
    }
  }
}

/**
 * Writing code in a programming language or framework shows software development: a
 * front-end engineer with JavaScript has done "software engineering", a posting's usual ask.
 * Markup and data notations are not programming, so they imply nothing.
 */
const NOT_PROGRAMMING = new Set(['html', 'css', 'xml', 'yaml', 'json', 'markdown', 'latex', 'sql', 'sass', 'less', 'tex', 'csv']);
function addCategoryImplications(reg) {
  const target = reg.byForm.get('software development');
  if (!target) return;
  for (const skill of reg.skills) {
    if (!['language', 'framework'].includes(skill.category) || NOT_PROGRAMMING.has(skill.name.toLowerCase()) || skill === target) continue;
    if (!skill.implies.some((i) => i.toLowerCase() === 'software development')) skill.implies.push(target.name);
  }
}

/** A cloud's products carry its name ("Google Cloud Functions", "AWS Glue", "Azure Functions"). */
const CLOUD_PREFIXES = [[/^(?:Google Cloud|GCP) /, 'google cloud platform'], [/^(?:AWS|Amazon) /, 'amazon web services'], [/^(?:Microsoft )?Azure /, 'microsoft azure']];

/**
 * A cloud product shows its platform: "Google Cloud Dataproc" is Google Cloud work. Read from
 * the names, for products of the cloud and data categories the lists name with the prefix.
 */
function addCloudImplications(reg) {
  for (const skill of reg.skills) {
    if (!['cloud', 'database', 'data', 'devops', 'tool'].includes(skill.category)) continue;
    const platform = CLOUD_PREFIXES.flatMap(([re, key]) => ([skill.name, ...skill.aliases].some((f) => re.test(f)) ? [reg.byForm.get(key)] : [])).find(Boolean);
    if (platform && platform !== skill && !skill.implies.some((i) => reg.byForm.get(i.toLowerCase()) === platform)) skill.implies.push(platform.name);
  }
}

/** Curated implies/related may name any form; resolve to canonical names, report the unknown. */
function resolveReferences(reg) {
  const problems = [];
  for (const skill of reg.skills) {
    for (const field of ['implies', 'related']) {
      skill[field] = dedupe(skill[field].map((ref) => {
        const target = reg.byForm.get(ref.toLowerCase());
        if (!target) problems.push(`${skill.name}.${field}: unknown "${ref}"`);
        return target?.name;
      }).filter((n) => n && n !== skill.name));
    }
    for (const form of Object.keys(skill.ambiguous)) {
      if (form !== skill.name && !skill.aliases.includes(form)) problems.push(`${skill.name}.ambiguous: "${form}" is not a form of it`);
    }
  }
  return problems;
}

function findCycle(reg) {
  const byName = new Map(reg.skills.map((s) => [s.name, s]));
  const state = new Map();
  const visit = (name, trail) => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'open') return [...trail, name];
    state.set(name, 'open');
    for (const next of byName.get(name).implies) { const c = visit(next, [...trail, name]); if (c) return c; }
    state.set(name, 'done');
    return null;
  };
  for (const s of reg.skills) { const c = visit(s.name, []); if (c) return c; }
  return null;
}

function orderOrigin(origin) {
  const parts = [...new Set(origin.split('+'))];
  const rank = (p) => (ORIGIN_ORDER.indexOf(p) + 100) % 100;
  return parts.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join('+');
}

function serialize(skills) {
  const lines = skills.map((s) => {
    const out = { name: s.name, aliases: [...s.aliases].sort(byLower), category: s.category, implies: [...s.implies].sort(byLower), related: [...s.related].sort(byLower), ambiguous: sortKeys(s.ambiguous) };
    if (s.generic) out.generic = true;
    if (s.common) out.common = true;
    if (s.claimInProse) out.claimInProse = true;
    if (s.nearWords) out.nearWords = s.nearWords;
    out.origin = orderOrigin(s.origin);
    return '    ' + JSON.stringify(out);
  });
  const sources = SOURCES.map((s) => '    ' + JSON.stringify(s)).join(',\n');
  return `{ "version": 1,\n  "sources": [\n${sources}\n  ],\n  "skills": [\n${lines.join(',\n')}\n  ] }\n`;
}

function byLower(a, b) {
  return a.toLowerCase().localeCompare(b.toLowerCase(), 'en') || a.localeCompare(b, 'en');
}

function sortKeys(obj) {
  return Object.fromEntries(Object.keys(obj).sort(byLower).map((k) => [k, obj[k]]));
}

async function main() {
  if (!fs.existsSync(taxDir)) {
    console.error(`build-taxonomy: ${taxDir} not found (the shared corpus is not checked out next to the repo); ${path.relative(repoRoot, outPath)} left unchanged.`);
    process.exit(1);
  }
  const curated = loadCurated();
  const lexicon = loadLexicon();
  const soCounts = loadStackOverflowCounts();
  const reg = createRegistry();
  for (const skill of curated.skills) addCurated(reg, skill);
  const prose = await loadProse();
  const spellings = wordSpellings(prose);
  const generated = { linguist: fromLinguist(soCounts), onet: fromOnet(), ms: fromMs(soCounts), esco: fromEsco(lexicon), stackoverflow: process.env.JOBFIT_NO_SO_TAIL ? [] : fromStackOverflow(soCounts, lexicon, spellings, prose.length) };
  for (const list of Object.values(generated)) for (const cand of list) addCandidate(reg, cand, curated, lexicon);
  addTopicAliases(reg, curated, lexicon);
  addCategoryImplications(reg);
  addCloudImplications(reg);
  markCommon(reg, prose);
  markProseClaims(reg, lexicon);
  markNearWords(reg, lexicon);
  const problems = [...reg.curatedProblems, ...resolveReferences(reg)];
  const cycle = findCycle(reg);
  if (cycle) problems.push(`implies cycle: ${cycle.join(' → ')}`);
  if (problems.length) {
    console.error(`build-taxonomy: ${problems.length} problem(s), ${path.relative(repoRoot, outPath)} left unchanged:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const skills = [...reg.skills].sort((a, b) => byLower(a.name, b.name));
  fs.writeFileSync(outPath, serialize(skills));
  const listed = fromListVocabulary(lexicon, reg, spellings, soCounts);
  fs.writeFileSync(listOutPath, listed.named.join('\n') + '\n');
  fs.writeFileSync(tagsOutPath, listed.tags.join('\n') + '\n');
  const compounds = listCompounds(skills, listed.named, lexicon);
  fs.writeFileSync(compoundsOutPath, `{ "version": 1,\n  "note": "Built by scripts/build-taxonomy.mjs (listCompounds): activity nouns that close many of the taxonomy's names, and the words that qualify the vocabularies' names.",\n  "heads": ${JSON.stringify(compounds.heads)},\n  "modifiers": ${JSON.stringify(compounds.modifiers)} }\n`);
  console.error(`build-taxonomy: wrote ${compounds.heads.length} list heads and ${compounds.modifiers.length} modifiers to ${path.relative(repoRoot, compoundsOutPath)}`);
  console.error(`build-taxonomy: wrote ${listed.named.length} list-only skill names to ${path.relative(repoRoot, listOutPath)}, ${listed.tags.length} tags to ${path.relative(repoRoot, tagsOutPath)}`);
  const counts = Object.entries(generated).map(([k, v]) => `${k} ${v.length}`).join(', ');
  console.error(`build-taxonomy: wrote ${skills.length} skills (curated ${curated.skills.length}; candidates ${counts}); ${reg.collisions.length} form collisions resolved (first source wins)`);
  if (verbose) console.error('  ' + reg.collisions.join('\n  '));
}

await main();
