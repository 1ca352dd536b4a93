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

/** The names of the skills a profile claims, in its order. */
export const skillsOf = (p: ResumeProfile): string[] => p.skills.map((s) => s.name);

/** The names of the concepts a profile's prose names (not claimed as skills). */
export const conceptsOf = (p: ResumeProfile): string[] => (p.concepts ?? []).map((s) => s.name);
