import type { YearMonth } from '../../types.js';
import { monthIndex, toYearMonth } from './months.js';

/** A span of months read from text. `present` means the end was "Present", "Current"… (= asOf). */
export interface DateRange {
  start: YearMonth;
  end: YearMonth;
  present: boolean;
}

/** A range found in a line, with where it sits, so callers can cut it out of a title. */
export interface FoundRange extends DateRange {
  index: number;
  length: number;
  /** Dated only by a season ("Summer 2020"): typical of internships. */
  season: boolean;
  /** Written as one date, not a span ("06/2016", "Dec 2014"). */
  single: boolean;
}

type Token =
  | { kind: 'month'; year: number; month: number; index: number; length: number }
  | { kind: 'season'; year: number; from: number; to: number; index: number; length: number }
  | { kind: 'year'; year: number; index: number; length: number }
  | { kind: 'bare-month'; month: number; index: number; length: number }
  | { kind: 'present'; index: number; length: number };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // Spanish abbreviations that differ from the English ones (ene. 2020 – actualidad).
  ene: 1, abr: 4, ago: 8, dic: 12,
  // Portuguese, French and German names by their first three letters ("fevereiro", "avril",
  // "März", "Mai", "août", "setembro", "Oktober", "outubro", "décembre", "Dezember"); "juin" and
  // "juillet" are told apart in monthNumber.
  jän: 1, fev: 2, fév: 2, mär: 3, avr: 4, mai: 5, aoû: 8, aou: 8, set: 9, okt: 10, out: 10, déc: 12, dez: 12,
};

/** Seasons as the months a summer job or term spans (northern hemisphere). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [1, 2],
};

/**
 * English month names and abbreviations, with the Spanish, Portuguese, French and German names
 * written out ("marzo", "março", "März", "juillet"); their abbreviations only where no English
 * word reads so ("ene", "dez", "okt", not "set", "out", "mars").
 */
const MONTH = String.raw`(jan(?:uary|eiro|vier|uar)?|j[aä]nner|feb(?:ruary|rero|ruar)?|f[eé]v(?:rier|ereiro)?|mar(?:ch|zo|ço)?|m[aä]rz|apr(?:il)?|abr(?:il)?|avr(?:il)?|may(?:o)?|mai(?:o)?|june?|junio|junho|juni|juin|july?|julio|julho|juli|juillet|aug(?:ust)?|ago(?:sto)?|ao[uû]t|sep(?:t(?:ember|iembre|embre)?)?|setiembre|setembro|oct(?:ober|ubre|obre)?|okt(?:ober)?|outubro|nov(?:ember|iembre|embro|embre)?|dec(?:ember)?|d[eé]c(?:embre)?|dic(?:iembre)?|dez(?:ember|embro)?|ene(?:ro)?)\.?`;
const YEAR = String.raw`((?:19[5-9]|20[0-4])\d)`;
const SEASON = String.raw`(spring|summer|fall|autumn|winter)`;
/** With the other languages' open ends: "en curso", "em andamento", "en cours", "heute", "aujourd'hui", "hoy". */
const PRESENT = String.raw`(present|pres\.|current(?:ly)?|now|today|date|ongoing|actualidad|actualmente|atualmente|presente|en curso|em curso|em andamento|en cours|heute|atual|aujourd['’]hui|hoy)`;
/** A month name with no group, for the look-arounds that let "Jan 2018Mar 2020" split. */
const MONTH_AHEAD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|present|current)`;

/** What stands between the two dates of a range written with two-digit years ("08/93-02/94"). */
const MMYY_SEPARATOR = String.raw`(?:-{1,2}|–|—|to)`;
/** A month's number, "1" to "12" or "01" to "09". */
const MM = String.raw`(?:0?[1-9]|1[0-2])`;

/** One alternative per way of writing a date; the groups are read by `toToken`. */
const TOKEN = new RegExp(
  // A date may start right after a year when a lost dash glued two dates ("Jan 2018Mar 2020").
  // Letters and digits, not "_": markup sets dates in emphasis ("_June 2011 - February 2013_").
  String.raw`(?:(?<![A-Za-z0-9/.])|(?<=(?:19|20)\d\d)(?=${MONTH_AHEAD}))(?:` +
    [
      String.raw`((?:19[5-9]|20[0-4])\d)((?:19[5-9]|20[0-4])\d)`, // 20182020: two years whose dash was lost
      // Jan 2019, Sep. 2019, July-2015, December2015, and with its day: January 25, 2017.
      // "marzo de 2020", "março de 2020": the Spanish and Portuguese "of".
      `${MONTH}(?:\\s+(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?)?(?:\\s+de)?[\\s.,'’\\-]*${YEAR}`,
      `${MONTH}\\s*['’](\\d{2})`, // Jun '19
      `${SEASON}\\s*${YEAR}`, // Summer 2020
      `(\\d{1,2})\\s?[/.\\-]\\s?${YEAR}`, // 03/2018, 3/2018
      `${YEAR}\\s?[./\\-]\\s?(\\d{1,2})`, // 2019.03, 2016/09, 2011 / 11
      YEAR,
      MONTH,
      PRESENT,
      // "06/15 - Now", "05/11 - 03/13": a month and a two-digit year, read only as an end of a
      // range of such dates, since alone "3/4" or "24/7" is no date.
      String.raw`(${MM})/(\d{2})(?=\s*${MMYY_SEPARATOR}\s*(?:${MM}/\d{2}(?![\d/])|${PRESENT}))`,
      String.raw`(?<=(?<![\d/])${MM}/\d{2}\s*${MMYY_SEPARATOR}\s*)(${MM})/(\d{2})`,
    ].join('|') +
    String.raw`)(?:(?![A-Za-z0-9]|\.\d)|(?<=\d)(?=${MONTH_AHEAD}))`,
  'gi',
);

// "February 2014 to till date": two words of "until" written together.
const SEPARATOR = /^\s*(?:(?:-{1,2}|–|—|\u00ad|~|→)\s*(?:to|until|till|through|thru)?|(?:to\s+)?(?:until|till)|to|through|thru)\s*$/i;
/** "Since 2019", "from 2019 onwards": an open range said in words. */
const SINCE_BEFORE = /\bsince\s*$/i;
/**
 * "2022 –", "2013/---": a start and a separator with nothing after it. (A slash between two
 * years is no range: "Exchange 2007/2010", "Windows 2003/2008" name versions.)
 */
const OPEN_END = /^\s*(?:-{1,2}|–|—|\u00ad|\/\s*-{1,3})\s*(?:$|\||\s{2,})/;

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.startsWith('juin')) return 6;
  if (lower.startsWith('juil')) return 7;
  return MONTHS[lower.slice(0, 3)] ?? 0;
}

