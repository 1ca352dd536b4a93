/**
 * The pipeline: the one place jobfit's stages are chained. The CLI, the library (index.ts),
 * the tests and the dev scripts all go through it, so they all get the same scores.
 *
 *   Step 1 read a document    file → normalized lines             readDocument (read-document.ts)
 *   Step 2 read the posting   posting or YAML profile → requirements loadJob
 *   Step 3 analyse the resume document → skills, positions, years  analyzeDocument
 *   Step 4 assess trust       stuffing, placeholder, not a resume,   analyzeDocument, then
 *                             language; duplicates across a batch    markDuplicates
 *   Step 5 score              requirements × resume → 0..100         scoreDocument
 *   Step 6 rank               best first, then the asked order       rank
 *
 * scorePaths runs them all, from paths to the report `jobfit score --format json` prints
 * (startScoring + Scoring.finish are its two halves). In a batch, Step 1 runs in worker
 * threads (batch/) while this thread reads the posting; in a large one the workers run Steps
 * 3–5 as well and this thread only merges their reports, else each document is analysed,
 * assessed and scored here as it arrives.
 */
import { extname } from 'node:path';
import { analysisSeed, storedDuplicates } from './batch/cache.js';
import { collectorOfFiles } from './batch/collect-garbage.js';
import { collectInputs, shardOf } from './batch/collect-inputs.js';
import { candidateHolder, holdFingerprint, unholdFingerprint, unpackCandidate } from './batch/hold-candidate.js';
import { type BatchOptions, startBatch } from './batch/run-batch.js';
import { type Settings, readText } from './config/settings.js';
import { ConfigError, UsageError, usageError } from './errors.js';
import { analyzeJob, contentClauses, type PhraseVocabulary } from './job/index.js';
import { weighBySpecificity } from './job/weigh/weigh-specificity.js';
import { createSkillFinder, looksLikeList } from './match/index.js';
import { adviceMessage, inputError } from './messages.js';
import { type Timings, readDocument } from './read-document.js';
import { loadBackground, loadSoftSkillCues } from './match/text-evidence.js';
import { postingVocabulary } from './score/vocabulary.js';
import { headlineOccupation, loadOccupations, matchText, occupationOf, positionLinesOccupation, positionOccupation, postingReadings } from './occupation/index.js';
import { claimHeadlineField, readResume } from './resume/index.js';
import { rankCandidates, scoreCandidate } from './score/index.js';
import { postingResult, rankPostings } from './score/rank-postings.js';
import { loadTaxonomy } from './taxonomy/index.js';
import { loadPostingPhrases } from './taxonomy/posting-phrases.js';
import { type Fingerprint, assessPosting, assessResume, claimedNotShown, duplicateWarning, findDuplicates, fingerprint } from './trust/index.js';
import type { Advice, Background, CandidateReport, Document, DocumentAnalysis, InputError, JobProfile, Line, OccupationData, PostingResult, Reader, ResumeProfile, ScoreReport, SkillFinder, SoftSkillCues, Taxonomy } from './types.js';

export { readDocument, type DocumentReader, type FileOutcome, type Timings } from './read-document.js';
export type { Settings } from './config/settings.js';

/** Settings with what every stage needs built from them once: the taxonomy and the matchers. */
export interface Context extends Settings {
  taxonomy: Taxonomy;
  findSkills: SkillFinder;
  /** The same matcher in posting mode (soft skills read in prose). */
  findJobSkills: SkillFinder;
  /** Skill phrases of the open vocabularies, read in a posting's clauses (loaded on the first posting). */
  postingPhrases: PhraseVocabulary;
  /** O*NET occupations (role fit), word rarity (text evidence) and soft-skill cues, read once. */
  occupations: OccupationData;
  background: Background;
  softSkillCues: SoftSkillCues;
}

/**
 * Builds the taxonomy once per process, and each matcher on first use: a batch read in worker
 * threads never runs the resume matcher in this thread, nor a worker the posting matcher.
 */
