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
};

/** Seasons as the months a summer job or term spans (northern hemisphere). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [1, 2],
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre)?)\.?`;
const YEAR = String.raw`((?:19[5-9]|20[0-4])\d)`;
const SEASON = String.raw`(spring|summer|fall|autumn|winter)`;
const PRESENT = String.raw`(present|current(?:ly)?|now|today|date|ongoing|actualidad|presente)`;

/** One alternative per way of writing a date; the groups are read by `toToken`. */
const TOKEN = new RegExp(
  String.raw`(?<![\w/.])(?:` +
    [
      `${MONTH}[\\s.,'’\\-]*${YEAR}`, // Jan 2019, Sep. 2019, July-2015, December2015
      `${MONTH}\\s*['’](\\d{2})`, // Jun '19
      `${SEASON}\\s*${YEAR}`, // Summer 2020
      `(\\d{1,2})\\s?[/.\\-]\\s?${YEAR}`, // 03/2018, 3/2018
      `${YEAR}\\s?[./\\-]\\s?(\\d{1,2})`, // 2019.03, 2016/09, 2011 / 11
      YEAR,
      MONTH,
      PRESENT,
    ].join('|') +
    String.raw`)(?![\w]|\.\d)`,
  'gi',
);

const SEPARATOR = /^\s*(?:-{1,2}|–|—|\u00ad|~|→|to|until|till|through|thru)\s*$/i;
const OPEN_END = /^\s*(?:-{1,2}|–|—|\u00ad)\s*(?:$|\||\s{2,})/;

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

function twoDigitYear(yy: number, asOf: YearMonth): number {
  const now = Number(asOf.slice(0, 4));
  return 2000 + yy <= now + 5 ? 2000 + yy : 1900 + yy;
}

function toToken(m: RegExpExecArray, asOf: YearMonth): Token | null {
  const g = m.slice(1);
  const at = { index: m.index, length: m[0].length };
  if (g[0] && g[1]) return { kind: 'month', month: monthNumber(g[0]), year: Number(g[1]), ...at };
  if (g[2] && g[3]) return { kind: 'month', month: monthNumber(g[2]), year: twoDigitYear(Number(g[3]), asOf), ...at };
  if (g[4] && g[5]) {
    const [from, to] = SEASONS[g[4].toLowerCase()] ?? [6, 8];
    return { kind: 'season', year: Number(g[5]), from, to, ...at };
  }
  if (g[6] && g[7]) {
    const month = Number(g[6]);
    return month >= 1 && month <= 12 ? { kind: 'month', month, year: Number(g[7]), ...at } : null;
  }
  if (g[8] && g[9]) {
    const month = Number(g[9]);
    // "2017-20" is not a month: keep the year and let the rest be read on its own.
    if (month < 1 || month > 12) return { kind: 'year', year: Number(g[8]), index: m.index, length: 4 };
    return { kind: 'month', month, year: Number(g[8]), ...at };
  }
  if (g[10]) return { kind: 'year', year: Number(g[10]), ...at };
  if (g[11]) return { kind: 'bare-month', month: monthNumber(g[11]), ...at };
  if (g[12]) return { kind: 'present', ...at };
  return null;
}

export function tokenizeDates(text: string, asOf: YearMonth): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = toToken(m, asOf);
    if (token) {
      tokens.push(token);
      TOKEN.lastIndex = token.index + token.length;
    }
  }
  return tokens;
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
  // "2022 –" with nothing after: still going.
  if (OPEN_END.test(after) && monthIndex(start) <= monthIndex(asOf)) {
    const length = t.length + (after.match(/^\s*(?:-{1,2}|–|—|\u00ad)/)?.[0].length ?? 0);
    return { start, end: asOf, present: true, index: t.index, length, season: false, single: false };
  }
  if (t.kind === 'month') return { start, end: start, present: false, index: t.index, length: t.length, season: false, single: true };
  if (t.kind === 'season') {
    return { start, end: toYearMonth(t.year, t.to), present: false, index: t.index, length: t.length, season: true, single: true };
  }
  return null;
}

/**
 * "Sep. 2023 Mar. 2024": two dated months side by side with only a space between are a range
 * whose dash the PDF drew as a graphic or lost in extraction.
 */
function dashLost(a: Token, b: Token, text: string): boolean {
  return a.kind === 'month' && (b.kind === 'month' || b.kind === 'present') && /^\s+$/.test(text.slice(a.index + a.length, b.index));
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
