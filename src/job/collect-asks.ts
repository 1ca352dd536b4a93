import type { EducationRequirement, RequirementKind, SkillFinder, SkillHit, Tier } from '../types.js';
import { PRODUCT_CATEGORIES } from '../taxonomy/index.js';
import { findClausePhrases, longerPhrase, nameOf, type PhraseVocabulary } from './clause-phrases.js';
import { dropMisreadings } from './drop-misreadings.js';
import { findIndustryTerms, findUnknownTerms, joinQualifiers } from './find-unknown-terms.js';
import { groupAlternatives, makeGroup, type SkillGroup, type TermHit } from './group-alternatives.js';
import { hasPreferredCue, isBoilerplate, lineTier, soughtWork, traitStart, TRAIT_LEAD_WORDS, opensWithDutyVerb, preferredAsides } from './line-tier.js';
import { parseEducation } from './parse-education.js';
import { parseYears, type YearsAsk } from './parse-years.js';
import { jobRules } from './rules.js';
import type { JobSegment } from './split-job-sections.js';
import { emphasisIn } from './weigh/weigh-requirement.js';
import { workOfVerbs } from './work-of-verbs.js';

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
  /** A requirement clause standing as its own requirement: the whole clause (clause-requirements.ts). */
  clause?: string;
  /** What makes two asks one requirement: the taxonomy's names, not the posting's words for them. */
  key?: string;
  /** The posting's own words among `anyOf` (saidNames). */
  said?: string[];
  /** For each of `said` (lower-cased), the taxonomy's name it was read as. */
  saidOf?: Readonly<Record<string, string>>;
}

/** Everything the clauses of a posting ask: skill groups, years and degrees, each with its tier. */
export interface ClauseAsks {
  asks: Ask[];
  /** `substitute`: years that stand in for the degree the clause names ("Bachelor's degree OR four years of experience"). */
  years: (YearsAsk & { tier: Tier; substitute?: boolean })[];
  education: (Omit<EducationRequirement, 'source'> & { tier: Tier; line: number; text: string })[];
  /** Every clause with the tier it asks in (null: asks nothing) and whether it named a skill or a degree. */
  clauses: ClauseReading[];
}

