import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../src/extract/pdf/group-items-into-lines.js';
import type { PageText } from '../../src/extract/types.js';
import { readPdfiumPages } from '../../src/extract/pdf/pdfium/pdfium.js';
import { readPlainPdfPages } from '../../src/extract/pdf/plain/read-plain-pdf.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resumes = path.resolve(repoRoot, '../shared/corpus/resumes');
const present = existsSync(resumes);
if (!present) console.log(`PDF reader corpus tests skipped: ${resumes} is absent`);

/** Files the plain reader must read itself (69 of 70 readable ones when this was written): the fast path is the point. */
const minPlainShare = 0.95;
/** Files whose laid-out text matches PDFium's exactly (64 of 70 when written; the rest differ where PDFium drops or garbles text). */
const minSameShare = 0.9;

const textOf = (pages: PageText[]): string => pages.map((p) => layoutPage(p.items).lines.map((l) => l.text).join('\n')).join('\n\f');

describe.skipIf(!present)('the plain PDF reader on the corpus', () => {
  it('reads nearly every corpus PDF itself, and lays most out exactly as PDFium does', async () => {
    const files = ['pdf', 'other'].flatMap((dir) => (present ? readdirSync(path.join(resumes, dir)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f)) : [])).sort();
    const rows: string[] = [];
    let plain = 0;
    let same = 0;
    let readable = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(resumes, file));
      let pdfium: string;
      try {
        pdfium = textOf((await readPdfiumPages(bytes, new AbortController().signal)).pages);
      } catch {
        continue; // Damaged on purpose: neither engine reads it.
      }
      readable++;
      let ours: string | undefined;
      try {
        ours = textOf(readPlainPdfPages(bytes).pages);
        plain++;
      } catch (error) {
        rows.push(`${file}: left to PDFium (${(error as Error).message})`);
        continue;
      }
      if (ours === pdfium) same++;
      else rows.push(`${file}: laid out differently from PDFium`);
    }
    console.log(`plain reader: ${plain}/${readable} read, ${same} laid out as PDFium\n${rows.join('\n')}`);
    expect(readable).toBeGreaterThan(60);
    expect(plain / readable).toBeGreaterThanOrEqual(minPlainShare);
    expect(same / readable).toBeGreaterThanOrEqual(minSameShare);
  }, 120_000);
});
