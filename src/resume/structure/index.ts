import type { EducationEntry, Line, Position, ResumeSection, YearMonth } from '../../types.js';
import { classifyLines } from './classify-sections.js';
import { findEducation } from './find-education.js';
import { findPositions } from './find-positions.js';
import { guessName, type NameData } from '../guess-name.js';
import { mergeMonths } from './months.js';

export { classifySections, classifyLines, cellsOf, type LineClass } from './classify-sections.js';
export { parseDateRange, findDateRanges, type DateRange, type FoundRange } from './parse-date-range.js';
export { findPositions } from './find-positions.js';
export { mergeMonths, monthsInclusive, type MonthRange } from './months.js';
export { findEducation, highestLevel } from './find-education.js';
export { guessName, loadNameData, type NameData } from '../guess-name.js';
export { positionKind } from './position-kind.js';

export interface ResumeStructure {
  /** The section of each line, index-aligned with the lines passed in. */
  sections: ResumeSection[];
  /** The sections that open with a heading line ("Experience"), in line order, once each. */
  headed: ResumeSection[];
  name: string | null;
  positions: Position[];
  /** Professional months, overlaps merged; internships, education and volunteer excluded; null when no dated position. */
  totalMonths: number | null;
  internshipMonths: number;
  education: EducationEntry[];
}

function monthsOf(positions: readonly Position[], kind: Position['kind'], asOf: YearMonth): number {
  return mergeMonths(
    positions.filter((p) => p.kind === kind).map((p) => ({ start: p.start, end: p.end === 'present' ? asOf : p.end })),
  );
}

/**
 * Reads the structure of a resume from its normalized lines.
 * Step 1: classify every line into a section (and block kind) by its headings.
 * Step 2: find dated positions in experience, research, activity and education blocks.
 * Step 3: sum professional and internship months, merging overlaps.
 * Step 4: read degrees and the candidate's name (with `names`, or data/names.json read once).
 */
export function analyzeStructure(lines: Line[], asOf: YearMonth, names?: NameData): ResumeStructure {
  const classes = classifyLines(lines);
  const positions = findPositions(lines, classes, asOf);
  const dated = positions.length > 0;
  return {
    sections: classes.map((c) => c.section),
    headed: [...new Set(classes.filter((c) => c.heading).map((c) => c.section))],
    name: guessName(lines, names),
    positions,
    totalMonths: dated ? monthsOf(positions, 'job', asOf) : null,
    internshipMonths: monthsOf(positions, 'internship', asOf),
    education: findEducation(lines, classes),
  };
}
