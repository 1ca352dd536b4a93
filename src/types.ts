/**
 * Domain types for every stage of the pipeline (pipeline.ts), in the order data flows:
 * extract → normalize → analyze (job | resume) → match → score → render.
 * Library types (PDFium and pdf.js text items, jszip entries, tesseract words) never leave
 * their module under extract/; they are converted into these (or extract/types.ts) at once.
 */

// ── Problems ────────────────────────────────────────────────────────────────

/** Why a file could not be read at all. The batch goes on without it. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'UNSUPPORTED'
  | 'UNREADABLE'
  | 'ENCRYPTED'
  | 'NO_TEXT'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'TIMEOUT';

/** Something doubtful about a document that was read: the score rests on it, so say so. */
export type WarningCode =
  | 'MULTI_COLUMN'
  | 'LOW_TEXT'
  | 'OCR_USED'
  | 'HIDDEN_TEXT'
  | 'KEYWORD_STUFFING'
  | 'NOT_A_RESUME'
  | 'PLACEHOLDER'
  | 'DUPLICATE_OF'
  | 'LANGUAGE'
  | 'NO_DATES'
  /** The posting reads like a resume (dated positions, no posting cues): arguments swapped? */
  | 'NOT_A_POSTING'
  /** A reading limit was reached: what was read before it is kept. */
  | 'TRUNCATED';

export interface Diagnostic {
  code: WarningCode;
  message: string;
}

export interface InputError {
  source: string;
  code: ErrorCode;
  message: string;
}

// ── extract ─────────────────────────────────────────────────────────────────

export type DocFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'odt' | 'rtf' | 'doc';

/** One visual line of a document, in reading order, before normalization. */
export interface RawLine {
  text: string;
  /** 1-based page; DOCX and text files are one page. */
  page: number;
  /** Where the line came from when it matters for trust or layout. */
  origin?: 'body' | 'header' | 'footer' | 'textbox' | 'table' | 'sidebar';
}

export interface ExtractedDoc {
  source: string;
  format: DocFormat;
  pages: number;
  lines: RawLine[];
  /** Text a reader cannot see (white, tiny, vanished, off-page): kept for inspection only. */
  hidden: RawLine[];
  warnings: Diagnostic[];
  /** Which reader or engine read it, for --verbose: see Reader. */
  reader?: Reader;
}

/**
 * The readers and engines a document can come from: the plain PDF reader, PDFium, pdf.js or
 * OCR for a PDF; one reader for each other format.
 */
export type Reader = 'plain-pdf' | 'pdfium' | 'pdfjs' | 'ocr' | 'docx' | 'odt' | 'rtf' | 'text' | 'markdown';

// ── normalize ───────────────────────────────────────────────────────────────

/**
 * A normalized line: the unit of evidence. `n` is its 1-based number among the normalized
 * lines (what `jobfit text` prints); `fileLine` is where a reader finds it in the file.
 */
export interface Line {
  n: number;
  page: number;
  /**
   * 1-based line on `page` in the source file: the file's own line for text and Markdown (one
   * page, blank lines counted), the text line on its page for PDF, the paragraph for DOCX, ODT, RTF.
   */
  fileLine?: number;
  text: string;
  /** The line opened with a list marker that normalization removed: it starts an item. */
  bullet?: boolean;
}

export interface Document {
  source: string;
  format: DocFormat;
  lines: Line[];
  hidden: Line[];
  warnings: Diagnostic[];
  /** Which reader or engine read it (ExtractedDoc.reader). */
  reader?: Reader;
}

// ── taxonomy ────────────────────────────────────────────────────────────────

export type SkillCategory =
  | 'language'
  | 'framework'
  | 'library'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'tool'
  | 'platform'
  | 'data'
  | 'security'
  | 'design'
  | 'practice'
  | 'methodology'
  | 'soft'
  | 'domain'
  | 'certification'
  | 'finance'
  | 'healthcare'
  | 'sales_marketing'
  | 'legal'
  | 'education'
  | 'trades'
  | 'business'
  | 'hardware';

/**
 * How much context a surface form needs before it counts as the skill.
 * - `exact-case`: only in the given spellings' exact case ("Go", "GO" not "go").
 * - `tech-context`: only beside other skills or in a skills list ("R", "C", "Swift").
 */
export type AmbiguityRule = 'exact-case' | 'tech-context';

