import { builtin, once } from '../builtin/index.js';
import type { ResumeSection, SkillHit } from '../types.js';

/**
 * Which skill names are claims when a resume's prose writes them, learnt from annotated posting
 * sentences (scripts/build-prose-skills.mjs writes data/prose-skills.json): "supervision",
 * "penetration testing", "problem solving" lie inside a span annotators marked as a skill most
 * times they occur; "access", "leading", "compensation" mostly do not.
 */
export interface ProseSkills {
  /** Names (as `proseForm` writes them) read as a skill in running text. */
  claimed: ReadonlySet<string>;
  /** Names seen often and mostly outside annotated spans: a word of the sentence, not a skill. */
  refused: ReadonlySet<string>;
}

interface ProseSkillsFile {
  claimed: Record<string, [number, number]>;
  refused: Record<string, [number, number]>;
}

/** data/prose-skills.json, read on the first resume and kept for the process. */
export const loadProseSkills = once((): ProseSkills => {
  const file = builtin.proseSkills<ProseSkillsFile>();
  return { claimed: new Set(Object.keys(file.claimed)), refused: new Set(Object.keys(file.refused)) };
});

/** A name as the build counts it: lower case, hyphens and slashes as spaces, words joined by one space ("Problem-solving" → "problem solving"). */
export function proseForm(text: string): string {
  return (text.toLowerCase().replace(/[-/]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}.+#&']*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []).join(' ');
}

/** Where a resume writes prose about the candidate's own work and strengths. */
const PROSE_SECTIONS: ReadonlySet<ResumeSection> = new Set(['experience', 'projects', 'summary']);

/**
 * A skill written, as the taxonomy names it, in a position's or a summary's prose, with a name
 * the annotated postings read as a skill ("handled problem solving for guests").
 * A word met only by its stem ("supervised") is the verb, not the name.
 */
export function claimedInProse(hit: Pick<SkillHit, 'surface' | 'byStem' | 'misspelt' | 'category'>, section: ResumeSection, prose: ProseSkills): boolean {
  // A field of business ("real estate") named in a position is the employer's trade.
  if (!PROSE_SECTIONS.has(section) || hit.byStem || hit.misspelt || hit.category === 'domain') return false;
  return prose.claimed.has(proseForm(hit.surface));
}