function twoDigitYear(yy: number, asOf: YearMonth): number {
  const now = Number(asOf.slice(0, 4));
  return 2000 + yy <= now + 5 ? 2000 + yy : 1900 + yy;
}

function toTokens(m: RegExpExecArray, asOf: YearMonth): Token[] {
  const [, y1, y2, ...g] = m;
  const at = { index: m.index, length: m[0].length };
  if (y1 && y2) {
    // "20182020" is a range only when it runs forwards; otherwise it is some other number.
    if (Number(y2) < Number(y1)) return [];
    return [
      { kind: 'year', year: Number(y1), index: m.index, length: 4 },
      { kind: 'year', year: Number(y2), index: m.index + 4, length: 4 },
    ];
  }
  if (g[0] && g[1]) return [{ kind: 'month', month: monthNumber(g[0]), year: Number(g[1]), ...at }];
  if (g[2] && g[3]) return [{ kind: 'month', month: monthNumber(g[2]), year: twoDigitYear(Number(g[3]), asOf), ...at }];
  if (g[4] && g[5]) {
    const [from, to] = SEASONS[g[4].toLowerCase()] ?? [6, 8];
    return [{ kind: 'season', year: Number(g[5]), from, to, ...at }];
  }
  if (g[6] && g[7]) {
    const month = Number(g[6]);
    return month >= 1 && month <= 12 ? [{ kind: 'month', month, year: Number(g[7]), ...at }] : [];
  }
  if (g[8] && g[9]) {
    const month = Number(g[9]);
    // "2017-20" is not a month: keep the year and let the rest be read on its own.
    if (month < 1 || month > 12) return [{ kind: 'year', year: Number(g[8]), index: m.index, length: 4 }];
    return [{ kind: 'month', month, year: Number(g[8]), ...at }];
  }
  if (g[10]) return [{ kind: 'year', year: Number(g[10]), ...at }];
  if (g[11]) return [{ kind: 'bare-month', month: monthNumber(g[11]), ...at }];
  if (g[12]) return [{ kind: 'present', ...at }];
  // "06/15" inside a range of such dates: g[13..14] opens it, g[16..17] closes it (g[15] is the
  // "present" group of the look-ahead).
  const mm = g[13] ?? g[16];
  const yy = g[14] ?? g[17];
  if (mm && yy) {
    const month = Number(mm);
    return month >= 1 && month <= 12 ? [{ kind: 'month', month, year: twoDigitYear(Number(yy), asOf), ...at }] : [];
  }
  return [];
}