export function makeContext(settings: Settings): Context {
  const taxonomy = loadTaxonomy(settings.extraSkills);
  let resumeFinder: SkillFinder | undefined;
  let jobFinder: SkillFinder | undefined;
  return {
    ...settings,
    taxonomy,
    findSkills: (text, context) => (resumeFinder ??= createSkillFinder(taxonomy))(text, context),
    findJobSkills: (text) => (jobFinder ??= createSkillFinder(taxonomy, { posting: true }))(text),
    postingPhrases: {
      kindOf: (form) => loadPostingPhrases().kindOf(form),
      headOf: (word) => loadPostingPhrases().headOf(word),
      modifierOf: (word) => loadPostingPhrases().modifierOf(word),
    },
    occupations: loadOccupations(),
    background: loadBackground(),
    softSkillCues: loadSoftSkillCues(),
  };
}

/** Step 2: a YAML profile is used as is; anything else is read (Step 1) and analysed as a posting. */
export async function loadJob(path: string, ctx: Context, onRead?: (trace: FileTrace) => void): Promise<JobProfile> {
  const read = await readPosting(path, ctx);
  if (read.trace) onRead?.(read.trace);
  if (!read.ok) throw usageError('unreadable-posting', { error: read.error });
  return read.job;
}

export type PostingOutcome = ({ ok: true; job: JobProfile } | { ok: false; error: InputError }) & { trace?: FileTrace };

/** How one file was read and what each of its steps took, for --verbose. */
export interface FileTrace {
  /** The reader or engine that read it (absent for a YAML profile, or a cached text stored without one). */
  reader?: Reader | undefined;
  /** What the cache answered with, when it did. */
  cached?: 'text' | 'analysis' | undefined;
  /** Milliseconds per step: extract, normalize (or cache), analyse, score. */
  ms: Timings;
}

/**
 * Step 2 without throwing for an unreadable posting (a bad profile still throws): `match`
 * reads many postings and goes on past the ones it cannot use.
 */
export async function readPosting(path: string, ctx: Context): Promise<PostingOutcome> {
  const ext = extname(path).toLowerCase();
  const start = performance.now();
  if (ext === '.yaml' || ext === '.yml') {
    // ajv and the schema load only for a profile.
    const { parseJobProfile } = await import('./profile/index.js');
    const profile = parseJobProfile(await readText(path, 'job profile'), path);
    // A profile written before occupations were read, or by hand, gets one from its title.
    if (profile.occupation === undefined) {
      const readings = postingReadings(ctx.occupations, profile.title, profile.requirements.map((r) => r.source.text));
      profile.occupation = occupationOf(readings);
      profile.occupations = readings;
    }
    return { ok: true, job: profile, trace: { ms: { profile: performance.now() - start } } };
  }
  const read = await readDocument(path, ctx.config);
  if (!read.ok) return { ok: false, error: read.error, trace: { ms: read.ms ?? {} } };
  const analysing = performance.now();
  // A resume given in the posting's place (arguments swapped) would score silently: say so.
  const warnings = assessPosting(read.doc, ctx.config.asOf);
  const job = weighBySpecificity(analyzeJob(read.doc, ctx.findJobSkills, { phrases: ctx.postingPhrases }), ctx.background);
  // Read without the equal-opportunity notice, pay and how to apply (every posting's words).
  const texts = contentClauses(read.doc.lines);
  const readings = postingReadings(ctx.occupations, job.title, texts);
  const vocabulary = postingVocabulary(ctx.background, texts);
  const analysed = { ...job, occupation: occupationOf(readings), occupations: readings, vocabulary, source: path, ...(warnings.length ? { warnings } : {}) };
  return { ok: true, job: analysed, trace: { reader: read.doc.reader, ms: { ...read.ms, analyse: performance.now() - analysing } } };
}

