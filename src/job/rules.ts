import { builtin, once } from '../builtin/index.js';
import type { RequirementKind, Tier } from '../types.js';

/** Where a piece of a posting sits; `inherit` is a sub-heading ("Technical skills") that keeps its parent's tier. */
export type SectionKind =
  | 'title'
  | 'about'
  | 'responsibilities'
  | 'required'
  | 'preferred'
  | 'stack'
  | 'benefits'
  | 'eeo'
  | 'apply'
  | 'other';

export type HeadingKind = SectionKind | 'inherit';

/** The rules file as written (data/job-rules.json). */
export interface JobRulesData {
  headings: { kind: HeadingKind; phrases: string[] }[];
  aboutHeadingPattern: string;
  clauseBlockers: Record<'eeo' | 'benefits' | 'apply' | 'about', string[]>;
  preferredCues: string[];
  requiredCues: string[];
  /** Said in so many words ("an absolute MUST", "mandatory"; not "not a must"): asked under any heading. */
  mustCues: string[];
  dutyCues: string[];
  emphasisWords: string[];
  weights: {
    tier: Record<Tier, number>;
    emphasis: number;
    repetition: number;
    repetitionCap: number;
    yearsAsked: number;
    kindFactor: Record<RequirementKind, number>;
  };
  kindByCategory: Record<string, RequirementKind>;
  years: {
    numberWords: Record<string, number>;
    generalQualifiers: string[];
    specificAfterExperience: string;
  };
  education: {
    levels: { level: string; patterns: string[]; caseSensitive: string[] }[];
    genericDegree: string;
    genericLevel: string;
    notEducation: string[];
    orEquivalent: string[];
    fieldPattern: string;
    fieldStop: string[];
  };
  unknownTerms: { leadIn: string; maxWords: number; stopWords: string[] };
  /** Capitalised words that open a new qualification in run-on text. */
  clauseStarters: string[];
  /** The starters that are nouns: after a capitalised word, with no complement after them, they end a name ("User Experience", "Customer Experience team"). */
  starterNouns: string[];
  /** The words a starter noun takes when it opens a qualification ("Experience with", "Knowledge of"). */
  starterComplements: string[];
  /** Capitalised words that open the next sentence of run-on text ("…of experience All applicants…"). */
  sentenceOpeners: string[];
  /** Heading phrases too common in prose to count inline unless a colon or dash follows. */
  weakInlineHeadings: string[];
  /** Hits that name something other than a skill asked (drop-misreadings.ts). */
  misreadings: {
    teams: { leadIn: string; spanEnd: string; peopleNouns: string[]; departments: string[] };
    /** `surface`: only when the hit is written so ("proof", not "proofreading"). */
    followedBy: { skill: string; next: string; surface?: string }[];
    /** A sense settled by the words before: `before` ends where the hit starts; not when `notNext` follows it. */
    precededBy: { skill: string; before: string; notNext?: string; surface?: string }[];
    paperwork: { verbs: string; objects: string };
    subjectMatter: { categories: string[]; verbs: string; objects: string };
    /** What the work is for ("an impact on our customers"): from `leadIn` to `spanEnd`. */
    aims: { leadIn: string; spanEnd: string };
  };
  /** Words after a list that make it one choice ("experience with at least one of them"). */
  choiceAfter: string;
  /** Headings that label one value ("Location: Denver"), after which the section around them resumes. */
  fieldHeadings: string[];
  /** Requirement clauses as requirements when the taxonomy reads too few (clause-requirements.ts). */
  clauseRequirements: {
    minRequirements: number;
    maxClauses: number;
    fillTo: number;
    maxWords: number;
    leadIns: string[];
    dutyVerbs: string[];
    stopWords: string[];
    genericTails: string[];
    postingWords: string[];
    askingWords: string[];
    /** A form field ("Job ID Number: 5205451"), not a requirement. */
    fieldLabel: string;
    /** Words too vague to name a requirement alone. */
    namesNot: string[];
  };
}

/**
 * The job-analysis rules (data/job-rules.json): section keywords, tier cues, emphasis words,
 * weight defaults. Read through builtin/ when this stage loads, because its modules compile
 * their patterns at load; the one data file still read at import time.
 */
export const jobRules: JobRulesData = builtin.jobRules<JobRulesData>();

/** One case-insensitive regex that matches any of the given sources. */
export function anyOf(sources: string[], flags = 'i'): RegExp {
  return new RegExp(sources.map((s) => `(?:${eitherApostrophe(s)})`).join('|'), flags);
}

/**
 * A rule writes the plain apostrophe ("you'll", "we're"); postings write the typographic one as
 * often ("you’ll" in a federal posting's duties): outside a character class either one matches.
 */
export function eitherApostrophe(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else out += c === "'" && !inClass ? "['’]" : c;
  }
  return out;
}

/**
 * The verbs that open O*NET task statements (data/task-verbs.json), with the rules' own duty
 * verbs: what a duty opens with ("Respond to…", "Educate callers…"). Read on first need.
 */
export const taskVerbs = once(
  () => new Set([...builtin.taskVerbs<{ verbs: string[] }>().verbs, ...jobRules.clauseRequirements.dutyVerbs.filter((v) => /^[a-z]+$/.test(v))]),
);