export function tokenizeDates(text: string, asOf: YearMonth): Token[] {
  const mended = mendSplitDates(text);
  const read = mended?.text ?? text;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(read); m; m = TOKEN.exec(read)) {
    const found = toTokens(m, asOf);
    tokens.push(...found);
    const last = found[found.length - 1];
    if (last) TOKEN.lastIndex = last.index + last.length;
  }
  if (!mended) return tokens;
  // Back to where the token sits in the line as written, so a caller cuts the right span.
  return tokens.map((t) => {
    const index = mended.origin[t.index]!;
    return { ...t, index, length: mended.origin[t.index + t.length - 1]! + 1 - index };
  });
}

/** Month names and words for "now" whose first letter a letterspaced layout set apart ("D ecember", "p resent"). */
const SPLIT_FORMS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'present', 'current']);
/** What a split form opens with ("D ec", "p re") or a split year: the test every line takes first. */
const SPLIT_AHEAD = new RegExp(`(?<!\\p{L})(?:${[...SPLIT_FORMS].map((f) => `${f[0]} ${f.slice(1, 3)}`).join('|')})|\\d \\d{3}`, 'iu');
const SPLIT_WORD = /(?<!\p{L})(\p{L}) (\p{L}{2,8})(?!\p{L})/gu;
/** "December 2 019": a year split after its first digit, right after a month's name. */
const SPLIT_YEAR = new RegExp(String.raw`(?<![\w])${MONTH}[\s,]*[12] (?=\d{3}(?!\d))`, 'gi');

/**
 * "December 2 019 - p resent": a converter that lost the letter spacing of a PDF (pdf2docx)
 * leaves a space after the first character of some words. Only the words a date is written
 * with are joined again, and a year only after a month's name ("2 000 users" stays a number).
 * Returns the joined text and, for each of its characters, where it stands in the line; null
 * when nothing was split.
 */
function mendSplitDates(text: string): { text: string; origin: number[] } | null {
  if (!SPLIT_AHEAD.test(text)) return null;
  const words = new Set<number>();
  for (const m of text.matchAll(SPLIT_WORD)) if (SPLIT_FORMS.has(`${m[1]}${m[2]}`.toLowerCase())) words.add(m.index + 1);
  const first = words.size ? without(text, words) : { text, origin: Array.from(text, (_, i) => i) };
  const years = new Set<number>();
  for (const m of first.text.matchAll(SPLIT_YEAR)) years.add(m.index + m[0].length - 1);
  if (!words.size && !years.size) return null;
  const second = without(first.text, years);
  return { text: second.text, origin: second.origin.map((i) => first.origin[i]!) };
}

/** The text without the characters at `drop`, and where each kept one stood. */
function without(text: string, drop: ReadonlySet<number>): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) continue;
    out += text[i];
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * The first month a token can mean. A bare year as a start is its January and as an end
 * its December, which is how the gold readings take "2017 – 2020" (the whole of both years).
 */
function startOf(t: Token, endYear: number | null): YearMonth | null {
  switch (t.kind) {
    case 'month': return toYearMonth(t.year, t.month);
    case 'season': return toYearMonth(t.year, t.from);
    case 'year': return toYearMonth(t.year, 1);
    case 'bare-month': return endYear === null ? null : toYearMonth(endYear, t.month);
    case 'present': return null;
  }
}

function endOf(t: Token, asOf: YearMonth): YearMonth | null {
  switch (t.kind) {
    case 'month': return toYearMonth(t.year, t.month);
    case 'season': return toYearMonth(t.year, t.to);
    case 'year': return toYearMonth(t.year, 12);
    case 'present': return asOf;
    case 'bare-month': return null;
  }
}

function yearOf(t: Token): number | null {
  return t.kind === 'month' || t.kind === 'season' || t.kind === 'year' ? t.year : null;
}

function span(a: Token, b: Token, asOf: YearMonth): FoundRange | null {
  const endYear = yearOf(b);
  let start = startOf(a, endYear);
  const end = endOf(b, asOf);
  if (!start || !end) return null;
  // "Nov - Feb 2020": the start month belongs to the year before.
  if (a.kind === 'bare-month' && endYear !== null && monthIndex(start) > monthIndex(end)) {
    start = toYearMonth(endYear - 1, a.month);
  }
  if (monthIndex(start) > monthIndex(end)) return null;
  const index = a.index;
  const length = b.index + b.length - a.index;
  return { start, end, present: b.kind === 'present', index, length, season: a.kind === 'season' && b.kind === 'season', single: false };
}

