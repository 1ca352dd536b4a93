import type { Document, EducationRequirement, JobProfile, Requirement, SkillFinder, SourceLine, Tier } from '../types.js';
import { clauseAsks } from './clause-requirements.js';
import { NO_ASK_KINDS, collectAsks, keyOf, type Ask, type ClauseAsks } from './collect-asks.js';
import { splitJobSections, type JobSegment } from './split-job-sections.js';
import { weighRequirement } from './weigh/weigh-requirement.js';
import { dutyClauses } from './duty-clauses.js';
import { titleSkills } from './title-skills.js';
import { isBoilerplate } from './line-tier.js';
import { jobRules } from './rules.js';
import type { PhraseVocabulary } from './clause-phrases.js';

export { splitJobSections } from './split-job-sections.js';
export { splitClauses } from './split-clauses.js';
export { contentClauses } from './content-clauses.js';
export { lineTier } from './line-tier.js';
export { groupAlternatives } from './group-alternatives.js';
export { parseYears } from './parse-years.js';
export { parseEducation } from './parse-education.js';
export { weighRequirement } from './weigh/weigh-requirement.js';
export { findIndustryTerms, findUnknownTerms } from './find-unknown-terms.js';
export { clauseName } from './clause-requirements.js';
export { findClausePhrases, phraseVocabulary, type PhraseKind, type PhraseVocabulary } from './clause-phrases.js';

/**
 * Pure: a normalized posting → its weighted requirements.
 * Step 1: cut it into clauses, each with its section (splitJobSections).
 * Step 2: read each asking clause: skills grouped into alternatives, years, degree (collectAsks).
 * Step 3: merge the same group across clauses; duties and stack lists add or reinforce.
 * Step 4: too few read (a trade, care or sales posting)? Its requirement clauses become
 *         requirements (clauseAsks); so do unread clauses asking years of something or a licence.
 *         A skill the title's role names, named in the text but asked nowhere, is required (requireTitleSkills).
 * Step 5: the general years minimum and the degree asked.
 * Step 6: weigh each requirement and number them in document order.
 */
export function analyzeJob(
  doc: Document,
  findSkills: SkillFinder,
  options: { isKnownSkill?: (name: string) => boolean; phrases?: PhraseVocabulary } = {},
): JobProfile {
  const segments = splitJobSections(doc.lines);
  const found = collectAsks(segments, findSkills, options.isKnownSkill, options.phrases);
  const read = mergeAsks(found.asks);
  const merged = requireTitleSkills([...read, ...mergeAsks(clauseAsks(found.clauses, read.length, findSkills))], segments, findSkills);
  // Asks carry the normalized line; the source also names the file's line, which a reader finds.
  const fileLines = new Map(doc.lines.flatMap((l) => (l.fileLine ? [[l.n, l.fileLine] as const] : [])));
  const sourceLine = (line: number, text: string) => {
    const fileLine = fileLines.get(line);
    return fileLine ? { line, fileLine, text } : { line, text };
  };
  const requirements: Requirement[] = merged
    .sort((a, b) => a.ask.order - b.ask.order)
    .map((m, i) => ({
      id: `R${i + 1}`,
      tier: m.ask.tier,
      kind: m.ask.kind,
      anyOf: m.ask.anyOf,
      ...weighRequirement({ tier: m.ask.tier, kind: m.ask.kind, emphasis: m.ask.emphasis, repeats: m.repeats, yearsAsked: m.ask.years !== null }),
      years: m.ask.years,
      source: sourceLine(m.ask.line, m.ask.text),
      ...(m.ask.clause ? { clause: m.ask.clause } : {}),
      ...(m.ask.said ? { said: m.ask.said } : {}),
    }));
  return {
    schemaVersion: 1,
    source: doc.source,
    title: titleOf(segments),
    minYears: minYears(found),
    education: educationOf(found, sourceLine),
    requirements,
    duties: dutyClauses(segments),
  };
}

interface Merged {
  ask: Ask;
  repeats: number;
}

/** Same group asked twice → one requirement (required wins; its first required line is the source). */
function mergeAsks(asks: Ask[]): Merged[] {
  const byKey = new Map<string, Merged>();
  const stated = asks.filter((a) => !a.duty);
  for (const ask of stated) {
    const key = ask.key ?? keyOf(ask.anyOf);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ask: { ...ask }, repeats: 0 });
      continue;
    }
    seen.repeats += 1;
    const earlier = seen.ask;
    if (ask.tier === 'required' && seen.ask.tier === 'preferred') {
      seen.ask = { ...ask, emphasis: ask.emphasis || seen.ask.emphasis, years: ask.years ?? seen.ask.years };
    } else {
      seen.ask.emphasis ||= ask.emphasis;
      seen.ask.years ??= ask.years;
    }
    seen.ask = withSaid(seen.ask, [...(earlier.said ?? []), ...(ask.said ?? [])]);
  }
  const all = [...byKey.values()];
  for (const ask of asks.filter((a) => a.duty)) {
    const names = new Set(ask.anyOf.map((n) => n.toLowerCase()));
    const existing = all.find((m) => m.ask.anyOf.some((n) => names.has(n.toLowerCase())));
    if (!existing) {
      all.push({ ask: { ...ask }, repeats: 0 });
      continue;
    }
    existing.repeats += 1;
    // The duty's own words join the asked group only for the names the two share: "provide
    // security assessment services to application development" read as Cybersecurity, Security
    // Audits or Software Development, Cybersecurity asked, widens that ask by none of the
    // other names' words ("security assessment", "application development").
    const asked = new Set(existing.ask.anyOf.map((n) => n.toLowerCase()));
    const said = ask.said ?? [];
    const sharedSaid = said.filter((w) => {
      const of = ask.saidOf?.[w.toLowerCase()];
      return of !== undefined && asked.has(of.toLowerCase());
    });
    existing.ask = withSaid(existing.ask, sharedSaid);
    // "agile methodology (scrum, kanban, etc)" under the duties, Agile asked already: Scrum and
    // Kanban are named still, as a duty of their own (not widening what the asked group accepts),
    // with the posting's words for them.
    const known = new Set([...existing.ask.anyOf, ...sharedSaid].map((n) => n.toLowerCase()));
    const rest = ask.anyOf.filter((n) => !known.has(n.toLowerCase()));
    const restSaid = said.filter((w) => rest.some((r) => r.toLowerCase() === w.toLowerCase()));
    const restNames = rest.filter((n) => !restSaid.includes(n));
    if (restNames.length > 0 && !all.some((m) => m.ask.anyOf.some((n) => rest.some((r) => r.toLowerCase() === n.toLowerCase())))) {
      all.push({ ask: { ...ask, anyOf: rest, key: keyOf(restNames), said: restSaid.length ? restSaid : undefined }, repeats: 0 });
    }
  }
  return all;
}

