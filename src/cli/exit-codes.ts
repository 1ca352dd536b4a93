/** Exit codes, the contract in DESIGN.md, and the --min-score gate that sets one of them. */
import type { CandidateReport, ScoreReport } from '../types.js';

export const EXIT = { ok: 0, gate: 1, usage: 2, inputs: 3 } as const;

export type Gate = 'any' | 'best';

/** Unreadable inputs first (3), then the gate (1), else 0; says on stderr who failed the gate. */
export function exitCodeFor(report: ScoreReport, options: { minScore?: number | undefined; gate: Gate; quiet?: boolean | undefined }): number {
  if (report.errors.length > 0) return EXIT.inputs;
  if (options.minScore === undefined) return EXIT.ok;
  const below = gateFailures(report.candidates, options.minScore, options.gate);
  if (below.length && !options.quiet) {
    process.stderr.write(`jobfit: --min-score ${options.minScore} failed: ${below.map((c) => `${c.source} (${c.score})`).join(', ')}\n`);
  }
  return below.length ? EXIT.gate : EXIT.ok;
}

/** Every candidate below the line, or only the best one when the gate is 'best'. */
export function gateFailures(candidates: CandidateReport[], min: number, gate: Gate): CandidateReport[] {
  if (candidates.length === 0) return [];
  if (gate === 'best') {
    const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
    return best.score < min ? [best] : [];
  }
  return candidates.filter((c) => c.score < min);
}