export interface Skill {
  /** Canonical display name, unique (case-insensitive) across the taxonomy. */
  name: string;
  aliases: string[];
  category: SkillCategory;
  /** Skills that having this one shows, e.g. Django → Python. Canonical names. */
  implies: string[];
  /** Near neighbours that earn partial credit, e.g. MariaDB ~ MySQL. Canonical names. */
  related: string[];
  /** Surface forms (name or alias) that need context, with the rule each needs. */
  ambiguous: Record<string, AmbiguityRule[]>;
  /** A skill every resume tends to mention (e.g. "Communication"); weights lower. */
  generic?: boolean;
  /**
   * Named in prose by many resumes of every occupation ("documentation", "scheduling"), counted
   * on the livecareer corpus: met in a position's prose it is not a claim by itself.
   */
  common?: boolean;
  /** Named in the work a position describes, it is a claim (built from data: scripts/build-taxonomy.mjs). */
  claimInProse?: boolean;
  /** English words one edit from a long name ("informatics" for Informatica): never read as its misspelling. */
  nearWords?: string[];
  /** Where the entry came from: onet, linguist, esco, ms, curated, user. */
  origin?: string;
}

export interface Taxonomy {
  skills: Skill[];
  /** Lower-cased name or alias → canonical name. */
  byForm: Map<string, string>;
  byName: Map<string, Skill>;
}

// ── match ───────────────────────────────────────────────────────────────────

/** A skill found in a piece of text, with character offsets into that text. */
export interface SkillHit {
  skill: string;
  category: SkillCategory;
  /** The text as written ("k8s"). */
  surface: string;
  start: number;
  end: number;
  generic?: boolean;
  /** "familiar with", "learning", "no experience with": lowers credit. */
  hedge?: 'hedged' | 'negated';
  /** The skill's `claimInProse`: named in a position's work, it is a claim. */
  claimInProse?: boolean;
  /** Read through a misspelling of a long name ("Kubernets"). */
  misspelt?: boolean;
  /** Matched by stem or inflection ("mentored" for Mentoring), not as the taxonomy writes it. */
  byStem?: boolean;
  /** Said as a verb and its object ("analyzed survey data" for Data Analysis): the surface is the phrase. */
  byVerb?: boolean;
  /** A human language the resume says its candidate speaks ("Spanish (fluent)", a LANGUAGES block): a claim. */
  spoken?: boolean;
}

/**
 * Finds taxonomy skills in one line of text. The line is the context that ambiguity rules
 * read (a list of skills, other skills beside "Go"), so pass whole lines, not fragments.
 */
export type SkillFinder = (text: string, context?: LineContext) => SkillHit[];

/**
 * What the caller knows about a line beyond its text. A line of a resume's skills section is
 * an item of a list even when it holds one name ("Jenkins" on a line of its own), so
 * context-guarded names need no other skill beside them there.
 */
export interface LineContext {
  skillsSection?: boolean;
  /**
   * A line of the work prose of an engineer's resume (its skills section names engineers'
   * products): a capitalised product name inside a sentence there needs no technical neighbour
   * on its line ("Integrated Prometheus monitoring", "provisioning with Puppet").
   */
  engineersProse?: boolean;
  /**
   * false on a line of a resume whose skills section names fewer than three engineers' products:
   * there an engineer's product written as an English word ("Next", "Chef", "Spark") is that
   * word unless an engineer's product stands beside it, even in a list ("delivery, next, CODING",
   * a generated keyword list of a cook's resume).
   */
  engineersDocument?: boolean;
}

// ── job analysis ────────────────────────────────────────────────────────────

