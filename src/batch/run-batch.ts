import { ExtractError, extractDocument } from '../extract/index.js';
import { normalizeDocument } from '../normalize/index.js';
import { analyzeResume } from '../resume/index.js';
import { scoreCandidate } from '../score/index.js';
import type { CandidateReport, Config, Document, InputError, JobProfile, ResumeProfile, SkillFinder, Taxonomy } from '../types.js';

export interface BatchContext {
  config: Config;
  taxonomy: Taxonomy;
  findSkills: SkillFinder;
}

export type FileOutcome = { ok: true; doc: Document } | { ok: false; error: InputError };

/** Extract + normalize one file; every failure becomes a coded error, never an exception. */
export async function readDocument(path: string, config: Config): Promise<FileOutcome> {
  try {
    const raw = await extractDocument(path, { maxBytes: config.limits.maxBytes, timeoutMs: config.limits.timeoutMs });
    const doc = normalizeDocument(raw);
    return { ok: true, doc: { ...doc, source: path } };
  } catch (error) {
    if (error instanceof ExtractError) return { ok: false, error: { source: path, code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, error: { source: path, code: 'UNREADABLE', message: `could not be read (${message})` } };
  }
}

export function analyzeDocument(doc: Document, ctx: BatchContext): ResumeProfile {
  return analyzeResume(doc, ctx.findSkills, ctx.config.asOf);
}

export interface BatchResult {
  candidates: CandidateReport[];
  errors: InputError[];
}

/**
 * Scores files one after another, reporting each as it finishes so JSONL and progress can
 * stream; only the per-candidate reports are kept, never the documents.
 */
export async function scoreFiles(
  job: JobProfile,
  files: string[],
  ctx: BatchContext,
  onDone: (outcome: { candidate?: CandidateReport; error?: InputError; file: string }) => void = () => {},
): Promise<BatchResult> {
  const candidates: CandidateReport[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    const read = await readDocument(file, ctx.config);
    if (!read.ok) {
      errors.push(read.error);
      onDone({ error: read.error, file });
      continue;
    }
    const resume = analyzeDocument(read.doc, ctx);
    const candidate = scoreCandidate(job, resume, { taxonomy: ctx.taxonomy, config: ctx.config, lines: read.doc.lines });
    candidates.push(candidate);
    onDone({ candidate, file });
  }
  return { candidates, errors };
}
