import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { collectInputs, shardOf } from '../batch/collect-inputs.js';
import { type BatchContext, type BatchSpec, startBatch } from '../batch/run-batch.js';
import { DEFAULT_CONFIG, resolveConfig } from '../config/index.js';
import { ConfigError, UsageError } from '../errors.js';
import type { JobFormat, ResumeFormat, ScoreFormat } from '../render/formats.js';
import type { CandidateReport, JobProfile, ScoreReport } from '../types.js';
import { type Output, openOutput } from './output.js';

interface CommonOptions {
  config?: string;
  ascii?: boolean;
  ocr?: boolean;
  skills?: string;
  asOf?: string;
  output?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

interface ScoreOptions extends CommonOptions {
  format: ScoreFormat;
  minScore?: number;
  gate: 'any' | 'best';
  top?: number;
  sort: 'score' | 'name' | 'file';
  mustHave?: 'all';
  explain?: boolean;
  details?: boolean;
  shard?: string;
  concurrency?: number;
  cache?: string | boolean;
}

/** Exit codes are the contract in DESIGN.md. */
const EXIT = { ok: 0, gate: 1, usage: 2, inputs: 3 } as const;

function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, undefined, { cause: error });
  }
}

/**
 * The pipeline's stages, loaded on first use (~140 ms of modules): `score` starts its worker
 * pool first, so workers read resumes while this thread loads them.
 */
async function stages() {
  const [batch, job, render, score] = await Promise.all([import('../batch/process-file.js'), import('../job/index.js'), import('../render/index.js'), import('../score/index.js')]);
  return { ...batch, ...job, ...render, ...score };
}

/** Config file + flags → the context every command shares. Flags override the file. */
async function setUp(options: CommonOptions): Promise<BatchContext> {
  const { makeContext } = await stages();
  return makeContext(await readSettings(options));
}

