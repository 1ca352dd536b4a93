import { PRODUCT_CATEGORIES } from '../taxonomy/index.js';
import { abbreviatesLoosely as loosely, asName, namedAsWritten, namesAnotherThing, plainWord } from './written-name.js';
import type { Evidence, Position, ResumeSection, ResumeSkill, SkillCategory, SkillHit, YearMonth } from '../types.js';
import { engineersResume } from './field-claims.js';
import { formKey } from './claim-context.js';
import { platformShown, type PlatformReading } from './implied-platforms.js';
import { mergeMonths } from './structure/months.js';

/**
 * What the reading of a resume's lines gathers per skill (index.ts records each hit), and the
 * decisions that wait for the whole resume: a language that only heads a phrase, the fields of a
 * resume that is not an engineer's, platforms shown by their products, one skill under two forms,
 * and the profile's two lists, claimed skills and concepts.
 */
/** A skill as the lines are read: the profile's fields and what the reading counts on the way. */
export type SkillEntry = ResumeSkill & {
  hedges: number;
  /** The skill as the resume writes it, each form once. */
  forms: Set<string>;
  /**
   * The form this entry stands for when the resume writes another thing the taxonomy folds into the
   * skill ("iCIMS" for Applicant Tracking Systems): an entry of its own, named so (entryFor).
   */
  writtenAs?: string;
  positions: Set<Position>;
  claimed: boolean;
  proseClaimed: boolean;
  /** Listed in a generated keyword list, where a listing alone claims nothing (echo-list.ts). */
  echoed: boolean;
  /** Read on a line outside such a list (as a claim or as a concept the sentence only mentions). */
  readOutside: boolean;
  category?: SkillCategory;
  /** A field named in work prose: a claim when the resume is not an engineer's (field-claims.ts). */
  fieldInWork?: boolean;
};

const MAX_EVIDENCE = 5;

/** Evidence shown first: work done beats a summary's claim, which beats a list entry. */
const SECTION_PRIORITY: Record<ResumeSection, number> = { experience: 0, projects: 1, certifications: 2, education: 3, other: 4, summary: 5, skills: 6, header: 7 };

export function addEvidence(list: Evidence[], evidence: Evidence): void {
  if (list.some((e) => e.line === evidence.line)) return;
  list.push(evidence);
  list.sort((a, b) => SECTION_PRIORITY[a.section] - SECTION_PRIORITY[b.section] || a.line - b.line);
  if (list.length > MAX_EVIDENCE) list.pop();
}

/** A platform shown by claimed products of its own, with their evidence (implied-platforms.ts). */
export interface ImpliedPlatform {
  readings: PlatformReading[];
  mentions: number;
  evidence: Evidence[];
  sections: ResumeSection[];
  positions: Set<Position>;
}

/** What the reading of the lines gathers, line after line. */
export interface SkillTally {
  /** Skill entries by lower-cased name, in the order first read (the order names and ties follow). */
  skills: Map<string, SkillEntry>;
  /** Platforms shown by products, by platform name. */
  implied: Map<string, ImpliedPlatform>;
  /** Languages read as spoken somewhere. */
  spokenKeys: Set<string>;
}

/**
 * A language listed bare beside a phrase it heads ("English" in a keyword list, "English
 * Composition" among the courses) and never said as spoken echoes the phrase: no claim.
 */
export function unclaimEchoedLanguages(tally: SkillTally, echoedKeys: Iterable<string>): void {
  for (const key of echoedKeys) {
    const entry = tally.skills.get(key);
    if (entry && !tally.spokenKeys.has(key)) entry.claimed = entry.proseClaimed = false;
  }
}

/** A field named in the work of a resume that is not an engineer's is the work done: a claim. */
export function claimFieldsInWork(tally: SkillTally): void {
  if (engineersResume([...tally.skills.values()].filter((e) => e.claimed).map((e) => e.category ?? 'practice'))) return;
  for (const entry of tally.skills.values()) if (entry.fieldInWork && !entry.claimed) entry.proseClaimed = true;
}