/** A posting with nothing to score against is a usage error, not a report of zeros. */
export function requireRequirements(job: JobProfile): void {
  if (job.requirements.length === 0) {
    // A posting always yields requirements (its clauses stand in when the taxonomy names too
    // few), so none means the text is not a posting.
    throw usageError('not-a-posting', { source: job.source });
  }
}

/** Steps 3 and 4: what was read from a resume, with the trust warnings (stuffing, placeholder, not a resume, language). */
export function analyzeDocument(doc: Document, ctx: Context): ResumeProfile {
  const { profile, layout } = readResume(doc, ctx.findSkills, ctx.config.asOf);
  for (const position of profile.experience.positions) {
    const { title } = position;
    // A position whose title the reader missed may still name it in its first lines.
    const occupation = title
      ? positionOccupation(ctx.occupations, title, () => positionTexts(doc.lines, position.lines, title))
      : positionLinesOccupation(ctx.occupations, doc.lines, position.lines);
    if (occupation) position.occupation = occupation;
  }
  const headline = headlineOccupation(ctx.occupations, doc.lines, profile.name);
  if (headline) profile.headlineOccupation = headline;
  // The field the headline names is the candidate's own trade ("GRAPHIC DESIGNER"): a claim.
  const claimed = claimHeadlineField(profile, headline, ctx.findSkills);
  const trust = assessResume(doc, claimed, ctx.language ? { expectedLanguage: ctx.language, layout } : { layout });
  const resume = { ...claimed, warnings: [...claimed.warnings, ...trust] };
  resume.taskOccupations = matchText(ctx.occupations, evidenceLines(resume, doc.lines).map((l) => l.text));
  return resume;
}

/**
 * The lines of a position's block but its title line, for settling a title that names several
 * occupations: the title's own words would read like the rival whose tasks repeat them
 * ("Business Development Manager" alone reads like Wind Energy Development Managers).
 */
function positionTexts(lines: readonly Line[], block: [number, number] | undefined, title: string): string[] {
  if (!block) return [];
  const own = title.toLowerCase();
  return lines.filter((l) => l.n >= block[0] && l.n <= block[1] && !l.text.toLowerCase().includes(own)).map((l) => l.text);
}

/**
 * The lines a resume's words are read from (text evidence, duties, the occupation its tasks read
 * as): all of them, but for a stuffed resume (KEYWORD_STUFFING) not its lists, just as skills
 * only listed there earn nothing.
 */
function evidenceLines(resume: ResumeProfile, lines: Line[]): Line[] {
  return resume.warnings.some((w) => w.code === 'KEYWORD_STUFFING') ? lines.filter((l) => !looksLikeList(l.text)) : lines;
}

export type FileResult = { ok: true; candidate: CandidateReport; fingerprint: Fingerprint } | { ok: false; error: InputError };

/** Steps 3 and 4 on one document, kept for scoring against any number of postings. */
export function analyzeForScoring(doc: Document, ctx: Context): DocumentAnalysis {
  const resume = analyzeDocument(doc, ctx);
  return { resume, ...(doc.reader ? { reader: doc.reader } : {}), lines: evidenceLines(resume, doc.lines), fingerprint: fingerprint(doc) };
}

export type AnalysisOutcome = ({ ok: true; analysis: DocumentAnalysis } | { ok: false; error: InputError }) & { trace: FileTrace };

/** Steps 1, 3 and 4 on one file (`jobfit resume`, and the resume of `jobfit match`), with what each step took. */
export async function analyzePath(path: string, ctx: Context): Promise<AnalysisOutcome> {
  const read = await readDocument(path, ctx.config);
  if (!read.ok) return { ok: false, error: read.error, trace: { ms: { ...read.ms } } };
  const start = performance.now();
  const analysis = analyzeForScoring(read.doc, ctx);
  return { ok: true, analysis, trace: { reader: read.doc.reader, ms: { ...read.ms, analyse: performance.now() - start } } };
}

