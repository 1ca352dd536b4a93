import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { BoundedMap, WORDS_REMEMBERED } from '../bounded-map.js';

/**
 * How titles and task text become words. The build script (scripts/build-occupations.mjs)
 * imports these from dist, so the data file and the lookups fold words the same way.
 */

/**
 * A title's words: lower case, "&" read as "and", "teacher's" as "teacher", dotted
 * abbreviations closed up ("R.N.", "Sr."), every other mark a space, plurals folded.
 */
export function titleWords(title: string): string[] {
  const text = title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ');
  const words: string[] = [];
  for (const word of text.split(' ')) if (word) words.push(singular(word));
  return words;
}

/**
 * Folds a plural to its singular well enough that both sides of a lookup agree ("nurses" →
 * "nurse", "secretaries" → "secretary"). "sales", "news" and "-ics" words ("logistics") stay as
 * they are, so a folded title still reads well when it is shown as the reason for a match.
 */
export function singular(word: string): string {
  if (word === 'sale') return 'sales';
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ss|us|is|ics)$/.test(word) || word === 'sales' || word === 'news') return word;
  return word.slice(0, -1);
}

/**
 * Words that say a level, a schedule or a contract rather than an occupation. They are
 * dropped from a title once the title as written has found no exact alternate title, so
 * "Staff Accountant" and "Lead Teacher" keep their own O*NET entries when they have one.
 */
export const LEVEL_WORDS = new Set([
  'senior', 'sr', 'junior', 'jr', 'lead', 'principal', 'staff', 'associate', 'entry', 'level',
  'intern', 'internship', 'trainee', 'experienced', 'i', 'ii', 'iii', 'iv', 'v', '1', '2', '3', '4',
  'prn', 'night', 'day', 'weekend', 'shift', 'part', 'full', 'time', 'parttime', 'fulltime',
  'temporary', 'temp', 'contract', 'contractor', 'remote', 'hybrid', 'onsite', 'per', 'diem',
  'seasonal', 'urgent', 'urgently', 'hiring', 'new', 'needed', 'wanted', 'immediate', 'opening',
]);

/** Short forms written in titles that O*NET's alternate titles spell out. */
export const ABBREVIATIONS: Record<string, string[]> = {
  mgr: ['manager'],
  asst: ['assistant'],
  assoc: ['associate'],
  admin: ['administrative'],
  eng: ['engineer'],
  engr: ['engineer'],
  dev: ['developer'],
  dir: ['director'],
  coord: ['coordinator'],
  rep: ['representative'],
  exec: ['executive'],
  tech: ['technician'],
  spec: ['specialist'],
  acct: ['accountant'],
  vp: ['vice', 'president'],
  svp: ['vice', 'president'],
  avp: ['vice', 'president'],
  hr: ['human', 'resource'],
  ux: ['user', 'experience'],
};

/** English words that carry no task content. */
const STOP_WORDS = new Set(
  ('a about above after again all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further ' +
    'had has have having he her here hers him his how i if in into is it its itself just may me ' +
    'more most must my no nor not now of off on once only or other our ours out over own same she ' +
    'should so some such than that the their theirs them then there these they this those through ' +
    'to too under until up us very was we were what when where which while who whom why will with ' +
    'would you your yours etc e g ie eg per within across including include includes using use used ' +
    'ensure ensuring provide providing perform performing work working job position candidate ' +
    'required requirement requirements preferred ability able skill skills experience years year ' +
    'strong excellent good knowledge well new must plus team').split(' '),
);

/**
 * Stems remembered by word: every resume of a batch is read as tasks, and Porter's stemmer
 * took an eighth of a batch's CPU stemming the same few thousand words again and again.
 */
const stemOf = new BoundedMap<string, string | null>(WORDS_REMEMBERED);

/** Porter stems of a text's content words (task statements, posting lines). */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of text.toLowerCase().split(/[^a-z0-9+#]+/)) {
    if (word.length < 2) continue;
    // Null for a word that is no content: a stop word, a number.
    let stem = stemOf.get(word);
    if (stem === undefined) {
      stem = STOP_WORDS.has(word) || /^\d+$/.test(word) ? null : PorterStemmer.stem(word);
      stemOf.set(word, stem);
    }
    if (stem !== null) stems.push(stem);
  }
  return stems;
}

/** Index of a word in a sorted list (binary search by code unit), or -1. */
export function sortedIndex(list: string[], word: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const here = list[mid]!;
    if (here === word) return mid;
    if (here < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
