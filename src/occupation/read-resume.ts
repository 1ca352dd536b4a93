import type { Line, OccupationData, OccupationRef } from '../types.js';
import { matchTitle } from './match-title.js';

/**
 * Where a resume names an occupation outside its position titles: the headline under the name
 * ("AUTOMOBILE TRANSPORTER", "Registered Respiratory Therapist") and the first lines of a
 * position whose title the reader did not find ("Company Name, City, State Driver/Car Hauler",
 * "Child Family Advocate | August 2013 to Current"). Only an exact O*NET title (or alternate
 * title) inside a short piece of such a line counts: these lines also hold names, places,
 * dates and sentences, which must not be guessed into an occupation.
 */

/** A piece read as a title must read this surely (an exact title explaining most of it). */
const LINE_TITLE_FLOOR = 0.85;
/** A piece of more words than this is a sentence, not a title. */
const MAX_WORDS = 6;
/** Lines of a headline: the first lines of the resume, before its first section. */
const HEADLINE_LINES = 3;
/** Lines of a position's block that may hold its title. */
const POSITION_LINES = 2;

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\b\.?/gi;
const DATE_WORDS = /\b(?:to|till|until|current(?:ly)?|present|now|date|since)\b/gi;

/** A line's pieces that may be a title: dates cut out, split where titleParts splits, short ones. */
function pieces(text: string): string[] {
  const undated = text.replace(MONTH, ' ').replace(/\b\d{1,4}\b/g, ' ').replace(DATE_WORDS, ' ');
  return undated
    .split(/\s*[,;|()[\]•·]\s*|\s[-–—/]+\s|\s{2,}/)
    .map((piece) => piece.replace(/^[\s\-–—/]+|[\s\-–—/]+$/g, '').trim())
    .filter((piece) => /[a-z]/i.test(piece) && piece.split(/\s+/).length <= MAX_WORDS);
}

/** The best exact title in some short piece of the lines, or undefined. */
export function titleInLines(data: OccupationData, texts: readonly string[], what: string): OccupationRef | undefined {
  let best: { ref: OccupationRef; score: number } | undefined;
  for (const text of texts) {
    for (const piece of pieces(text)) {
      const found = matchTitle(data, piece, { exactOnly: true });
      if (found && found.score >= LINE_TITLE_FLOOR && (!best || found.score > best.score)) {
        best = { ref: { code: found.code, title: found.title, via: `${what}: ${found.via}` }, score: found.score };
      }
    }
  }
  return best?.ref;
}

/** The occupation a position's first lines name, for a position whose title was not found. */
export function positionLinesOccupation(data: OccupationData, lines: readonly Line[], block: [number, number] | undefined): OccupationRef | undefined {
  if (!block) return undefined;
  const first = lines.filter((l) => l.n >= block[0] && l.n <= block[1]).slice(0, POSITION_LINES);
  return titleInLines(data, first.map((l) => l.text), 'first lines');
}

/** The occupation the resume's headline names (its first lines, the name left out), or undefined. */
export function headlineOccupation(data: OccupationData, lines: readonly Line[], name: string | null): OccupationRef | undefined {
  const head = lines.slice(0, HEADLINE_LINES + 1).filter((l) => !name || l.text.trim().toLowerCase() !== name.trim().toLowerCase());
  return titleInLines(data, head.slice(0, HEADLINE_LINES).map((l) => l.text), 'headline');
}
