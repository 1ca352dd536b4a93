import type { Line, YearMonth } from '../../types.js';
import { type BlockKind, HEADING_RULES, headingRule, heldBlock } from './headings.js';
import type { LineClass } from './classify-sections.js';
import { findDateRanges, LEADS_INTO_DATE, type FoundRange } from './parse-date-range.js';
import { TITLE_WORD } from './position-kind.js';

/**
 * A line this long holds more than one line of a resume: a Word table cell or a text box written
 * as one paragraph ("Experience Front End Team lead 2020 – Present AviaBit Performed …").
 */
const FLAT_MIN = 160;

/** The most words a title before its dates runs to; more is a sentence that names a date. */
const MAX_TITLE_WORDS = 10;

/** The most words of an organization read after the dates. */
const MAX_ORG_WORDS = 6;

/**
 * Heading names that open a section even when written as an ordinary capitalized word inside a
 * paragraph ("… 10+ years. Experience Front End Team lead …"). Any other single-word heading
 * ("Leadership", "Work", "Tools", "Service", "Research") is as often a word of a title, a
 * sentence or a list of qualities, so inside a paragraph it counts only in capitals.
 */
const PLAIN_HEADINGS = new Set([
  'experience', 'employment', 'education', 'summary', 'profile', 'objective', 'skills', 'projects',
  'certifications', 'certificates', 'internships', 'languages', 'publications', 'awards', 'interests',
  'hobbies', 'references', 'achievements', 'accomplishments', 'volunteering', 'coursework', 'experiencia',
]);

/** Words after which a capitalized heading name is part of a phrase ("Bachelor of Education"). */
const JOINING_WORD = /(?:^|\s)(?:of|in|and|&|for|the|with|to|on|at|a|an|de|y|en)\s+$/i;

/** "work experience" (plain lower-case words: the names INLINE_HEADING keeps) as written inside a paragraph: "Work Experience", "Work experience", "WORK EXPERIENCE". */
function inlineForms(name: string): string[] {
  const words = name.split(' ');
  const upper = name.toUpperCase().replace(/ /g, '\\s+');
  if (words.length === 1 && !PLAIN_HEADINGS.has(name)) return [upper];
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const capitalized = words.map((w, i) => (i === 0 ? cap(w) : `(?:${cap(w)}|${w})`)).join('\\s+');
  return [upper, capitalized];
}

/** Every heading name we know, longest first, as it may stand inside a paragraph. */
const INLINE_HEADING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    HEADING_RULES.flatMap((r) => r.names)
      .filter((name) => /^[a-z ]+$/.test(name))
      .sort((a, b) => b.length - a.length)
      .flatMap(inlineForms)
      .join('|') +
    String.raw`):?(?=\s+[\p{Lu}\p{N}])`,
  'gu',
);

/** Where the text of a title before its dates may begin: after a sentence, a list, a cell. */
const BOUNDARY = /(?:[.!?;:»•|]\s+|\s{3,}|\t)/g;


interface Cut {
  /** Where the piece starts in the line. */
  at: number;
  /** A heading name: the piece is the heading alone and the text after it starts the next. */
  heading?: number;
  /** A position's head: title before the dates, the dates, the organization after. */
  head?: { title: string; range: FoundRange; orgEnd: number; org: string };
}

/** The title before the dates: the words since the last boundary, if they read as one. */
function titleBefore(text: string, floor: number, range: FoundRange): { at: number; title: string } | null {
  const before = text.slice(floor, range.index);
  let start = 0;
  for (const m of before.matchAll(BOUNDARY)) start = m.index + m[0].length;
  const title = before.slice(start).replace(/[\s(,–—-]+$/, '').trim();
  if (LEADS_INTO_DATE.test(before)) return null;
  // Dates no title reads into open their position's head themselves (a dates-first layout, or
  // a description run on without a full stop): the cut falls at the dates.
  const atDates = { at: range.index, title: '' };
  if (title === '') return atDates;
  const words = title.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(title)) return atDates;
  const capitalized = words.filter((w) => /^[\p{Lu}/&]/u.test(w)).length;
  if (!TITLE_WORD.test(title) && capitalized * 2 < words.length) return atDates;
  return { at: floor + start + (before.slice(start).length - before.slice(start).trimStart().length), title };
}

/**
 * The organization right after the dates: a run of capitalized words ("AviaBit", "School Tennis
 * League"). When a lower-case word follows the run, its last word opens the description
 * ("AviaBit Performed a developer role …") and is left to it.
 */
function organizationAfter(text: string, from: number): { org: string; end: number } {
  const re = /\s*([^\s]+)/gy;
  re.lastIndex = from;
  const words: { word: string; end: number }[] = [];
  let next: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[1]!;
    if (words.length >= MAX_ORG_WORDS || !/^[\p{Lu}&(]/u.test(word)) {
      next = word;
      break;
    }
    words.push({ word, end: m.index + m[0].length });
    if (/[,.;:)]$/.test(word)) {
      const after = /^\s*(\S+)/.exec(text.slice(re.lastIndex));
      next = after?.[1] ?? null;
      break;
    }
  }
  if (words.length > 0 && next !== null && /^\p{Ll}/u.test(next) && (words.length > 1 || /ed$/.test(words[0]!.word))) words.pop();
  const last = words.at(-1);
  return { org: words.map((w) => w.word).join(' ').replace(/[,.;:]+$/, ''), end: last ? last.end : from };
}

