import { escapeRegExp } from '../regexp.js';
import { contentWords, findSoftSkillEvidence, findTextEvidence, idf, isFixedTerm } from '../match/text-evidence.js';
import { carries, matchTitle } from '../occupation/index.js';
import { PRODUCT_CATEGORIES, impliedSkills, lookupSkill, taxonomyKey } from '../taxonomy/index.js';
import { lineEvidence, textEvidenceOf, titleLine } from './evidence.js';
import type { Background, Config, CreditSource, Evidence, Line, MatchStatus, OccupationData, OccupationMatch, Requirement, RequirementResult, ResumeProfile, ResumeSkill, SoftSkillCues, Taxonomy, TextEvidence } from '../types.js';

export interface ScoringContext {
  taxonomy: Taxonomy;
  config: Config;
  /** The resume's lines its words are read from: literal terms, text evidence, soft-skill cues. */
  lines: Line[];
  /** O*NET occupations: role fit, and occupations that carry a requirement. */
  occupations?: OccupationData | undefined;
  /** Word rarity for text evidence, and the verbs and roles that show soft skills. */
  background?: Background | undefined;
  softSkillCues?: SoftSkillCues | undefined;
}

interface Credit {
  credit: number;
  matched: string;
  evidence: Evidence[];
  why?: string;
  via: CreditSource;
}

/**
 * Text evidence below this share of a requirement's (rarity-weighted) words is chance overlap,
 * not evidence. Above it the credit grows with the share, up to config.credit.text.
 */
export const TEXT_FLOOR = 0.3;

const MAX_EVIDENCE = 3;

/**
 * How well a resume meets one requirement, the best of its ways (each labelled in `via`):
 * direct mention 1 (hedged or only listed: partial); a resume skill that implies a member
 * (Django → Python) or is related to one (MariaDB ~ MySQL): partial; years short of a
 * per-skill ask scale the credit down. Then, capped below a taxonomy hit: an occupation that
 * carries it, a soft skill shown by a verb or role, text evidence.
 */
export function matchRequirement(req: Requirement, resume: ResumeProfile, ctx: ScoringContext): RequirementResult {
  const candidates = req.kind === 'unknown' ? req.anyOf.map((term) => literalCredit(term, ctx.lines)) : req.anyOf.map((m) => memberCredit(m, resume, ctx));
  let best = candidates.reduce<Credit | undefined>((a, b) => (b && (!a || b.credit > a.credit) ? b : a), undefined);
  if (best && req.years) best = applyYears(best, req.years, resume, ctx.taxonomy);
  // The other ways to find evidence, each capped below a taxonomy hit: tried only when they could do better.
  for (const other of [occupationCredit(req, resume, ctx), softSkillCredit(req, ctx), textCredit(req, ctx)]) best = other && (!best || other.credit > best.credit) ? other : best;
  const credit = round(best?.credit ?? 0);
  const result: RequirementResult = {
    id: req.id,
    tier: req.tier,
    kind: req.kind,
    anyOf: req.anyOf,
    weight: req.weight,
    status: statusOf(credit),
    credit,
    matched: credit > 0 ? best!.matched : null,
    evidence: credit > 0 ? best!.evidence.slice(0, MAX_EVIDENCE) : [],
    source: req.source,
  };
  if (credit > 0 && best?.why) result.why = best.why;
  if (credit > 0 && best) result.via = best.via;
  return result;
}

/**
 * A requirement that names an occupation's credential ("Certified Nursing Assistant") is met,
 * at implied credit, by a position whose occupation carries it (a Registered Nurse).
 */
function occupationCredit(req: Requirement, resume: ResumeProfile, ctx: ScoringContext): Credit | undefined {
  const data = ctx.occupations;
  if (!data || (req.kind !== 'certification' && req.kind !== 'unknown' && req.kind !== 'domain')) return undefined;
  for (const name of req.anyOf) {
    const asked = occupationNamed(data, name);
    if (!asked) continue;
    for (const p of resume.experience.positions) {
      if (!p.occupation || !carries(data, p.occupation.code, asked.code)) continue;
      const line = titleLine(p, ctx.lines);
      return {
        credit: ctx.config.credit.occupation,
        matched: p.title ?? p.occupation.title,
        evidence: line ? [lineEvidence(line, 'experience')] : [],
        why: `${p.title} → ${p.occupation.title} ${p.occupation.code}, which carries what ${asked.title} ${asked.code} requires`,
        via: 'occupation',
      };
    }
  }
  return undefined;
}

