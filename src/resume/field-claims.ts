/**
 * A field of business, marketing, teaching, the trades or the law named in a position's or a
 * summary's prose of a resume that is not an engineer's: "Handled all media and public relations
 * inquiries", "incorporating differentiated instruction", "managed the office management
 * budget". In such a resume the field is the work the candidate did, and a recruiter reads it as
 * a skill. In an engineer's resume the same words are incidental to the work ("onboarding",
 * "product managers", "teaching assistants"): the dev gold counts none of them, so they stay
 * concepts there.
 */
import { ENGINEERS_PRODUCTS } from '../taxonomy/index.js';
import type { ResumeSection, SkillCategory, SkillFinder, SkillHit } from '../types.js';
import { namesItself } from './names-itself.js';

/** Fields a non-engineer's prose claims by naming them (healthcare and finance are claims wherever named). */
const FIELD_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['business', 'sales_marketing', 'education', 'trades', 'legal']);

/** Where the prose about the candidate's own work stands. */
const WORK_PROSE: ReadonlySet<ResumeSection> = new Set(['experience', 'summary']);

/**
 * The share of a resume's claimed skills that are engineers' products from which the resume is
 * an engineer's. On the 42 gold resumes the non-engineers (nurses, accountants, marketers, a
 * truck driver, a teacher) stay under 0.15 (a digital marketer's HTML, CSS, PHP and MySQL among
 * 46 skills), the engineers are over 0.25.
 */
const TECHNICAL_SHARE = 0.2;

/** An engineer's resume: engineers' products make TECHNICAL_SHARE of its claimed skills or more. */
export function engineersResume(claimed: readonly SkillCategory[]): boolean {
  if (!claimed.length) return false;
  return claimed.filter((c) => ENGINEERS_PRODUCTS.has(c)).length / claimed.length >= TECHNICAL_SHARE;
}

/**
 * A field named as itself ("public relations", "special education"; not an alias that is a
 * topic of its own, "policies and procedures" for Policy Development, nor a stem, "cooked" for
 * Cooking) in a line of work prose that is not a position's title line ("Sales Manager, Acme":
 * the headline reader judges titles).
 */
export function fieldNamedInWork(hit: Pick<SkillHit, 'surface' | 'skill' | 'category' | 'byStem' | 'misspelt' | 'byVerb' | 'hedge' | 'start' | 'end'>, section: ResumeSection, text: string, titles: readonly string[]): boolean {
  if (!WORK_PROSE.has(section) || !FIELD_CATEGORIES.has(hit.category) || hit.byStem || hit.misspelt || hit.byVerb || hit.hedge) return false;
  if (titles.some((title) => title.length > 2 && text.includes(title))) return false;
  if (!namesItself(hit) || !hit.surface || hit.start === undefined || hit.end === undefined) return false;
  const before = text.slice(0, hit.start);
  const after = text.slice(hit.end);
  if (/ing$/i.test(hit.surface) && GERUND_OBJECT.test(after)) return false;
  return !DEGREE_BEFORE.test(before) && !PURPOSE_BEFORE.test(before) && !TRADE_AFTER.test(after);
}

/** "Advertising the vacancy", "catering to customers with allergies": the "-ing" form is a verb with its object. */
const GERUND_OBJECT = /^\s+(?:the|a|an|to|our|their|its|his|her|all|each|every|new)\b/i;

/** "Hold M.A. in Translation", "a degree in Marketing": a field studied, read by the education reader. */
const DEGREE_BEFORE = /\b(?:M\.?A|B\.?A|M\.?S|B\.?S|MBA|Ph\.?D|degree|diploma|bachelor'?s?|master'?s?|major(?:ed)?|minor(?:ed)?|associate'?s?)\.?\s+(?:of\s+|in\s+)(?:science\s+in\s+|arts\s+in\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "presentations used for business development": what a thing made was for; "posted news about
 * immigration law reform": what it was about. Not the work done.
 */
const PURPOSE_BEFORE = /\b(?:for|about|regarding|concerning)\s+$/i;

/**
 * "a manufacturing plant", "a 20 year old manufacturing company": the employer's or the place's
 * trade; "helped the quality assurance team": a unit worked with.
 */
const TRADE_AFTER = /^\s+(?:teams?|departments?|dept\b|divisions?|staff|personnel|plants?|compan(?:y|ies)|firms?|facilit(?:y|ies)|industr(?:y|ies)|sectors?|business(?:es)?|sites?|floors?|settings?|organi[sz]ations?|agenc(?:y|ies))\b/i;

/** Engineers' products a skills section names, from which the resume is an engineer's before its prose is read. */
const ENGINEERS_LISTED = 3;

/**
 * An engineer's resume by its skills section alone (read before the rest, so the prose of its
 * positions can be read as an engineer's): three engineers' products or more named there.
 */
export function engineersSkillsSection(lines: readonly { text: string }[], sections: readonly ResumeSection[], findSkills: SkillFinder): boolean {
  const named = new Set<string>();
  lines.forEach((line, i) => {
    if (sections[i] !== 'skills') return;
    for (const hit of findSkills(line.text, { skillsSection: true })) if (ENGINEERS_PRODUCTS.has(hit.category) && !hit.hedge) named.add(hit.skill);
  });
  return named.size >= ENGINEERS_LISTED;
}
