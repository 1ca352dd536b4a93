import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument, ExtractError, type ExtractOptions } from '../../src/extract/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scans = path.resolve(repoRoot, '../shared/corpus/resumes/other');
const require = createRequire(import.meta.url);

function ocrInstalled(): boolean {
  try {
    require.resolve('tesseract.js');
    require.resolve('@tesseract.js-data/eng/package.json');
    return true;
  } catch {
    return false;
  }
}

const corpusPresent = existsSync(scans);
const installed = ocrInstalled();
if (!corpusPresent) console.log(`OCR corpus tests skipped: ${scans} is absent`);
else if (!installed) console.log('OCR corpus tests skipped: tesseract.js or @tesseract.js-data/eng is not installed');

const options: ExtractOptions = { maxBytes: 20 * 1024 * 1024, timeoutMs: 20_000, ocr: true };

/** Each scan, with words a reader sees on it; the low-resolution one is read poorly. */
const cases = [
  { file: 'scanned_rule_Sam_Resume_photoshop.pdf', words: ['experience', 'education', 'skills', 'berger paints'] },
  { file: 'scanned_rule_Aparna_j_Resume_canva.pdf', words: ['summary', 'artificial intelligence', 'python', 'certifications'] },
  { file: 'scanned_rule_Jennifer_Resume.pdf', words: ['jennifer melon', 'experience', 'education'] },
];

describe.skipIf(!corpusPresent || !installed)('OCR of scanned resumes (--ocr)', () => {
  it.each(cases)('reads $file by OCR, or fails with a coded error', async ({ file, words }) => {
    const started = Date.now();
    try {
      const doc = await extractDocument(path.join(scans, file), options);
      const text = doc.lines.map((l) => l.text).join('\n').toLowerCase();
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      console.log(`${file}: ${Date.now() - started} ms, ${doc.lines.length} lines, ${letters} letters`);
      expect(doc.warnings.map((w) => w.code)).toContain('OCR_USED');
      expect(doc.lines.every((l) => l.page === 1)).toBe(true);
      expect(letters).toBeGreaterThanOrEqual(200);
      for (const w of words) expect(text).toContain(w);
    } catch (err) {
      console.log(`${file}: ${Date.now() - started} ms, ${err instanceof ExtractError ? err.code : 'uncoded error'}`);
      if (!(err instanceof ExtractError)) throw err;
      expect(['NO_TEXT', 'TIMEOUT']).toContain(err.code);
    }
  });

  it('gives TIMEOUT, not a hang, when OCR outlasts the time cap', async () => {
    const err = await extractDocument(path.join(scans, cases[0]!.file), { ...options, timeoutMs: 1500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('TIMEOUT');
  });
});
