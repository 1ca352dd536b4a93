/**
 * Cheap first tests for a cue pattern, each a looser pattern that matches wherever the rule
 * does, so a text they reject is one the rule rejects too:
 *
 * - per line, the pattern without `\b` and `\B`. Under the `iu` flags V8 runs `\b` as a
 *   lookaround over a Unicode word class (it must catch "ſ" and the Kelvin sign), which makes
 *   every position of every line some twenty times dearer to scan than without it. They are
 *   zero-width and capture nothing, so dropping them only loosens the pattern; inside a negative
 *   lookaround dropping one would tighten it, so those stay.
 * - per document, that pattern with the `m` flag over all the lines joined by newlines: one run
 *   instead of one per line. A line's match is a match in the joined text, where `^` and `$`
 *   still hold at the line's ends. Only a negative lookaround could see past a line's end and
 *   refuse it, so a pattern with one gets no document test.
 * - per document for a rule read cell by cell: the same without `^` and `$` too (zero-width,
 *   so again only looser). A cell is a piece of its line, so a cell's match is a match in the
 *   line, where the cell's ends need not be the line's.
 */
export interface QuickTests {
  line: RegExp | null;
  document: RegExp | null;
  /** The document test for a rule matched against cells. */
  cellsDocument: RegExp | null;
}

export function quickTests(pattern: RegExp): QuickTests {
  // A g or y pattern keeps state between tests, and v-mode classes nest: both are left alone.
  if (pattern.global || pattern.sticky || pattern.flags.includes('v')) return { line: null, document: null, cellsDocument: null };
  const { loose, unanchored, negated } = readSource(pattern.source);
  const multiline = pattern.flags.includes('m') ? pattern.flags : `${pattern.flags}m`;
  return {
    line: loose === pattern.source ? null : new RegExp(loose, pattern.flags),
    document: negated ? null : new RegExp(loose, multiline),
    cellsDocument: negated ? null : new RegExp(unanchored, multiline),
  };
}

/**
 * The source without `\b` and `\B` outside negative lookarounds, the same without `^` and `$`
 * as well, and whether the source has a negative lookaround.
 */
function readSource(source: string): { loose: string; unanchored: string; negated: boolean } {
  let loose = '';
  let unanchored = '';
  let inClass = false;
  let negated = false;
  // One entry per open group: does it sit inside a negative lookaround?
  const inNegative: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (!inClass && (next === 'b' || next === 'B') && !inNegative.at(-1)) continue;
      loose += ch + next;
      unanchored += ch + next;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      const negative = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
      negated ||= negative;
      inNegative.push(negative || (inNegative.at(-1) ?? false));
    } else if (ch === ')') {
      inNegative.pop();
    }
    loose += ch;
    if (inClass || (ch !== '^' && ch !== '$') || inNegative.at(-1)) unanchored += ch;
  }
  return { loose, unanchored, negated };
}
