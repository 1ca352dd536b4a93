import type { Document, SkillCategory, SkillHit } from '../../src/types.js';

/** A skill for a tiny finder: its canonical name, category and surface forms (the name itself when none). */
export type TinySkill = [skill: string, category: SkillCategory, forms?: string[]];

/**
 * A finder over a few skills, whole words, case-insensitive: the job stage's tests read
 * postings without building the taxonomy. `edge` is what may not touch a form on either side.
 */
export function tinyFinder(skills: TinySkill[], edge = '[\\w-]'): (text: string) => SkillHit[] {
  return (text) =>
    skills.flatMap(([skill, category, forms = [skill]]) =>
      forms.flatMap((form) =>
        [...text.matchAll(new RegExp(`(?<!${edge})${form}(?!${edge})`, 'gi'))].map((m) => ({
          skill, category, surface: m[0], start: m.index, end: m.index + m[0].length,
        })),
      ),
    );
}

/** A text posting whose lines are these, numbered from 1 on page 1. */
export function postingDoc(...texts: string[]): Document {
  return { source: 'job.txt', format: 'txt', hidden: [], warnings: [], lines: texts.map((text, i) => ({ n: i + 1, page: 1, text })) };
}