/**
 * The role a posting hires for is required, though a sales or care posting may name its work
 * only in the prose around its title ("Aflac Insurance Sales Agent … a career in sales"): a skill
 * the title's role names (titleSkills) that the posting's text names but asks nowhere is a
 * required ask. One asked already keeps the tier the posting gave it, a duty's included: raising
 * a named duty ("Teaching" for a Preschool Teacher, "Networking" for a Network Engineer) to
 * required made held-out occupation ranking worse (the title already keeps such a common name
 * at full weight: weigh-specificity.ts). The title alone adds nothing (a "Business Reporter"
 * whose text names no reporting gets no Reporting).
 */
function requireTitleSkills(merged: Merged[], segments: JobSegment[], findSkills: SkillFinder): Merged[] {
  const title = segments.find((s) => s.kind === 'title');
  if (!title) return merged;
  // The role ("Project Estimator"), not the department or stack after a dash ("- Roofing &
  // Sheet Metal"), which the posting asks in its own words when it does.
  const role = titleSkills(titleRole(title.text), findSkills);
  if (role.size === 0) return merged;
  const out = [...merged];
  const asked = new Set(out.flatMap((m) => m.ask.anyOf.map((n) => n.toLowerCase())));
  segments.forEach((seg, index) => {
    if (NOT_THE_WORK.has(seg.kind) || isBoilerplate(seg.text)) return;
    for (const h of findSkills(seg.text)) {
      const key = h.skill.toLowerCase();
      if (!role.has(key) || asked.has(key) || h.hedge === 'negated') continue;
      asked.add(key);
      const ask: Ask = {
        anyOf: [h.skill],
        kind: jobRules.kindByCategory[h.category] ?? 'skill',
        tier: 'required',
        duty: false,
        emphasis: false,
        years: null,
        line: seg.line,
        order: index * 1000 + h.start,
        text: seg.text,
      };
      out.push({ ask, repeats: 0 });
    }
  });
  return out;
}

/** The title up to a dash, bracket or comma: "Project Estimator - Roofing & Sheet Metal" → "Project Estimator". */
const titleRole = (title: string): string => title.split(/\s[-–—]\s|[(,]/)[0]!;
/** Sections that ask nothing, and the company's blurb, which names the work it sells, not the hire's. */
const NOT_THE_WORK: ReadonlySet<string> = new Set([...NO_ASK_KINDS, 'about']);

/** The ask with the posting's words of every clause that asked it ("attention to detail" here, "accuracy" there). */
function withSaid(ask: Ask, said: string[]): Ask {
  const known = new Set(ask.anyOf.map((n) => n.toLowerCase()));
  const added = said.filter((n) => !known.has(n.toLowerCase()) && known.add(n.toLowerCase()));
  if (added.length === 0) return ask;
  return { ...ask, anyOf: [...ask.anyOf, ...added], said: [...(ask.said ?? []), ...added] };
}

/** The first line when it is short; else the role a prose opening names ("looking for a Senior X"). */
function titleOf(segments: JobSegment[]): string | null {
  const title = segments.find((s) => s.kind === 'title');
  if (title) return title.text.replace(/^[#*\s]+|[*\s]+$/g, '');
  const first = segments[0]?.text ?? '';
  const role = /\b(?:looking for|seeking|hiring)\s+(?:an?|our next)\s+((?:[A-Z][\w+#/.-]*\s*){1,6})/.exec(first);
  return role ? role[1]!.trim() : null;
}

/**
 * The general minimum: the smallest general ask among required clauses, else the first ask;
 * years offered instead of a degree ("Bachelor's degree OR four years") only when no other.
 */
function minYears(found: ClauseAsks): number | null {
  for (const tier of ['required', 'preferred'] as Tier[]) {
    const all = found.years.filter((y) => y.tier === tier);
    const own = all.filter((y) => !y.substitute);
    const asks = own.length > 0 ? own : all;
    if (asks.length === 0) continue;
    const general = asks.filter((y) => y.general).map((y) => y.years);
    const years = general.length ? Math.min(...general) : asks[0]!.years;
    return years > 0 ? years : null;
  }
  return null;
}

/** The degree a required clause asks, else a preferred one. */
function educationOf(found: ClauseAsks, sourceLine: (line: number, text: string) => SourceLine): EducationRequirement | null {
  for (const tier of ['required', 'preferred'] as Tier[]) {
    const e = found.education.find((x) => x.tier === tier);
    if (e) return { level: e.level, fields: e.fields, orEquivalent: e.orEquivalent, source: sourceLine(e.line, e.text) };
  }
  return null;
}