/** The cuts of one long line: before each heading name and before each position's head. */
function cutsOf(text: string, asOf: YearMonth, block: BlockKind): Cut[] {
  const cuts: Cut[] = [{ at: 0 }];
  for (const m of text.matchAll(INLINE_HEADING)) {
    if (JOINING_WORD.test(text.slice(0, m.index))) continue;
    cuts.push({ at: m.index, heading: m[0].length });
  }
  cuts.sort((a, b) => a.at - b.at);
  const heads: Cut[] = [];
  for (const range of findDateRanges(text, asOf)) {
    if (range.single) continue;
    // A title starts no earlier than the heading or head cut before the dates.
    const floor = Math.max(
      ...cuts.filter((c) => c.at <= range.index).map((c) => c.at + (c.heading ?? 0)),
      ...heads.filter((c) => c.at <= range.index).map((c) => c.head!.orgEnd),
    );
    const title = titleBefore(text, floor, range);
    if (!title) continue;
    const { org, end } = organizationAfter(text, range.index + range.length);
    heads.push({ at: title.at, head: { title: title.title, range, orgEnd: end, org } });
  }
  return withoutLabels(text, [...cuts, ...heads].sort((a, b) => a.at - b.at), block);
}

/**
 * Inside a run of positions, a heading name that another position follows before any other
 * heading is a word of the position, not a heading that ends the run:
 * - the name of a section without dates is a label ("… Grill Chef. Skills Food & Beverage
 *   Service, Prep Cook. March 2010 to May 2013 …");
 * - a name written in lower case after a capitalized word is part of a longer name ("… Special
 *   Needs and General Education Elementary School students …").
 * `start` is the block the line itself sits in (a paragraph under an "Experience" line).
 */
function withoutLabels(text: string, cuts: Cut[], start: BlockKind): Cut[] {
  const nameOf = (c: Cut): string => text.slice(c.at, c.at + (c.heading ?? 0));
  const blockOf = (c: Cut): BlockKind | null => (c.heading === undefined ? null : headingRule(nameOf(c))?.block ?? 'none');
  const inName = (c: Cut): boolean => nameOf(c) !== nameOf(c).toUpperCase() && /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(0, c.at));
  let block = start;
  return cuts.filter((c, k) => {
    const own = blockOf(c);
    if (own === null) return true;
    const nextOther = cuts.slice(k + 1).find((d) => blockOf(d) !== 'none' && !(d.heading !== undefined && inName(d)));
    if ((own === 'none' || inName(c)) && heldBlock(block) && nextOther?.head) return false;
    block = own;
    return true;
  });
}

/**
 * The lines of a resume with every long line cut where its lost line breaks were: before a
 * heading named inside it (as its own line), and at each position's head (title, dates,
 * organization as the cells of one line, the description on the next). Short lines are kept as
 * they are; a cut line keeps the number of the line it came from. Returns `lines` itself when
 * nothing was cut.
 */
export function cutFlatLines(lines: readonly Line[], classes: readonly LineClass[], asOf: YearMonth): readonly Line[] {
  if (!lines.some((l) => l.text.length >= FLAT_MIN)) return lines;
  let changed = false;
  const out: Line[] = [];
  for (const [i, line] of lines.entries()) {
    const pieces = line.text.length >= FLAT_MIN ? piecesOf(line.text, asOf, classes[i]!.block) : [line.text];
    if (pieces.length > 1) changed = true;
    for (const text of pieces) out.push({ ...line, text });
  }
  return changed ? out : lines;
}

function piecesOf(text: string, asOf: YearMonth, block: BlockKind): string[] {
  const cuts = cutsOf(text, asOf, block);
  // A line cut only where it starts ("2015 - 2018. Senior Research Fellow …") lost no break.
  if (cuts.every((c) => c.at === 0)) return [text];
  const pieces: string[] = [];
  cuts.forEach((cut, k) => {
    const end = k + 1 < cuts.length ? cuts[k + 1]!.at : text.length;
    if (cut.heading !== undefined) {
      pieces.push(text.slice(cut.at, cut.at + cut.heading).replace(/:$/, ''));
      pieces.push(text.slice(cut.at + cut.heading, end));
    } else if (cut.head) {
      const { title, range, org, orgEnd } = cut.head;
      const dates = text.slice(range.index, range.index + range.length);
      pieces.push([title, dates, org].filter((c) => c !== '').join('   '));
      pieces.push(text.slice(Math.max(orgEnd, range.index + range.length), end));
    } else {
      pieces.push(text.slice(cut.at, end));
    }
  });
  return pieces.map((p) => (p.includes('   ') ? p : padDates(p, asOf)).trim()).filter((p) => p !== '');
}

/**
 * "… networks 2006 – 2012 Moscow Aviation Institute …": dates that no title leads into stood in
 * a cell of their own; set them apart as a laid-out line does, so the cells read apart. Dates a
 * sentence leads into ("between 2019 and 2021") stay as written.
 */
function padDates(piece: string, asOf: YearMonth): string {
  let out = '';
  let at = 0;
  for (const range of findDateRanges(piece, asOf)) {
    if (range.single || LEADS_INTO_DATE.test(piece.slice(0, range.index))) continue;
    out += `${piece.slice(at, range.index).trimEnd()}   ${piece.slice(range.index, range.index + range.length)}   `;
    at = range.index + range.length;
  }
  return out === '' ? piece : out + piece.slice(at).trimStart();
}
