/**
 * Every warning, error and suggestion jobfit writes, worded here and only here from a key or
 * code and its arguments (publint's `formatMessage` is the model). Stages raise data — an
 * error key with its arguments, a `Warning`, an `Advice` — and this module turns it into the
 * one line a person reads, so a message is changed, checked or made consistent in one place.
 * It imports nothing but types: every layer may use it (see ARCHITECTURE.md).
 */
import type { Advice, CandidateReport, Diagnostic, ErrorCode, InputError, Limits, PostingResult, WarningCode } from './types.js';

const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);

// ── Errors: why a file could not be read ────────────────────────────────────

/** Each error key: the code it is reported under, and its wording (what failed; what to do). */
const ERRORS = {
  // The file itself
  'not-found': { code: 'NOT_FOUND', text: () => 'file not found; check the path' },
  'no-such-path': { code: 'NOT_FOUND', text: () => 'no such file or folder' },
  'permission-denied': { code: 'NOT_FOUND', text: () => 'permission denied' },
  'not-a-file': { code: 'UNSUPPORTED', text: () => 'not a regular file' },
  'cannot-read-file': { code: 'UNREADABLE', text: () => 'cannot read the file; check its permissions' },
  'cannot-list-folder': { code: 'UNREADABLE', text: (a: { reason: string }) => `cannot list folder (${a.reason})` },
  'empty-file': { code: 'EMPTY', text: () => 'empty file (0 bytes)' },
  'no-text': { code: 'EMPTY', text: () => 'no text in the document' },
  'over-size-cap': { code: 'TOO_LARGE', text: (a: { size: number; max: number }) => `${mb(a.size)} is over the ${mb(a.max)} cap; raise the size cap or shrink the file` },
  // Its format
  'legacy-doc': { code: 'UNSUPPORTED', text: () => 'legacy .doc is not supported; save as .docx or PDF' },
  'unknown-binary': { code: 'UNSUPPORTED', text: () => 'binary file of unknown format; save as PDF, DOCX or plain text' },
  'not-a-text-document': { code: 'UNSUPPORTED', text: (a: { kind: string }) => `OpenDocument ${a.kind} is not a text document; save as PDF or DOCX` },
  'zip-not-a-document': { code: 'UNSUPPORTED', text: () => 'zip archive that is not a DOCX or ODT document; save as PDF or DOCX' },
  'office-not-word': { code: 'UNSUPPORTED', text: () => 'an Office package that is not a Word document; save as PDF or DOCX' },
  'not-valid-file': { code: 'UNREADABLE', text: (a: { ext: string }) => `not a valid .${a.ext} file (corrupt, or a lock/temporary file); re-export it` },
  'not-valid-rtf': { code: 'UNREADABLE', text: () => 'not a valid .rtf file; re-export it' },
  encrypted: { code: 'ENCRYPTED', text: () => 'password-protected; save an unprotected copy' },
  // Damage found while reading
  'corrupt-content': { code: 'UNREADABLE', text: () => 'corrupt or unexpected content; re-export it from the original' },
  'corrupt-zip': { code: 'UNREADABLE', text: () => 'corrupt or truncated zip package; re-export it' },
  'corrupt-odt-content': { code: 'UNREADABLE', text: () => 'corrupt content.xml; re-export it' },
  'no-odt-content': { code: 'UNREADABLE', text: () => 'no content.xml in the package; re-export it' },
  'corrupt-docx-part': { code: 'UNREADABLE', text: () => 'corrupt document part; re-export it' },
  'no-docx-main-part': { code: 'UNREADABLE', text: () => 'no main document part in the package; re-export it' },
  'corrupt-pdf': { code: 'UNREADABLE', text: () => 'corrupt or not a PDF; re-export it from the original' },
  'corrupt-pdf-page': { code: 'UNREADABLE', text: (a: { page: number }) => `page ${a.page} is corrupt; re-export it from the original` },
  'could-not-read': { code: 'UNREADABLE', text: (a: { reason: string }) => `could not be read (${a.reason})` },
  'could-not-process': { code: 'UNREADABLE', text: (a: { reason: string }) => `could not be processed (${a.reason})` },
  // No text to read
  'no-text-layer': { code: 'NO_TEXT', text: () => 'no text layer (scanned image?); try --ocr' },
  'ocr-cannot-open': { code: 'NO_TEXT', text: (a: { reason: string }) => `no text layer, and the file could not be opened for OCR (${a.reason})` },
  'ocr-found-nothing': { code: 'NO_TEXT', text: () => 'no text layer, and OCR found no text' },
  'ocr-failed': { code: 'NO_TEXT', text: (a: { reason: string }) => `no text layer, and OCR failed: ${a.reason}` },
  'ocr-cannot-render': { code: 'NO_TEXT', text: (a: { reason: string }) => `no text layer, and the page could not be rendered for OCR (${a.reason})` },
  'ocr-not-installed': { code: 'NO_TEXT', text: () => 'no text layer, and OCR is not installed (npm install tesseract.js @tesseract.js-data/eng)' },
  'ocr-cannot-start': { code: 'NO_TEXT', text: (a: { reason: string }) => `no text layer, and OCR could not start: ${a.reason}` },
  // Limits (config `limits`)
  'zip-bomb': { code: 'TOO_LARGE', text: () => 'package inflates to an absurd size (zip bomb?); refused' },
  'package-inflates-past-cap': { code: 'TOO_LARGE', text: (a: { max: number }) => `its text parts inflate past limits.maxInflatedBytes: ${a.max} bytes` },
  'part-inflates-past-cap': { code: 'TOO_LARGE', text: (a: { max: number }) => `a part inflates past limits.maxInflatedBytes: ${a.max} bytes` },
  'stream-inflates-past-cap': { code: 'TOO_LARGE', text: (a: { max: number }) => `a stream inflates past limits.maxInflatedBytes: ${a.max} bytes` },
  'too-many-objects': { code: 'TOO_LARGE', text: (a: { max: number }) => `over limits.maxObjects: ${a.max} objects` },
  'out-of-memory': { code: 'TOO_LARGE', text: () => 'not enough memory to open it' },
  'nested-too-deep': { code: 'TOO_LARGE', text: () => 'reading it took too much memory (nested too deep or too large); re-export it' },
  'engine-memory-cap': { code: 'TOO_LARGE', text: () => 'the PDF engine ran out of its memory cap reading it; re-export the file' },
  'worker-out-of-memory': { code: 'TOO_LARGE', text: () => 'reading it ran out of memory; check the file or re-export it' },
  'too-slow': { code: 'TIMEOUT', text: () => 'parsing took too long; raise the time cap or re-export the file' },
  'over-time-cap': { code: 'TIMEOUT', text: (a: { ms: number }) => `parsing took over ${a.ms} ms; raise the time cap or re-export the file` },
  'worker-over-time-cap': { code: 'TIMEOUT', text: (a: { ms: number }) => `parsing took longer than ${seconds(a.ms)} s; raise limits.timeoutMs or check the file` },
  // A posting among many (`jobfit match`)
  'bad-profile': { code: 'UNREADABLE', text: (a: { reason: string }) => a.reason },
  'no-requirements': { code: 'EMPTY', text: () => 'no requirements found in the posting; `jobfit job FILE` shows what was read' },
} satisfies Record<string, { code: ErrorCode; text: (args: never) => string }>;

