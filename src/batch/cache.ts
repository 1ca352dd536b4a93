/**
 * An opt-in disk cache of extracted, normalized documents, so that scoring the same folder
 * against another posting skips PDF parsing. Off by default: entries hold the text of
 * resumes, i.e. personal data.
 *
 * An entry is keyed by the sha256 of the file's bytes and the extractor version, so a file
 * that changes, or an extractor that changes, simply misses. Entries are written to a temp
 * file and renamed into place, so concurrent workers never see half an entry; anything
 * unreadable is treated as a miss and rewritten.
 */
import { createHash, randomBytes } from 'node:crypto';
// Synchronous file calls throughout: entries are small, and each step of an asynchronous call
// is a round trip through libuv's thread pool during which a worker sits idle (a second
// posting spends most of its time here).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinFile } from '../builtin/index.js';
import type { Document, DocumentAnalysis, InputError } from '../types.js';
import type { DocumentReader, FileOutcome, Timings } from '../read-document.js';

/**
 * Bump whenever extraction or normalization can change a document's lines (a reader,
 * layout, normalize rule, PDF engine upgrade): old entries then miss instead of lying.
 */
export const EXTRACTOR_VERSION = 5;


export interface CacheOptions {
  /** Folder holding the entries; created on first write. */
  dir: string;
  /** Only for tests: the extractor version to key entries with. */
  version?: number;
}

/** sha256 over the extractor version, the reading mode (OCR or not) and the bytes, as hex. */
export function cacheKey(bytes: Uint8Array, version: number = EXTRACTOR_VERSION, mode = ''): string {
  return createHash('sha256').update(`jobfit-extract-v${version}${mode}\0`).update(bytes).digest('hex');
}

/** A file's text key: OCR text is a different reading of the same bytes, keyed apart. */
const textKeyOf = (bytes: Uint8Array, version: number, config: { ocr?: boolean | undefined }): string => cacheKey(bytes, version, config.ocr ? '+ocr' : '');

/** Two-level layout keeps folders small when thousands of resumes are cached. */
function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

interface Entry {
  version: number;
  doc: Document;
}

function isLine(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  return typeof l.n === 'number' && typeof l.page === 'number' && typeof l.text === 'string';
}

/** Shape check, so a truncated or hand-edited entry is a miss rather than a crash later. */
function isEntry(x: unknown, version: number): x is Entry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as { version?: unknown; doc?: Record<string, unknown> };
  const doc = e.doc;
  if (e.version !== version || typeof doc !== 'object' || doc === null) return false;
  return (
    typeof doc.format === 'string' &&
    Array.isArray(doc.lines) &&
    doc.lines.every(isLine) &&
    Array.isArray(doc.hidden) &&
    doc.hidden.every(isLine) &&
    Array.isArray(doc.warnings)
  );
}

/** The cached document for a key, or undefined on a miss or an unusable entry. */
export async function readEntry(dir: string, key: string, version: number = EXTRACTOR_VERSION): Promise<Document | undefined> {
  let text: string;
  try {
    text = readFileSync(entryPath(dir, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isEntry(parsed, version) ? parsed.doc : undefined;
  } catch {
    return undefined;
  }
}

/** Writes an entry atomically; a cache that cannot be written never fails the file. */
export async function writeEntry(dir: string, key: string, doc: Document, version: number = EXTRACTOR_VERSION): Promise<void> {
  const entry: Entry = { version, doc };
  await writeJson(dir, key, JSON.stringify(entry));
}

async function writeJson(dir: string, key: string, json: string): Promise<void> {
  const path = entryPath(dir, key);
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(temp, json, { mode: 0o600 });
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing left to clean, or nothing we can do.
    }
  }
}

// ── the analysis of a resume ──────────────────────────────────────────────────
//
// A second posting over the same folder needs no new reading and no new analysis: only
// matching and scoring depend on the posting. So the cache also keeps each resume's
// DocumentAnalysis, keyed by the text key (bytes, extractor version, OCR) and a seed naming
// everything else the analysis depends on: the settings (asOf, expected language, extra
// skills) and the code and data that ran it.

/**
 * Bump when Steps 3–4 change for a library build run without the bundle; the bundle and the
 * data files are keyed by their size and time (analysisSeed), so a rebuild misses by itself.
 */
export const ANALYSIS_VERSION = 2;

/** The settings the analysis reads; none of the scoring ones (weights, credits). */
export interface AnalysisSettings {
  asOf: string;
  language?: string | undefined;
  extraSkills: unknown[];
}

