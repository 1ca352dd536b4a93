import type { Line } from '../../src/types.js';
import { classifyLines, findEducation, highestLevel } from '../../src/resume/structure/index.js';

/** Text lines as a document's lines: numbered from 1, all on page 1. */
export const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, page: 1, text }));

/** The highest degree read from these lines of a resume. */
export function levelIn(...texts: string[]): string {
  const ls = lines(...texts);
  return highestLevel(findEducation(ls, classifyLines(ls)));
}