export type ErrorKey = keyof typeof ERRORS;
/** The arguments an error's wording takes: none, or one object. */
export type ErrorArgs<K extends ErrorKey> = Parameters<(typeof ERRORS)[K]['text']>;

/** Every error key (for tests and tools). */
export const ERROR_KEYS = Object.keys(ERRORS) as ErrorKey[];

/** The code an error key is reported under. */
export function errorCode(key: ErrorKey): ErrorCode {
  return ERRORS[key].code;
}

/** How many arguments an error's wording takes: 0, or 1 (an object). */
export function errorArity(key: ErrorKey): number {
  return ERRORS[key].text.length;
}

/** The one-line wording of an error, without the file name. */
export function errorMessage<K extends ErrorKey>(key: K, ...args: ErrorArgs<K>): string {
  return (ERRORS[key].text as (a?: object) => string)(args[0] as object | undefined);
}

/** An InputError for a file (`errors` of a report), worded here. */
export function inputError<K extends ErrorKey>(source: string, key: K, ...args: ErrorArgs<K>): InputError {
  return { source, code: errorCode(key), message: errorMessage(key, ...args) };
}

/** The line a problem takes on stderr or in a usage error: "cv.pdf: NO_TEXT — no text layer…". */
export function problemLine(source: string, problem: { code: string; message: string }): string {
  return `${source}: ${problem.code} — ${problem.message}`;
}