/** Step 5 on an analysed resume: the report against one posting. */
export function scoreAnalysis(analysis: DocumentAnalysis, job: JobProfile, ctx: Context): FileResult {
  const { resume } = analysis;
  const candidate = scoreCandidate(job, resume, { taxonomy: ctx.taxonomy, config: ctx.config, lines: analysis.lines, occupations: ctx.occupations, background: ctx.background, softSkillCues: ctx.softSkillCues });
  const unshown = claimedNotShown(resume);
  if (unshown.length) addAdvice(candidate, { code: 'CLAIMED_NOT_SHOWN', args: { skills: unshown } });
  return { ok: true, candidate, fingerprint: analysis.fingerprint };
}

/** One more piece of advice, in `advice` and worded in `suggestions`, kept in step. */
function addAdvice(candidate: CandidateReport, advice: Advice): void {
  (candidate.advice ??= []).push(advice);
  (candidate.suggestions ??= []).push(adviceMessage(advice));
}

/** Steps 3–5 on one document. Only the small report (and a fingerprint for Step 4's duplicates) is kept. */
export function scoreDocument(doc: Document, job: JobProfile, ctx: Context): FileResult {
  return scoreAnalysis(analyzeForScoring(doc, ctx), job, ctx);
}

/**
 * Step 4 across the batch: the same resume twice (same text, or the PDF and DOCX of one
 * resume). Every file stays in the report (one entry per readable file is the contract), and
 * each later copy carries DUPLICATE_OF naming the first in sort order, so a recruiter sees
 * one candidate, not two. Only possible once every file is in, so JSONL lines already
 * streamed do not carry it.
 */
export function markDuplicates(results: FileResult[], find: typeof findDuplicates = findDuplicates): void {
  const scored = results.flatMap((r) => (r.ok ? [r] : []));
  const bySource = new Map(scored.map((r) => [r.candidate.source, r.candidate]));
  const items = scored.map((r) => ({ source: r.candidate.source, fingerprint: r.fingerprint }));
  for (const group of find(items)) {
    for (const source of group.duplicates) {
      const copy = bySource.get(source);
      if (!copy) continue;
      copy.warnings.push(duplicateWarning(group.keep));
      // Ranked once: rankCandidates lists the copy under `keep`, sharing its rank.
      copy.duplicateOf = group.keep;
    }
  }
}

export type SortKey = 'score' | 'name' | 'file';

export interface RankOptions {
  /** Candidates missing any required group sink below the rest (knockedOut). */
  mustHaveAll?: boolean | undefined;
  /** The order shown: the ranking, or by name or file (ranks stay the scores'). */
  sort?: SortKey | undefined;
  /** Keep only the first n. */
  top?: number | undefined;
}

/**
 * Step 6: best first (ties by source), then the best n (a copy listed under its original
 * shares its rank and comes with it), then those n in the order asked for: `--top 1 --sort
 * name` shows the best candidate, not the alphabetically first.
 */
export function rank<C extends CandidateReport>(candidates: C[], options: RankOptions = {}): C[] {
  // Copies of C (a spread of each): a held candidate stays held (batch/hold-candidate.ts).
  const ranked = rankCandidates(candidates, { mustHaveAll: options.mustHaveAll === true }) as C[];
  const top = options.top;
  return sortCandidates(top ? ranked.filter((c) => c.rank <= top) : ranked, options.sort ?? 'score');
}

function sortCandidates<C extends CandidateReport>(ranked: C[], key: SortKey): C[] {
  if (key === 'score') return ranked;
  const field = (c: CandidateReport) => (key === 'name' ? (c.name ?? c.source) : c.source).toLowerCase();
  // A copy stays under its original whatever the order: it sorts by its original's key.
  const bySource = new Map(ranked.map((c) => [c.source, c]));
  const keyOf = (c: CandidateReport) => field((c.duplicateOf && bySource.get(c.duplicateOf)) || c);
  return ranked
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (keyOf(a.c) < keyOf(b.c) ? -1 : keyOf(a.c) > keyOf(b.c) ? 1 : a.i - b.i))
    .map(({ c }) => c);
}

