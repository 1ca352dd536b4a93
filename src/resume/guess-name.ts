import { builtin, once } from '../builtin/index.js';
import type { Line } from '../types.js';
import { cellsOf } from './structure/classify-sections.js';
import { HEADING_RULES, headingRule } from './structure/headings.js';

/**
 * Word lists the name reader weighs a header line with (data/names.json, built by
 * scripts/build-names.mjs): given names, place names, and the words of job titles.
 */
export interface NameData {
  firstNames: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Last words of job titles ("chef", "accountant"). */
  titleHeads: ReadonlySet<string>;
  /** Words seen in job titles ("sales", "executive"). */
  titleWords: ReadonlySet<string>;
  /** English words, written in lower case in task statements and skill labels ("good", "negotiation"). */
  commonWords: ReadonlySet<string>;
}

/** Reads data/names.json once; later calls return the same lists. */
export const loadNameData = once((): NameData => {
  const raw = builtin.names<Record<string, string[]>>();
  const set = (key: string): ReadonlySet<string> => new Set(raw[key] ?? []);
  return { firstNames: set('firstNames'), places: set('places'), titleHeads: set('titleHeads'), titleWords: set('titleWords'), commonWords: set('commonWords') };
});

/** Words that make a header line a role or a label rather than a person's name. */
const NOT_NAME = /\b(resume|résumé|curriculum|vitae|cv|engineer|developer|manager|nurse|analyst|accountant|designer|consultant|specialist|director|officer|assistant|technician|coordinator|support|professional|junior|full[- ]stack|web|software|data|page|updated|university|college|institute|school|street|road|email|e-mail|phone|mobile|address|profile|summary|objective|pvt|ltd|inc|llc|corp|gmbh|solutions|technologies|services|systems|group|company|labs|consulting|partners|international|holdings|enterprises|experiences|foundation|bank|hospital|clinic|academy|datos|personales|contacto)\b/i;

/** Words of labels and headings above or beside a name ("Contact Details", "Career Focus", "Your Name Here"). */
const LABEL_WORDS = new Set([
  ...HEADING_RULES.flatMap((r) => r.names.flatMap((n) => n.split(' '))),
  'contact', 'details', 'detail', 'information', 'info', 'personal', 'focus', 'overview', 'accomplishments',
  'qualifications', 'highlights', 'core', 'career', 'your', 'name', 'here', 'full', 'first', 'last', 'page',
  'of', 'and', 'the', 'for', 'to', 'in', 'at', 'with', 'my', 'me',
]);

/** Last words of a place rather than a person ("Silicon Valley", "Salt Lake City"). */
const PLACE_NOUNS = new Set(['valley', 'city', 'county', 'beach', 'bay', 'heights', 'springs', 'island', 'islands', 'republic', 'kingdom', 'state', 'states', 'district', 'province', 'area', 'region']);

/** US state codes and countries that follow a city after a comma ("Austin, TX", "Pune, India"). */
const STATE_CODE = /^(A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|USA?|UK|UAE)$/;

