import type { Diagnostic, WarningCode } from '../types.js';

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

/** The one-line wording of a finding: every trust message is written here and only here. */
export function describeFinding(finding: Finding): string {
  switch (finding.code) {
    case 'KEYWORD_STUFFING':
      switch (finding.reason) {
        case 'skills-block':
          return `the skills list is ${percent(finding.skillsWords, finding.totalWords)} of the resume's words (${finding.skillsWords} of ${finding.totalWords}) with little work described`;
        case 'listed-only':
          return `${finding.listed} of ${finding.total} skills are only listed, never shown in a position`;
        case 'repeated-in-line':
          return `"${finding.skill}" is named ${finding.count} times on line ${finding.line}`;
        case 'over-mentioned':
          return `"${finding.skill}" is mentioned ${finding.mentions} times where a skill typically is ${finding.typical}`;
      }
      break;
    case 'NOT_A_RESUME':
      return `looks like a ${finding.looksLike}, not a resume (${finding.cues.join(', ')})`;
    case 'PLACEHOLDER':
      return `unfilled template text (${finding.cues.join(', ')})`;
    case 'LANGUAGE':
      return `written in ${languageName(finding.detected)}, not ${languageName(finding.expected)}; skills may be missed`;
    case 'DUPLICATE_OF':
      return `same resume as ${finding.keep}: one candidate, not two`;
    case 'NOT_A_POSTING':
      return `reads like a resume, not a job posting (${finding.positions} dated positions${finding.sections.length ? `; ${finding.sections.join(', ')} headings` : ''}); the posting comes first: jobfit score POSTING RESUMES…`;
  }
}

/**
 * One diagnostic per code: findings that share a code (two kinds of stuffing) are joined into
 * one line, in the order found.
 */
export function toDiagnostics(findings: readonly Finding[]): Diagnostic[] {
  const byCode = new Map<WarningCode, string[]>();
  for (const finding of findings) {
    const parts = byCode.get(finding.code) ?? [];
    parts.push(describeFinding(finding));
    byCode.set(finding.code, parts);
  }
  return [...byCode].map(([code, parts]) => ({ code, message: parts.join('; ') }));
}
