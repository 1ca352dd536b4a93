/**
 * Corpus check of positions read from paragraphs that lost their line breaks (a Word table cell
 * or text box written as one paragraph; resume/structure/cut-flat-lines.ts). No such corpus is
 * marked, so one is made: each resume of a fixed livecareer sample (the files whose sha256 of
 * the name starts with 0, as test/corpus/livecareer.test.ts takes) is read as written, then
 * flattened two ways, and its months read again:
 * - blocks: the lines between two headings joined into one paragraph, the headings kept;
 * - whole: every line of the document joined into one paragraph.
 * A flattened reading is right when its months are within 6 of the reading as written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusDocument } from '../helpers/corpus-document.js';
import type { Line } from '../../src/types.js';
import { analyzeStructure, classifyLines, loadNameData } from '../../src/resume/structure/index.js';
import { hasLivecareer, livecareerPool, livecareerSample } from '../helpers/livecareer-sample.js';

/**
 * Measured on this sample (160 resumes with months as written): blocks 157, whole 150 within
 * 6 months (before cut-flat-lines: blocks 9, whole 0; before a heading name inside a run of
 * positions was read as a word of it: blocks 151).
 */
const MIN_BLOCKS = 0.93;
const MIN_WHOLE = 0.9;

const joined = (lines: readonly Line[]): string => lines.map((l) => l.text.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');

/** The lines between two headings as one paragraph each, the headings kept as lines. */
function flattenBlocks(lines: readonly Line[]): Line[] {
  const classes = classifyLines(lines);
  const out: Line[] = [];
  let block: Line[] = [];
  const close = (): void => {
    if (block.length) out.push({ ...block[0]!, text: joined(block) });
    block = [];
  };
  lines.forEach((line, i) => {
    if (classes[i]!.heading) {
      close();
      out.push(line);
    } else block.push(line);
  });
  close();
  return out;
}

if (!hasLivecareer) console.log(`skipping flat-lines corpus test: ${livecareerPool} not found`);

describe.skipIf(!hasLivecareer)('months from flattened resumes of a fixed livecareer sample', () => {
  it(`blocks ≥ ${MIN_BLOCKS}, whole ≥ ${MIN_WHOLE} within 6 months of the reading as written`, async () => {
    const files = livecareerSample();
    const names = loadNameData();
    let dated = 0, blocks = 0, whole = 0;
    const within = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) <= 6;
    for (const file of files) {
      const doc = await readCorpusDocument(path.join(livecareerPool, file));
      if (!doc) continue;
      const months = analyzeStructure(doc.lines, '2026-11', names).totalMonths;
      if (!months) continue;
      dated++;
      blocks += Number(within(analyzeStructure(flattenBlocks(doc.lines), '2026-11', names).totalMonths, months));
      whole += Number(within(analyzeStructure([{ ...doc.lines[0]!, text: joined(doc.lines) }], '2026-11', names).totalMonths, months));
    }
    console.log(`flattened livecareer sample: ${dated} with months as written; within 6 when flattened: blocks ${blocks}, whole ${whole}`);
    expect(dated).toBeGreaterThanOrEqual(100);
    expect(blocks / dated).toBeGreaterThanOrEqual(MIN_BLOCKS);
    expect(whole / dated).toBeGreaterThanOrEqual(MIN_WHOLE);
  }, 90_000);
});
