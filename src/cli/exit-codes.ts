/** Exit codes, the contract in DESIGN.md, and the --min-score gate that sets one of them. */
import type { CandidateReport } from '../types.js';

export const EXIT = { ok: 0, gate: 1, usage: 2, inputs: 3 } as const;

export type Gate = 'any' | 'best';

export interface GateVerdict {
  min: number;
  gate: Gate;
  /** Candidates below the line: all of them for 'any', the best for 'best'. */
  failed: CandidateReport[];
  /** Candidates the gate was decided on: every one scored, whatever --top or --sort show. */
  total: number;
}

/** The gate decided on every scored candidate (never only the ones --top shows). */
export function decideGate(candidates: CandidateReport[], min: number, gate: Gate): GateVerdict {
  return { min, gate, failed: gateFailures(candidates, min, gate), total: candidates.length };
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

/** The verdict as one stderr line, passed or failed, so a CI log always shows it. */
export function gateLine(v: GateVerdict): string {
  const head = `jobfit: gate --min-score ${v.min} --gate ${v.gate}`;
  if (v.total === 0) return `${head}: passed — no candidate was scored`;
  const list = v.failed.map((c) => `${c.source} (${c.score})`).join(', ');
  if (v.gate === 'best') return v.failed.length ? `${head}: failed — the best candidate scores below ${v.min}: ${list}` : `${head}: passed — the best of ${v.total} scores ${v.min} or more`;
  return v.failed.length ? `${head}: failed — ${v.failed.length} of ${v.total} below ${v.min}: ${list}` : `${head}: passed — all ${v.total} score ${v.min} or more`;
}

/** A failed gate (1) wins over unreadable inputs (3), as `--help` and the README state it; usage errors (2) stop the run before. */
export function exitCodeFor(errors: number, verdict: GateVerdict | undefined): number {
  if (verdict && verdict.failed.length > 0) return EXIT.gate;
  if (errors > 0) return EXIT.inputs;
  return EXIT.ok;
}
