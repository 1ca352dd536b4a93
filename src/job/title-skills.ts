import type { SkillFinder } from '../types.js';

/**
 * The skills a posting's title names: the catalogued names in it ("Aflac Insurance Sales Agent"
 * → Insurance Sales), and the work its role noun names ("Junior Proofreader" → proofreading,
 * "Respiratory Therapist" → respiratory therapy, "Underwriter" → underwriting). The role a
 * posting hires for is what it requires first, though trade, care and sales postings state it
 * only there and in the description's prose. Lower-cased taxonomy names.
 *
 * A soft skill read in the title as written ("Sr. Frontend Developer (Lead)", "Marketing/
 * Communications Coordinator") names the role's seniority or field, not a trait asked; one read
 * from the role noun's work ("Proofreader" → Proofreading) is that work.
 */
export function titleSkills(title: string, findSkills: SkillFinder): Set<string> {
  const out = new Set<string>();
  for (const h of findSkills(title)) if (h.category !== 'soft' && h.hedge !== 'negated') out.add(h.skill.toLowerCase());
  const { text, spans } = workOfRoles(title);
  if (spans.length === 0) return out;
  for (const h of findSkills(text)) {
    // Only what the role noun became: the other words were read above.
    if (h.hedge !== 'negated' && spans.some((s) => h.start < s.end && s.start < h.end)) out.add(h.skill.toLowerCase());
  }
  return out;
}

/**
 * The title with each role noun written as its work: an agent noun in -er/-or as the verb's
 * -ing form ("proofreader" → "proofreading", "estimator" → "estimating", "programmer" →
 * "programming"), one in -ist as its field in -y ("therapist" → "therapy"). Which of these are
 * skills the taxonomy decides ("managing", "developing" name none); spans are where they stand.
 */
export function workOfRoles(title: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let from = 0;
  for (const m of title.matchAll(ROLE_NOUN)) {
    const word = m[0];
    const work = word.replace(/(?:er|or)$/i, 'ing').replace(/ist$/i, 'y');
    text += title.slice(from, m.index);
    spans.push({ start: text.length, end: text.length + work.length });
    text += work;
    from = m.index + word.length;
  }
  return { text: text + title.slice(from), spans };
}
// Five letters or more before the ending: "Proofreader", "Therapist"; not "Other", "Senior" (-ior), "Engineer" (-eer).
const ROLE_NOUN = /\b[A-Za-z]{3,}(?<![ie])(?:er|or)\b|\b[A-Za-z]{4,}ist\b/g;
