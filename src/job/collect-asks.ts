import type { EducationRequirement, RequirementKind, SkillFinder, SkillHit, Tier } from '../types.js';
import { findUnknownTerms } from './find-unknown-terms.js';
import { groupAlternatives, type SkillGroup, type TermHit } from './group-alternatives.js';
import { hasPreferredCue, lineTier } from './line-tier.js';
import { parseEducation } from './parse-education.js';
import { parseYears, type YearsAsk } from './parse-years.js';
import { jobRules } from './rules.js';
import type { JobSegment } from './split-job-sections.js';
import { emphasisIn } from './weigh-requirement.js';

/** One group of alternatives as one clause asks for it, before merging across the posting. */
export interface Ask {
  anyOf: string[];
  kind: RequirementKind;
  tier: Tier;
  /** Named only in responsibilities, a stack list or a "you will" sentence: adds or reinforces. */
  duty: boolean;
  emphasis: boolean;
  years: number | null;
  line: number;
  /** Position in the document, for ordering. */
  order: number;
  text: string;
}

/** Everything the clauses of a posting ask: skill groups, years and degrees, each with its tier. */
export interface ClauseAsks {
  asks: Ask[];
  years: (YearsAsk & { tier: Tier })[];
  education: (Omit<EducationRequirement, 'source'> & { tier: Tier; line: number; text: string })[];
}

/**
 * Step 2 of job analysis: read each clause that asks for something. The finder runs on each
 * clause, not the physical line: a Dice posting is one line whose words are glued across
 * items ("DockerWhat's In It for You"), and a clause is the list or sentence that gives context.
 */
export function collectAsks(
  segments: JobSegment[],
  findSkills: SkillFinder,
  isKnownSkill?: (name: string) => boolean,
): ClauseAsks {
  const out: ClauseAsks = { asks: [], years: [], education: [] };
  segments.forEach((seg, index) => {
    const tier = lineTier(seg.text, seg.kind, seg);
    if (!tier) return;
    const duty = seg.kind === 'responsibilities' || seg.kind === 'stack' || (seg.kind === 'other' && tier === 'preferred' && !hasPreferredCue(seg.text));
    const hits: TermHit[] = findInContext(findSkills, segments, index).filter((h) => h.hedge !== 'negated');
    if (!duty) hits.push(...findUnknownTerms(seg.text, hits, isKnownSkill));
    const education = duty ? null : parseEducation(seg.text);
    if (education) out.education.push({ ...education, tier, line: seg.line, text: seg.text });
    const years = duty ? [] : parseYears(seg.text);
    out.years.push(...years.map((y) => ({ ...y, tier })));
    const fields = new Set((education?.fields ?? []).map((f) => f.toLowerCase()));
    const aside = preferredAsides(seg.text);
    for (const group of groupAlternatives(seg.text, hits)) {
      if (group.anyOf.every((n) => fields.has(n.toLowerCase()))) continue;
      const inAside = aside.some((a) => group.start >= a.start && group.end <= a.end);
      out.asks.push({
        anyOf: group.anyOf,
        kind: kindOf(group),
        tier: inAside ? 'preferred' : tier,
        duty,
        emphasis: !duty && emphasisIn(seg.text) !== null,
        years: yearsFor(group, years),
        line: seg.line,
        order: index * 1000 + group.start,
        text: seg.text,
      });
    }
  });
  return out;
}

const LISTING: ReadonlySet<string> = new Set(['required', 'preferred', 'stack']);

/**
 * Skills of one clause. In a skills section the neighbouring clauses go along as context, so an
 * ambiguous name alone in its clause ("Exposure to Scala beneficial") is read beside the others.
 */
function findInContext(findSkills: SkillFinder, segments: JobSegment[], index: number): SkillHit[] {
  const seg = segments[index]!;
  if (!LISTING.has(seg.kind)) return findSkills(seg.text);
  const near = [segments[index - 1], segments[index + 1]].filter((s) => s && s.kind === seg.kind).map((s) => s!.text);
  const text = [seg.text, ...near].join(' ; ');
  return findSkills(text).filter((h) => h.end <= seg.text.length);
}

/** "(Galera experience is a plus)": a parenthesis that lowers only what it holds. */
function preferredAsides(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\(([^()]*)\)/g)]
    .filter((m) => hasPreferredCue(m[1]!))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function kindOf(group: SkillGroup): RequirementKind {
  const known = group.hits.find((h) => !h.unknown);
  if (!known) return 'unknown';
  return jobRules.kindByCategory[known.category] ?? 'skill';
}

function yearsFor(group: SkillGroup, asks: YearsAsk[]): number | null {
  const ask = asks.find((a) => !a.general && group.start >= a.start && group.start < a.end);
  return ask ? ask.years : null;
}
