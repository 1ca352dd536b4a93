/**
 * Every warning, error and suggestion is worded in src/messages.ts from a key or code and its
 * arguments; stages raise data. These tests pin the wording rules, that every key and code has
 * a wording, and that no other module writes prose of its own for a coded problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractError } from '../../src/extract/errors.js';
import {
  ERROR_KEYS,
  USAGE_KEYS,
  type Warning,
  adviceMessage,
  diagnostic,
  errorArity,
  errorCode,
  errorMessage,
  inputError,
  problemLine,
  suggestionsOf,
  systemReason,
  toDiagnostics,
  usageMessage,
  warningMessage,
} from '../../src/messages.js';
import { ConfigError, UsageError, configError, usageError } from '../../src/errors.js';
import type { Advice, CandidateReport, ErrorCode, WarningCode } from '../../src/types.js';
import { repoRoot } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const ERROR_CODES: ErrorCode[] = ['NOT_FOUND', 'UNSUPPORTED', 'UNREADABLE', 'ENCRYPTED', 'NO_TEXT', 'EMPTY', 'TOO_LARGE', 'TIMEOUT'];

/** One warning of every code the readers and trust checks raise, with arguments to see in the wording. */
const WARNINGS: Warning[] = [
  { code: 'HIDDEN_TEXT', parts: [{ words: 7, why: 'white text' }] },
  { code: 'LOW_TEXT', chars: 83, pages: 2 },
  { code: 'MULTI_COLUMN', pages: [1, 3] },
  { code: 'OCR_USED', pages: 4 },
  { code: 'TRUNCATED', cuts: [{ limit: 'maxPages', value: 99 }] },
  { code: 'KEYWORD_STUFFING', reason: 'skills-block', skillsWords: 312, totalWords: 400 },
  { code: 'KEYWORD_STUFFING', reason: 'listed-only', listed: 41, total: 52 },
  { code: 'KEYWORD_STUFFING', reason: 'repeated-in-line', skill: 'Kotlin', count: 6, line: 17 },
  { code: 'KEYWORD_STUFFING', reason: 'over-mentioned', skill: 'Kotlin', mentions: 23, typical: 3 },
  { code: 'NOT_A_RESUME', looksLike: 'cover letter', cues: ['Dear hiring manager'] },
  { code: 'PLACEHOLDER', cues: ['lorem ipsum'] },
  { code: 'LANGUAGE', detected: 'deu', expected: 'eng' },
  { code: 'DUPLICATE_OF', keep: 'cv-original.pdf' },
  { code: 'NOT_A_POSTING', positions: 5, sections: ['experience'] },
];

/** One piece of advice of every code. */
const ADVICE: Advice[] = [
  { code: 'REQUIRED_MISSING', args: { anyOf: ['Go', 'Rust'], line: 14 } },
  { code: 'ONLY_LISTED', args: { skill: 'Terraform' } },
  { code: 'NAME_IT', args: { asked: 'PostgreSQL', shown: 'SQL' } },
  { code: 'YEARS_SHORT', args: { minYears: 5, months: 39 } },
  { code: 'NO_DATED_POSITIONS', args: {} },
  { code: 'CLAIMED_NOT_SHOWN', args: { skills: ['Docker', 'Helm'] } },
];

/** Sample arguments for an error key's wording, chosen to show up in the text. */
const SAMPLE_ARGS = { reason: 'EACCES', ext: 'docx', kind: 'spreadsheet', page: 7, size: 12 * 1048576, max: 4242, ms: 20_000 };

