import { franc } from 'franc-min';
import type { Line, ResumeSection } from '../types.js';
import type { Finding } from './findings.js';
import type { LanguageRules } from './rules.js';
import { isList } from './words.js';

/**
 * Skills lists are tech terms in any language. The header is kept: when no heading is
 * recognized (a resume in another language) every line is "header".
 */
const SKIPPED: ReadonlySet<ResumeSection> = new Set(['skills']);

const cjkCount = (text: string) => text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;

/** Letters, a CJK character counting as three: it carries about a word's worth of text. */
function letterCount(text: string): number {
  return (text.match(/\p{L}/gu)?.length ?? 0) + 2 * cjkCount(text);
}

/** The prose of a resume: lines outside the skills section, mostly letters, not comma lists. */
export function proseForLanguage(lines: readonly Line[], sections: readonly ResumeSection[], rules: LanguageRules): string {
  return lines
    .filter((_line, i) => !SKIPPED.has(sections[i] ?? 'other'))
    .map((line) => line.text.trim())
    .filter((text) => {
      const letters = letterCount(text);
      return letters >= rules.minLineLetters && letters >= rules.minLetterShare * text.replace(/\s/g, '').length && !isList(text, rules.listSeparators);
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
  const isCjk = (line: string) => 3 * cjkCount(line) >= letterCount(line) / 2;
  const cjk = lines.filter(isCjk).join('\n');
  const rest = lines.filter((line) => !isCjk(line)).join('\n');
  const code =
    letterCount(cjk) > letterCount(rest)
      ? franc(cjk, { minLength: Math.ceil(rules.minChars / 3) })
      : franc(lines.join('\n'), { minLength: rules.minChars });
  return code === 'und' ? null : code;
}

export function languageFindings(detected: string | null, expected: string): Finding[] {
  return detected && detected !== expected ? [{ code: 'LANGUAGE', detected, expected }] : [];
}