/**
 * The seed of every analysis key in a run: the settings, ANALYSIS_VERSION, and the size and
 * time of the running code (the one-file bundle holds every stage) and of each data file.
 */
export function analysisSeed(settings: AnalysisSettings): string {
  const hash = createHash('sha256').update(`jobfit-analysis-v${ANALYSIS_VERSION}\0`);
  hash.update(JSON.stringify({ asOf: settings.asOf, language: settings.language ?? null, extraSkills: settings.extraSkills }));
  const dataDir = dirname(builtinFile('taxonomy.json'));
  const files = [fileURLToPath(import.meta.url), ...safeList(dataDir).map((name) => join(dataDir, name))];
  for (const file of files) {
    try {
      const st = statSync(file);
      hash.update(`\0${file}:${st.size}:${st.mtimeMs}`);
    } catch {
      hash.update(`\0${file}:-`);
    }
  }
  return hash.digest('hex');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

const analysisKey = (seed: string, textKey: string) => createHash('sha256').update(`jobfit-analysis\0${seed}\0${textKey}`).digest('hex');

/**
 * What a reader in front of the cache hands back: a document to analyse (with the key to
 * store its analysis under), the stored analysis itself, or a coded error.
 */
export type ReadOutcome = (
  | { ok: true; doc: Document; analysisKey?: string | undefined }
  | { ok: true; analysis: DocumentAnalysis; analysisKey: string }
  | { ok: false; error: InputError }
) & {
  /** What the cache answered with, when it did (--verbose says so). */
  cached?: 'text' | 'analysis';
  /** What each step took ('cache' for a hit). */
  ms?: Timings;
};

export type CachedReader = (path: string, config: Parameters<DocumentReader>[1]) => Promise<ReadOutcome>;

/** Shape check of a stored analysis: a damaged entry is a miss, never a crash while scoring. */
function isAnalysis(x: unknown): x is DocumentAnalysis {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as { resume?: { source?: unknown; skills?: unknown; warnings?: unknown; experience?: unknown }; lines?: unknown; fingerprint?: { sketch?: unknown } };
  return (
    typeof a.resume === 'object' && a.resume !== null && typeof a.resume.source === 'string' && Array.isArray(a.resume.skills) && Array.isArray(a.resume.warnings) &&
    typeof a.resume.experience === 'object' && Array.isArray(a.lines) && a.lines.every(isLine) && Array.isArray(a.fingerprint?.sketch)
  );
}

async function readAnalysis(dir: string, key: string, seed: string): Promise<DocumentAnalysis | undefined> {
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, key), 'utf8')) as { seed?: unknown; analysis?: unknown };
    return entry.seed === seed && isAnalysis(entry.analysis) ? entry.analysis : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a resume's analysis (called where it was analysed); never fails the file. */
export function writeAnalysis(dir: string, key: string, seed: string, analysis: DocumentAnalysis): Promise<void> {
  return writeJson(dir, key, JSON.stringify({ seed, analysis }));
}

/**
 * The reader with both caches: the stored analysis when there is one (the analysis seed must
 * match), else the stored text, else the reader, with the key to store the analysis under.
 */
export function cachedAnalysisReader(read: DocumentReader, options: CacheOptions & { seed: string }): CachedReader {
  const version = options.version ?? EXTRACTOR_VERSION;
  return async (path, config) => {
    const bytes = cacheableBytes(path, config.limits.maxBytes);
    if (!bytes) return read(path, config);
    const textKey = textKeyOf(bytes, version, config);
    const key = analysisKey(options.seed, textKey);
    const start = performance.now();
    const analysis = await readAnalysis(options.dir, key, options.seed);
    if (analysis) return { ok: true, analysis: { ...analysis, resume: { ...analysis.resume, source: path } }, analysisKey: key, cached: 'analysis', ms: { cache: performance.now() - start } };
    const outcome = await readThroughText(read, path, config, options.dir, textKey, version);
    return outcome.ok ? { ...outcome, analysisKey: key } : outcome;
  };
}

/**
 * Whether most of an even sample of the files have their analysis stored under this seed: a
 * second posting over the same folder, which only scores (run-batch.ts then scores in the
 * workers). Costs a read and a hash of each sampled file.
 */