// ── Usage and configuration errors: the run stops before scoring (exit 2) ───

/** Each usage error: its one line, and the hint printed under it when there is one. */
const USAGE = {
  'cannot-read': { text: (a: { what?: string; path: string; reason: string }) => `cannot read ${a.what ? `${a.what} ` : ''}${a.path} (${a.reason})` },
  'invalid-yaml': { text: (a: { file: string; line: number; reason: string }) => `${a.file}:${a.line}: invalid YAML: ${a.reason}` },
  'bad-as-of': { text: (a: { value: unknown }) => `asOf: expected YYYY-MM with a month from 01 to 12, e.g. 2024-06 (got ${JSON.stringify(a.value)})` },
  'bad-shard': { text: (a: { value: string }) => `--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/4 (got "${a.value}")` },
  'unreadable-posting': { text: (a: { error: InputError }) => problemLine(a.error.source, a.error), hint: () => 'the job description must be readable' },
  'unreadable-resume': { text: (a: { error: InputError }) => problemLine(a.error.source, a.error), hint: () => 'the resume must be readable' },
  'not-a-posting': {
    text: (a: { source: string }) => `${a.source}: no requirements found: this does not read as a job posting (no requirement, duty or qualification sentences)`,
    hint: () => 'pass the job description as the first file; `jobfit job FILE` shows what was read',
  },
  'no-resumes-found': { text: () => 'no resumes found in the given paths', hint: () => 'pass resume files or folders holding .pdf, .docx, .txt or .md files' },
  'no-postings-found': { text: () => 'no postings found in the given paths', hint: () => 'pass posting files or folders holding .txt, .md, .pdf, .docx or .yaml files' },
  'not-a-json-line': { text: (a: { path: string; line: number }) => `${a.path}:${a.line}: not a JSON line`, hint: () => 'merge takes the output of `jobfit score … --format jsonl`' },
  'not-a-report-line': { text: (a: { path: string; line: number }) => `${a.path}:${a.line}: neither a candidate nor an error line` },
  'output-is-folder': { text: (a: { path: string; example: string }) => `-o ${a.path}: is a folder; -o takes a file path`, hint: (a: { example: string }) => `e.g. -o ${a.example}` },
  'cannot-write': { text: (a: { path: string; reason: string }) => `-o ${a.path}: cannot write the report (${a.reason})`, hint: () => 'give -o a file path in a folder you can write to' },
} satisfies Record<string, { text: (args: never) => string; hint?: (args: never) => string }>;

export type UsageKey = keyof typeof USAGE;
/** The arguments a usage error's wording takes (an empty object when none). */
export type UsageArgs<K extends UsageKey> = Parameters<(typeof USAGE)[K]['text']> extends [infer A] ? A : Record<string, never>;

/** Every usage error key (for tests and tools). */
export const USAGE_KEYS = Object.keys(USAGE) as UsageKey[];

/** A usage error's line and its hint. */
export function usageMessage<K extends UsageKey>(key: K, args: UsageArgs<K>): { message: string; hint: string | undefined } {
  const entry = USAGE[key] as { text: (a: object) => string; hint?: (a: object) => string };
  return { message: entry.text(args as object), hint: entry.hint?.(args as object) };
}

/** What an operating-system error code means, for a message ("EACCES" → "permission denied"). */
const SYSTEM_REASON: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** The words for an operating-system error code, if there are any. */
export function systemReason(code: string | undefined): string | undefined {
  return code === undefined ? undefined : SYSTEM_REASON[code];
}

// ── Warnings: something doubtful about a document that was read ─────────────

/** Words of hidden text in one place of a document, and why a reader cannot see them. */
export interface HiddenWords {
  words: number;
  /** Where they sit (a RawLine origin: 'header', 'textbox'…); absent when the reader does not know (PDF). */
  where?: string | undefined;
  /** 'white text', 'tiny text', 'off-page text', 'hidden formatting', 'white, tiny or hidden text'. */
  why: string;
}