/** A platform the resume does not claim by name, shown by its products: claimed with their evidence. */
export function claimImpliedPlatforms(tally: SkillTally): void {
  const { skills } = tally;
  for (const [platform, shown] of tally.implied) {
    const key = platform.toLowerCase();
    let entry = skills.get(key);
    // Claimed under a narrower name the taxonomy folds into it ("Compute Engine"), the platform is claimed already.
    const claimedAs = [...skills.values()].some((e) => e.claimed && e.name.toLowerCase() === key);
    if (claimedAs || !platformShown(shown.readings)) continue;
    if (!entry) {
      entry = { name: platform, mentions: 0, months: null, lastUsed: null, evidence: [], sections: [], hedges: 0, positions: new Set(), forms: new Set(), claimed: false, proseClaimed: false, echoed: false, readOutside: false };
      skills.set(key, entry);
    }
    entry.claimed = true;
    entry.forms.add(platform);
    entry.mentions += shown.mentions;
    for (const section of shown.sections) if (!entry.sections!.includes(section)) entry.sections!.push(section);
    for (const e of shown.evidence) addEvidence(entry.evidence, e);
    for (const p of shown.positions) entry.positions.add(p);
  }
}

/**
 * "Invoice" and "Invoicing", "Prototype" and "Prototyping": one concept read under two forms is
 * one skill, named as it was first read (the taxonomy's hits come before a list's vocabulary).
 */
export function mergeSkillForms(tally: SkillTally): void {
  const { skills } = tally;
  const byForm = new Map<string, SkillEntry>();
  // "AWS cloud" beside Amazon Web Services: a named form that abbreviates the skill's name with
  // words around it is a way of writing the skill, named so only when the resume writes no other.
  const ownForm = (entry: SkillEntry) => (entry.writtenAs && !(skills.has(entry.name.toLowerCase()) && loosely(entry.writtenAs, entry.name)) ? entry.writtenAs : entry.name);
  for (const [key, entry] of [...skills]) {
    const form = formKey(ownForm(entry));
    const first = byForm.get(form);
    if (!first) {
      byForm.set(form, entry);
      continue;
    }
    // Merged into the skill's own entry, the form is one more way of writing the skill.
    if (first.writtenAs && !entry.writtenAs) delete first.writtenAs;
    first.mentions += entry.mentions;
    first.hedges += entry.hedges;
    first.claimed ||= entry.claimed;
    first.proseClaimed ||= entry.proseClaimed;
    first.echoed ||= entry.echoed;
    first.readOutside ||= entry.readOutside;
    for (const f of entry.forms) first.forms.add(f);
    for (const section of entry.sections!) if (!first.sections!.includes(section)) first.sections!.push(section);
    for (const e of entry.evidence) addEvidence(first.evidence, e);
    for (const p of entry.positions) first.positions.add(p);
    skills.delete(key);
  }
}

/**
 * A word a generated list took from the work is the candidate's when the work reads it as the
 * skill, if only as a concept ("mentoring the junior developers"); a word the work writes in another
 * sense ("advertising fees", "scheduling the tutoring sessions") is read nowhere else and stays out.
 */
export function claimEchoedReadOutside(tally: SkillTally): void {
  for (const entry of tally.skills.values()) if (entry.echoed && entry.readOutside) entry.claimed = true;
}

/**
 * The entries as the profile writes them: claimed skills and the concepts only met, each by
 * salience; and each position's skills, under the names the profile gives them ("Peachtree", not
 * Sage Accounting).
 */
export function finalSkillLists(tally: SkillTally, asOf: YearMonth, plain: PlainWords): { skills: ResumeSkill[]; concepts: ResumeSkill[]; byPosition: Map<Position, string[]> } {
  const byPosition = new Map<Position, string[]>();
  const all = [...tally.skills.values()].map(({ hedges, positions, forms, writtenAs, claimed, proseClaimed, echoed, readOutside, category, fieldInWork: _field, ...skill }) => {
    const used = [...positions];
    const named = writtenAs ? { name: asName(writtenAs), taxonomyName: skill.name } : writtenName(skill.name, forms, category, plain);
    const out: ResumeSkill = { ...skill, ...named, months: used.length ? mergedMonths(used, asOf) : null, lastUsed: used.length ? lastMonth(used, asOf) : null };
    for (const p of used) {
      const names = byPosition.get(p) ?? [];
      names.push(out.name);
      byPosition.set(p, names);
    }
    if (hedges === skill.mentions) out.hedged = true;
    // Claimed by the prose alone: marked, so a reader can tell it from a listed or named skill.
    if (proseClaimed && !claimed) out.readInProse = true;
    return { skill: out, claimed: claimed || proseClaimed };
  });
  const bySalience = (a: ResumeSkill, b: ResumeSkill) => b.mentions - a.mentions || a.name.localeCompare(b.name);
  // Only hedged ("familiar with", "coursework in") is not a clear claim: kept for scoring, at hedged credit.
  const isClaimed = (s: (typeof all)[number]) => s.claimed && !s.skill.hedged;
  return { skills: all.filter(isClaimed).map((s) => s.skill).sort(bySalience), concepts: all.filter((s) => !isClaimed(s)).map((s) => s.skill).sort(bySalience), byPosition };
}