/** One file done: its report or its error, as it finishes (for progress, streamed JSONL and --verbose). */
export type OnFileDone = (outcome: { candidate?: CandidateReport; error?: InputError; file: string; trace: FileTrace }) => void;

/** Scored files in input-file order, duplicates marked, not yet ranked. */
export interface Scored {
  candidates: CandidateReport[];
  errors: InputError[];
}

/** A batch under way: the posting read, the files being read. */
export interface Scoring {
  job: JobProfile;
  ctx: Context;
  /** How the posting was read; `ms.setup` is building the taxonomy, matchers and occupations. */
  trace: FileTrace;
  /**
   * Steps 3–5 on each file as it is read, then Step 4's duplicates. With `packed`, the
   * candidates are held packed (batch/hold-candidate.ts): rank and the gate read them as
   * they are, anything else reads a candidate through unpackCandidate, one at a time.
   */
  finish(onDone?: OnFileDone, options?: { packed?: boolean }): Promise<Scored>;
}

/**
 * Starts Step 1 on every file (workers read while this thread works), then builds the
 * context and runs Step 2. A posting that cannot be used stops the reading and throws.
 */
export interface ScoringOptions extends BatchOptions {
  /** No files is a report of nothing, not a usage error (the CLI: some paths could not be listed). */
  allowNoFiles?: boolean | undefined;
}

export async function startScoring(jobPath: string, files: string[], settings: Settings, options: ScoringOptions = {}): Promise<Scoring> {
  // With a cache, each resume's analysis is stored under a seed naming what it depends on.
  const seed = options.cacheDir ? analysisSeed({ asOf: settings.config.asOf, language: settings.language, extraSkills: settings.extraSkills }) : undefined;
  const batch = startBatch(files, settings, { ...options, analysisSeed: seed });
  let ctx: Context;
  let job: JobProfile;
  let trace: FileTrace;
  try {
    const start = performance.now();
    ctx = makeContext(settings);
    const setup = performance.now() - start;
    const posting = await readPosting(jobPath, ctx);
    if (!posting.ok) throw usageError('unreadable-posting', { error: posting.error });
    job = posting.job;
    trace = { ...posting.trace, ms: { setup, ...posting.trace?.ms } };
    requireRequirements(job);
    if (files.length === 0 && !options.allowNoFiles) throw usageError('no-resumes-found', {});
  } catch (error) {
    await batch.cancel();
    throw error;
  }
  return {
    job,
    ctx,
    trace,
    async finish(onDone = () => {}, finishing = {}) {
      const afterFile = collectorOfFiles();
      const hold = candidateHolder(job);
      const held = await batch.each(job, ctx, ({ trace = { ms: {} }, ...scored }, file) => {
        const result = scored as FileResult;
        onDone(result.ok ? { candidate: result.candidate, file, trace } : { error: result.error, file, trace });
        // Files done in this thread leave their garbage here; a worker collects its own.
        if (batch.analysesHere) afterFile(result, trace.cached);
        // Until the batch is in, only what ranking and duplicates read is kept as is.
        return result.ok ? { ok: true as const, candidate: hold(result.candidate), fingerprint: holdFingerprint(result.fingerprint) } : result;
      });
      const results: FileResult[] = held.map((r) => (r.ok ? { ...r, fingerprint: unholdFingerprint(r.fingerprint) } : r));
      held.length = 0;
      // With a cache, the groups a first posting found answer the next one over the same files.
      const cacheDir = options.cacheDir;
      markDuplicates(results, cacheDir && seed ? (items) => storedDuplicates(cacheDir, seed, items, findDuplicates) : findDuplicates);
      const candidates = results.flatMap((r) => (r.ok ? [r.candidate] : []));
      return {
        candidates: finishing.packed ? candidates : candidates.map(unpackCandidate),
        errors: results.flatMap((r) => (r.ok ? [] : [r.error])),
      };
    },
  };
}

