import type { EducationEntry, Line, Position, ResumeSection, YearMonth } from '../../types.js';
import { classifyLines, type LineClass } from './classify-sections.js';
import { cutFlatLines } from './cut-flat-lines.js';
import { findEducation, heldAndStudying } from './find-education.js';
import { findPositions } from './find-positions.js';
import { headingCell, headingKey, heldBlock, PASTIME_HEADINGS } from './headings.js';
import { guessName, loadNameData, type NameData } from '../guess-name.js';
import { mergeMonths } from './months.js';

export { classifySections, classifyLines, cellsOf, type LineClass } from './classify-sections.js';
export { parseDateRange, findDateRanges, type DateRange, type FoundRange } from './parse-date-range.js';
export { findPositions } from './find-positions.js';
export { mergeMonths, monthsInclusive, type MonthRange } from './months.js';
export { findEducation, heldAndStudying, highestLevel } from './find-education.js';
export { guessName, loadNameData, type NameData } from '../guess-name.js';
export { positionKind } from './position-kind.js';
export { cutFlatLines } from './cut-flat-lines.js';

export interface ResumeStructure {
  /** The section of each line, index-aligned with the lines passed in. */
  sections: ResumeSection[];
  /** The sections that open with a heading line ("Experience"), in line order, once each. */
  headed: ResumeSection[];
  /** Whether each line stands under a heading of pastimes ("Interests", "Hobbies"). */
  pastimes: boolean[];
  name: string | null;
  positions: Position[];
  /**
   * Professional months, overlaps merged; internships, education and volunteer excluded. With no
   * dated position: 0 when the resume's headed sections, its education among them, include none
   * of work (a student's education, projects and skills), else null (nothing known).
   */
  totalMonths: number | null;
  internshipMonths: number;
  education: EducationEntry[];
  /** Degrees underway at the as-of month above the highest one held: not yet the resume's level. */
  studying: EducationEntry[];
}

function monthsOf(positions: readonly Position[], kind: Position['kind'], asOf: YearMonth): number {
  return mergeMonths(
    positions.filter((p) => p.kind === kind).map((p) => ({ start: p.start, end: p.end === 'present' ? asOf : p.end })),
  );
}

/** A position held (not a degree, not volunteering): what a resume's months are read from. */
const held = (p: Position): boolean => !p.kind || p.kind === 'job' || p.kind === 'internship';

/** How many distinct spans of months the positions held cover. */
function heldSpans(positions: readonly Position[]): number {
  return new Set(positions.filter(held).map((p) => `${p.start} ${p.end}`)).size;
}

/** Each line's place under a pastimes heading, until the next heading. */
function underPastimes(lines: readonly Line[], classes: readonly LineClass[]): boolean[] {
  let under = false;
  return classes.map((c, i) => {
    if (c.heading) under = PASTIME_HEADINGS.has(headingKey(headingCell(lines[i]!.text)));
    return under && !c.heading;
  });
}

/**
 * Reads the structure of a resume from its normalized lines.
 * Step 1: classify every line into a section (and block kind) by its headings.
 * Step 2: find dated positions in experience, research, activity and education blocks; and
 *   again in the lines cut where a layout lost its breaks (a table cell or text box written as
 *   one paragraph), taken when the cut lines hold more positions held.
 * Step 3: sum professional and internship months, merging overlaps.
 * Step 4: read degrees and the candidate's name (with `names`, or data/names.json read once); a
 *   degree still underway at `asOf` above one held is set apart from the degrees held.
 */
export function analyzeStructure(lines: Line[], asOf: YearMonth, names: NameData = loadNameData()): ResumeStructure {
  const classes = classifyLines(lines);
  let positions = findPositions(lines, classes, asOf, names.titleHeads);
  let education = findEducation(lines, classes, asOf);
  const cut = cutFlatLines(lines, classes, asOf);
  if (cut !== lines) {
    const cutClasses = classifyLines(cut);
    const recut = findPositions(cut, cutClasses, asOf, names.titleHeads);
    // Cut lines that hold more spans of positions held than the lines as read: their breaks
    // were lost. Spans, not positions: a line a profile site doubled names each span twice.
    if (heldSpans(recut) > heldSpans(positions)) {
      positions = recut;
      // The degrees too: a degree's neighbours in a paragraph are whole cells of other sections.
      const degrees = findEducation(cut, cutClasses, asOf);
      if (degrees.length >= education.length) education = degrees;
    }
  }
  const dated = positions.length > 0;
  const headings = classes.filter((c) => c.heading);
  // Read into sections, its education among them, and none of work: a student's resume. With
  // fewer headings read (a cover letter, headings in a script we do not read) nothing is known.
  const noWorkSection = headings.some((c) => c.block === 'education') && new Set(headings.map((c) => c.section)).size >= 2
    && !headings.some((c) => heldBlock(c.block));
  return {
    sections: classes.map((c) => c.section),
    headed: [...new Set(headings.map((c) => c.section))],
    pastimes: underPastimes(lines, classes),
    name: guessName(lines, names),
    positions,
    totalMonths: dated ? monthsOf(positions, 'job', asOf) : noWorkSection ? 0 : null,
    internshipMonths: monthsOf(positions, 'internship', asOf),
    ...heldAndStudying(education),
  };
}