function single(t: Token, text: string, asOf: YearMonth): FoundRange | null {
  const after = text.slice(t.index + t.length);
  const start = startOf(t, null);
  if (!start) return null;
  const since = SINCE_BEFORE.exec(text.slice(0, t.index));
  // Only where the date closes its cell: "since 2019 I have led…" is a sentence, not a position.
  if (since && /^\s*(?:$|\||\s{2,}|\t)/.test(after) && monthIndex(start) <= monthIndex(asOf)) {
    return { start, end: asOf, present: true, index: since.index, length: t.index + t.length - since.index, season: false, single: false };
  }
  // "2022 –" with nothing after: still going.
  if (OPEN_END.test(after) && monthIndex(start) <= monthIndex(asOf)) {
    const length = t.length + (after.match(/^\s*(?:-{1,2}|–|—|\u00ad|\/\s*-{1,3})/)?.[0].length ?? 0);
    return { start, end: asOf, present: true, index: t.index, length, season: false, single: false };
  }
  if (t.kind === 'month') return { start, end: start, present: false, index: t.index, length: t.length, season: false, single: true };
  if (t.kind === 'season') {
    return { start, end: toYearMonth(t.year, t.to), present: false, index: t.index, length: t.length, season: true, single: true };
  }
  return null;
}

/**
 * "Sep. 2023 Mar. 2024", "2018 2020", "20182020": two dates side by side with only a space
 * (or nothing) between are a range whose dash the PDF drew as a graphic or lost in extraction.
 */
function dashLost(a: Token, b: Token, text: string): boolean {
  if (!/^\s*$/.test(text.slice(a.index + a.length, b.index))) return false;
  if (a.kind === 'month') return b.kind === 'month' || b.kind === 'present';
  // "2019 2021 Java Developer, Acme", "2021 now Full-Stack Developer": the dates open the line
  // and a title follows them (a converted PDF lost the dash).
  const opensTitle = /^\s*$/.test(text.slice(0, a.index)) && /^[.,]?\s+\p{Lu}/u.test(text.slice(b.index + b.length));
  if (a.kind === 'year' && b.kind === 'present') return opensTitle;
  if (a.kind !== 'year' || b.kind !== 'year' || b.year < a.year || b.year - a.year > 45) return false;
  if (opensTitle) return true;
  // "20182020" is glued; "2018 2020" only when the two years fill their cell, as a dates
  // column does ("Awards 2019 2020" lists two years).
  if (a.index + a.length === b.index) return true;
  const before = text.slice(0, a.index);
  const after = text.slice(b.index + b.length);
  // " / " parts cells too ("Embedded automotive software / 2018 2019").
  return /(?:^|\s{3,}|\t|\||\s\/)\s*$/.test(before) && /^\s*(?:$|\s{2,}|\t|\|)/.test(after);
}

/**
 * Every date range in a line of text, left to right: spans ("Jan 2019 – Present",
 * "2017-2020", "June - August 2017") and single dated months or seasons ("06/2016",
 * "Summer 2020"). A bare year alone ("2019 Award") is not a range.
 */
export function findDateRanges(text: string, asOf: YearMonth): FoundRange[] {
  const tokens = tokenizeDates(text, asOf);
  const found: FoundRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (a.kind === 'present') continue;
    if (b && (SEPARATOR.test(text.slice(a.index + a.length, b.index)) || dashLost(a, b, text))) {
      const range = span(a, b, asOf);
      if (range) {
        found.push(range);
        i++;
        continue;
      }
    }
    const one = single(a, text, asOf);
    if (one) found.push(one);
  }
  return found;
}

/** The first date range in the text, or null. "Present" and its kin resolve to `asOf`. */
export function parseDateRange(text: string, asOf: YearMonth): DateRange | null {
  const first = findDateRanges(text, asOf)[0];
  return first ? { start: first.start, end: first.end, present: first.present } : null;
}

/**
 * Words that lead into a date inside a sentence ("funded in February 2009", "from 2001 to 2006",
 * "… January 1993 to" / "2006"): the date is one the sentence speaks of, not a position's.
 */
export const LEADS_INTO_DATE = /\b(?:between|from|since|in|during|of|by|until|till|to|and|on|at|for|after|before|through)\s*[,(]?\s*$/i;