const NAME_WORD = /^(?:[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*\.?|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|[A-Z]\.?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|de|van|von|da|di|bin|al|del|la|le)$/u;
const LOWER_WORD = /^[a-zà-ÿ][a-zà-ÿ'’-]+$/u;
const PARTICLE = /^(de|van|von|da|di|bin|al|del|la|le)$/;
const INITIAL = /^[A-Za-z]\.?$/;

/** Degrees and post-nominal letters written after a name without a comma ("Jan Küster M.Sc."). */
const TRAILING_DEGREE = /\s+(?:M\.\s?Sc|B\.\s?Sc|Ph\.\s?D|PhD|MBA|M\.\s?A|M\.\s?S|B\.\s?S|B\.\s?A|M\.\s?Eng|B\.\s?Tech|M\.\s?Tech)\.?$/i;

function titleCase(word: string): string {
  if (/^[A-ZÀ-Þ]{2,}$/u.test(word) && word.length > 3) return word[0] + word.slice(1).toLowerCase();
  if (/^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+$/u.test(word) && word.length > 2) return word[0] + word.slice(1).toLowerCase();
  if (LOWER_WORD.test(word) && !PARTICLE.test(word)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** Derivational endings of English words that names seldom have ("Energetic", "Proficient"). */
const ENGLISH_ENDING = /(?:ing|ive|ness|tion|sion|ment|able|ible|ous|ful|ity|ient|ent|ic|ly)$/;

/** A word of English rather than a name: common, a derived form, or an agent noun of a common verb ("Listener"). */
function englishWord(w: string, data: NameData): boolean {
  if (data.commonWords.has(w)) return true;
  if (w.length > 5 && ENGLISH_ENDING.test(w)) return true;
  return /er$/.test(w) && (data.commonWords.has(w.slice(0, -2)) || data.commonWords.has(w.slice(0, -1)));
}

/**
 * "Md", "Mohd": Muhammad shortened before a name, as South Asian names are written ("MD AZAHARUDDIN
 * SIDDIQUE"). The lists read "MD" as a title's head (a physician's), which would reject the name.
 */
const GIVEN_ABBREVIATION: ReadonlySet<string> = new Set(['md', 'mohd', 'muhd']);

interface Candidate {
  words: string[];
  /** A word that is a known given name, the strongest sign of a person. */
  known: boolean;
  /** Index of the line it was read from. */
  line: number;
}

/**
 * A cell cleaned to the name it may hold, or null when it names a place: "Resume", post-nominal
 * letters and degrees are cut ("Harold Pembrook, CPA"), but "Austin, TX" is a city.
 */
function cleanCell(cell: string): string | null {
  let text = cell.replace(/\b(resume|résumé|cv)\b/gi, '').replace(/\s+/g, ' ').trim();
  const tail = /(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.?){1,3}(?:-[A-Z]+)?)+\s*$/.exec(text);
  if (tail) {
    if (tail[0].split(',').some((t) => STATE_CODE.test(t.trim()))) return null;
    text = text.slice(0, tail.index).trim();
  }
  return text.replace(TRAILING_DEGREE, '').replace(/[,.;:]+$/, '').trim();
}

/** The whole cell names a place ("New York", "Silicon Valley"); one word of it may be a name too ("Anand S"). */
function isPlace(words: string[], data: NameData): boolean {
  const lower = words.join(' ').toLowerCase();
  return data.places.has(lower) || PLACE_NOUNS.has(words[words.length - 1]!.toLowerCase());
}

/** Reads a cleaned cell as a name, or null when its shape, its words or its place say it is none. */
function candidate(text: string, line: number, data: NameData): Candidate | null {
  if (/[\d@/|#&+()\[\]]|:/.test(text)) return null;
  const words = text.split(' ').filter((w) => w !== '');
  const substantive = words.filter((w) => !INITIAL.test(w) && !PARTICLE.test(w));
  if (words.length < 2 || words.length > 5 || substantive.length === 0 || substantive.length > 4) return null;
  if (NOT_NAME.test(text) || headingRule(text)) return null;
  const lower = substantive.map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
  const last = lower[lower.length - 1]!;
  const titleHead = data.titleHeads.has(last) || data.titleHeads.has(last.replace(/s$/, ''));
  // "Yoga Instructor": a given name that is also a title's first word, before a title's head.
  // "General Business Management": a given name that is an English word, before English words.
  const english = lower.every((w) => englishWord(w, data));
  const known = (data.firstNames.has(lower[0]!) || GIVEN_ABBREVIATION.has(lower[0]!)) && !(data.titleWords.has(lower[0]!) && titleHead) && !(english && data.commonWords.has(lower[0]!));
  // Lower-case words ("kimaya sonawane", "Vamsi krishna") only on the first line of the
  // document, or after a known given name: elsewhere they are prose.
  if (!words.every((w) => NAME_WORD.test(w) || (LOWER_WORD.test(w) && (line === 0 || known)))) return null;
  if (lower.some((w) => LABEL_WORDS.has(w))) return null;
  if (isPlace(words, data)) return null;
  // A job title ends with a title's head ("Sous Chef") or holds two title words ("Maintenance
  // Engineering Co-op"); a title's head does not open a name ("Teacher Farrah Bauman"). A
  // given name first outweighs all three ("John Baker").
  const titleWords = lower.filter((w) => data.titleWords.has(w)).length;
  if (!known && (titleHead || data.titleHeads.has(lower[0]!) || titleWords >= Math.min(2, lower.length))) return null;
  // "Good Listener", "Contract Negotiation", "Among Diverse Entities": English, not a name.
  if (!known && english) return null;
  return { words, known, line };
}

/** Cells of a header line, with contact labels and separators cut off ("Jane Roe Email: …"). */
function headerCells(text: string): string[] {
  return cellsOf(text)
    .flatMap((c) => c.split(/\s[|•·◆♦]\s|\s+(?=(?:e-?mail|phone|mobile|tel|cell|linkedin|github)\b\s*:)/i))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** One lone word on a line, as when a template sets the first name apart ("FRANZ" / "KINGSTEIN N"). */
function loneWord(line: Line | undefined): string | null {
  const t = line?.text.trim() ?? '';
  return /^[A-Za-zÀ-ÿ'’-]{2,}$/u.test(t) ? t : null;
}

/** A short line of letters only, that may finish a name begun on the line above. */
function nameRest(line: Line | undefined): string | null {
  const t = line?.text.trim().replace(/\s+/g, ' ') ?? '';
  return /^[A-Za-zÀ-ÿ'’.-]+(?: [A-Za-zÀ-ÿ'’.-]+){0,2}$/u.test(t) ? t : null;
}

/**
 * The candidate's name from the first lines, before the first section heading: a cell of
 * two to four name-shaped words with no digits, contact, heading, place or job-title
 * reading. A cell whose first word is a known given name wins over one that only has the
 * shape of a name. All-caps names are given in title case.
 */
export function guessName(lines: readonly Line[], data: NameData = loadNameData()): string | null {
  const found: Candidate[] = [];
  const head = lines.slice(0, 12);
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    const cells = headerCells(line.text);
    if (headingRule(cells[0] ?? '')) break;
    const texts = cells.slice(0, 2);
    // "CHRIS" / "OH": a first and a last name set on two lines.
    const one = loneWord(line);
    const rest = nameRest(head[i + 1]);
    if (one && rest) texts.push(`${one} ${rest}`);
    for (const cell of texts) {
      const text = cleanCell(cell);
      const c = text ? candidate(text, i, data) : null;
      if (c) found.push(c);
    }
  }
  const best = found.find((c) => c.known) ?? found[0];
  return best ? best.words.map(titleCase).join(' ') : null;
}