/** A requirement name must read as an occupation this surely before an occupation can carry it. */
const OCCUPATION_NAME_FLOOR = 0.9;

/** Requirement names read as occupations once per name, not once per resume of a batch. */
const namedOccupations = new WeakMap<OccupationData, Map<string, OccupationMatch | null>>();

function occupationNamed(data: OccupationData, name: string): OccupationMatch | null {
  let byName = namedOccupations.get(data);
  if (!byName) namedOccupations.set(data, (byName = new Map()));
  let found = byName.get(name);
  if (found === undefined) {
    const match = matchTitle(data, name);
    found = match && match.score >= OCCUPATION_NAME_FLOOR ? match : null;
    if (byName.size < 10_000) byName.set(name, found);
  }
  return found;
}

/**
 * A soft skill shown by what the candidate did ("coached a 6-person team" for Mentoring). Any
 * requirement the cue file names counts, whatever the taxonomy files it under: Customer
 * Service, Mentoring and Negotiation are skills there, and shown the same way.
 */
function softSkillCredit(req: Requirement, ctx: ScoringContext): Credit | undefined {
  if (!ctx.softSkillCues) return undefined;
  for (const name of req.anyOf) {
    const found = findSoftSkillEvidence(ctx.softSkillCues, name, ctx.lines);
    if (found) return { credit: ctx.config.credit.implied, matched: name, evidence: [textEvidenceOf(found, ctx.lines)], why: `shown in what the candidate did ("${quoteWords(found)}")`, via: 'soft-skill cue' };
  }
  return undefined;
}

/**
 * One word of a skill's name stands for the whole name only when that word is itself telling:
 * rarer than a word in one document in twelve of the background ("vital" for "vital signs",
 * "infection" for "infection control", "API" for "REST APIs"). "Software" alone is no
 * "Software Development", "open" no "Open Source", "technical" no "Technical Documentation".
 */
const TELLING_IDF = Math.log(12);

/** The resume line that carries most of the requirement's rarer words; credit scales with the share. */
function textCredit(req: Requirement, ctx: ScoringContext): Credit | undefined {
  const background = ctx.background;
  if (!background) return undefined;
  let best: TextEvidence | null = null;
  for (const { text, name } of textPhrases(req, ctx.taxonomy)) {
    const found = findTextEvidence(background, text, ctx.lines, { sameWord: true, skipHeadings: true });
    if (!found || (name && !carriesName(background, text, found))) continue;
    if (!best || found.score > best.score) best = found;
  }
  if (!best || best.score < TEXT_FLOOR) return undefined;
  return {
    credit: round(ctx.config.credit.text * best.score),
    matched: quoteWords(best),
    evidence: [textEvidenceOf(best, ctx.lines)],
    why: `text evidence: the resume's own words carry ${Math.round(best.score * 100)}% of the requirement's (not a taxonomy skill)`,
    via: 'text',
  };
}

/** The line holds every content word of the name, or a part of it with a telling word (`TELLING_IDF`). */
function carriesName(background: Background, name: string, found: TextEvidence): boolean {
  const wanted = new Set(contentWords(name).map((w) => w.stem));
  const held = (found.held ?? []).filter((s) => wanted.has(s));
  if (held.length >= wanted.size) return true;
  return held.some((s) => idf(background, s) >= TELLING_IDF);
}

/**
 * Products, languages and tools are named exactly or not at all: "Chef" in "Sous Chef" is no
 * configuration tool, so text evidence never stands in for them (the matcher's context rules do).
 */
const NAMED_PRODUCTS: ReadonlySet<string> = new Set([...PRODUCT_CATEGORIES, 'hardware']);

/**
 * What text evidence looks for: each name of the requirement (`name`: held to `carriesName`),
 * and a clause requirement's own words (their share is enough).
 */
function textPhrases(req: Requirement, taxonomy: Taxonomy): { text: string; name: boolean }[] {
  const names = req.anyOf.filter((name) => !NAMED_PRODUCTS.has(lookupSkill(taxonomy, name)?.category ?? '') && !isFixedTerm(name)).map((text) => ({ text, name: true }));
  if (req.clause) return [...names, { text: req.clause, name: false }];
  return req.kind === 'unknown' || req.kind === 'domain' ? [...names, ...(req.source.text.length < 200 ? [{ text: req.source.text, name: false }] : [])] : names;
}

