/**
 * A keyword list generated from the resume's own words. Resume builders (livecareer's, among
 * others) close the document with a "Skills" block that a program wrote: dozens of words and
 * phrases picked out of the text, in alphabetical order, every one of them written somewhere
 * above ("advertising" from "advertising fees", "Express" from "American Express", "tutoring"
 * from "scheduling the tutoring sessions"). About half the livecareer pool ends so. Such a list
 * is no claim of its own: each word is as good as the sentence it was taken from.
 */
import { BoundedMap } from '../bounded-map.js';
import { escapeRegExp } from '../regexp.js';
import type { ResumeSection } from '../types.js';

/** Fewer items than this is a list a person could have sorted by hand. */
const MIN_ITEMS = 12;
/** Share of neighbouring items in alphabetical order (by first letter): a program sorted them. */
const MIN_SORTED = 0.7;
/** Share of items written, word for word, elsewhere in the resume: a program picked them there. */
const MIN_ECHOED = 0.7;

/** The items of a block of list lines: commas and semicolons part them, a wrapped line joins its halves. */
function blockItems(lines: readonly string[]): string[] {
  return lines
    .join(' ')
    .split(/[,;]/)
    .map((item) => item.trim().replace(/\.$/, '').toLowerCase())
    .filter((item) => /\p{L}/u.test(item));
}

const WORD_CHAR = /[\p{L}\d]/u;

/** Where `item` is written as whole words in `text`. Found by indexOf: a regular expression per item was a tenth of a resume's analysis. */
function wholeAt(item: string, text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(item); i >= 0; i = text.indexOf(item, i + 1)) {
    const before = i > 0 ? text.slice(i - 1, i) : '';
    // A letter outside the Basic Multilingual Plane is two code units: look at the whole code point.
    const lead = i > 1 && /[\uDC00-\uDFFF]/.test(before) ? text.slice(i - 2, i) : before;
    const after = text.codePointAt(i + item.length);
    if ((lead === '' || !WORD_CHAR.test(lead)) && (after === undefined || !WORD_CHAR.test(String.fromCodePoint(after)))) at.push(i);
  }
  return at;
}

/** Whether `item` is written as whole words in `text` (lower case). */
function writtenIn(item: string, text: string): boolean {
  return item !== '' && wholeAt(item, text).length > 0;
}

/** Share of neighbouring items whose first letters stand in alphabetical order. */
export function sortedShare(items: readonly string[]): number {
  if (items.length < 2) return 0;
  let inOrder = 0;
  for (let i = 1; i < items.length; i++) if (items[i - 1]![0]! <= items[i]![0]!) inOrder++;
  return inOrder / (items.length - 1);
}

/** A generated keyword list of a resume: its lines, and which of its words the rest of the resume writes. */
export interface EchoList {
  lines: ReadonlySet<number>;
  /**
   * Whether a word of the list was taken from the candidate's work (experience, projects) alone: then
   * the sentence there says whether it is held; written nowhere else, or in a summary or another
   * list, the list is its source.
   */
  echoes(surface: string): boolean;
  /** Whether every time the resume writes a name elsewhere, it closes another name ("American Express" for Express). */
  insideAName(surface: string): boolean;
}

const NONE: EchoList = { lines: new Set(), echoes: () => false, insideAName: () => false };

/**
 * The lines that hold a generated keyword list: a run of skills-section lines whose items are
 * many, mostly in alphabetical order, and mostly written elsewhere in the resume.
 */
export function findEchoList(texts: readonly string[], sections: readonly ResumeSection[]): EchoList {
  const out = new Set<number>();
  let i = 0;
  while (i < texts.length) {
    if (sections[i] !== 'skills') {
      i++;
      continue;
    }
    let j = i;
    while (j < texts.length && sections[j] === 'skills') j++;
    // The block's list lines: those holding a comma (a heading or a lone label above them is not the list).
    const lines: number[] = [];
    for (let k = i; k < j; k++) if (texts[k]!.includes(',')) lines.push(k);
    const items = blockItems(lines.map((k) => texts[k]!));
    if (items.length >= MIN_ITEMS && sortedShare(items) >= MIN_SORTED) {
      const elsewhere = textOutside(texts, new Set(lines));
      const echoed = items.filter((item) => writtenIn(item, elsewhere)).length;
      if (echoed / items.length >= MIN_ECHOED) for (const k of lines) out.add(k);
    }
    i = j;
  }
  if (!out.size) return NONE;
  // Words written in the candidate's work are what the work was about ("advertising fees"); written in
  // a summary, a course list or another list, they are already named as held.
  const elsewhere = textOutside(texts, out, false);
  const work = texts.filter((_, k) => !out.has(k) && WORK.has(sections[k]!)).join('\n').toLowerCase();
  const other = texts.filter((_, k) => !out.has(k) && !WORK.has(sections[k]!)).join('\n').toLowerCase();
  return {
    lines: out,
    echoes: (surface) => {
      const key = surface.toLowerCase();
      return writtenIn(key, work) && !writtenIn(key, other) && !listedDuty(key, work);
    },
    insideAName: (surface) => {
      const at = surface === '' ? [] : wholeAt(surface, elsewhere);
      return at.length > 0 && at.every((i) => NAME_BEFORE.test(before(elsewhere, i)));
    },
  };
}

/** "American Express": a capitalised word right before, the written word is the last of another name ("DHCP DNS" is two names). */
const NAME_BEFORE = /(?:^|[^\n.!?:;]\s)\p{Lu}\p{Ll}[\p{L}&'-]*\s$/u;

/** The text before `i` that NAME_BEFORE needs, not the whole document: a leading "x" keeps "^" from matching inside it. */
function before(text: string, i: number): string {
  const start = i - 200;
  return start <= 0 ? text.slice(0, i) : `x${text.slice(start, i)}`;
}

/**
 * "materials and job costing.", "SEO and content management", "operations, logistics and production":
 * a word the work writes as one of its coordinated duties, whole, is a duty the list repeats. Not a
 * word that qualifies a noun after it ("royalties and advertising fees", "integration and deployment
 * phase") nor one the verb before it governs alone ("scheduling the tutoring sessions").
 */
function listedDuty(item: string, work: string): boolean {
  let re = DUTY_PATTERNS.get(item);
  if (!re) DUTY_PATTERNS.set(item, (re = new RegExp(`(?:,|\\band|\\bor|&|/)\\s*${escapeRegExp(item)}(?=\\s*(?:$|[.,;:)&/]|and\\b|or\\b|of\\b))`, 'mu')));
  return re.test(work);
}

/** The patterns listedDuty asked for, by item: a Unicode pattern costs more to compile than to run, and lists repeat their words. */
const DUTY_PATTERNS = new BoundedMap<string, RegExp>(2_000);

const WORK: ReadonlySet<ResumeSection> = new Set(['experience', 'projects']);

function textOutside(texts: readonly string[], lines: ReadonlySet<number>, lower = true): string {
  const text = texts.filter((_, k) => !lines.has(k)).join('\n');
  return lower ? text.toLowerCase() : text;
}
