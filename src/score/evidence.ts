import type { Evidence, Line, Position, ResumeSection, TextEvidence } from '../types.js';

/** A resume line as evidence, with the source file's line for the locator. */
export function lineEvidence(line: Line, section: ResumeSection): Evidence {
  const evidence: Evidence = { section, page: line.page, line: line.n, text: line.text };
  if (line.fileLine !== undefined) evidence.fileLine = line.fileLine;
  return evidence;
}

/** Text evidence as evidence: its line (the first, when it runs on) and the span of its matched words. */
export function textEvidenceOf(found: TextEvidence, lines: readonly Line[]): Evidence {
  const line = lines.find((l) => l.n === found.line);
  const evidence: Evidence = { section: 'other', page: found.page, line: found.line, text: found.text };
  if (line?.fileLine !== undefined) evidence.fileLine = line.fileLine;
  if (found.words.length) {
    evidence.start = Math.min(...found.words.map((w) => w.start));
    evidence.end = Math.max(...found.words.map((w) => w.end));
  }
  return evidence;
}

/** The line of a position's block that holds its title (else the block's first line). */
export function titleLine(position: Position, lines: readonly Line[]): Line | undefined {
  if (!position.lines) return undefined;
  const [first, last] = position.lines;
  const block = lines.filter((l) => l.n >= first && l.n <= last);
  const title = position.title?.toLowerCase();
  return (title && block.find((l) => l.text.toLowerCase().includes(title))) || block[0];
}
