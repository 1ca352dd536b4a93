import { jobRules } from './rules.js';

/** One "N years" ask in a clause. Offsets into the clause text. */
export interface YearsAsk {
  years: number;
  start: number;
  /** End of what the years are of ("of professional Python experience"). */
  end: number;
  /** True for general experience ("5+ years of professional experience"), false for a topic. */
  general: boolean;
}

const { numberWords, generalQualifiers, specificAfterExperience } = jobRules.years;
const NUM = `(?:\\d{1,2}|${Object.keys(numberWords).join('|')})`;
// "5+ years", "at least three years", "3-5 years", "minimum of 2 years", "two (2) years",
// "5 to 8 years'", "2 or more years", "2 yrs."; never "30 years ago" or "age 21".
const YEARS = new RegExp(
  `\\b(${NUM})(?:\\s*\\(\\s*\\d{1,2}\\s*\\))?\\s*(\\+|plus|or more)?\\s*(?:(?:-|–|to)\\s*${NUM}\\s*\\+?\\s*)?(?:years?|yrs?)\\b(?:\\.(?=\\s+[a-z]))?['’]?\\+?(?!\\s+(?:ago|old|of age|or older))`,
  'gi',
);
// "Proofreading: 2 years (Preferred)", "Experience: 2 years": a form's label names what the years are of.
const LABELLED = /(?:^|[.;•]\s*)([A-Za-z][\w /&'’-]{0,40}?)\s*:\s*$/;
const LABEL_TAIL = /^\s*(?:\(?\s*(?:required|preferred|minimum)\s*\)?\s*)?(?:$|[.;,])/i;
const GENERAL_LABEL = /^(?:(?:total|work|professional|relevant|related|overall)\s+)?experience$/i;
const GENERAL = new Set(generalQualifiers);
// "experience", or its short form in terse postings ("1 yr exp in Edu.").
const EXPERIENCE = /\b(?:experience|exp)\b\.?/i;
const CEILING_BEFORE = /\b(?:less than|fewer than|under|no more than|up to|maximum of|max\.?|at most)\s*$/i;
const FLOOR_BEFORE = /\b(?:minimum of|minimum|min\.?|at least)\s*$/i;
const SPECIFIC_AFTER = new RegExp(specificAfterExperience, 'i');

/**
 * What the years are of: up to a mark, or over a short list that ends in "and"/"or" ("4+ years
 * of experience with React, Redux and TypeScript": the years are of each).
 */
function listTail(after: string): string {
  const first = /^[^.;,()]*/.exec(after)![0];
  const whole = /^[^.;()]*/.exec(after)![0];
  if (whole.length === first.length) return first;
  const items = whole.slice(first.length).split(',').slice(1).map((i) => i.trim());
  const last = items[items.length - 1] ?? '';
  // Each item a name: two words, or three written as a name ("Google Cloud Platform"), not a
  // phrase ("excellent phone manner"); the last may be two joined ("Redux and TypeScript").
  const short = (item: string): boolean => {
    const n = item.split(/\s+/).length;
    return item.length > 0 && (n <= 2 || (n === 3 && /^[A-Z0-9]/.test(item)));
  };
  const lastShort = last.replace(/^(?:and|or|and\/or)\s+/i, '').split(/\s+(?:and|or|and\/or)\s+/i).every(short);
  const listed = items.slice(0, -1).every(short) && lastShort && /\b(?:and|or)\s+\S/i.test(last);
  return listed ? whole : first;
}

function toNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return numberWords[w] ?? null;
}

/**
 * Every years ask in a clause, smallest bound of a range ("3-5 years" → 3). An ask is
 * general when only words like "professional", "software", "relevant" stand between
 * "years of" and "experience", and nothing narrows it after ("experience with Java").
 */
export function parseYears(text: string): YearsAsk[] {
  const asks: YearsAsk[] = [];
  for (const m of text.matchAll(YEARS)) {
    const years = toNumber(m[1]!);
    if (years === null) continue;
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const label = LABELLED.exec(text.slice(0, m.index));
    if (label && LABEL_TAIL.test(after)) {
      const general = GENERAL_LABEL.test(label[1]!.trim());
      asks.push({ years, start: general ? m.index : label.index + label[0].indexOf(label[1]!), end: m.index + m[0].length, general });
      continue;
    }
    // "less than 5 years experience" (an entry-level cap) asks for no minimum.
    if (CEILING_BEFORE.test(before)) continue;
    // "Experience with Java (5+ years)": years in a closing parenthesis are of the item before it.
    const aside = /\(\s*(?:minimum|min\.?|at least)?\s*$/i.exec(text.slice(0, m.index));
    if (aside && /^\s*(?:of experience|experience|exp\.?)?\s*(?:\)|,)/i.test(after)) {
      const itemStart = Math.max(text.lastIndexOf(',', aside.index), text.lastIndexOf(';', aside.index)) + 1;
      asks.push({ years, start: itemStart, end: aside.index, general: false });
      continue;
    }
    // A bare "a year" is rarely an ask; an "N years" with nothing about experience may be tenure.
    if (m[1]!.toLowerCase() === 'a' && !/^\s*of\b/i.test(after)) continue;
    const tail = listTail(after);
    const expIndex = tail.search(EXPERIENCE);
    // "a minimum of five years recent … management": the floor words make it an ask.
    // "2+ years proofreading": a floor ("+", "or more", "at least") makes it an ask.
    const floor = FLOOR_BEFORE.test(before) || m[2] !== undefined;
    if (expIndex < 0 && !/^\s*(?:of|in|with|working|using|building|developing|as|managing|leading)\b/i.test(tail) && !floor) continue;
    let general = false;
    let end = m.index + m[0].length + tail.length;
    if (expIndex >= 0) {
      const between = tail.slice(0, expIndex).trim().toLowerCase().split(/\s+/).filter(Boolean);
      const word = EXPERIENCE.exec(tail.slice(expIndex))![0];
      const rest = tail.slice(expIndex + word.length);
      // "experience proofreading legal documents": a gerund after it narrows it too.
      general = between.every((w) => GENERAL.has(w)) && !SPECIFIC_AFTER.test(rest) && !/^\s*[a-z]+ing\b/i.test(rest);
      if (general) end = m.index + m[0].length + expIndex + word.length;
    }
    asks.push({ years, start: m.index, end, general });
  }
  return asks;
}