/** How a reader's origin names are said in a message. */
const PLACE: Record<string, string> = { header: 'page header', footer: 'page footer', body: 'body', table: 'a table', textbox: 'a text box', sidebar: 'sidebar' };

/** Where a reader stopped short at a limit (TRUNCATED). */
export type Cut =
  | { limit: keyof Limits; value: number }
  | { engineMemoryAt: number }
  | { nestedAt: number }
  /** A limit met as an error inside a page (a stream, the object count): the page is kept up to it. */
  | { error: ErrorKey; args?: object | undefined };

/** What a trust check found, with the figures its message quotes. */
export type Finding =
  | { code: 'KEYWORD_STUFFING'; reason: 'skills-block'; skillsWords: number; totalWords: number }
  | { code: 'KEYWORD_STUFFING'; reason: 'listed-only'; listed: number; total: number }
  | { code: 'KEYWORD_STUFFING'; reason: 'repeated-in-line'; skill: string; count: number; line: number }
  | { code: 'KEYWORD_STUFFING'; reason: 'over-mentioned'; skill: string; mentions: number; typical: number }
  | { code: 'NOT_A_RESUME'; looksLike: string; cues: string[] }
  | { code: 'PLACEHOLDER'; cues: string[] }
  | { code: 'LANGUAGE'; detected: string; expected: string }
  | { code: 'DUPLICATE_OF'; keep: string }
  | { code: 'NOT_A_POSTING'; positions: number; sections: string[] };

/** A warning as data: what the readers find, and the trust findings. */
export type Warning =
  | { code: 'HIDDEN_TEXT'; parts: HiddenWords[] }
  | { code: 'LOW_TEXT'; chars: number; pages: number }
  | { code: 'MULTI_COLUMN'; pages: number[] }
  | { code: 'OCR_USED'; pages: number }
  | { code: 'TRUNCATED'; cuts: Cut[] }
  | Finding;

const percent = (part: number, whole: number) => `${Math.round((100 * part) / Math.max(whole, 1))}%`;

let displayNames: Intl.DisplayNames | undefined;

/** Language name for an ISO 639-3 code ("cmn" → "Chinese"), the code itself when unknown. */
export function languageName(code: string): string {
  try {
    // Made once: building one loads ICU's display names, some milliseconds each time.
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = displayNames.of(code);
    return name && name !== code && name !== 'root' ? name : code;
  } catch {
    return code;
  }
}

/** One place a reader stopped, in a few words. */
export function cutMessage(cut: Cut): string {
  if ('limit' in cut) return `limits.${cut.limit}: ${cut.value}`;
  if ('engineMemoryAt' in cut) return `page ${cut.engineMemoryAt} needs more than the PDF engine's memory cap`;
  if ('nestedAt' in cut) return `page ${cut.nestedAt}: content nested too deep`;
  return (ERRORS[cut.error].text as (a?: object) => string)(cut.args);
}

