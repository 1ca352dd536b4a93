import type { Line } from '../types.js';
import { cellsOf } from '../resume/structure/index.js';
import type { PatternRule } from './rules.js';

export interface CueScore {
  score: number;
  /** Ids of the rules that matched, in rule order. */
  cues: string[];
}

function matches(rule: PatternRule, text: string, cells: () => string[]): boolean {
  return rule.cells ? cells().some((cell) => rule.pattern.test(cell)) : rule.pattern.test(text);
}

/**
 * Scores lines against cue rules: each rule earns its weight once per matching line, up to its
 * cap (1 when unset), so a phrase repeated on every position counts no more than its cap allows.
 */
export function scoreCues(lines: readonly Line[], rules: readonly PatternRule[]): CueScore {
  let score = 0;
  const cues: string[] = [];
  // A line's cells are split once, however many rules read them.
  const cellCache = new Map<Line, string[]>();
  const cellsFor = (line: Line) => () => {
    let cells = cellCache.get(line);
    if (!cells) cellCache.set(line, (cells = cellsOf(line.text)));
    return cells;
  };
  for (const rule of rules) {
    const cap = rule.cap ?? 1;
    let hits = 0;
    for (const line of lines) {
      if (matches(rule, line.text, cellsFor(line)) && ++hits >= cap) break;
    }
    if (hits > 0) {
      score += rule.weight * hits;
      cues.push(rule.id);
    }
  }
  return { score, cues };
}
