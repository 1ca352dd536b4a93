/**
 * What the candidate is like, not what they can do. O*NET keeps personal characteristics (its Work
 * Styles: Initiative, Dependability, Adaptability/Flexibility, Innovation, Attention to Detail) apart
 * from skills; data/trait-skills.json names the soft skills of the taxonomy that are such
 * characteristics (scripts/build-traits.mjs). A resume that names one ("Adaptability", "strong
 * work ethic", "attention to detail") claims it; one that describes the candidate with its
 * adjective or agent noun ("adaptable", "hard-working", "self-motivated", "detail-oriented",
 * "self-starter") says what the candidate is like, as every resume does: no claim.
 */
import { builtin, once } from '../builtin/index.js';
import type { SkillHit } from '../types.js';

/** data/trait-skills.json, lower-cased names, read on first use. */
export const loadTraitSkills = once((): ReadonlySet<string> => new Set(builtin.traitSkills<{ skills: string[] }>().skills.map((s) => s.toLowerCase())));

/** "adaptable", "flexible", "creative", "self-motivated", "detail-oriented", "hard-working", "resourceful", "driven": adjectives of a person. */
const ADJECTIVE = /(?:ed|ive|able|ible|ful|ous|working|driven)$/;
/** "self-starter", "quick learner": a person, named by what they do. */
const AGENT = /(?:er|or)$/;

/**
 * Whether a soft skill was read from a word describing the person: a characteristic's adjective or
 * agent noun, not its name, unless the sentence calls it a skill ("creative skills"). An agent noun of the name's own root ("Leader" for Leadership) is the name.
 */
export function describesThePerson(hit: Pick<SkillHit, 'skill' | 'surface' | 'end'>, text: string, traits: ReadonlySet<string>): boolean {
  if (!traits.has(hit.skill.toLowerCase())) return false;
  // "Creative skills", "analytical and adaptable skills": the sentence names a skill.
  if (/^(?:\s*(?:,|and|&|\/)\s*[\p{L}-]+)*\s+skills?\b/iu.test(text.slice(hit.end))) return false;
  const surface = hit.surface.toLowerCase().trim();
  const last = surface.split(/[\s-]+/).at(-1) ?? '';
  if (surface === hit.skill.toLowerCase()) return false;
  if (ADJECTIVE.test(last)) return true;
  if (!AGENT.test(last)) return false;
  const root = last.replace(/(?:er|or)$/, '');
  return !hit.skill.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(root));
}
