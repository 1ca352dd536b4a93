/**
 * mammoth as an oracle for the DOCX reader: it reads body text, tables and text boxes well
 * (it ignores headers, footers and hidden text, so it is checked one way only). Every word
 * mammoth finds must be in what jobfit read, visible or hidden.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { readDocument } from '../../src/read-document.js';
import { fixture, hasShared, sharedDir, skipLine } from '../helpers/cli.js';

const config = { ...DEFAULT_CONFIG, asOf: '2026-11' };
const words = (text: string): string[] => text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/** mammoth's words that jobfit's reading lacks, or null when mammoth cannot open the file. */
async function missedWords(file: string): Promise<{ missed: string[]; total: number } | null> {
  let theirs: string[];
  try {
    theirs = words((await mammoth.extractRawText({ buffer: readFileSync(file) })).value);
  } catch {
    return null;
  }
  const read = await readDocument(file, config);
  if (!read.ok) throw new Error(`${file}: ${read.error.code} ${read.error.message}`);
  const ours = new Set(words([...read.doc.lines, ...read.doc.hidden].map((l) => l.text).join('\n')));
  return { missed: theirs.filter((w) => !ours.has(w)), total: theirs.length };
}

describe('the DOCX reader against mammoth (fixtures)', () => {
  it.each(['resumes/rafael_quintero.docx', 'resumes/tomasz_wielgosz.docx'])('%s: every word mammoth reads', async (rel) => {
    const result = await missedWords(fixture(rel));
    expect(result?.total).toBeGreaterThan(50);
    expect(result?.missed).toEqual([]);
  });
});

if (!hasShared) skipLine('DOCX reader against mammoth on corpus files');

describe.skipIf(!hasShared)('the DOCX reader against mammoth (corpus)', () => {
  it('reads every word mammoth reads, but in PDF→DOCX conversions, whose glued words jobfit repairs', async () => {
    const dir = path.join(sharedDir, 'corpus/resumes/docx');
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
    const short: string[] = [];
    let compared = 0;
    for (const f of files) {
      const result = await missedWords(path.join(dir, f));
      if (result === null) continue;
      compared++;
      // pdf2docx output glues words ("anddesign") and leaves (cid:N) artifacts that normalization repairs.
      const floor = f.includes('pdf2docx') ? 0.7 : 1;
      if (1 - result.missed.length / Math.max(1, result.total) < floor) short.push(`${f}: ${[...new Set(result.missed)].slice(0, 6).join(' ')}`);
    }
    console.log(`DOCX vs mammoth: ${compared} corpus files compared, ${short.length} short`);
    expect(compared).toBeGreaterThan(20);
    expect(short).toEqual([]);
  });
});