/** The one-line wording of a warning (HIDDEN_TEXT is worded this one way for PDF, DOCX, ODT and RTF). */
export function warningMessage(warning: Warning): string {
  switch (warning.code) {
    case 'HIDDEN_TEXT':
      return warning.parts.map((p) => `${p.words} words hidden${p.where === undefined ? '' : ` in ${PLACE[p.where] ?? p.where}`} (${p.why})`).join('; ');
    case 'LOW_TEXT':
      return `only ${warning.chars} characters of text${warning.pages > 1 ? ` over ${warning.pages} pages; some pages may be images` : ''}`;
    case 'MULTI_COLUMN':
      return `columns read as separate blocks on page ${warning.pages.join(', ')}`;
    case 'OCR_USED':
      return `text read by OCR from ${warning.pages} scanned page(s); expect recognition errors`;
    case 'TRUNCATED':
      return `read up to a limit (${warning.cuts.map(cutMessage).join('; ')}); the rest was skipped`;
    case 'KEYWORD_STUFFING':
      switch (warning.reason) {
        case 'skills-block':
          return `the skills list is ${percent(warning.skillsWords, warning.totalWords)} of the resume's words (${warning.skillsWords} of ${warning.totalWords}) with little work described`;
        case 'listed-only':
          return `${warning.listed} of ${warning.total} skills are only listed, never shown in a position`;
        case 'repeated-in-line':
          return `"${warning.skill}" is named ${warning.count} times on line ${warning.line}`;
        case 'over-mentioned':
          return `"${warning.skill}" is mentioned ${warning.mentions} times where a skill typically is ${warning.typical}`;
      }
      break;
    case 'NOT_A_RESUME':
      return `looks like a ${warning.looksLike}, not a resume (${warning.cues.join(', ')})`;
    case 'PLACEHOLDER':
      return `unfilled template text (${warning.cues.join(', ')})`;
    case 'LANGUAGE':
      return `written in ${languageName(warning.detected)}, not ${languageName(warning.expected)}; skills may be missed`;
    case 'DUPLICATE_OF':
      return `same resume as ${warning.keep}: one candidate, not two`;
    case 'NOT_A_POSTING':
      return `reads like a resume, not a job posting (${warning.positions} dated positions${warning.sections.length ? `; ${warning.sections.join(', ')} headings` : ''}); the posting comes first: jobfit score POSTING RESUMES…`;
  }
}

/** A warning as a report carries it: its code and its line. */
export function diagnostic(warning: Warning): Diagnostic {
  return { code: warning.code, message: warningMessage(warning) };
}

/**
 * One diagnostic per code: warnings that share a code (two kinds of stuffing) are joined into
 * one line, in the order found.
 */
export function toDiagnostics(warnings: readonly Warning[]): Diagnostic[] {
  const byCode = new Map<WarningCode, string[]>();
  for (const warning of warnings) {
    const parts = byCode.get(warning.code) ?? [];
    parts.push(warningMessage(warning));
    byCode.set(warning.code, parts);
  }
  return [...byCode].map(([code, parts]) => ({ code, message: parts.join('; ') }));
}

// ── Advice: what a candidate can fix ────────────────────────────────────────

/** Skills named in CLAIMED_NOT_SHOWN before "and N more". */
const MAX_NAMED = 8;

/** The sentence for one piece of advice (`suggestions` holds these, in `advice` order). */
export function adviceMessage(advice: Advice): string {
  switch (advice.code) {
    case 'REQUIRED_MISSING':
      return `Required but not found: ${advice.args.anyOf.join(' or ')}. If you have it, name it in a position where you used it (posting line ${advice.args.line ?? '?'}).`;
    case 'ONLY_LISTED':
      return `${advice.args.skill} is only listed; show it in a position or project with what you built.`;
    case 'NAME_IT':
      return `${advice.args.asked} is asked for; you show ${advice.args.shown}. Name ${advice.args.asked} explicitly if you have used it.`;
    case 'YEARS_SHORT':
      return `The posting asks for ${advice.args.minYears}+ years; the dated positions add up to ${(advice.args.months / 12).toFixed(1)}.`;
    case 'NO_DATED_POSITIONS':
      return 'No dated positions were found; write dates as "Jan 2020 – Present" so experience can be counted.';
    case 'CLAIMED_NOT_SHOWN': {
      const { skills } = advice.args;
      return `Claimed but never shown in a position or project: ${skills.slice(0, MAX_NAMED).join(', ')}${skills.length > MAX_NAMED ? ` and ${skills.length - MAX_NAMED} more` : ''}.`;
    }
  }
}

/**
 * What a renderer lists under "Suggestions": the advice, worded here; a report without advice
 * (JSONL written by an older jobfit, then merged) keeps the sentences it carries.
 */
export function suggestionsOf(report: Pick<CandidateReport | PostingResult, 'advice' | 'suggestions'>): string[] {
  return report.advice ? report.advice.map(adviceMessage) : (report.suggestions ?? []);
}

// ── Files passed over ───────────────────────────────────────────────────────

/** A file a folder walk passed over: not a type jobfit reads as a resume or a posting. */
export function skippedLine(path: string, kind: 'resume' | 'posting', ext: string, extensions: Iterable<string>): string {
  return `${path}: skipped — not a ${kind} file type (${ext || 'no extension'}); jobfit reads ${[...extensions].join(' ')}`;
}