export type Tier = 'required' | 'preferred';
export type RequirementKind = 'skill' | 'soft' | 'domain' | 'certification' | 'unknown';
/** Degree levels, lowest first: the one place their order is written. */
export const EDUCATION_LEVELS = ['none', 'high_school', 'associate', 'bachelor', 'master', 'phd'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** A level's place in EDUCATION_LEVELS: higher is more advanced. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

export interface SourceLine {
  /** Number among the posting's normalized lines (`jobfit text`). */
  line: number;
  /** The line in the posting file as an editor numbers it (see `Line.fileLine`). */
  fileLine?: number;
  text: string;
}

export interface Requirement {
  id: string;
  tier: Tier;
  kind: RequirementKind;
  /** Any one of these satisfies the requirement ("Python or Go"). Canonical names when known. */
  anyOf: string[];
  weight: number;
  /** Years asked for this skill ("3+ years of Go"), or null. */
  years: number | null;
  source: SourceLine;
  /** Why the weight is what it is, one short phrase per rule that fired. */
  weightReasons?: string[];
  /**
   * Set when a requirement clause of the posting stands as the requirement itself (the taxonomy
   * read too few from the posting): the whole clause, for matching on its words; `anyOf` then
   * holds its short name ("food safety"), and `kind` is 'unknown'.
   */
  clause?: string;
  /**
   * Members of `anyOf` that are the posting's own words for a skill the taxonomy names otherwise
   * ("housekeeping" beside Janitorial): what the recruiter wrote, matched as the taxonomy's name
   * and never weighed on their own (job/collect-asks.ts saidNames).
   */
  said?: string[];
}

export interface EducationRequirement {
  level: EducationLevel;
  fields: string[];
  orEquivalent: boolean;
  source?: SourceLine;
}

/** An occupation named by code and O*NET title, with what it was read from. */
export interface OccupationRef {
  /** O*NET-SOC code, e.g. "29-1141.00". */
  code: string;
  /** O*NET's title, e.g. "Registered Nurses". */
  title: string;
  /** The title or words it was read from (the alternate title, or the task words that matched). */
  via: string;
}

/** One way a posting reads as an occupation, weighed against the others (see occupation/read-posting). */
export interface OccupationReading extends OccupationRef {
  /** 1 for the best reading; another reading's share of its strength. */
  weight: number;
  /** How it was read: the title's confidence and how alike the duties are to the occupation's tasks. */
  reason: string;
}

/** A posting word (as first written) and how many times the posting says it. */
export interface VocabularyWord {
  word: string;
  count: number;
}

export interface JobProfile {
  schemaVersion: 1;
  source: string;
  title: string | null;
  /** The occupation the posting is for (its title, else its duties read against O*NET tasks). */
  occupation?: OccupationRef | null;
  /** Every occupation the posting may be for, best first (the first is `occupation`); role fit takes the best of them. */
  occupations?: OccupationReading[];
  /**
   * The words the posting stands on, its heaviest by how often it says them × how rare they are
   * (the vocabulary line of role fit). Absent from profiles written before it was read.
   */
  vocabulary?: VocabularyWord[];
  /** The posting's sentences about the work, for the duties line of role fit (resume lines are matched against them). */
  duties?: SourceLine[];
  minYears: number | null;
  education: EducationRequirement | null;
  requirements: Requirement[];
  /** Doubts about the posting itself (NOT_A_POSTING); absent when there are none. */
  warnings?: Diagnostic[];
}

// ── resume analysis ─────────────────────────────────────────────────────────

export type ResumeSection =
  | 'header'
  | 'summary'
  | 'skills'
  | 'experience'
  | 'education'
  | 'projects'
  | 'certifications'
  | 'other';

export interface Evidence {
  section: ResumeSection;
  page: number;
  /** Number among the resume's normalized lines (`jobfit text`). */
  line: number;
  /** The line on `page` in the source file, as a reader finds it (see `Line.fileLine`). */
  fileLine?: number;
  text: string;
  /** Character offsets in `text` of the words that matched, when the matcher knows them. */
  start?: number;
  end?: number;
}

/** A month as "YYYY-MM". */
export type YearMonth = string;

export interface Position {
  title: string | null;
  organization: string | null;
  start: YearMonth;
  /** "present" when still held. */
  end: YearMonth | 'present';
  months: number;
  kind?: 'job' | 'internship' | 'education' | 'volunteer';
  /** First and last line numbers (inclusive) of the position's block. */
  lines?: [number, number];
  /** Skills named inside the position's block: what the candidate did there. */
  skills?: string[];
  /** The occupation the title names, when it names one clearly. */
  occupation?: OccupationRef;
}

export interface ResumeSkill {
  name: string;
  /**
   * The taxonomy's name when the resume writes the skill as a narrower thing the taxonomy folds
   * into it ("Peachtree" for Sage Accounting, "UKG" for Kronos): requirements match on it.
   */
  taxonomyName?: string;
  mentions: number;
  months: number | null;
  lastUsed: YearMonth | null;
  evidence: Evidence[];
  /** Sections the skill appears in; "skills" only means claimed, never shown in work. */
  sections?: ResumeSection[];
  hedged?: boolean;
  /**
   * Claimed only by being written in a position's or a summary's prose, under a name annotated
   * postings read as a skill there (data/prose-skills.json); not listed, named as a product or
   * stated as a skill.
   */
  readInProse?: boolean;
}

export interface EducationEntry {
  level: EducationLevel;
  field: string | null;
  institution: string | null;
  inProgress?: boolean;
}

export interface ResumeProfile {
  schemaVersion: 1;
  source: string;
  format: DocFormat;
  name: string | null;
  /** Skills the resume claims: technical names, or any skill named in a skills list. */
  skills: ResumeSkill[];
  /**
   * Concepts, domains and soft skills met only in prose ("monitoring", "banking"). Not
   * claimed as skills, but a requirement that names one is still met by it.
   */
  concepts?: ResumeSkill[];
  experience: { totalMonths: number | null; positions: Position[]; internshipMonths?: number };
  education: EducationEntry[];
  /** Degrees still underway at the as-of month above the highest degree held ("Expected June 2015"): shown, not counted as the level. */
  studying?: EducationEntry[];
  warnings: Diagnostic[];
  /** The occupations whose O*NET task statements the resume's text reads like most, best first. */
  taskOccupations?: OccupationMatch[];
  /** The occupation the resume's headline names (an exact O*NET title in its first lines), when it names one. */
  headlineOccupation?: OccupationRef;
}

/**
 * Everything scoring needs from a resume, none of it depending on the posting: the profile,
 * the lines its words are read from (text evidence, duties; a stuffed resume's lists left out) and a
 * bottom-k sketch of its words for the batch's duplicates (trust/fingerprint.ts). What
 * `match` reads once and the `--cache` keeps.
 */
export interface DocumentAnalysis {
  resume: ResumeProfile;
  /** The reader that read the document (Document.reader), for --verbose on a cached analysis. */
  reader?: Reader;
  lines: Line[];
  fingerprint: { words: number; sketch: number[] };
  /**
   * The lines' words as text evidence indexes them (match/text-evidence.ts), stored with a
   * cached analysis so that a second posting does not tokenize and stem every line again.
   */
  wordIndex?: WordIndex;
}

/**
 * A resume's lines tokenized, compactly: each distinct word written (lower case) with its
 * Porter stem (0 when the word is its own stem), and per line, for each word with a letter in
 * it, [word, gap, length] (word an index into `words`, gap the characters since the end of
 * the word before); `headings` lists the lines that are known section headings.
 */
export interface WordIndex {
  words: string[];
  stems: (string | 0)[];
  lines: number[][];
  headings: number[];
}

// ── occupations ─────────────────────────────────────────────────────────────

/** A title or a text read as an O*NET occupation. */
export interface OccupationMatch {
  /** O*NET-SOC code, e.g. "29-1141.00". */
  code: string;
  /** O*NET's title, e.g. "Registered Nurses". */
  title: string;
  /** Confidence, 0..1: 1 for an exact alternate title. */
  score: number;
  /** The O*NET title or alternate title that matched (lower case), or the task words that did. */
  via: string;
}

/** How two occupations stand: the same (6-digit SOC), related by O*NET (rank 1 = most), same SOC family. */
export interface OccupationRelation {
  kind: 'same' | 'related' | 'family' | 'unrelated';
  /** O*NET's related-occupation rank, the better of both directions (only for 'related'). */
  rank?: number;
}

/**
 * The occupation tables and their lookup indexes, loaded once (src/occupation, loadOccupations).
 * Titles and task stems are held as word ids in flat typed arrays so that loading takes a few ms.
 */
export interface OccupationData {
  codes: string[];
  names: string[];
  zones: number[];
  byCode: Map<string, number>;
  /** Per occupation, related occupations, most related first. */
  related: number[][];
  /** Title words (folded, see titleWords), sorted: a word's id is its index. Idf over occupations by id. */
  words: string[];
  wordIdf: Float32Array;
  /** 1 for a word that ends some title (a head word: nurse, analyst, chef). */
  endsTitle: Uint8Array;
  /** Title t's words are titleWords[titleStart[t] .. titleStart[t + 1]). */
  titleStart: Uint32Array;
  titleWords: Uint16Array;
  titleOccupation: Int32Array;
  /** How common the title is for its occupation (2 × O*NET's count of sources, +1 for its own name). */
  titleWeight: Uint8Array;
  /** Word w's titles are postings[postingStart[w] .. postingStart[w + 1]). */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Task stems, sorted (id = index), and per occupation the ids of its most telling ones. */
  stems: string[];
  stemIdf: Float32Array;
  taskStems: Uint16Array[];
  taskNorm: Float64Array;
  /**
   * Per occupation, O*NET's importance of each knowledge area as a standard score over the
   * occupations (× 20, Int8), `knowledgeAreas.length` a row; a row of zeros has no ratings.
   */
  knowledgeAreas: string[];
  knowledge: Int8Array;
}

// ── score ───────────────────────────────────────────────────────────────────

export type MatchStatus = 'met' | 'partial' | 'missing';

/**
 * How a requirement's credit was found: a taxonomy skill named in the resume, one that implies
 * or is related to it, an occupation that carries it, the resume's own words (text evidence,
 * capped below a taxonomy hit), a soft skill shown by a verb or role, or the term matched as written.
 */
export type CreditSource = 'taxonomy' | 'implied' | 'related' | 'occupation' | 'text' | 'soft-skill cue' | 'literal';

export interface RequirementResult {
  id: string;
  /** 'role' is the role-fit line: the resume's positions against the posting's occupation. */
  tier: Tier | 'general' | 'role';
  kind?: RequirementKind | 'years' | 'education' | 'role' | 'duties' | 'vocabulary';
  anyOf: string[];
  weight: number;
  status: MatchStatus;
  credit: number;
  matched: string | null;
  evidence: Evidence[];
  /** Why credit is below 1 (implied, related, hedged, years short, listed only). */
  why?: string;
  source?: SourceLine;
  /** Where the credit came from (absent when nothing was found). */
  via?: CreditSource;
}

export interface CandidateSummary {
  requiredMet: number;
  requiredTotal: number;
  preferredMet: number;
  preferredTotal: number;
  years: number | null;
  minYears: number | null;
}

export interface ScoreBreakdown {
  /**
   * Per tier: earned and possible weight, and the tier's share of 100. `fill`, on a thin tier
   * only: the part of its configured share it keeps for the little weight the posting asks in it.
   */
  tiers: { tier: Tier | 'general' | 'role'; earned: number; possible: number; share: number; points: number; fill?: number }[];
  /** Points taken off (e.g. NOT_A_RESUME), with the reason. */
  penalties: { code: string; points: number }[];
}

export interface CandidateReport {
  source: string;
  name: string | null;
  rank: number;
  score: number;
  summary: CandidateSummary;
  requirements: RequirementResult[];
  warnings: Diagnostic[];
  breakdown?: ScoreBreakdown;
  /** What the candidate can fix, in English: `advice`, worded by messages.ts. */
  suggestions?: string[];
  /** The same as data, one `{ code, args }` per suggestion and in the same order, for a program or a renderer to word. */
  advice?: Advice[];
  knockedOut?: boolean;
  /** The source this resume is a copy of (DUPLICATE_OF): listed under it and sharing its rank. */
  duplicateOf?: string;
}

/**
 * A suggestion as data (CandidateReport.advice): what the candidate can fix, with the figures
 * its sentence quotes. `suggestions` holds the same, worded (messages.ts adviceMessage).
 */
export type Advice =
  /** A required item the resume never names; `line` is the posting's line, when known. */
  | { code: 'REQUIRED_MISSING'; args: { anyOf: string[]; line: number | null } }
  /** A skill met only in a skills list, never in a position or project. */
  | { code: 'ONLY_LISTED'; args: { skill: string } }
  /** The resume shows a skill that implies the one asked for: name the one asked for. */
  | { code: 'NAME_IT'; args: { asked: string; shown: string } }
  /** The dated positions add up to fewer years than the posting asks for. */
  | { code: 'YEARS_SHORT'; args: { minYears: number; months: number } }
  /** The posting asks for years and no position has dates. */
  | { code: 'NO_DATED_POSITIONS'; args: Record<string, never> }
  /** Skills claimed (listed) but shown in no position or project. */
  | { code: 'CLAIMED_NOT_SHOWN'; args: { skills: string[] } };

export interface ScoreReport {
  schemaVersion: 1;
  job: JobProfile;
  candidates: CandidateReport[];
  errors: InputError[];
}

/** One posting scored for one resume (`jobfit match`): the candidate's side of a CandidateReport. */
export interface PostingResult {
  /** The posting's file. */
  source: string;
  title: string | null;
  rank: number;
  score: number;
  summary: CandidateSummary;
  /** Missing required items first, as in a CandidateReport. */
  requirements: RequirementResult[];
  breakdown?: ScoreBreakdown;
  suggestions?: string[];
  /** The suggestions as data (CandidateReport.advice). */
  advice?: Advice[];
}

/** `jobfit match`: one resume, as `jobfit resume` reads it, against many postings, best first. */
export interface MatchReport {
  schemaVersion: 1;
  resume: ResumeProfile;
  postings: PostingResult[];
  errors: InputError[];
}

// ── configuration ───────────────────────────────────────────────────────────

/**
 * What one file may cost to read, whatever it holds. A file over maxBytes or timeoutMs is an
 * error (TOO_LARGE, TIMEOUT); past the others a reader keeps what it read so far and warns
 * TRUNCATED, or the file is TOO_LARGE when nothing can be kept.
 */
export interface Limits {
  /** File size in bytes. */
  maxBytes: number;
  /** Time to read one file, in ms. */
  timeoutMs: number;
  /** Bytes decompressed (PDF streams, package parts), per file. */
  maxInflatedBytes: number;
  /** Characters of text kept, per file. */
  maxChars: number;
  /** Paragraphs (lines) kept, per file. */
  maxParagraphs: number;
  /** PDF pages read. */
  maxPages: number;
  /** PDF objects or XML elements parsed, per file. */
  maxObjects: number;
}

export interface Config {
  /** Share of 100 points that each tier carries; general = years + education. */
  tierWeights: { required: number; preferred: number; general: number; role: number };
  /**
   * Credit for a requirement met only through an implied or related skill, a hedged or
   * listed-only mention, an occupation that carries it, or text evidence (the most a line of
   * the resume's own words can earn, below any taxonomy hit).
   */
  credit: { implied: number; related: number; hedged: number; listedOnly: number; occupation: number; text: number };
  /** What one file may cost to read (see Limits). */
  limits: Limits;
  asOf: YearMonth;
  /** Read image-only PDFs with OCR (slow; off by default). */
  ocr?: boolean;
}

// ── text evidence (requirements the taxonomy does not name) ─────────────────

/**
 * How many documents of a fixed background corpus (resumes, postings, O*NET task
 * statements) contain each stemmed content word: the rarity that weighs a word, computed
 * once (`scripts/build-background.mjs`) so a candidate's score never depends on the batch.
 */
export interface Background {
  /** Documents in the corpus. */
  n: number;
  /**
   * "stem count" rows, sorted by stem (code-unit order) and binary-searched: building a map of
   * them cost ~15 ms of every start-up. Stems rarer than the file's cut-off are absent.
   */
  rows: readonly string[];
  /** The document count assumed for a stem the table does not hold (rarer than its cut-off). */
  unknownDf: number;
}

/** One word of a resume line that carries a requirement word; offsets into the line's text. */
export interface MatchedWord {
  word: string;
  start: number;
  end: number;
}

/** The resume line (or a line and the next) that best carries a phrase's content words. */
export interface TextEvidence {
  /** Line number (`Line.n`). */
  line: number;
  /** When the evidence runs on to the next line (a wrapped sentence): that line's number. */
  lastLine?: number;
  page: number;
  /** The line's text, or both lines joined by a space; `words` offsets are into it. */
  text: string;
  /** Rarity-weighted share of the phrase's content words the line carries, 0..1. */
  score: number;
  words: MatchedWord[];
  /** The phrase's content stems the evidence holds. */
  held?: string[];
}

/**
 * Soft skills and the verbs and roles that show them ("coached a 6-person team" shows
 * Mentoring). A cue is a word sequence matched on words without a verb or plural ending (managed ~ managing, not
 * management); `*` stands for up to three words.
 * A cue inside one of the skill's `not` phrases ("lead generation") does not count.
 */
export interface SoftSkillCue {
  skill: string;
  /** Other names a posting may use for the skill ("team player" → Teamwork). */
  aliases: string[];
  cues: string[];
  /** Role nouns ("manager", "supervisor"): a cue only on a line as short as a job title. */
  roles?: string[];
  not: string[];
}

export interface SoftSkillCues {
  skills: SoftSkillCue[];
}
