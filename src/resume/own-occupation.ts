/**
 * The field a resume's headline names as its occupation: "GRAPHIC DESIGNER" claims Graphic
 * Design, "DIGITAL MARKETING MANAGER" Digital Marketing, "SALES MANAGER" Sales Management. A
 * recruiter reads the candidate's own trade as a skill of theirs, however the positions word it.
 * Pure: the pipeline passes the headline's occupation (read against O*NET's titles) and the
 * matcher.
 */
import { taxonomyKey } from '../taxonomy/index.js';
import type { OccupationRef, ResumeProfile, SkillCategory, SkillFinder } from '../types.js';

/**
 * Engineering fields: an engineer's title names the trade ("Web Developer", "Software Engineer",
 * "Data Scientist"), whose skills are its stack and methods, listed by name; the trade itself is
 * no skill read from the title (the dev gold never counts it).
 */
const TRADE_ONLY: ReadonlySet<SkillCategory> = new Set(['practice', 'data', 'methodology', 'domain']);

/** The title words an occupation was read from ("headline: graphic designer" → "graphic designer"). */
function headlineTitle(headline: OccupationRef): string | undefined {
  const m = /^headline:\s*(.+)$/.exec(headline.via);
  return m?.[1];
}

/**
 * Moves to the skills each concept the headline's title names, but an engineering field and a
 * hedged mention. The profile is returned as a new object; skills keep their salience order.
 */
export function claimHeadlineField(profile: ResumeProfile, headline: OccupationRef | undefined, findSkills: SkillFinder): ResumeProfile {
  const title = headline && headlineTitle(headline);
  if (!title) return profile;
  const named = new Set(
    findSkills(title)
      .filter((h) => !TRADE_ONLY.has(h.category) && !h.hedge)
      .map((h) => h.skill.toLowerCase()),
  );
  const concepts = profile.concepts ?? [];
  const moved = concepts.filter((c) => named.has(taxonomyKey(c)) && !c.hedged);
  if (!moved.length) return profile;
  const skills = [...profile.skills, ...moved].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { ...profile, skills, concepts: concepts.filter((c) => !moved.includes(c)) };
}
