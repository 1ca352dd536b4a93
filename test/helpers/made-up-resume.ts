import { createSkillFinder } from '../../src/match/index.js';
import { analyzeResume } from '../../src/resume/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import type { Document, ResumeProfile, SkillFinder } from '../../src/types.js';

let findSkills: SkillFinder | undefined;

/** A made-up resume's text read as a `.txt` file would be, with the built-in taxonomy, as of 2025-01. */
export function readMadeUp(text: string): ResumeProfile {
  findSkills ??= createSkillFinder(loadTaxonomy());
  const lines = text.split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const doc: Document = { source: 'made-up.txt', format: 'txt', lines, hidden: [], warnings: [] };
  return analyzeResume(doc, findSkills, '2025-01');
}