export function analysesStored(files: readonly string[], config: Parameters<DocumentReader>[1], options: CacheOptions & { seed: string }, sample = 16): boolean {
  const version = options.version ?? EXTRACTOR_VERSION;
  const picked = [...new Set(Array.from({ length: Math.min(sample, files.length) }, (_, i) => files[Math.floor((i * files.length) / Math.min(sample, files.length))]!))];
  const stored = picked.filter((path) => {
    const bytes = cacheableBytes(path, config.limits.maxBytes);
    if (!bytes) return false;
    try {
      return statSync(entryPath(options.dir, analysisKey(options.seed, textKeyOf(bytes, version, config)))).isFile();
    } catch {
      return false;
    }
  });
  return picked.length > 0 && stored.length * 2 > picked.length;
}

/** The bytes to key a file by, or undefined for a file the reader refuses on size alone. */
function cacheableBytes(path: string, maxBytes: number): Uint8Array | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size <= 0 || st.size > maxBytes) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

async function readThroughText(read: DocumentReader, path: string, config: Parameters<DocumentReader>[1], dir: string, key: string, version: number) {
  const start = performance.now();
  const hit = await readEntry(dir, key, version);
  if (hit) return { ok: true as const, doc: { ...hit, source: path }, cached: 'text' as const, ms: { cache: performance.now() - start } };
  const outcome = await read(path, config);
  if (outcome.ok) await writeEntry(dir, key, outcome.doc, version);
  return outcome;
}

/**
 * Wraps a reader with the cache. Files the reader would refuse on size alone (empty, over
 * the cap, missing) go straight to it, so the cache never changes which errors come out;
 * only successful reads are stored, since errors such as TIMEOUT depend on the limits.
 */
export function cachedReader(read: DocumentReader, options: CacheOptions): (...args: Parameters<DocumentReader>) => Promise<FileOutcome & { cached?: 'text' }> {
  const version = options.version ?? EXTRACTOR_VERSION;
  return async (path, config) => {
    const bytes = cacheableBytes(path, config.limits.maxBytes);
    if (!bytes) return read(path, config);
    // OCR text is a different reading of the same bytes: it never answers a run without --ocr.
    return readThroughText(read, path, config, options.dir, textKeyOf(bytes, version, config), version);
  };
}

// ── a batch's duplicates ──────────────────────────────────────────────────────
//
// Step 4's duplicate groups depend only on the files' sources and fingerprints, which a second
// posting over the same folder reads back unchanged; comparing them is the one step that must
// wait for the whole batch (the 2,484 livecareer PDFs: ~0.3 s at the end of a ~4 s run).

/** What duplicate grouping reads of each file. */
export interface DuplicateItem {
  source: string;
  fingerprint: { words: number; sketch: number[] };
}
export type DuplicateGroups = { keep: string; duplicates: string[] }[];

/** The key of a batch's groups: the analysis seed (code, data, settings) and every item, in order. */
function duplicatesKey(seed: string, items: readonly DuplicateItem[]): string {
  const hash = createHash('sha256').update(`jobfit-duplicates\0${seed}\0${items.length}`);
  for (const { source, fingerprint } of items) {
    hash.update(`\0${source}\0${fingerprint.words}\0${fingerprint.sketch.length}\0`);
    hash.update(new Uint8Array(Float64Array.from(fingerprint.sketch).buffer));
  }
  return hash.digest('hex');
}

/** Groups naming only the batch's sources, each at most once: a damaged entry is a miss. */
function isGroups(x: unknown, sources: ReadonlySet<string>): x is DuplicateGroups {
  if (!Array.isArray(x)) return false;
  const seen = new Set<string>();
  const fresh = (s: unknown) => typeof s === 'string' && sources.has(s) && !seen.has(s) && seen.add(s) !== undefined;
  return x.every((g: { keep?: unknown; duplicates?: unknown }) => typeof g === 'object' && g !== null && fresh(g.keep) && Array.isArray(g.duplicates) && g.duplicates.length > 0 && g.duplicates.every(fresh));
}

/** The batch's duplicate groups from the cache, else worked out by `find` and stored. */
export function storedDuplicates(dir: string, seed: string, items: readonly DuplicateItem[], find: (items: DuplicateItem[]) => DuplicateGroups): DuplicateGroups {
  const key = duplicatesKey(seed, items);
  try {
    const stored: unknown = JSON.parse(readFileSync(entryPath(dir, key), 'utf8'));
    if (isGroups(stored, new Set(items.map((i) => i.source)))) return stored;
  } catch {
    // A miss or a damaged entry: worked out below.
  }
  const groups = find([...items]);
  // Written synchronously (writeJson's work is synchronous): the report waits for nothing.
  void writeJson(dir, key, JSON.stringify(groups));
  return groups;
}
