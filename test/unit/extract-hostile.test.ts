import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { extractBuffer } from '../../src/extract/index.js';
import { layoutPage } from '../../src/extract/pdf/group-items-into-lines.js';
import { readPdfiumPages } from '../../src/extract/pdf/pdfium/pdfium.js';
import { visualToLogical } from '../../src/extract/pdf/visual-to-logical.js';
import * as hostile from '../fuzz/hostile-files.js';

const options = { maxBytes: 10_000_000, timeoutMs: 10_000 };
const backwards = (s: string): string => [...s].reverse().join('');
const texts = async (bytes: Uint8Array, extra: object = {}): Promise<string[]> => (await extractBuffer(bytes, 'cv.pdf', { ...options, ...extra })).lines.map((l) => l.text);

describe('right-to-left text', () => {
  it.each([
    ['a Hebrew line', backwards('שלום עולם'), 'שלום עולם'],
    ['a Hebrew word in a Latin line', `Python ${backwards('מפתח')} 2020`, 'Python מפתח 2020'],
    ['a number in a Hebrew line', `${backwards('שנים')} 5 ${backwards('ניסיון')}`, 'ניסיון 5 שנים'],
    ['a Latin word in a Hebrew line', `${backwards('בכיר')} Python ${backwards('מפתח')}`, 'מפתח Python בכיר'],
    ['an Arabic line', backwards('مهندس برمجيات'), 'مهندس برمجيات'],
    ['a line with no right-to-left letter', 'Senior Python engineer', 'Senior Python engineer'],
  ])('reads %s in logical order', (_, visual, logical) => {
    expect(visualToLogical(visual)).toBe(logical);
  });

  it('reads a PDF line drawn in visual order in reading order', async () => {
    expect(await texts(hostile.rightToLeftPdf('מפתח Python בכיר 2020'))).toContain('מפתח Python בכיר 2020');
  });
});

describe('hostile and unusual PDFs, read in this thread', () => {
  it('reads rotated text at 90°, 180°, 270° and 30° as the upright page reads', async () => {
    const upright = await texts(hostile.rotatedPdf([0]));
    expect(upright).toEqual(['Kubernetes Python', 'Terraform PostgreSQL']);
    for (const degrees of [90, 180, 270, 30]) expect(await texts(hostile.rotatedPdf([degrees])), `${degrees}°`).toEqual(upright);
  });

  it('reads rotated text in its own frame in PDFium too (files the plain reader leaves)', async () => {
    for (const degrees of [90, 180, 270, 30]) {
      const { pages } = await readPdfiumPages(hostile.rotatedPdf([degrees]), new AbortController().signal);
      const lines = (pages[0]!.turned ?? []).flatMap((block) => layoutPage(block.items).lines.map((l) => l.text));
      expect(lines, `${degrees}°`).toEqual(['Kubernetes Python', 'Terraform PostgreSQL']);
    }
  });

  it('sets rotated text off the page apart as hidden', async () => {
    const doc = await extractBuffer(hostile.rotatedPdf([90], { offPage: true }), 'cv.pdf', options);
    expect(doc.hidden.map((l) => l.text)).toEqual(['Kubernetes Python', 'Terraform PostgreSQL']);
    expect(doc.warnings.find((w) => w.code === 'HIDDEN_TEXT')?.message).toMatch(/4 words hidden \(off-page text\)/);
  });

  it('reads a file whose every word is under 3 pt (a scaling no reader sees), not NO_TEXT', async () => {
    const doc = await extractBuffer(hostile.allTinyPdf(), 'cv.pdf', options);
    expect(doc.lines.map((l) => l.text)).toContain(hostile.GOOD_WORDS);
    expect(doc.warnings.map((w) => w.code)).not.toContain('HIDDEN_TEXT');
  });

  it('keeps what it read before limits.maxChars, with TRUNCATED', async () => {
    const doc = await extractBuffer(hostile.manyOperatorsPdf(5_000), 'cv.pdf', { ...options, maxChars: 1_000 });
    expect(doc.lines[0]?.text).toBe(hostile.GOOD_WORDS);
    expect(doc.warnings.map((w) => w.code)).toContain('TRUNCATED');
  });

  it('stops reading at the time limit even inside one content stream', async () => {
    const err = await extractBuffer(hostile.manyOperatorsPdf(2_000_000), 'cv.pdf', { ...options, timeoutMs: 50, maxChars: 10_000_000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TIMEOUT' });
  });

  it('reads a page tree with a cycle, one 20,000 levels deep, and xref entries past the end', async () => {
    for (const bytes of [hostile.pageTreeCyclePdf(), hostile.deepPageTreePdf(), hostile.xrefPastEndPdf()]) expect(await texts(bytes)).toEqual([hostile.GOOD_WORDS]);
  });

  it('reads the good page of a file with a deflate bomb, with TRUNCATED', async () => {
    const doc = await extractBuffer(hostile.inflateBombPdf(), 'cv.pdf', options);
    expect(doc.lines.map((l) => l.text)).toEqual([hostile.GOOD_WORDS]);
    expect(doc.warnings.find((w) => w.code === 'TRUNCATED')?.message).toMatch(/maxInflatedBytes/);
  });
});

describe('hostile Office files', () => {
  it('reports a password-protected DOCX (an OLE compound file) as ENCRYPTED', async () => {
    await expect(extractBuffer(hostile.encryptedDocx(), 'cv.docx', options)).rejects.toMatchObject({ code: 'ENCRYPTED' });
  });

  it('stops a part whose zip headers understate its size once it inflates past limits.maxInflatedBytes', async () => {
    await expect(extractBuffer(await hostile.lyingZipDocx(3 << 20), 'cv.docx', { ...options, maxInflatedBytes: 1 << 20 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('keeps the paragraphs before limits.maxParagraphs, with TRUNCATED', async () => {
    const doc = await extractBuffer(await hostile.emptyParagraphsDocx(1_000), 'cv.docx', { ...options, maxParagraphs: 10 });
    expect(doc.lines.map((l) => l.text)).toEqual([hostile.GOOD_WORDS]);
    expect(doc.warnings.find((w) => w.code === 'TRUNCATED')?.message).toMatch(/maxParagraphs: 10/);
  });
});

describe('engine output', () => {
  it('keeps what engines print (console, process warnings) off stderr', () => {
    const script = "import { keepEngineOutputOffStderr, engineOutput } from './dist/extract/engine-console.js'; keepEngineOutputOffStderr(); console.error('Aborted(Cannot enlarge memory)'); console.log('Warning: TT: undefined function'); process.emitWarning('deprecated'); setTimeout(() => process.stdout.write(String(engineOutput().length)), 10);";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('3');
  });
});