/** Config file + flags → settings, before the (costlier) taxonomy and matcher are built. */
async function readSettings(options: CommonOptions): Promise<BatchSpec> {
  let raw: Record<string, unknown> | undefined;
  if (options.config) {
    try {
      const { parse } = await import('yaml');
      raw = parse(await readText(options.config, 'config file')) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new ConfigError(`${options.config}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const { config, errors } = resolveConfig(raw, { ...DEFAULT_CONFIG, asOf: thisMonth() });
  if (errors.length) throw new ConfigError(`${options.config}: ${errors.join('; ')}`);
  if (options.asOf) config.asOf = options.asOf;
  if (options.ocr) config.ocr = true;

  // YAML and its validators load only when a file asks for them: start-up stays fast.
  const { parseUserSkills } = options.skills || raw?.skills ? await import('../taxonomy/user-skills.js') : { parseUserSkills: undefined };
  const extra = [];
  if (parseUserSkills && raw && 'skills' in raw && options.config) extra.push(...parseUserSkills(JSON.stringify({ skills: raw.skills }), options.config));
  if (parseUserSkills && options.skills) extra.push(...parseUserSkills(await readText(options.skills, 'skills file'), options.skills));
  return { config, extraSkills: extra };
}

/** How the terminal renderer should draw: colour, and Unicode or plain ASCII. */
function look(options: CommonOptions): { color: boolean; ascii: boolean } {
  return { color: useColor(options), ascii: options.ascii === true || process.env.TERM === 'dumb' };
}

/** Colour only on a terminal (or when FORCE_COLOR asks), never in a file, never with NO_COLOR. */
function useColor(options: CommonOptions): boolean {
  if (!options.color || options.output || process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY) || Boolean(process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0');
}

/** A YAML profile is used as is; anything else is read as a posting. */
async function loadJob(path: string, ctx: BatchContext): Promise<JobProfile> {
  const { analyzeJob, readDocument } = await stages();
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    const { parseJobProfile } = await import('../profile/index.js');
    return parseJobProfile(await readText(path, 'job profile'), path);
  }
  const read = await readDocument(path, ctx.config);
  if (!read.ok) throw new UsageError(`${path}: ${read.error.code} — ${read.error.message}`, 'the job description must be readable');
  const profile = analyzeJob(read.doc, ctx.findJobSkills);
  return { ...profile, source: path };
}

function requireRequirements(job: JobProfile): void {
  if (job.requirements.length === 0) {
    // A posting always yields requirements (its clauses stand in when the taxonomy names too
    // few), so none means the text is not a posting.
    throw new UsageError(
      `${job.source}: no requirements found: this does not read as a job posting (no requirement, duty or qualification sentences)`,
      'pass the job description as the first file; `jobfit job FILE` shows what was read',
    );
  }
}

export async function runScore(jobPath: string, resumePaths: string[], options: ScoreOptions): Promise<void> {
  const settings = await readSettings(options);
  const shard = parseShard(options.shard);
  const { files, errors: inputErrors } = await collectInputs(resumePaths);
  const selected = shardOf(files, shard);
  const cacheDir = options.cache === true ? '.jobfit-cache' : options.cache || undefined;
  // Workers start reading resumes now, while this thread builds the matcher and reads the posting.
  const batch = startBatch(selected, settings.config, { concurrency: options.concurrency, cacheDir });
  const { candidateLine, makeContext, rankCandidates, renderScore } = await stages();
  let ctx: BatchContext;
  let job: JobProfile;
  try {
    ctx = makeContext(settings);
    job = await loadJob(jobPath, ctx);
    requireRequirements(job);
    if (selected.length === 0 && inputErrors.length === 0) throw new UsageError('no resumes found in the given paths', 'pass resume files or folders holding .pdf, .docx, .txt or .md files');
  } catch (error) {
    await batch.cancel();
    throw error;
  }

  const out = await openOutput(options.output);
  const progress = makeProgress(selected.length, options);
  const streamJsonl = options.format === 'jsonl' && options.sort === 'score' && !options.top && !options.mustHave;
  const { candidates, errors } = await batch.score(job, ctx, ({ candidate, error }) => {
    progress.tick(error);
    if (error && (options.format === 'table' || options.format === 'csv') && !options.quiet) process.stderr.write(`jobfit: ${error.source}: ${error.code} — ${error.message}\n`);
    if (candidate && streamJsonl) out.write(candidateLine(candidate));
  });
  progress.done();

  const allErrors = [...inputErrors, ...errors];
  let ranked = sortCandidates(rankCandidates(candidates, { mustHaveAll: options.mustHave === 'all' }), options.sort);
  if (options.top) ranked = ranked.slice(0, options.top);
  const report: ScoreReport = { schemaVersion: 1, job, candidates: ranked, errors: allErrors };
  if (streamJsonl) out.write(allErrors.map((e) => `${JSON.stringify({ error: e })}\n`).join(''));
  else out.write(renderScore(report, options.format, { ...look(options), explain: options.explain, details: options.details }));
  await out.close();

  process.exitCode = exitCodeFor(report, options);
}

function exitCodeFor(report: ScoreReport, options: ScoreOptions): number {
  if (report.errors.length > 0) return EXIT.inputs;
  if (options.minScore === undefined) return EXIT.ok;
  const below = gateFailures(report.candidates, options.minScore, options.gate);
  if (below.length && !options.quiet) {
    process.stderr.write(`jobfit: --min-score ${options.minScore} failed: ${below.map((c) => `${c.source} (${c.score})`).join(', ')}\n`);
  }
  return below.length ? EXIT.gate : EXIT.ok;
}

function gateFailures(candidates: CandidateReport[], min: number, gate: 'any' | 'best'): CandidateReport[] {
  if (candidates.length === 0) return [];
  if (gate === 'best') {
    const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
    return best.score < min ? [best] : [];
  }
  return candidates.filter((c) => c.score < min);
}

function sortCandidates(ranked: CandidateReport[], key: ScoreOptions['sort']): CandidateReport[] {
  if (key === 'score') return ranked;
  const field = (c: CandidateReport) => (key === 'name' ? (c.name ?? c.source) : c.source).toLowerCase();
  return [...ranked].sort((a, b) => (field(a) < field(b) ? -1 : field(a) > field(b) ? 1 : 0));
}

function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (!value) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/4 (got "${value}")`);
  return { index, count };
}

function makeProgress(total: number, options: CommonOptions): { tick(error?: unknown): void; done(): void } {
  const show = process.stderr.isTTY && !options.quiet && total > 5;
  let done = 0;
  let failed = 0;
  const started = Date.now();
  return {
    tick(error) {
      done++;
      if (error) failed++;
      if (!show) return;
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      const eta = Math.round((total - done) / Math.max(rate, 0.001));
      process.stderr.write(`\r${done}/${total} files · ${rate.toFixed(1)}/s · ETA ${eta}s${failed ? ` · ${failed} unreadable` : ''}   `);
    },
    done() {
      if (show) process.stderr.write('\r\x1b[K');
    },
  };
}

export async function runJob(jobPath: string, options: CommonOptions & { format: JobFormat | 'yaml' }): Promise<void> {
  const { renderJob } = await stages();
  const ctx = await setUp(options);
  const job = await loadJob(jobPath, ctx);
  requireRequirements(job);
  if (options.format === 'yaml') {
    const { jobProfileToYaml } = await import('../profile/to-yaml.js');
    await writeAll(options.output, jobProfileToYaml(job));
  } else await writeAll(options.output, renderJob(job, options.format, look(options)));
}

export async function runResume(path: string, options: CommonOptions & { format: ResumeFormat }): Promise<void> {
  const { analyzeDocument, readDocument, renderResume } = await stages();
  const ctx = await setUp(options);
  const read = await readDocument(path, ctx.config);
  if (!read.ok) {
    process.stderr.write(`jobfit: ${read.error.source}: ${read.error.code} — ${read.error.message}\n`);
    process.exitCode = EXIT.inputs;
    return;
  }
  await writeAll(options.output, renderResume(analyzeDocument(read.doc, ctx), options.format, look(options)));
}

export async function runText(path: string, options: CommonOptions & { showHidden?: boolean }): Promise<void> {
  const { readDocument } = await import('../batch/process-file.js');
  const read = await readDocument(path, { ...DEFAULT_CONFIG, asOf: thisMonth(), ocr: options.ocr === true });
  if (!read.ok) {
    process.stderr.write(`jobfit: ${read.error.source}: ${read.error.code} — ${read.error.message}\n`);
    process.exitCode = EXIT.inputs;
    return;
  }
  let text = read.doc.lines.map((l) => l.text).join('\n') + '\n';
  if (options.showHidden && read.doc.hidden.length) text += `\n--- hidden text (not used for scoring) ---\n${read.doc.hidden.map((l) => l.text).join('\n')}\n`;
  for (const w of read.doc.warnings) if (!options.quiet) process.stderr.write(`jobfit: ${path}: ${w.code} — ${w.message}\n`);
  await writeAll(options.output, text);
}

/** Shards' JSONL → one ranking, as JSONL: candidates re-ranked best first, then the errors. */
export async function runMerge(paths: string[], options: { output?: string }): Promise<void> {
  const { readShards } = await import('./merge.js');
  const { candidateLine } = await import('../render/index.js');
  const { candidates, errors } = await readShards(paths);
  await writeAll(options.output, candidates.map(candidateLine).join('') + errors.map((e) => `${JSON.stringify({ error: e })}\n`).join(''));
  process.exitCode = errors.length ? EXIT.inputs : EXIT.ok;
}

export async function runSkills(query: string | undefined, options: CommonOptions & { format: 'table' | 'json' }): Promise<void> {
  const ctx = await setUp(options);
  const q = query?.toLowerCase();
  const skills = ctx.taxonomy.skills.filter((s) => !q || s.name.toLowerCase().includes(q) || s.aliases.some((a) => a.toLowerCase().includes(q)));
  const text =
    options.format === 'json'
      ? `${JSON.stringify(skills, null, 2)}\n`
      : skills.map((s) => `${s.name}  [${s.category}]${s.aliases.length ? `  aka ${s.aliases.join(', ')}` : ''}${s.implies.length ? `  → ${s.implies.join(', ')}` : ''}`).join('\n') + '\n';
  await writeAll(options.output, text);
}

async function writeAll(path: string | undefined, text: string): Promise<void> {
  const out: Output = await openOutput(path);
  out.write(text);
  await out.close();
}