describe('errors', () => {
  it('every key has a code and a one-line wording; keys with arguments interpolate them', () => {
    for (const key of ERROR_KEYS) {
      expect(ERROR_CODES).toContain(errorCode(key));
      const text = (errorMessage as (k: string, a?: object) => string)(key, errorArity(key) ? SAMPLE_ARGS : undefined);
      expect(text, key).toMatch(/\S/);
      expect(text, key).not.toMatch(/\n|undefined|\[object/);
    }
    expect(errorMessage('corrupt-pdf-page', { page: 7 })).toBe('page 7 is corrupt; re-export it from the original');
    expect(errorMessage('not-valid-file', { ext: 'odt' })).toContain('.odt');
    expect(errorMessage('ocr-failed', { reason: 'worker died' })).toBe('no text layer, and OCR failed: worker died');
  });

  it('every error code is reachable from some key', () => {
    expect(new Set(ERROR_KEYS.map(errorCode))).toEqual(new Set(ERROR_CODES));
  });

  it('an InputError carries the key’s code and wording', () => {
    expect(inputError('cv.pdf', 'worker-over-time-cap', { ms: 20_000 })).toEqual({ source: 'cv.pdf', code: 'TIMEOUT', message: 'parsing took longer than 20 s; raise limits.timeoutMs or check the file' });
    expect(inputError('jobs/', 'cannot-list-folder', { reason: 'EACCES' })).toEqual({ source: 'jobs/', code: 'UNREADABLE', message: 'cannot list folder (EACCES)' });
    expect(problemLine('cv.pdf', { code: 'NO_TEXT', message: errorMessage('no-text-layer') })).toBe('cv.pdf: NO_TEXT — no text layer (scanned image?); try --ocr');
  });

  it('an ExtractError keeps its key and arguments, and the cause after them', () => {
    const cause = new Error('inner');
    const withArgs = extractError('corrupt-pdf-page', { page: 3 }, cause);
    expect([withArgs.key, withArgs.args, withArgs.code, withArgs.message, withArgs.cause]).toEqual(['corrupt-pdf-page', { page: 3 }, 'UNREADABLE', 'page 3 is corrupt; re-export it from the original', cause]);
    const without = extractError('corrupt-zip', cause);
    expect([without.code, without.args, without.cause]).toEqual(['UNREADABLE', undefined, cause]);
    expect(extractError('empty-file').cause).toBeUndefined();
  });

  it('names no flag that does not exist', () => {
    for (const key of ERROR_KEYS) expect((errorMessage as (k: string, a?: object) => string)(key, SAMPLE_ARGS)).not.toMatch(/--max-bytes|--timeout/);
  });
});

describe('usage and configuration errors', () => {
  const args = { what: 'settings file', path: 'x.yaml', reason: 'ENOENT', file: 'job.yaml', line: 4, value: '9/4', source: 'cv.pdf', example: 'out/report.html', error: { source: 'cv.pdf', code: 'NO_TEXT' as const, message: 'no text layer (scanned image?); try --ocr' } };

  it('every key has a one-line wording, its arguments interpolated, and a hint where it has one', () => {
    for (const key of USAGE_KEYS) {
      const { message, hint } = (usageMessage as (k: string, a: object) => { message: string; hint?: string })(key, args);
      expect(message, key).toMatch(/\S/);
      expect(`${message}${hint ?? ''}`, key).not.toMatch(/\n|undefined|\[object/);
    }
    expect(usageMessage('unreadable-resume', { error: args.error })).toEqual({ message: 'cv.pdf: NO_TEXT — no text layer (scanned image?); try --ocr', hint: 'the resume must be readable' });
    expect(usageMessage('cannot-read', { path: 'a.jsonl', reason: 'ENOENT' }).message).toBe('cannot read a.jsonl (ENOENT)');
    expect(usageMessage('cannot-read', { what: 'job profile', path: 'a.yaml', reason: 'EACCES' }).message).toBe('cannot read job profile a.yaml (EACCES)');
    expect(usageMessage('output-is-folder', { path: 'out/', example: 'out/report.html' })).toEqual({ message: '-o out/: is a folder; -o takes a file path', hint: 'e.g. -o out/report.html' });
  });

  it('usageError and configError carry the wording, the hint and the cause', () => {
    const cause = new Error('EACCES');
    const e = usageError('cannot-write', { path: 'r.html', reason: systemReason('EACCES')! }, { cause });
    expect(e).toBeInstanceOf(UsageError);
    expect([e.message, e.hint, e.cause]).toEqual(['-o r.html: cannot write the report (permission denied)', 'give -o a file path in a folder you can write to', cause]);
    const c = configError('invalid-yaml', { file: 'jobfit.yaml', line: 3, reason: 'bad indentation' });
    expect(c).toBeInstanceOf(ConfigError);
    expect(c.message).toBe('jobfit.yaml:3: invalid YAML: bad indentation');
    expect(systemReason('EXDEV')).toBeUndefined();
  });
});

describe('warnings', () => {
  it('every code the readers and trust checks raise is worded, with its arguments', () => {
    const worded = WARNINGS.map(warningMessage);
    for (const text of worded) expect(text).toMatch(/\S/);
    const all = worded.join('\n');
    for (const figure of ['7 words', '83 characters', 'page 1, 3', '4 scanned', 'limits.maxPages: 99', '78%', '41 of 52', 'line 17', '23 times', 'cover letter', 'lorem ipsum', 'German', 'cv-original.pdf', '5 dated positions']) {
      expect(all).toContain(figure);
    }
    const codes: WarningCode[] = ['HIDDEN_TEXT', 'LOW_TEXT', 'MULTI_COLUMN', 'OCR_USED', 'TRUNCATED', 'KEYWORD_STUFFING', 'NOT_A_RESUME', 'PLACEHOLDER', 'LANGUAGE', 'DUPLICATE_OF', 'NOT_A_POSTING'];
    expect(new Set(WARNINGS.map((w) => w.code))).toEqual(new Set(codes));
  });

  it('that share a code become one line, in the order found', () => {
    const lines = toDiagnostics([
      { code: 'KEYWORD_STUFFING', reason: 'listed-only', listed: 40, total: 50 },
      { code: 'PLACEHOLDER', cues: ['lorem ipsum'] },
      { code: 'KEYWORD_STUFFING', reason: 'repeated-in-line', skill: 'Java', count: 6, line: 9 },
    ]);
    expect(lines.map((l) => l.code)).toEqual(['KEYWORD_STUFFING', 'PLACEHOLDER']);
    expect(lines[0]!.message).toBe('40 of 50 skills are only listed, never shown in a position; "Java" is named 6 times on line 9');
  });

  it('LOW_TEXT says "some pages may be images" only for several pages', () => {
    expect(diagnostic({ code: 'LOW_TEXT', chars: 80, pages: 1 }).message).toBe('only 80 characters of text');
    expect(diagnostic({ code: 'LOW_TEXT', chars: 80, pages: 3 }).message).toBe('only 80 characters of text over 3 pages; some pages may be images');
  });

  it('TRUNCATED names each limit once, and a limit met inside a page by its error', () => {
    const text = warningMessage({ code: 'TRUNCATED', cuts: [{ limit: 'maxChars', value: 500 }, { nestedAt: 2 }, { error: 'stream-inflates-past-cap', args: { max: 1000 } }] });
    expect(text).toBe('read up to a limit (limits.maxChars: 500; page 2: content nested too deep; a stream inflates past limits.maxInflatedBytes: 1000 bytes); the rest was skipped');
  });
});

describe('HIDDEN_TEXT', () => {
  it('is worded one way for every reader: words, the place when the reader knows it, why', () => {
    const pdf = diagnostic({ code: 'HIDDEN_TEXT', parts: [{ words: 12, why: 'white text' }, { words: 3, why: 'off-page text' }] });
    const docx = diagnostic({ code: 'HIDDEN_TEXT', parts: [{ words: 4, where: 'header', why: 'tiny text' }, { words: 2, where: 'textbox', why: 'hidden formatting' }] });
    const rtf = diagnostic({ code: 'HIDDEN_TEXT', parts: [{ words: 5, where: 'body', why: 'white, tiny or hidden text' }, { words: 1, where: 'footer', why: 'white, tiny or hidden text' }] });
    expect(pdf).toEqual({ code: 'HIDDEN_TEXT', message: '12 words hidden (white text); 3 words hidden (off-page text)' });
    expect(docx.message).toBe('4 words hidden in page header (tiny text); 2 words hidden in a text box (hidden formatting)');
    expect(rtf.message).toBe('5 words hidden in body (white, tiny or hidden text); 1 words hidden in page footer (white, tiny or hidden text)');
  });
});

describe('advice', () => {
  it('every code is worded, with its arguments', () => {
    const worded = ADVICE.map(adviceMessage);
    expect(worded).toEqual([
      'Required but not found: Go or Rust. If you have it, name it in a position where you used it (posting line 14).',
      'Terraform is only listed; show it in a position or project with what you built.',
      'PostgreSQL is asked for; you show SQL. Name PostgreSQL explicitly if you have used it.',
      'The posting asks for 5+ years; the dated positions add up to 3.3.',
      'No dated positions were found; write dates as "Jan 2020 – Present" so experience can be counted.',
      'Claimed but never shown in a position or project: Docker, Helm.',
    ]);
    expect(adviceMessage({ code: 'REQUIRED_MISSING', args: { anyOf: ['Go'], line: null } })).toContain('(posting line ?)');
    const many = Array.from({ length: 10 }, (_, i) => `S${i}`);
    expect(adviceMessage({ code: 'CLAIMED_NOT_SHOWN', args: { skills: many } })).toMatch(/S7 and 2 more\.$/);
  });

  it('validates against the score schema, and advice that breaks it does not', () => {
    const candidate = { source: 'a.pdf', name: null, rank: 1, score: 50, summary: { requiredMet: 0, requiredTotal: 1, preferredMet: 0, preferredTotal: 0, years: null, minYears: null }, requirements: [], warnings: [] };
    const report = (advice: unknown[]) => ({ schemaVersion: 1, job: { source: 'job.txt', title: null, requirements: [], minYears: null }, candidates: [{ ...candidate, suggestions: [], advice }], errors: [] });
    const own = (r: ReturnType<typeof report>) => schemaErrors('score', r).filter((e) => e.includes('/advice'));
    expect(own(report(ADVICE))).toEqual([]);
    expect(own(report([{ code: 'ONLY_LISTED', args: { skil: 'typo' } }]))).not.toEqual([]);
    expect(own(report([{ code: 'NO_SUCH_ADVICE', args: {} }]))).not.toEqual([]);
    expect(own(report([{ code: 'YEARS_SHORT' }]))).not.toEqual([]);
  });

  it('renderers word the advice; a report without it (older JSONL) keeps its sentences', () => {
    const base = { source: 'a', name: null, rank: 1, score: 50, summary: { requiredMet: 0, requiredTotal: 0, preferredMet: 0, preferredTotal: 0, years: null, minYears: null }, requirements: [], warnings: [] } satisfies CandidateReport;
    expect(suggestionsOf({ ...base, suggestions: ['old'], advice: [{ code: 'ONLY_LISTED', args: { skill: 'Go' } }] })).toEqual(['Go is only listed; show it in a position or project with what you built.']);
    expect(suggestionsOf({ ...base, suggestions: ['old'] })).toEqual(['old']);
  });
});

describe('no other module words a coded problem', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const others = files(path.join(repoRoot, 'src')).filter((f) => path.basename(f) !== 'messages.ts');

  it('no Diagnostic or InputError is written as a literal with prose, and no error is raised by code and sentence', () => {
    const offenders = others.filter((f) => /code: '[A-Z_]+', message:|extractError\('[A-Z_]+'|new ExtractError\('[A-Z_]+'|new UsageError\(/.test(readFileSync(f, 'utf8')) && !f.endsWith('errors.ts'));
    expect(offenders).toEqual([]);
  });

  it('the hint prose of errors, warnings and advice lives only in messages.ts', () => {
    const hints = [/words hidden/, /re-export/, /save as (?:PDF|\.docx)/, /try --ocr/, /raise (?:the time cap|the size cap|limits\.)/, /characters of text/, /read as separate blocks/, /only listed; show it/, /Required but not found/, /Claimed but never shown/, /skills may be missed/, /one candidate, not two/, /skipped — not a/, /invalid YAML/, /must be readable/, /no (?:resumes|postings) found/, /cannot write the report/, /--shard takes/, /expected YYYY-MM/, /permission denied/];
    const offenders = others.flatMap((f) => {
      // Comments may say what a message says; code may not.
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      return hints.filter((h) => h.test(text)).map((h) => `${path.relative(repoRoot, f)}: ${h.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
