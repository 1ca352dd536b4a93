import type { Line } from '../types.js';
import { cellsOf } from '../resume/index.js';
import type { PatternRule } from './rules.js';
import { type QuickTests, quickTests } from './quick-test.js';

export interface CueScore {
  score: number;
  /** Ids of the rules that matched, in rule order. */
  cues: string[];
}

/** Each pattern's quick tests, made once. */
const quickTestCache = new WeakMap<RegExp, QuickTests>();

function quickTestsOf(pattern: RegExp): QuickTests {
  let quick = quickTestCache.get(pattern);
  if (!quick) quickTestCache.set(pattern, (quick = quickTests(pattern)));
  return quick;
}

function matches(rule: PatternRule, quick: RegExp | null, text: string, cells: () => string[]): boolean {
  const test = (s: string) => (quick === null || quick.test(s)) && rule.pattern.test(s);
  return rule.cells ? cells().some(test) : test(text);
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
  let joined: string | undefined;
  for (const rule of rules) {
    const quick = quickTestsOf(rule.pattern);
    const documentTest = rule.cells ? quick.cellsDocument : quick.document;
    if (documentTest) {
      joined ??= lines.map((line) => line.text).join('\n');
      if (!documentTest.test(joined)) continue;
    }
    const cap = rule.cap ?? 1;
    let hits = 0;
    for (const line of lines) {
      if (matches(rule, quick.line, line.text, cellsFor(line)) && ++hits >= cap) break;
    }
    if (hits > 0) {
      score += rule.weight * hits;
      cues.push(rule.id);
    }
  }
  return { score, cues };
}
