/**
 * normalize: raw lines → clean, numbered lines (pure).
 * Step 1: clean characters (NFKC, mojibake, soft hyphens, (cid:N), icons, bullets).
 * Step 2: re-join letter-spaced headings and initials split off words ("J ava"), then fold whitespace.
 * Step 3: re-join words hyphenated across line ends.
 * Step 4: drop empty lines and number the rest 1.. in order, each keeping its line on its
 *         page in the file (blank lines counted), so evidence points where a reader looks.
 */
import type { Document, ExtractedDoc, Line, RawLine } from '../types.js';
import { cleanCharacters, foldWhitespace, startsWithBullet } from './clean-characters.js';
import { joinHyphenation } from './join-hyphenation.js';
import { joinLetterSpacing } from './join-letter-spacing.js';
import { joinSplitInitials } from './join-split-initials.js';

export { cleanCharacters, foldWhitespace } from './clean-characters.js';
export { joinHyphenation } from './join-hyphenation.js';
export { joinLetterSpacing } from './join-letter-spacing.js';

/** One line of text through steps 1 and 2. */
export function normalizeText(text: string): string {
  return foldWhitespace(joinSplitInitials(joinLetterSpacing(cleanCharacters(text))));
}

/** Normalized, numbered lines of one list of raw lines. */
export function normalizeLines(raw: readonly RawLine[]): Line[] {
  const pieces: { page: number; fileLine: number; text: string; bullet: boolean }[] = [];
  let page = Number.NaN;
  let onPage = 0;
  for (const l of raw) {
    if (l.page !== page) [page, onPage] = [l.page, 0];
    for (const part of l.text.split(/\r\n|\r|\n/)) pieces.push({ page: l.page, fileLine: ++onPage, text: normalizeText(part), bullet: startsWithBullet(part) });
  }
  for (let i = 0; i + 1 < pieces.length; i++) {
    const cur = pieces[i]!;
    if (cur.text === '') continue;
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.text === '') j++;
    const next = pieces[j];
    if (next === undefined) break;
    const joined = joinHyphenation(cur.text, next.text);
    if (joined !== undefined) [cur.text, next.text] = joined;
  }
  const lines: Line[] = [];
  for (const p of pieces) if (p.text !== '') lines.push({ n: lines.length + 1, page: p.page, fileLine: p.fileLine, text: p.text, ...(p.bullet ? { bullet: true } : {}) });
  return lines;
}

/** Normalizes a document's visible and hidden lines; warnings pass through. */
export function normalizeDocument(doc: ExtractedDoc): Document {
  return {
    source: doc.source,
    format: doc.format,
    lines: normalizeLines(doc.lines),
    hidden: normalizeLines(doc.hidden),
    warnings: [...doc.warnings],
    ...(doc.reader === undefined ? {} : { reader: doc.reader }),
  };
}
