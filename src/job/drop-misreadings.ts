import type { SkillHit } from '../types.js';
import { jobRules } from './rules.js';

const { teams, followedBy, precededBy, subjectMatter, paperwork, aims } = jobRules.misreadings;
const TEAM_LEAD_IN = new RegExp(teams.leadIn, 'gi');
const TEAM_END = new RegExp(teams.spanEnd, 'i');
const AIM_LEAD_IN = new RegExp(aims.leadIn, 'gi');
const AIM_END = new RegExp(aims.spanEnd, 'i');
const PEOPLE = new RegExp(`^[\\s-]*(?:${teams.peopleNouns.join('|')})\\b`, 'i');
const PEOPLE_END = new RegExp(`\\b(?:${teams.peopleNouns.join('|')})$`, 'i');
const DEPARTMENT = new Set(teams.departments);
// What may follow a department's name in a list of teams: nothing, a mark, a link word, a team noun.
const DEPARTMENT_AFTER = new RegExp(`^\\s*(?:$|[,;:.)]|(?:and|or|to|on|in|as well)\\b|(?:${teams.peopleNouns.join('|')})\\b)`, 'i');
const FOLLOWED_BY = followedBy.map((r) => ({ skill: r.skill.toLowerCase(), next: new RegExp(r.next, 'i'), surface: r.surface ? new RegExp(r.surface, 'i') : null }));
const PRECEDED_BY = precededBy.map((r) => ({
  skill: r.skill.toLowerCase(), before: new RegExp(r.before, 'i'), notNext: r.notNext ? new RegExp(r.notNext, 'i') : null, surface: r.surface ? new RegExp(r.surface, 'i') : null,
}));
const SUBJECT_CATEGORIES = new Set(subjectMatter.categories);
const BUILD_VERB = new RegExp(`^\\s*(?:${subjectMatter.verbs})\\b`, 'i');
const OBJECT_NOUN = new RegExp(`^\\s+(?:${subjectMatter.objects})\\b`, 'i');
const FILL_IN = new RegExp(paperwork.verbs, 'i');
// The form may follow the subject after a link word: "employment and payroll forms".
const FORM_NOUN = new RegExp(`^\\s+(?:(?:and|or|&|,)\\s+\\w+\\s+)?(?:${paperwork.objects})\\b`, 'i');

/**
 * Skill hits of a posting clause that name something other than a skill asked of the candidate:
 * - a team or its people in "collaborate with Product, Frontend, and DevOps" or "with UX
 *   designers, product managers" (a team name is not a skill);
 * - a word whose sense the next words settle ("write clean code" is coding, not Written Skills;
 *   "proof of insurance" is no proofreading);
 * - a word whose sense the words before settle: "works under general supervision" says how the
 *   hire is managed, not that they supervise; "the leading marketplace", "one of the leading
 *   firms", "industry-leading" rank a business, no one leads;
 * - the business a piece of software serves, in "Automate payroll forms processing" (the
 *   engineer builds for payroll; the posting does not ask for payroll skills);
 * - the topic of a form the new hire fills in: "Complete all employment and payroll forms";
 * - what the work is for: "make a real impact in early childhood education".
 */
export function dropMisreadings<T extends SkillHit>(text: string, hits: T[]): T[] {
  const spans = spansAfter(text, TEAM_LEAD_IN, TEAM_END);
  const aimed = spansAfter(text, AIM_LEAD_IN, AIM_END);
  const buildsSoftware = BUILD_VERB.test(text);
  return hits.filter((h) => {
    const after = text.slice(h.end);
    // "your scrum team" names a way of working, which the hire then works in.
    if (spans.some((s) => h.start >= s.start && h.end <= s.end) && isTeamName(h, after) && h.category !== 'methodology') return false;
    if (aimed.some((s) => h.start >= s.start && h.end <= s.end)) return false;
    if (FOLLOWED_BY.some((r) => r.skill === h.skill.toLowerCase() && r.next.test(after) && (!r.surface || r.surface.test(h.surface)))) return false;
    if (PRECEDED_BY.some((r) => r.skill === h.skill.toLowerCase() && (!r.surface || r.surface.test(h.surface)) && r.before.test(text.slice(0, h.start)) && !r.notNext?.test(after))) return false;
    if (buildsSoftware && SUBJECT_CATEGORIES.has(h.category) && OBJECT_NOUN.test(after)) return false;
    if (SUBJECT_CATEGORIES.has(h.category) && FORM_NOUN.test(after) && FILL_IN.test(text.slice(0, h.start))) return false;
    return true;
  });
}

/** Where a list of collaborators runs (from "collaborate with" to "to …", a mark or the end), or an aim (from "impact on"). */
function spansAfter(text: string, leadIn: RegExp, end: RegExp): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(leadIn)) {
    const start = m.index + m[0].length;
    const stop = end.exec(text.slice(start));
    spans.push({ start, end: stop ? start + stop.index : text.length });
  }
  return spans;
}

/** "Product" or "DevOps" standing alone in the list, or any name before "designers", "team". */
function isTeamName(hit: SkillHit, after: string): boolean {
  if (PEOPLE.test(after) || PEOPLE_END.test(hit.surface)) return true;
  return DEPARTMENT.has(hit.surface.toLowerCase()) && DEPARTMENT_AFTER.test(after);
}