/** Plain English words: one alone names no skill of its own. */
type PlainWords = ReadonlySet<string>;

/**
 * The name the resume writes when it writes the skill one way only and that way names another
 * thing the taxonomy folds into the skill ("Fund accounting" for Grant Accounting): the taxonomy's
 * name is kept as `taxonomyName`, which requirements are matched on. Not for a soft skill: its
 * other forms describe the person ("Enthusiastic", "Tactful"), and its name is the skill's.
 */
function writtenName(name: string, forms: ReadonlySet<string>, category: SkillCategory | undefined, plain: PlainWords): Pick<ResumeSkill, 'name' | 'taxonomyName'> {
  const [form, ...others] = forms;
  if (category === 'soft' || !form || others.some((f) => f.toLowerCase() !== form.toLowerCase())) return { name };
  if (!namedAsWritten(form, name, category !== undefined && PRODUCT_CATEGORIES.has(category), plain)) return { name };
  return { name: asName(form), taxonomyName: name };
}

/**
 * The entry a hit is tallied in. A named thing ("iCIMS", "Taleo", "UKG") the taxonomy folds into a
 * broader skill, so that requirements match it, is an entry of its own: a resume listing "ATS,
 * iCIMS, Taleo" claims three things a reader should see, each with its own evidence and months.
 * Another way of writing such a thing ("SAN" and "Storage Area Network", "IT Support" and "It
 * Support") joins its entry. A phrase ("Web applications" for Web Development) stays a way of
 * writing the skill (writtenName), and so does a spelling of its name ("K8s", "MS Excel").
 */
export function entryFor(tally: SkillTally, hit: Pick<SkillHit, 'skill' | 'surface' | 'category' | 'byVerb' | 'spoken'>, plain: PlainWords): { key: string; writtenAs?: string } {
  const own = { key: hit.skill.toLowerCase() };
  if (hit.byVerb || hit.spoken || hit.category === 'soft') return own;
  const surface = hit.surface.replace(/\s+/g, ' ').trim();
  const product = PRODUCT_CATEGORIES.has(hit.category);
  if (!namesAnotherThing(surface, hit.skill, product)) return own;
  for (const [key, entry] of tally.skills) if (entry.name === hit.skill && entry.writtenAs && !namesAnotherThing(surface, entry.writtenAs, product)) return { key, writtenAs: entry.writtenAs };
  if (!(product || writtenAsAName(surface)) || plainWord(surface, plain)) return own;
  // "SAN" after "Storage Area Network" was read as the skill's own entry: the same thing, one entry.
  const base = tally.skills.get(own.key);
  if (base?.forms.size && [...base.forms].every((f) => !namesAnotherThing(surface, f, product))) return own;
  return { key: `${own.key}\u0000${formKey(surface)}`, writtenAs: surface };
}

/**
 * Written as a name: a capital inside a word ("iCIMS"), a digit ("ES6"), or an abbreviation of two
 * to five capitals ("DSP", "AED") in a form not written all in capitals ("SALES ASSOCIATE" is a
 * heading's case, not a name).
 */
function writtenAsAName(surface: string): boolean {
  if (/\p{Ll}\p{Lu}|\d/u.test(surface)) return true;
  const shouted = surface === surface.toUpperCase() && /\s/.test(surface);
  return !shouted && surface.split(/[\s/-]+/).some((w) => /^\p{Lu}{2,5}s?$/u.test(w));
}

/** Whole months covered by the positions, a month counted once however many positions hold it. */
export function mergedMonths(positions: readonly Position[], asOf: YearMonth): number {
  return mergeMonths(positions.map((p) => ({ start: p.start, end: p.end === 'present' ? asOf : p.end })));
}

function lastMonth(positions: Position[], asOf: YearMonth): YearMonth {
  return positions.map((p) => (p.end === 'present' ? asOf : p.end)).sort().at(-1)!;
}
