import type { Line } from '../../types.js';
import { cellsOf } from './classify-sections.js';
import { headingRule } from './headings.js';

/** Words that make a header line a role or a label rather than a person's name. */
const NOT_NAME = /\b(resume|résumé|curriculum|vitae|cv|engineer|developer|manager|nurse|analyst|accountant|designer|consultant|specialist|director|officer|assistant|technician|coordinator|support|professional|senior|junior|full[- ]stack|web|software|data|page|updated|university|college|street|road|email|phone|address|profile|summary|objective)\b/i;
const NAME_WORD = /^(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|[A-ZÀ-Þ]{2,}|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|de|van|von|da|di|bin|al)$/u;

function titleCase(word: string): string {
  return /^[A-ZÀ-Þ]{2,}$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/**
 * The candidate's name: the first of the first lines (or their first cells) that is two to
 * four capitalised words, with no digits, address, heading or role word. All-caps names
 * are given in title case. Nothing after the first section heading is a name.
 */
export function guessName(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const cells = cellsOf(line.text);
    if (headingRule(cells[0] ?? '')) return null;
    for (const cell of cells.slice(0, 2)) {
      // Post-nominal letters follow the name: "Harold Pembrook, CPA", "Abigail Nwosu, RN, BSN".
      const text = cell
        .replace(/\b(resume|résumé|cv)\b/gi, '')
        .replace(/(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.?){1,3}(?:-[A-Z]+)?)+\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      const words = text.split(' ');
      if (words.length < 2 || words.length > 4) continue;
      if (/[\d@:/|#]/.test(text) || NOT_NAME.test(text) || headingRule(text)) continue;
      if (!words.every((w) => NAME_WORD.test(w))) continue;
      return words.map(titleCase).join(' ');
    }
  }
  return null;
}