/** What step 2 made of one clause, for the clause requirements (clause-requirements.ts). */
export interface ClauseReading {
  segment: JobSegment;
  index: number;
  tier: Tier | null;
  /** It gave a skill group or the degree: the taxonomy read it. */
  read: boolean;
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
  phrases?: PhraseVocabulary,
): ClauseAsks {
  const out: ClauseAsks = { asks: [], years: [], education: [], clauses: [] };
  const choices = choiceLists(segments, findSkills);
  const employer = employerNames(segments);
  segments.forEach((seg, index) => {
    const stated = choices.get(index) ?? lineTier(seg.text, seg.kind, seg);
    // A description's run of duty sentences reads as a responsibilities section would.
    const run = stated === null && inDutyRun(segments, index);
    // "They're problem solvers.": the traits of the person sought, required (isTraitClause).
    const traits = stated === null && !run && seg.kind === 'other' ? traitsOf(findSkills, seg.text) : [];
    const trait = traits.length > 0;
    const tier = run ? 'preferred' : trait ? 'required' : stated;
    const reading: ClauseReading = { segment: seg, index, tier, read: false };
    out.clauses.push(reading);
    if (!tier) return;
    const duty = seg.kind === 'responsibilities' || seg.kind === 'stack' || (seg.kind === 'other' && tier === 'preferred' && !hasPreferredCue(seg.text));
    // "Fahrenheit IT is seeking a DBA to execute on…": the one sought and their work, not the employer before.
    const sought = seg.kind === 'other' ? soughtWork(seg.text) : null;
    const from = sought?.after ?? 0;
    // A duty's opening verb is the work, not a trait asked ("Leads the definition…", "Collaborate on…").
    const hits: TermHit[] = dropMisreadings(
      seg.text,
      trait
        ? traits
        : findInContext(findSkills, segments, index).filter((h) => h.hedge !== 'negated' && h.start >= from && !(run && h.category === 'soft' && h.start === 0)),
    );
    // "Proofread documents", "optimize queries": the work a duty's verb names (work-of-verbs.ts).
    if (!trait) hits.push(...dropMisreadings(seg.text, workOfVerbs(seg.text, findSkills, hits)));
    if (!duty && !trait) {
      const unknown = joinQualifiers(seg.text, hits, findUnknownTerms(seg.text, hits, isKnownSkill).filter((h) => !employer.has(h.surface.toLowerCase())));
      hits.push(...dropMisreadings(seg.text, unknown));
      hits.push(...findIndustryTerms(seg.text, hits));
    }
    // What the taxonomy does not name, the open vocabularies may ("quantity takeoffs", "work orders"),
    // unless the clause talks of the employer ("Deloitte is one of the leading professional services…");
    // in a description, only a clause that asks in so many words ("experience", "must", "ability").
    if (sought && phrases) {
      // The employer before the seeking words blanked: the phrases of the work after them.
      const work = ' '.repeat(from) + seg.text.slice(from);
      hits.push(...dropMisreadings(seg.text, findClausePhrases(work, phrases, hits, { duty })));
    } else if (phrases && !talksOfEmployer(seg.text, employer) && (seg.kind !== 'other' || run || trait || ASKING.test(seg.text) || (seg.bulleted && seg.unheaded))) {
      const found = findClausePhrases(seg.text, phrases, hits, { duty });
      hits.push(...dropMisreadings(seg.text, found));
    }
    // A degree is never a duty: one named under the duties ("What you bring…") is still asked.
    const education = parseEducation(seg.text);
    if (education) out.education.push({ ...education, tier, line: seg.line, text: seg.text });
    reading.read = education !== null;
    const years = duty ? [] : parseYears(seg.text);
    const aside = preferredAsides(seg.text);
    // "…, preferably with 2 years in retail": years asked in an aside that is a plus are a plus.
    const yearsTier = (y: { start: number }): Tier => (aside.some((a) => y.start >= a.start && y.start < a.end) ? 'preferred' : tier);
    out.years.push(...years.map((y) => ({ ...y, tier: yearsTier(y), ...(education && orDegree(seg.text, y) ? { substitute: true } : {}) })));
    const fields = new Set((education?.fields ?? []).map((f) => f.toLowerCase()));
    for (const group of choices.has(index) || CHOICE.test(seg.text) ? oneChoice(seg.text, hits) : groupAlternatives(seg.text, hits)) {
      if (group.anyOf.every((n) => fields.has(n.toLowerCase()))) continue;
      if (education && group.hits.every((h) => isFieldOfStudy(seg.text, h))) continue;
      const inAside = aside.some((a) => group.start >= a.start && group.end <= a.end);
      reading.read = true;
      const words = saidNames(group, seg.text, hits, phrases);
      const said = words.map((w) => w.said);
      out.asks.push({
        anyOf: [...group.anyOf, ...said],
        key: keyOf(group.anyOf),
        ...(said.length ? { said, saidOf: Object.fromEntries(words.map((w) => [w.said.toLowerCase(), w.of])) } : {}),
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

/**
 * The traits a clause describing the person sought names (traitStart): its soft skills, written
 * in lower case (not "Lead" of a role's name), the first right after the opening.
 */
function traitsOf(findSkills: SkillFinder, text: string): SkillHit[] {
  const from = traitStart(text);
  if (from === null) return [];
  const soft = findSkills(text).filter((h) => h.category === 'soft' && h.hedge !== 'negated' && h.start >= from && !/^[A-Z]/.test(h.surface));
  const first = soft.reduce<SkillHit | undefined>((a, h) => (a && a.start <= h.start ? a : h), undefined);
  if (!first || text.slice(from, first.start).trim().split(/\s+/).filter(Boolean).length > TRAIT_LEAD_WORDS) return [];
  return soft;
}

// A neighbour this near counts: a run of duties is cut by a sentence that opens otherwise.
const RUN_REACH = 2;

/**
 * A description's sentences that open with a duty verb, two or more close together ("Respond to
 * inquiries by telephone. Assess customer inquiries… Process enrollments and update the CRM."):
 * the duties, under no heading or a heading not known ("Daily Job Responsiblities:"). Only clauses
 * that ask nothing otherwise: a tier read from the clause or its section stands. One alone
 * ("Take a look below", "Make no mistake") is not a list of duties.
 */
function inDutyRun(segments: JobSegment[], index: number): boolean {
  const opens = (i: number): boolean => {
    const seg = segments[i];
    return seg !== undefined && seg.kind === 'other' && opensWithDutyVerb(seg.text) && !isBoilerplate(seg.text);
  };
  if (!opens(index)) return false;
  for (let i = index - RUN_REACH; i <= index + RUN_REACH; i++) if (i !== index && opens(i)) return true;
  return false;
}

/**
 * Capitalised names the posting's blurb, benefits, equal-opportunity or how-to-apply text uses:
 * the employer and its brands ("Wells Fargo is an Equal Opportunity Employer"). Named again in
 * an asking clause ("relationships with Wells Fargo partners") they are not a product to know.
 */
function employerNames(segments: JobSegment[]): Set<string> {
  const names = new Set<string>();
  for (const seg of segments) {
    if (!BOILER_KINDS.has(seg.kind) && !isBoilerplate(seg.text)) continue;
    for (const m of seg.text.matchAll(EMPLOYER)) names.add((m[1] ?? m[2])!.toLowerCase());
  }
  return names;
}
// A name as the subject of the blurb ("Wells Fargo is", "Acme, Inc.") or after "At", "About", "join".
const NAME = "[A-Z][\\w&'’-]*(?:\\s+[A-Z][\\w&'’-]*){0,3}";
const EMPLOYER = new RegExp(
  `\\b(${NAME})(?=,?\\s+(?:is|are|was|has|have|offers|provides|will|does|values|seeks|believes|sources|Inc|INC|LLC|Ltd|LTD|Corp|CORP)\\b)|\\b(?:At|About|Join|join|at|about)\\s+(${NAME})`,
  'g',
);
const NAMES = new RegExp(`\\b${NAME}`, 'g');
const BOILER_KINDS: ReadonlySet<string> = new Set(['about', 'benefits', 'eeo', 'apply']);

const ASKING = new RegExp([...jobRules.clauseRequirements.askingWords, '\\b(?:expertise|understanding|competen)'].join('|'), 'i');

/** The clause opens with "We", "Our", "The company", or names the employer as the blurb does. */
function talksOfEmployer(text: string, employer: ReadonlySet<string>): boolean {
  if (/^\W*(?:we|we're|we’re|we've|we’ve|our|the company|the team)\b/i.test(text)) return true;
  for (const m of text.matchAll(NAMES)) if (employer.has(m[0].toLowerCase())) return true;
  return false;
}

/** "…experience with at least one of them": the names listed before are alternatives. */
const CHOICE = new RegExp(jobRules.choiceAfter, 'i');
export const NO_ASK_KINDS: ReadonlySet<string> = new Set(['title', 'benefits', 'eeo', 'apply']);

/**
 * Lists that a later clause turns into one choice: "Our core languages are Ruby, Python,
 * JavaScript, and Go. You should have experience with at least one [of those languages, and should
 * be proficient in web development]." The list takes the tier of
 * the clause that asks (it may stand in a clause that asks nothing itself, or in a blurb).
 */
function choiceLists(segments: JobSegment[], findSkills: SkillFinder): Map<number, Tier> {
  const out = new Map<number, Tier>();
  segments.forEach((seg, i) => {
    const choice = CHOICE.exec(seg.text);
    // A clause naming its own list before the choice words is that choice; skills after them
    // ("…at least one of those languages, and should be proficient in web development") are asks of their own.
    if (!choice || findSkills(seg.text).some((h) => h.category !== 'soft' && h.start < choice.index)) return;
    const tier = lineTier(seg.text, seg.kind === 'about' ? 'other' : seg.kind, seg) ?? 'required';
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const list = segments[j]!;
      if (NO_ASK_KINDS.has(list.kind)) break;
      if (findSkills(list.text).filter((h) => h.category !== 'soft').length >= 2) {
        out.set(j, tier);
        break;
      }
    }
  });
  return out;
}

/** All the names of a choice clause as one group; soft skills and words after the choice stay apart. */
function oneChoice(text: string, hits: TermHit[]): SkillGroup[] {
  const cut = CHOICE.exec(text)?.index ?? text.length;
  const listed = hits.filter((h) => h.category !== 'soft' && (h.end <= cut || cut === 0)).sort((a, b) => a.start - b.start);
  const rest = hits.filter((h) => !listed.includes(h));
  if (listed.length < 2) return groupAlternatives(text, hits);
  return [makeGroup(listed), ...groupAlternatives(text, rest)].sort((a, b) => a.start - b.start);
}

const LISTING: ReadonlySet<string> = new Set(['required', 'preferred', 'stack']);

/**
 * Skills of one clause. In a skills section the neighbouring clauses go along as context, so an
 * ambiguous name alone in its clause ("Exposure to Scala beneficial") is read beside the others;
 * so do the duties flattened onto the clause's line ("…ensure database integrity Work with
 * developers … to troubleshoot"), which a run-on list read as one clause before its items were cut.
 */
function findInContext(findSkills: SkillFinder, segments: JobSegment[], index: number): SkillHit[] {
  const seg = segments[index]!;
  const duties = seg.kind === 'responsibilities';
  if (!LISTING.has(seg.kind) && !duties) return findSkills(seg.text);
  const near = [segments[index - 1], segments[index + 1]].filter((s) => s && s.kind === seg.kind && (!duties || s.line === seg.line)).map((s) => s!.text);
  const text = [seg.text, ...near].join(' ; ');
  return findSkills(text).filter((h) => h.end <= seg.text.length);
}

/** "<degree> in" / "<degree> of", as a posting writes it: "BS in", "Master's degree in", "Major in". */
const DEGREE_IN_SOURCE = String.raw`\b(?:[Dd]egrees?|[Dd]iplomas?|[Mm]ajor(?:ing)?|[Bb]achelor'?s?|[Mm]aster'?s?|[Aa]ssociate'?s?|B\.?[SA]\.?|M\.?[SA]\.?|Ph\.?D\.?)\s+(?:[Dd]egree\s+)?(?:in|of)\s+`;

/**
 * A subject named in the list of a degree's fields ("Bachelor's degree in English, Journalism or
 * Communications"): the education asked, not a skill. A product the taxonomy knows stays a skill there.
 */
function isFieldOfStudy(text: string, hit: TermHit): boolean {
  if (!(hit.unknown === true || !PRODUCT_CATEGORIES.has(hit.category))) return false;
  const before = text.slice(0, hit.start);
  return FIELD_LIST_BEFORE.test(before) || inFieldList(before);
}

/**
 * The degree's fields written in lower case, as a list ("BS or BA in computer science,
 * engineering, math, finance, or economics", "Masters in statistics, computer science or other…",
 * "a BS in computer science or a related field like math, statistics, or electrical
 * engineering"): the text from the last "<degree> in" to the name is items of one to four words
 * between commas, slashes, "or", "and", with "a related field like" standing for a comma. An item
 * that asks, counts or goes on as a sentence ("and 5 years of", "and experience with", "to help")
 * ends the list.
 */
function inFieldList(before: string): boolean {
  const degree = [...before.matchAll(DEGREE_IN)].pop();
  if (!degree) return false;
  const list = before.slice(degree.index + degree[0].length);
  if (list.length > 160) return false;
  return list
    .replace(RELATED_FIELD, ', ')
    .split(/\s*(?:,|\/|&|\bor\b|\band\b)\s*/)
    .every((item) => {
      const words = item.split(/\s+/).filter(Boolean);
      return words.length <= 4 && words.every((w) => /^[A-Za-z][\w'’-]*$/.test(w) && !NOT_A_FIELD.has(w.toLowerCase()));
    });
}
const DEGREE_IN = new RegExp(DEGREE_IN_SOURCE, 'g');
const RELATED_FIELD =
  /\b(?:an?\s+|other\s+|any\s+)?(?:related|similar|relevant|quantitative|technical|scientific)\s+(?:[a-z]+\s+)?(?:fields?|disciplines?|areas?|majors?)\s*,?\s*(?:like|such as|e\.g\.,?|including|\()/g;
const NOT_A_FIELD: ReadonlySet<string> = new Set(
  ('experience experienced years year with to for the our your their who which that is are be will must should required ' +
    'preferred plus strong knowledge skills skill ability proven demonstrated working work equivalent').split(' '),
);
// The degree's fields capitalised ("a BS in Computer Science, Engineering or"): the name stands among them.
const FIELD_LIST_BEFORE = new RegExp(`${DEGREE_IN_SOURCE}(?:[A-Z][\\w'’&-]*(?:\\s+|,\\s*|\\s+(?:or|and|&)\\s+|\\s*\\/\\s*))*$`);

/** One group's key: its names, lower-cased and sorted. */
export const keyOf = (names: string[]): string => names.map((n) => n.toLowerCase()).sort().join('|');

/**
 * The posting's own words for a skill the taxonomy names otherwise: "housekeeping" read as
 * Janitorial, "proofreading" as Written Skills, "ETL pipelines" as Data Pipelines. A recruiter
 * asked for those words; they stand beside the taxonomy's name (which still does the matching).
 * A known phrase around the name says what exactly is asked ("marketing collateral" for Marketing).
 * Another form of the name's word counts too ("cost estimating" for Cost Estimation): what the
 * posting wrote is the ask. Not for products, whose other forms are spellings ("Postgres",
 * "k8s"), nor for a word read by its stem or through a misspelling.
 */
function saidNames(group: SkillGroup, text: string, hits: readonly TermHit[], phrases?: PhraseVocabulary): { said: string; of: string }[] {
  const out: { said: string; of: string }[] = [];
  const taken = new Set(group.anyOf.map((n) => n.toLowerCase()));
  for (const h of group.hits) {
    if (h.unknown || h.byStem || h.misspelt || PRODUCT_CATEGORIES.has(h.category)) continue;
    const own = h.skill.toLowerCase().split(/[\s/-]+/);
    const longer = phrases ? longerPhrase(text, h, phrases, hits) : null;
    const surface = (longer?.surface ?? h.surface).replace(LEAD_WORD, '');
    const words = surface.toLowerCase().split(/[\s/-]+/).filter(Boolean);
    if (words.length > 4 || !words.some((w) => w.length >= 3 && !own.includes(w) && !own.includes(singular(w)))) continue;
    const name = nameOf(surface);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      out.push({ said: name, of: h.skill });
    }
  }
  return out;
}
const singular = (w: string): string => w.replace(/(?<=[^s])s$/, '');
// "strong work ethic" says "work ethic".
const LEAD_WORD = /^(?:strong|excellent|good|solid|great|proven|effective)\s+/i;

/** The years and a degree are offered as either one: "Bachelor's degree OR a minimum of four years", "4 years of experience or a BS". */
function orDegree(text: string, years: YearsAsk): boolean {
  const before = text.slice(Math.max(0, years.start - 50), years.start);
  const after = text.slice(years.end, years.end + 40);
  return DEGREE_OR.test(before) || OR_DEGREE.test(after);
}
const DEGREE_OR = /\b(?:degree|diploma|bachelor'?s?|baccalaureate|B\.?[SA]\.?|GED)\b[^.;]{0,20}?\bor\b(?:\s+(?:a|an|at least|a minimum of|minimum of|minimum))?\s*$/i;
const OR_DEGREE = /^[^.;]{0,20}?\bor\s+(?:an?\s+)?(?:\w+\s+)?(?:degree|diploma|bachelor'?s?|baccalaureate|B\.?[SA]\.?)\b/i;

function kindOf(group: SkillGroup): RequirementKind {
  const known = group.hits.find((h) => !h.unknown);
  if (!known) return 'unknown';
  return jobRules.kindByCategory[known.category] ?? 'skill';
}

function yearsFor(group: SkillGroup, asks: YearsAsk[]): number | null {
  const ask = asks.find((a) => !a.general && group.start >= a.start && group.start < a.end);
  return ask ? ask.years : null;
}