/** `jobfit match`: one resume against many postings. */
export interface Matching {
  resume: ResumeProfile;
  /** Best first (ties by source), ranks 1..n. */
  postings: PostingResult[];
  errors: InputError[];
}

/** What `jobfit match` hears as it goes (progress, --verbose). */
export interface MatchHooks {
  /** The resume was read and analysed. */
  onResume?: ((trace: FileTrace) => void) | undefined;
  /** One posting done: scored, or its error. */
  onDone?: ((outcome: { error?: InputError; file: string; trace: FileTrace }) => void) | undefined;
}

/**
 * Steps 1, 3 and 4 once on the resume, then Steps 1, 2 and 5 on each posting, then Step 6
 * over the postings. A posting that cannot be read, or has no requirements, becomes an error
 * and the run goes on; a resume that cannot be read is a usage error.
 */
export async function matchPostings(resumePath: string, postingPaths: string[], settings: Settings, hooks: MatchHooks = {}): Promise<Matching> {
  const start = performance.now();
  const ctx = makeContext(settings);
  const setup = performance.now() - start;
  const read = await analyzePath(resumePath, ctx);
  if (!read.ok) throw usageError('unreadable-resume', { error: read.error });
  hooks.onResume?.({ ...read.trace, ms: { setup, ...read.trace.ms } });
  const { analysis } = read;
  const postings: PostingResult[] = [];
  const errors: InputError[] = [];
  for (const path of postingPaths) {
    const outcome = await readPosting(path, ctx).catch((error: unknown) => badProfile(path, error));
    const trace: FileTrace = { ...outcome.trace, ms: { ...outcome.trace?.ms } };
    if (!outcome.ok || outcome.job.requirements.length === 0) {
      const error = outcome.ok ? noRequirements(path) : outcome.error;
      errors.push(error);
      hooks.onDone?.({ error, file: path, trace });
      continue;
    }
    const start = performance.now();
    const scored = scoreAnalysis(analysis, outcome.job, ctx);
    trace.ms.score = performance.now() - start;
    if (scored.ok) postings.push(postingResult(outcome.job, scored.candidate));
    hooks.onDone?.({ file: path, trace });
  }
  return { resume: analysis.resume, postings: rankPostings(postings), errors };
}

/** A profile that does not parse is one unreadable posting among many, not the end of the run. */
function badProfile(source: string, error: unknown): PostingOutcome {
  if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
  return { ok: false, error: inputError(source, 'bad-profile', { reason: error.message }) };
}

const noRequirements = (source: string): InputError => inputError(source, 'no-requirements');

export interface ScorePathsOptions extends BatchOptions, RankOptions {
  /** Score only the index-th of count deterministic slices of the files (1-based). */
  shard?: { index: number; count: number } | undefined;
  /** Called once the posting is read and before any file is scored, with the number of files. */
  onStart?: ((files: number) => void | Promise<void>) | undefined;
  onDone?: OnFileDone | undefined;
}

/**
 * All six steps: the resume paths (files or folders, walked) scored against the posting at
 * `jobPath` and ranked, as the report `jobfit score --format json` prints. Paths that cannot
 * be listed and files that cannot be read are in `errors`; the batch goes on without them.
 */
export async function scorePaths(jobPath: string, resumePaths: string[], settings: Settings, options: ScorePathsOptions = {}): Promise<ScoreReport> {
  const { files, errors: inputErrors } = await collectInputs(resumePaths);
  const selected = shardOf(files, options.shard);
  const scoring = await startScoring(jobPath, selected, settings, { concurrency: options.concurrency, cacheDir: options.cacheDir, allowNoFiles: inputErrors.length > 0 });
  await options.onStart?.(selected.length);
  const { candidates, errors } = await scoring.finish(options.onDone);
  return { schemaVersion: 1, job: scoring.job, candidates: rank(candidates, options), errors: [...inputErrors, ...errors] };
}
