import { impliedSkills, lookupSkill } from '../taxonomy/index.js';
import type { Config, Evidence, Line, Requirement, RequirementResult, ResumeProfile, ResumeSkill, Taxonomy } from '../types.js';

export interface ScoringContext {
  taxonomy: Taxonomy;
  config: Config;
  /** The resume's lines, for requirements the taxonomy does not know (matched literally). */
  lines: Line[];
}

interface Credit {
  credit: number;
  matched: string;
  evidence: Evidence[];
  why?: string;
}

const MAX_EVIDENCE = 3;

/**
 * How well a resume meets one requirement, from the best of its members:
 * direct mention 1 (hedged or only listed: partial); a resume skill that implies a member
 * (Django → Python) or is related to one (MariaDB ~ MySQL): partial; years short of a
 * per-skill ask scale the credit down.
 */
export function matchRequirement(req: Requirement, resume: ResumeProfile, ctx: ScoringContext): RequirementResult {
  const candidates = req.kind === 'unknown' ? req.anyOf.map((term) => literalCredit(term, ctx.lines)) : req.anyOf.map((m) => memberCredit(m, resume, ctx));
  let best = candidates.reduce<Credit | undefined>((a, b) => (b && (!a || b.credit > a.credit) ? b : a), undefined);
  if (best && req.years) best = applyYears(best, req.years, resume, ctx.taxonomy);
  const credit = round(best?.credit ?? 0);
  const result: RequirementResult = {
    id: req.id,
    tier: req.tier,
    kind: req.kind,
    anyOf: req.anyOf,
    weight: req.weight,
    status: credit >= 0.999 ? 'met' : credit > 0 ? 'partial' : 'missing',
    credit,
    matched: credit > 0 ? best!.matched : null,
    evidence: credit > 0 ? best!.evidence.slice(0, MAX_EVIDENCE) : [],
    source: req.source,
  };
  if (credit > 0 && best?.why) result.why = best.why;
  return result;
}

function findResumeSkill(resume: ResumeProfile, name: string): ResumeSkill | undefined {
  const key = name.toLowerCase();
  return resume.skills.find((s) => s.name.toLowerCase() === key) ?? resume.concepts?.find((s) => s.name.toLowerCase() === key);
}

function memberCredit(member: string, resume: ResumeProfile, ctx: ScoringContext): Credit | undefined {
  const canonical = lookupSkill(ctx.taxonomy, member)?.name ?? member;
  const direct = findResumeSkill(resume, canonical);
  if (direct) return directCredit(direct, ctx.config, isStuffed(resume));

  let best: Credit | undefined;
  const key = canonical.toLowerCase();
  const back = linksOf(ctx.taxonomy, canonical).related;
  for (const skill of resume.skills) {
    if (skill.hedged && skill.evidence.length === 0) continue;
    const links = linksOf(ctx.taxonomy, skill.name);
    if (links.implied.has(key)) {
      best = pick(best, { credit: ctx.config.credit.implied, matched: skill.name, evidence: skill.evidence, why: `implied by ${skill.name}` });
    }
    if (links.related.has(key) || back.has(skill.name.toLowerCase())) {
      best = pick(best, { credit: ctx.config.credit.related, matched: skill.name, evidence: skill.evidence, why: `related skill ${skill.name}` });
    }
  }
  return best;
}

/** What a skill name implies (transitively) and is related to, lower-cased for comparison. */
interface SkillLinks {
  implied: ReadonlySet<string>;
  related: ReadonlySet<string>;
}

/**
 * Links per taxonomy and skill name, worked out once: every requirement member was testing
 * every resume skill, walking its implies anew each time. A taxonomy is not changed once built.
 */
const linkCache = new WeakMap<Taxonomy, Map<string, SkillLinks>>();

function linksOf(taxonomy: Taxonomy, name: string): SkillLinks {
  let byName = linkCache.get(taxonomy);
  if (!byName) linkCache.set(taxonomy, (byName = new Map()));
  let links = byName.get(name);
  if (!links) {
    links = {
      implied: new Set(impliedSkills(taxonomy, name).map((n) => n.toLowerCase())),
      related: new Set((lookupSkill(taxonomy, name)?.related ?? []).map((n) => n.toLowerCase())),
    };
    if (byName.size < 100_000) byName.set(name, links);
  }
  return links;
}

/** A stuffed skills list is kept out of the score: only what positions show counts. */
const isStuffed = (resume: ResumeProfile) => resume.warnings.some((w) => w.code === 'KEYWORD_STUFFING');

function directCredit(skill: ResumeSkill, config: Config, stuffed: boolean): Credit {
  if (skill.hedged) return { credit: config.credit.hedged, matched: skill.name, evidence: skill.evidence, why: 'mentioned with a hedge ("familiar with", "learning")' };
  const sections = skill.sections ?? [];
  if (sections.length > 0 && sections.every((s) => s === 'skills' || s === 'summary')) {
    if (stuffed) return { credit: 0, matched: skill.name, evidence: skill.evidence, why: 'only listed, and the skills list looks stuffed (KEYWORD_STUFFING)' };
    return { credit: config.credit.listedOnly, matched: skill.name, evidence: skill.evidence, why: 'listed as a skill but not shown in any position or project' };
  }
  return { credit: 1, matched: skill.name, evidence: skill.evidence };
}

/** Literal patterns per term, kept across resumes: each costs V8 a compile on first use. No g flag, so test() keeps no state. */
const literalPatterns = new Map<string, RegExp>();

function literalPattern(term: string): RegExp {
  let pattern = literalPatterns.get(term);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');
    if (literalPatterns.size < 10_000) literalPatterns.set(term, pattern);
  }
  return pattern;
}

function literalCredit(term: string, lines: Line[]): Credit | undefined {
  const pattern = literalPattern(term);
  const hits = lines.filter((l) => pattern.test(l.text));
  if (hits.length === 0) return undefined;
  return {
    credit: 1,
    matched: term,
    evidence: hits.slice(0, MAX_EVIDENCE).map((l) => {
      const m = pattern.exec(l.text)!;
      return { section: 'other', page: l.page, line: l.n, ...(l.fileLine ? { fileLine: l.fileLine } : {}), text: l.text, start: m.index, end: m.index + m[0].length };
    }),
    why: 'matched literally (term not in the taxonomy)',
  };
}

function applyYears(best: Credit, years: number, resume: ResumeProfile, taxonomy: Taxonomy): Credit {
  const skill = findResumeSkill(resume, lookupSkill(taxonomy, best.matched)?.name ?? best.matched);
  const months = skill?.months;
  if (months === null || months === undefined || months >= years * 12) return best;
  const share = Math.max(0.5, months / (years * 12));
  return { ...best, credit: best.credit * share, why: `${(months / 12).toFixed(1)} of ${years} years asked` };
}

function pick(a: Credit | undefined, b: Credit): Credit {
  return !a || b.credit > a.credit ? b : a;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function round(n: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
