import type { Line, OccupationData, OccupationMatch, OccupationRef } from '../types.js';
import { dutyShare, taskLikeness, withDuties } from './match-text.js';
import { matchTitle, titleCandidates } from './match-title.js';

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

/**
 * Title candidates within this share of the best title score are a tie for the position's own
 * lines to break: on the 1,094 position titles of 300 livecareer resumes, a third have a rival
 * this close ("Data Analyst": Survey Researchers, Statisticians, Business Intelligence Analysts).
 */
const CLOSE_TITLE = 0.9;

/** A title's best reading (matchTitle) and every occupation it names nearly as well, best first. */
export interface TitleReading {
  best: OccupationMatch | null;
  close: OccupationMatch[];
}

/** Reads a position title once: its best occupation, and the candidates within CLOSE_TITLE of it. */
export function titleReading(data: OccupationData, title: string): TitleReading {
  const best = matchTitle(data, title);
  if (!best) return { best, close: [] };
  const close = titleCandidates(data, title).filter((c) => c.code !== best.code && c.score >= CLOSE_TITLE * best.score);
  return { best, close: close.length ? [best, ...close] : [] };
}

/**
 * Among a title's close readings, the one the position's lines (its bullets) read most like by
 * O*NET tasks, each weighed as the posting reader weighs its title candidates (withDuties,
 * dutyShare). Only close readings compete, so a clear title is never overridden; lines that
 * read like nothing leave the best title reading.
 */
export function closeTitleByDuties(data: OccupationData, read: TitleReading, lines: readonly string[]): OccupationMatch | null {
  const shareOf = dutyShare(taskLikeness(data, lines));
  if (!shareOf) return read.best;
  let best = read.best;
  let bestScore = -1;
  for (const c of read.close) {
    const score = withDuties(c.score, shareOf(data.byCode.get(c.code)!));
    if (score > bestScore + 1e-9) [best, bestScore] = [c, score];
  }
  return best;
}