function quoteWords(found: TextEvidence): string {
  return found.words.map((w) => w.word).join(' ');
}

/**
 * The resume's skill of that name. A resume may claim one skill under several names the taxonomy
 * folds together ("ATS", "iCIMS"): the one shown best counts, unhedged, in work, then used longest.
 */
function findResumeSkill(resume: ResumeProfile, name: string): ResumeSkill | undefined {
  const key = name.toLowerCase();
  const named = (s: ResumeSkill) => taxonomyKey(s) === key || s.name.toLowerCase() === key;
  const claimed = resume.skills.filter(named);
  if (!claimed.length) return resume.concepts?.find(named);
  return claimed.reduce((best, s) => (shownBetter(s, best) ? s : best));
}

function shownBetter(a: ResumeSkill, b: ResumeSkill): boolean {
  const rank = (s: ResumeSkill) => [s.hedged ? 0 : 1, onlyListed(s) ? 0 : 1, s.months ?? -1, s.mentions];
  const ra = rank(a);
  const rb = rank(b);
  const i = ra.findIndex((v, k) => v !== rb[k]);
  return i >= 0 && ra[i]! > rb[i]!;
}

function memberCredit(member: string, resume: ResumeProfile, ctx: ScoringContext): Credit | undefined {
  const canonical = lookupSkill(ctx.taxonomy, member)?.name ?? member;
  const direct = findResumeSkill(resume, canonical);
  if (direct) return directCredit(direct, ctx.config, isStuffed(resume));

  let best: Credit | undefined;
  const stuffed = isStuffed(resume);
  const key = canonical.toLowerCase();
  const back = linksOf(ctx.taxonomy, canonical).related;
  for (const skill of resume.skills) {
    if (skill.hedged && skill.evidence.length === 0) continue;
    const links = linksOf(ctx.taxonomy, skill.taxonomyName ?? skill.name);
    // A skill only listed shows what it implies no better than itself: its listed-only share, or
    // nothing when the list looks stuffed.
    const shown = onlyListed(skill) ? (stuffed ? 0 : ctx.config.credit.listedOnly) : 1;
    if (shown === 0) continue;
    const listed = shown < 1 ? ', only listed' : '';
    if (links.implied.has(key)) {
      best = pick(best, { credit: ctx.config.credit.implied * shown, matched: skill.name, evidence: skill.evidence, why: `implied by ${skill.name}${listed}`, via: 'implied' });
    }
    if (links.related.has(key) || back.has(taxonomyKey(skill))) {
      best = pick(best, { credit: ctx.config.credit.related * shown, matched: skill.name, evidence: skill.evidence, why: `related skill ${skill.name}${listed}`, via: 'related' });
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

/** Named only in a skills list or summary, never in a position or project. */
function onlyListed(skill: ResumeSkill): boolean {
  const sections = skill.sections ?? [];
  return sections.length > 0 && sections.every((s) => s === 'skills' || s === 'summary');
}

function directCredit(skill: ResumeSkill, config: Config, stuffed: boolean): Credit {
  if (skill.hedged) return { credit: config.credit.hedged, matched: skill.name, evidence: skill.evidence, why: 'mentioned with a hedge ("familiar with", "learning")', via: 'taxonomy' };
  if (onlyListed(skill)) {
    if (stuffed) return { credit: 0, matched: skill.name, evidence: skill.evidence, why: 'only listed, and the skills list looks stuffed (KEYWORD_STUFFING)', via: 'taxonomy' };
    return { credit: config.credit.listedOnly, matched: skill.name, evidence: skill.evidence, why: 'listed as a skill but not shown in any position or project', via: 'taxonomy' };
  }
  return { credit: 1, matched: skill.name, evidence: skill.evidence, via: 'taxonomy' };
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
    via: 'literal',
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



/** A requirement's status from its credit: one rule for requirement and role lines alike. */
export function statusOf(credit: number): MatchStatus {
  return credit >= 0.999 ? 'met' : credit > 0 ? 'partial' : 'missing';
}

export function round(n: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
