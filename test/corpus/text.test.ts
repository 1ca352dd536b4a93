import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { extractDocument, ExtractError, type ExtractOptions } from '../../src/extract/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import type { ErrorCode } from '../../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const corpus = path.join(shared, 'corpus/resumes');
const present = existsSync(path.join(shared, 'corpus'));
if (!present) console.log(`corpus tests skipped: ${path.join(shared, 'corpus')} is absent`);

const options: ExtractOptions = { maxBytes: 20 * 1024 * 1024, timeoutMs: 20_000 };
/** Share of gold phrases kept intact, rounded down from what was measured (0.973). */
const minPhraseShare = 0.97;

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

type Outcome = { lines: number; warnings: string[] } | { code: ErrorCode };

/** Extracts one file while spying on every way of printing; returns what came out. */
async function read(file: string): Promise<{ outcome: Outcome; printed: number }> {
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
    ...(['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined)),
  ];
  try {
    const doc = normalizeDocument(await extractDocument(file, options));
    return { outcome: { lines: doc.lines.length, warnings: doc.warnings.map((w) => w.code) }, printed: spies.reduce((n, s) => n + s.mock.calls.length, 0) };
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    return { outcome: { code: err.code }, printed: spies.reduce((n, s) => n + s.mock.calls.length, 0) };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe.skipIf(!present)('text extraction over the corpus', () => {
  it('keeps the gold phrases intact', async () => {
    const goldDir = path.join(shared, 'gold/resumes');
    let hit = 0;
    let total = 0;
    const rows: string[] = [];
    for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
      const gold = parse(readFileSync(path.join(goldDir, g), 'utf8')) as { file: string; phrases?: string[] };
      const doc = normalizeDocument(await extractDocument(path.join(corpus, gold.file), options));
      const text = fold(doc.lines.map((l) => l.text).join('\n'));
      const phrases = gold.phrases ?? [];
      const miss = phrases.filter((p) => !text.includes(fold(p).trim()));
      hit += phrases.length - miss.length;
      total += phrases.length;
      rows.push(`${gold.file.padEnd(58)} ${phrases.length - miss.length}/${phrases.length}${miss.length > 0 ? ` miss ${JSON.stringify(miss.slice(0, 2))}` : ''}`);
    }
    console.log(`${rows.join('\n')}\nphrases intact: ${hit}/${total} = ${(hit / total).toFixed(3)}`);
    expect(hit / total).toBeGreaterThanOrEqual(minPhraseShare);
  });

  const files = present
    ? ['pdf', 'docx', 'other'].flatMap((d) => readdirSync(path.join(corpus, d)).sort().map((f) => path.join(d, f)))
    : [];

  it.each(files)('%s yields lines or a coded error, in time, printing nothing', async (rel) => {
    const t0 = Date.now();
    const { outcome, printed } = await read(path.join(corpus, rel));
    expect(Date.now() - t0).toBeLessThan(options.timeoutMs + 1000);
    expect(printed).toBe(0);
    if ('lines' in outcome) expect(outcome.lines).toBeGreaterThan(0);
    else expect(outcome.code).toMatch(/^[A-Z_]+$/);
  });

  const expected: [string, ErrorCode][] = [
    ['other/scanned_rule_Aparna_j_Resume_canva.pdf', 'NO_TEXT'],
    ['other/scanned_rule_Jennifer_Resume.pdf', 'NO_TEXT'],
    ['other/scanned_rule_Sam_Resume_photoshop.pdf', 'NO_TEXT'],
    ['other/corrupt_rule_test_empty.pdf', 'EMPTY'],
    ['other/corrupt_word_owner_lockfile_jasonadsit.docx', 'UNREADABLE'],
    ['other/perminder_legacy_word97.doc', 'UNSUPPORTED'],
  ];
  it.each(expected)('%s fails with %s', async (rel, code) => {
    const { outcome } = await read(path.join(corpus, rel));
    expect(outcome).toEqual({ code });
  });

  it.each([
    'pdf/jasonadsit_pdfmaker_hidden_keywords.pdf',
    'docx/jasonadsit_strict_ooxml_hidden_header_keywords.docx',
    'other/jasonadsit_word_saved.odt',
    'other/jasonadsit_word_saved.rtf',
  ])('%s carries HIDDEN_TEXT and keeps the keywords out of its lines', async (rel) => {
    const doc = normalizeDocument(await extractDocument(path.join(corpus, rel), options));
    expect(doc.warnings.map((w) => w.code)).toContain('HIDDEN_TEXT');
    expect(doc.hidden.length).toBeGreaterThan(0);
    expect(doc.lines.some((l) => /CipherScruples/.test(l.text))).toBe(false);
  });
});
