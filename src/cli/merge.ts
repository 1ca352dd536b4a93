import { readFile } from 'node:fs/promises';
import { usageError } from '../errors.js';
import { candidateLine } from '../render/index.js';
import { rankCandidates } from '../score/index.js';
import type { CandidateReport, InputError } from '../types.js';
import { EXIT } from './exit-codes.js';
import { writeAll } from './output.js';

/** One shard's JSONL: candidate lines, then `{"error": …}` lines. */
export interface ShardLines {
  candidates: CandidateReport[];
  errors: InputError[];
}

/**
 * Reads the JSONL of shards (`jobfit score … --shard K/N --format jsonl`) and ranks the
 * candidates as one batch would: the same sort, so N shards merge into the same ranking.
 */
export async function readShards(paths: string[]): Promise<ShardLines> {
  const candidates: CandidateReport[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw usageError('cannot-read', { path, reason: (error as NodeJS.ErrnoException).code ?? 'error' });
    }
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw usageError('not-a-json-line', { path, line: i + 1 });
      }
      if (value && typeof value === 'object' && 'error' in value) errors.push((value as { error: InputError }).error);
      else if (value && typeof value === 'object' && 'score' in value && 'source' in value) candidates.push(value as CandidateReport);
      else throw usageError('not-a-report-line', { path, line: i + 1 });
    });
  }
  return { candidates: rankCandidates(candidates), errors };
}

/** `jobfit merge`: shards' JSONL → one ranking, as JSONL: candidates re-ranked best first, then the errors. */
export async function runMerge(paths: string[], options: { output?: string }): Promise<void> {
  const { candidates, errors } = await readShards(paths);
  await writeAll(options.output, candidates.map(candidateLine).join('') + errors.map((e) => `${JSON.stringify({ error: e })}\n`).join(''));
  process.exitCode = errors.length ? EXIT.inputs : EXIT.ok;
}
