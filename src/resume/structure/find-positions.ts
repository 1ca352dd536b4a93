import type { Line, Position, YearMonth } from '../../types.js';
import { cellsOf, type LineClass } from './classify-sections.js';
import { heldBlock } from './headings.js';
import { positionKind, TITLE_WORD } from './position-kind.js';
import { monthIndex, monthsInclusive } from './months.js';
import { findDateRanges, LEADS_INTO_DATE, tokenizeDates, type FoundRange } from './parse-date-range.js';

/** A line holding the dates of one position, and the lines those dates were read from. */
interface Anchor {
  index: number;
  range: FoundRange;
  /** Index of the last line the dates used ("April 2015" / "to" / "Current" spans three). */
  lastIndex: number;
}

const BULLET = /^\s*[•◦▪‣·●○■□►▶➢✓✔*\-–]\s/u;
const LONE_SEPARATOR = /^\s*(?:-{1,2}|–|—|to|until|till)\s*$/i;

/**
 * On a bullet line a date counts only as a right-hand column ("• Built …   May 2022 – Aug 2022"):
 * after a wide gap, or closing the line. A date inside a sentence is what the bullet did then.
 */
function usableRange(text: string, range: FoundRange): boolean {
  if (!BULLET.test(text)) return true;
  const before = text.slice(0, range.index);
  const after = text.slice(range.index + range.length);
  return /(\s{3,}|\t|\|\s*)$/.test(before) || (/^[\s.]*$/.test(after) && !/[(\[]\s*$/.test(before));
}

/**
 * A line that is a sentence: it closes with a full stop, runs longer than a title line, or goes
 * on from a line above it that a sentence wrapped ("… including a $50 million" / "funding in
 * September 2016"): it opens with a lower-case word under a long line left open.
 */
function sentenceLine(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.text.replace(/\s+/g, ' ').trim();
  if (/[.;]$/.test(t) || t.length > 90) return true;
  const prev = lines[i - 1]?.text.replace(/\s+/g, ' ').trim() ?? '';
  return /^[a-z]{2,}\b/.test(t) && prev.length > 60 && !/[.:;!?]$/.test(prev);
}

/**
 * A sentence that names the candidate's role: "Worked as Project Engineer in Wipro", "Hyderabad
 * as Software Engineer", or a role word among its first words ("Photography Assistant at the
 * gallery in Paris"); not a role word deep in the sentence ("became a member practice of …").
 */
function namesRole(before: string): boolean {
  return /\bas\s+(?:an?\s+)?\p{Lu}/u.test(before) || TITLE_WORD.test(before.trim().split(/\s+/).slice(0, 5).join(' '));
}

/**
 * Dates a sentence speaks of ("the plan was developed for 2013-2017.", "enrollment increased
 * from 2001 to 2006", "Taught 6th grade (2006-2007 school year).", "funded in February 2009"):
 * on a sentence line, led into by a preposition after words of its own, or followed by more of
 * the sentence in lower case. What the candidate did then, not a position's dates. A date after
 * a wide gap is a dates column's, whatever the line.
 */
function dateInSentence(lines: readonly Line[], i: number, range: FoundRange): boolean {
  const text = lines[i]!.text;
  const before = text.slice(0, range.index);
  if (/(\s{3,}|\t|\|)\s*$/.test(before) || !sentenceLine(lines, i)) return false;
  // A capital "From 2010 to 2013" opens a clause of its own: a position a layout ran into text.
  // So does a sentence naming a role ("Worked as Project Engineer in Wipro from Aug 2008 to
  // Oct 2011."), as many Indian resumes list their positions.
  const lead = LEADS_INTO_DATE.exec(before);
  const led = !!lead && /^[a-z]/.test(lead[0].trim()) && before.trim().split(/\s+/).length >= 3 && !namesRole(before);
  // Lower-case words after the dates continue a sentence when it also led into them or closes
  // with a full stop: a role's dates can be followed by the next column's text ("Manager, CA
  // November 2013 - PRESENT issues and concerns").
  // So do many words before them that name no role ("… was current with all the training for the
  // complete GM 2012-2013 product"): a title line holds few words before its dates.
  const wordy = before.trim().split(/\s+/).length >= 8 && !namesRole(before);
  const inFlow = range.single || wordy || /(?:\(|\b[a-z][\w'’-]*)\s*$/.test(before) || /[.;]$/.test(text.trim());
  const followed = inFlow && /^\s*\)?\s*[a-z]{2,}\b/.test(text.slice(range.index + range.length));
  return led || followed;
}

function rangeOnLine(lines: readonly Line[], i: number, asOf: YearMonth): FoundRange | null {
  const text = lines[i]!.text;
  return findDateRanges(text, asOf).find((r) => usableRange(text, r) && !dateInSentence(lines, i, r)) ?? null;
}

/** The whole line is one date (a cell of a dates column): "Jan 2018", "2018", "Present". */
function loneDate(text: string, asOf: YearMonth): boolean {
  const t = text.trim();
  if (/^(?:(?:19|20)\d{2}|present|current|currently(?: working)?|till date|to date|now|today|ongoing)$/i.test(t)) return true;
  const r = findDateRanges(t, asOf)[0];
  return !!r && r.single && r.index === 0 && r.length === t.length;
}

/**
 * "April 2015" / "to" / "Current" on three lines, or "Jan 2018" / "Mar 2020" on two (the
 * From and To cells of a Word table): read them as one range.
 */
function joinedRange(lines: readonly Line[], i: number, asOf: YearMonth): Anchor | null {
  const first = lines[i]!.text.trim();
  const next = lines[i + 1]?.text.trim() ?? '';
  const ownRange = findDateRanges(first, asOf)[0];
  const dateOnly = ownRange ? first.slice(ownRange.length).trim() === '' : /^\d{4}$/.test(first);
  const trailing = /(?:-|–|—|\bto)\s*$/i.test(first);
  if (!dateOnly && !trailing) return dashLostAtBreak(lines, i, asOf) ?? fromOverTo(lines, i, asOf);
  if (!dateOnly) return cutAtSeparator(lines, i, asOf);
  const cells = dateOnly && (ownRange?.single ?? true) && lineIsDate(first, asOf) && lineIsDate(next, asOf);
  if (!LONE_SEPARATOR.test(next) && !trailing && !cells) return null;
  const take = trailing || cells ? 1 : 2;
  const joined = [first, ...lines.slice(i + 1, i + 1 + take).map((l) => l.text.trim())].join(cells ? ' – ' : ' ');
  const range = findDateRanges(joined, asOf)[0];
  if (!range || range.single || range.index !== 0) return null;
  return { index: i, range, lastIndex: i + take };
}

/**
 * "Director | Meridian Health Systems | 2017" over "2021": a range wrapped at its dash, which
 * the PDF drew as a graphic or lost, so the start closes one line and the end is the next line
 * alone. The start must be a cell of its own at the end of its line (after "|", a comma, a tab
 * or a wide gap), and the end a lone date no earlier.
 */
function dashLostAtBreak(lines: readonly Line[], i: number, asOf: YearMonth): Anchor | null {
  const text = lines[i]!.text.trimEnd();
  const next = lines[i + 1]?.text.trim() ?? '';
  if (!lineIsDate(next, asOf)) return null;
  const last = tokenizeDates(text, asOf).at(-1);
  if (!last || last.kind === 'present' || last.kind === 'bare-month' || last.index + last.length !== text.length) return null;
  if (!/(?:\||\s{3,}|\t|,)\s*$/.test(text.slice(0, last.index))) return null;
  const joined = `${text} – ${next}`;
  const range = findDateRanges(joined, asOf).at(-1);
  if (!range || range.single || range.index !== last.index || range.index + range.length !== joined.length) return null;
  return { index: i, range: { ...range, length: text.length - range.index }, lastIndex: i + 1 };
}

/**
 * "August 2012 Senior System Analyst" over "December 2017": a dates column whose From cell
 * opens the row of the role and whose To cell sits alone below it. The line opens with its only
 * date; the next line is a lone date no earlier (or "currently working").
 */
function fromOverTo(lines: readonly Line[], i: number, asOf: YearMonth): Anchor | null {
  const text = lines[i]!.text;
  const next = lines[i + 1]?.text.trim() ?? '';
  if (!lineIsDate(next, asOf)) return null;
  const tokens = tokenizeDates(text, asOf);
  const a = tokens[0];
  if (tokens.length !== 1 || !a || a.index !== text.length - text.trimStart().length || (a.kind !== 'month' && a.kind !== 'year')) return null;
  if (!/^\s+\p{L}/u.test(text.slice(a.index + a.length))) return null;
  const joined = `${text.slice(a.index, a.index + a.length)} – ${next.replace(/\s+working$/i, '')}`;
  const range = findDateRanges(joined, asOf)[0];
  if (!range || range.single || range.length !== joined.length) return null;
  return { index: i, range: { ...range, index: a.index, length: a.length }, lastIndex: i + 1 };
}

/**
 * "Claim Representative 05/1988 to" over "Current": a line that ends inside its range, the
 * end alone on the next line.
 */
function cutAtSeparator(lines: readonly Line[], i: number, asOf: YearMonth): Anchor | null {
  const text = lines[i]!.text.trimEnd();
  const next = lines[i + 1]?.text.trim() ?? '';
  if (!lineIsDate(next, asOf)) return null;
  const joined = `${text} ${next}`;
  const range = findDateRanges(joined, asOf).at(-1);
  if (!range || range.single || range.index + range.length !== joined.length) return null;
  return { index: i, range: { ...range, length: text.length - range.index }, lastIndex: i + 1 };
}

/**
 * "June 2022 – Software Engineer, Acme" over "Present Developing…": a dates column too narrow
 * for its range wraps the end onto the next line, ahead of that line's text. The start opens
 * its line and a dash follows it; the next line opens with a date that starts no range itself.
 */
function wrappedRange(lines: readonly Line[], i: number, asOf: YearMonth): Anchor | null {
  const text = lines[i]!.text;
  const a = tokenizeDates(text, asOf)[0];
  if (!a || a.index !== text.length - text.trimStart().length || a.kind === 'present' || a.kind === 'bare-month') return null;
  const dash = /^\s*(?:-{1,2}|–|—|to)\s+(?=[A-Za-z])/i.exec(text.slice(a.index + a.length));
  if (!dash) return null;
  const next = lines[i + 1]?.text ?? '';
  const b = tokenizeDates(next, asOf)[0];
  if (!b || b.index !== next.length - next.trimStart().length || b.kind === 'bare-month') return null;
  const own = findDateRanges(next, asOf)[0];
  if (own && own.index === b.index && !own.single) return null;
  const joined = `${text.slice(a.index, a.index + a.length)} – ${next.slice(b.index, b.index + b.length)}`;
  const range = findDateRanges(joined, asOf)[0];
  if (!range || range.single || range.length !== joined.length) return null;
  return { index: i, range: { ...range, index: a.index, length: a.length + dash[0].length }, lastIndex: i + 1 };
}

function lineIsDate(text: string, asOf: YearMonth): boolean {
  return text !== '' && loneDate(text, asOf);
}

/**
 * A page's running header or footer: among the first and last two lines of each page, those a
 * second page repeats there too, compared without their digits (the page number, the day):
 * "February 10, 2026 Byungjin Park · Résumé 1".
 */
function runningLines(lines: readonly Line[]): Set<number> {
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => byPage.set(l.page, [...(byPage.get(l.page) ?? []), i]));
  if (byPage.size < 2) return new Set();
  const keyOf = (i: number): string => lines[i]!.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const edges = [...byPage.values()].flatMap((ids) => [...new Set([...ids.slice(0, 2), ...ids.slice(-2)])]);
  const pages = new Map<string, Set<number>>();
  for (const i of edges) {
    const key = keyOf(i);
    if (key.length >= 8) pages.set(key, (pages.get(key) ?? new Set()).add(lines[i]!.page));
  }
  return new Set(edges.filter((i) => (pages.get(keyOf(i))?.size ?? 0) >= 2));
}

function findAnchors(lines: readonly Line[], classes: readonly LineClass[], asOf: YearMonth): Anchor[] {
  const anchors: Anchor[] = [];
  const running = runningLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const c = classes[i]!;
    if ((c.heading && c.label === undefined) || c.block === 'none') continue;
    const joined = joinedRange(lines, i, asOf) ?? wrappedRange(lines, i, asOf);
    if (joined && classes[joined.lastIndex]?.block === c.block) {
      anchors.push(joined);
      i = joined.lastIndex;
      continue;
    }
    const range = rangeOnLine(lines, i, asOf);
    // One date on a line every page repeats is the page's own (when it was printed), not a start.
    if (range && !(range.single && running.has(i))) anchors.push({ index: i, range, lastIndex: i });
  }
  return anchors;
}

/** "Valley Pacific Construction, Inc.": a firm's legal form ends the line, not a full stop. */
const FIRM_FORM_END = /\b(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|P\.C|Pvt)\.$/u;

/** A line that reads like a description sentence, not a title or company. */
function isProse(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 90 || (/[.;]$/.test(t) && !FIRM_FORM_END.test(t)) || t.length === 0;
}

/** Index of the heading line above `i`, or -1. */
function blockStart(classes: readonly LineClass[], i: number): number {
  for (let j = i; j >= 0; j--) if (classes[j]!.heading) return j;
  return -1;
}

/**
 * The lines that name a position (title, organization), around its dates. Layouts put
 * them above ("Company / Title — dates") or below ("dates / Company Title"): when the first
 * dates of a block come straight after its heading, the block is read as dates-first.
 */
function headLines(lines: readonly Line[], classes: readonly LineClass[], anchors: Anchor[], k: number): [number, number] {
  const a = anchors[k]!;
  const start = blockStart(classes, a.index);
  const firstInBlock = anchors.find((x) => blockStart(classes, x.index) === start)!;
  // Under a label column's heading line the block's first line is that line itself.
  const datesFirst = firstInBlock.index === (classes[start]?.label !== undefined ? start : start + 1);
  // A label column's heading line holds the block's first line after its label.
  const floor = Math.max(classes[start]?.label !== undefined ? start : start + 1, k > 0 ? anchors[k - 1]!.lastIndex + 1 : 0);
  const ceiling = k + 1 < anchors.length ? anchors[k + 1]!.index - 1 : lines.length - 1;
  if (datesFirst) {
    let last = a.lastIndex;
    while (last + 1 <= ceiling && last - a.lastIndex < 2 && !classes[last + 1]!.heading) {
      const t = lines[last + 1]!.text;
      if (isProse(t) || BULLET.test(t)) break;
      last++;
    }
    return [a.index, last];
  }
  let first = a.index;
  while (first - 1 >= floor && a.index - first < 2 && (!classes[first - 1]!.heading || first - 1 === start)) {
    const t = lines[first - 1]!.text;
    if (isProse(t) || (first < a.index && (t.replace(/\s+/g, ' ').trim().length > 60 || BULLET.test(t)))) break;
    first--;
  }
  return [first, a.lastIndex];
}

/** Template placeholders and the header cells of a dates table (From | To | Position). */
const COLUMN_LABEL = /^(city|state|city , state|from|to|period|dates?|duration|position|role|company|employer)$/i;
const LOCATION = /^[A-Z][\w .'-]+,\s*([A-Z]{2}|[A-Z][a-z]+\.?(\s[A-Z][a-z]+)*)$|remote/;

/** Title and organization from the head lines, with the dates and labels cut out. */
function describe(texts: string[], range: FoundRange, anchorText: string, asOf: YearMonth): { title: string | null; organization: string | null } {
  const cleaned = texts.map((t) => (t === anchorText ? t.slice(0, range.index) + ' | ' + t.slice(range.index + range.length) : t));
  const cells = cleaned
    .flatMap((t) => cellsOf(t.replace(/\b(date|location|from)\s*:-?/gi, ' ').replace(/\s[|@]\s|,\s(?=[A-Z])/g, '   ')))
    .map((c) => c.replace(/^[•◦▪*\-–:|\s]+|[,|:\-–\s]+$/g, '').trim())
    .filter((c) => c.length > 1 && !LOCATION.test(c) && !COLUMN_LABEL.test(c) && !/^\d/.test(c) && !loneDate(c, asOf));
  const title = cells.find((c) => TITLE_WORD.test(c)) ?? null;
  const organization = cells.find((c) => c !== title) ?? null;
  return { title, organization };
}

/** A span of dates on a line of its own kind: not a bullet, not a sentence. */
function datedLine(lines: readonly Line[], a: Anchor): boolean {
  const text = lines[a.index]!.text.trim();
  return !a.range.single && !BULLET.test(text) && !isProse(text);
}

/** "Jul 2025 - Present · 3 mos", "Feb 2022 - Jul 2025 · 3 yrs 6 mos": a profile site's span and its length. */
const SPAN_LENGTH = /^\s*·\s*\d+\s*(?:yrs?|mos?)(?![a-z])/;

/** The longest line read as a role and its dates run together with the rest of a position's head. */
const HEAD_LINE_MAX = 200;


/**
 * "Client Details - (Acme, Dallas, Texas DevOps Engineer May 2019 to Aug 2022, DevOps Engineer, …)":
 * a role named right before its dates on a line too long for a title line alone; not a bullet,
 * not a sentence, and no preposition leading into the dates.
 */
function titleLeadsDates(lines: readonly Line[], a: Anchor): boolean {
  const text = lines[a.index]!.text;
  const trimmed = text.trim();
  if (a.range.single || BULLET.test(trimmed) || /[.;]$/.test(trimmed) || trimmed.length > HEAD_LINE_MAX) return false;
  const before = text.slice(0, a.range.index);
  if (LEADS_INTO_DATE.test(before)) return false;
  return TITLE_WORD.test(before.trim().split(/\s+/).slice(-3).join(' '));
}

/** A range's length written beside it: "(1 year 8 months)", "(3 months)", "2 yrs". */
const DURATION = /^\(?\s*(?:\d+\+?\s*(?:years?|yrs?|months?|mos?)[\s,]*)+\)?$/i;

/**
 * A dated line that reads as a position's own: a dates cell, a short line naming a role, a role
 * named right before its dates, or dates followed by their length as a profile site writes them
 * (a line a copy may have doubled).
 */
function positionLike(lines: readonly Line[], a: Anchor, titleHeads: ReadonlySet<string>): boolean {
  const text = lines[a.index]!.text.trim();
  const raw = lines[a.index]!.text;
  if (!a.range.single && !BULLET.test(text) && SPAN_LENGTH.test(raw.slice(a.range.index + a.range.length))) return true;
  if (titleLeadsDates(lines, a)) return true;
  if (!datedLine(lines, a)) return false;
  const rest = (text.slice(0, a.range.index) + text.slice(a.range.index + a.range.length)).trim();
  if (rest === '' || DURATION.test(rest) || a.lastIndex > a.index) return true;
  return rest.length <= 80 && (TITLE_WORD.test(rest) || namesATitle(rest, titleHeads));
}

/**
 * "Cybersecurity Assessor, State of Oregon", "Pipe Layer, Valley Pacific Construction": a cell
 * of the line, of one to five capitalised words, that ends with the head of an O*NET job title.
 */
function namesATitle(rest: string, heads: ReadonlySet<string>): boolean {
  return rest.split(/\s*[,|;–—]\s*|\s+-\s+/).some((cell) => {
    const words = cell.trim().split(/\s+/);
    if (words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
    const last = words.at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, '');
    return heads.has(last) || heads.has(last.replace(/s$/, ''));
  });
}

/**
 * The longest line read as naming a role. A sidebar read beside the main column appends its own
 * cells to the role's line ("Software Engineer / Senior Software Engineer Git, Docker, GitLab").
 */
const ROLE_LINE_MAX = 80;

/** A line naming a role within two lines of the dates, under the same heading. */
function roleNear(lines: readonly Line[], classes: readonly LineClass[], a: Anchor): boolean {
  const names = (j: number): boolean => {
    const t = lines[j]?.text.replace(/\s+/g, ' ').trim() ?? '';
    return t !== '' && t.length <= ROLE_LINE_MAX && !BULLET.test(t) && TITLE_WORD.test(t);
  };
  if (names(a.index)) return true;
  for (let j = a.index - 1; j >= a.index - 2 && j >= 0 && !classes[j]!.heading; j--) if (names(j)) return true;
  for (let j = a.lastIndex + 1; j <= a.lastIndex + 2 && j < lines.length && !classes[j]!.heading; j++) if (names(j)) return true;
  return false;
}

/** Side sections a sidebar interleaves with the main column (awards, languages, interests, skills). */
const SIDE_SECTIONS = new Set(['other', 'skills', 'summary']);

/**
 * Lines of each work block's tail: from a work heading on, through the side sections that
 * follow it, up to the next heading of another block (education, activities, research).
 */
function afterWork(classes: readonly LineClass[]): boolean[] {
  let inTail = false;
  return classes.map((c) => {
    if (c.heading) inTail = heldBlock(c.block) || (inTail && c.block === 'none' && SIDE_SECTIONS.has(c.section));
    return inTail && c.block === 'none' && SIDE_SECTIONS.has(c.section);
  });
}

/**
 * Dated positions outside a work block, read as work in two layouts:
 * - no work block holds a date (the heading was not read: a Word layout whose headings sit in
 *   text boxes after their content, a heading drawn as a picture): every unheaded and
 *   unknown block is read as work;
 * - a two-column page whose sidebar headings ("Languages", "Awards") fall between the
 *   positions of the main column: dated lines after a work block, in the side sections that
 *   follow it, with a role named within two lines.
 * Either way only dated lines that look like a position's own count (a dates cell, or a
 * short line naming a role, or for a sidebar a role named within two lines).
 */
function anchorsWithFallback(
  lines: readonly Line[],
  classes: readonly LineClass[],
  asOf: YearMonth,
  titleHeads: ReadonlySet<string>,
): { anchors: Anchor[]; classes: readonly LineClass[] } {
  const anchors = findAnchors(lines, classes, asOf);
  const noWork = !anchors.some((a) => heldBlock(classes[a.index]!.block));
  const tail = afterWork(classes);
  const loose = classes.map((c): LineClass => (c.block === 'none' && !c.heading ? { ...c, block: 'work' } : c));
  const extra = findAnchors(lines, loose, asOf).filter(
    (a) => classes[a.index]!.block === 'none' && (noWork ? positionLike(lines, a, titleHeads) : tail[a.index] && datedLine(lines, a) && roleNear(lines, classes, a)),
  );
  if (extra.length === 0) return { anchors, classes };
  const taken = new Set(extra.map((a) => a.index));
  // Only the lines of the positions found are read as work; the rest keep their block.
  const merged = classes.map((c, i) => (taken.has(i) || noWork ? loose[i]! : c));
  return { anchors: [...anchors, ...extra].sort((x, y) => x.index - y.index), classes: merged };
}

/**
 * Dated entries in the experience, research, activity and education blocks, with their
 * kind and months (ends after `asOf` are cut to it; entries starting after it are dropped).
 */
/** A dash after a start date, then the line's other cells ("2016 / 09 - University of Bremen"). */
const DANGLING_DASH = /^\s*(?:-{1,2}|–|—)\s+\S/;

/**
 * "2016 / 09 - University of Bremen" above "2014 - 2016 - We4IT GmbH": a start date and a dash
 * with no end, on the first position of a work block listed latest first, is a position still
 * held; its end is left unwritten as the layout writes the dash before the employer anyway.
 * Only the first: an older entry without an end is a month, or a typo.
 */
function openLatest(lines: readonly Line[], classes: readonly LineClass[], anchors: Anchor[], asOf: YearMonth): Anchor[] {
  const seen = new Set<number>();
  return anchors.map((a, k) => {
    const start = blockStart(classes, a.index);
    if (seen.has(start)) return a;
    seen.add(start);
    const r = a.range;
    if (!r.single || r.season || !heldBlock(classes[a.index]!.block)) return a;
    const after = lines[a.index]!.text.slice(r.index + r.length);
    if (!DANGLING_DASH.test(after)) return a;
    const next = anchors[k + 1];
    if (next && blockStart(classes, next.index) === start && monthIndex(next.range.start) > monthIndex(r.start)) return a;
    const dash = /^\s*(?:-{1,2}|–|—)/.exec(after)![0].length;
    return { ...a, range: { ...r, end: asOf, present: true, single: false, length: r.length + dash } };
  });
}

/** A line's text with a label column's label blanked out, its length kept ("LEADERSHIP President" as "           President"). */
function content(text: string, c: LineClass): string {
  return c.label === undefined ? text : ' '.repeat(c.label) + text.slice(c.label);
}

/** `titleHeads`: the last words of O*NET job titles, which name a role where no heading says work is listed. */
export function findPositions(lines: readonly Line[], classes0: readonly LineClass[], asOf: YearMonth, titleHeads: ReadonlySet<string>): Position[] {
  const found = anchorsWithFallback(lines, classes0, asOf, titleHeads);
  const classes = found.classes;
  const anchors = openLatest(lines, classes, found.anchors, asOf);
  const positions: Position[] = [];
  anchors.forEach((a, k) => {
    const [first, lastHead] = headLines(lines, classes, anchors, k);
    const nextStart = k + 1 < anchors.length ? headLines(lines, classes, anchors, k + 1)[0] - 1 : lines.length - 1;
    let last = Math.max(lastHead, nextStart);
    for (let j = a.lastIndex + 1; j <= last; j++) if (classes[j]!.heading) { last = j - 1; break; }
    last = Math.max(last, lastHead);
    const texts = lines.slice(first, lastHead + 1).map((l, j) => content(l.text, classes[first + j]!));
    const block = classes[a.index]!.block;
    const kind = positionKind(block, texts.join(' \n '), a.range.season);
    if (monthIndex(a.range.start) > monthIndex(asOf)) return;
    const end: YearMonth = monthIndex(a.range.end) > monthIndex(asOf) ? asOf : a.range.end;
    const { title, organization } = describe(texts, a.range, content(lines[a.index]!.text, classes[a.index]!), asOf);
    positions.push({
      title,
      organization,
      start: a.range.start,
      end: a.range.present ? 'present' : end,
      months: monthsInclusive({ start: a.range.start, end }),
      kind,
      lines: [lines[first]!.n, lines[last]!.n],
    });
  });
  return positions;
}
