import { CJK, LETTER, SPACE, countKind } from '../char-kind.js';
import { francLanguage } from './trigrams.js';
import type { Line, ResumeSection } from '../types.js';
import type { Finding } from '../messages.js';
import type { LanguageRules } from './rules.js';
import { isList } from './words.js';

/**
 * Skills lists are tech terms in any language. The header is kept: when no heading is
 * recognized (a resume in another language) every line is "header".
 */
const SKIPPED: ReadonlySet<ResumeSection> = new Set(['skills']);

/**
 * Letters, a CJK character counting as three: it carries about a word's worth of text.
 * Counted as /\p{L}/gu and the CJK class would match them, without building the arrays of
 * matches: this runs on every line of every resume.
 */
function letterCount(text: string): number {
  return countKind(text, LETTER) + 2 * countKind(text, CJK);
}

/** text.replace(/\s/g, '').length: whitespace is never a surrogate pair. */
const nonSpaceLength = (text: string): number => text.length - countKind(text, SPACE);

/** The prose of a resume: lines outside the skills section, mostly letters, not comma lists. */
export function proseForLanguage(lines: readonly Line[], sections: readonly ResumeSection[], rules: LanguageRules): string {
  return lines
    .filter((_line, i) => !SKIPPED.has(sections[i] ?? 'other'))
    .map((line) => line.text.trim())
    .filter((text) => {
      const letters = letterCount(text);
      return letters >= rules.minLineLetters && letters >= rules.minLetterShare * nonSpaceLength(text) && !isList(text, rules.listSeparators);
    })
    .join('\n');
}

/**
 * ISO 639-3 code of the text's language, or null when there is too little text to tell.
 * franc picks the script with most characters first, and a CJK character holds several Latin
 * letters' worth of text: a Chinese resume with English names, e-mails and publication titles
 * has more Latin letters than Han characters. So when CJK lines outweigh the rest (a character
 * counting three), only they are read.
 */
export function detectLanguage(text: string, rules: LanguageRules): string | null {
  // A few thousand characters tell a language as well as the whole resume, at a fraction of the cost.
  const lines = text.slice(0, 6000).split('\n');
  const isCjk = (line: string) => 3 * countKind(line, CJK) >= letterCount(line) / 2;
  const cjkLines: string[] = [];
  const restLines: string[] = [];
  for (const line of lines) (isCjk(line) ? cjkLines : restLines).push(line);
  const cjk = cjkLines.join('\n');
  const rest = restLines.join('\n');
  const cjkLetters = letterCount(cjk);
  const code =
    cjkLetters > 0 && cjkLetters > letterCount(rest)
      ? francLanguage(cjk, Math.ceil(rules.minChars / 3))
      : francLanguage(lines.join('\n'), rules.minChars);
  return code === 'und' ? null : code;
}

export function languageFindings(detected: string | null, expected: string): Finding[] {
  return detected && detected !== expected ? [{ code: 'LANGUAGE', detected, expected }] : [];
}
