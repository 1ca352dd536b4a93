import { CJK, LETTER, NUMBER, kindAt, widthOf } from '../char-kind.js';

/** The marks a word may carry after its first letter or digit: C++, C#, Node.js, O'Neil, re-use. */
const WORD_MARKS = new Set(['+', '#', '.', "'", '’', '-']);

/**
 * Words as a reader counts them: runs of letters or digits, with the marks tech names carry
 * (the matches of /[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*\/gu). A single CJK character counts as a
 * word, those scripts putting no spaces between words: a run holding one counts its characters.
 */
export function countWords(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const kind = kindAt(text, i);
    if (!(kind & (LETTER | NUMBER))) {
      i += widthOf(kind);
      continue;
    }
    let characters = 0;
    let cjk = false;
    while (i < text.length) {
      const next = kindAt(text, i);
      if (!(next & (LETTER | NUMBER)) && !WORD_MARKS.has(text[i]!)) break;
      characters++;
      if (next & CJK) cjk = true;
      i += widthOf(next);
    }
    n += cjk ? characters : 1;
  }
  return n;
}

export { escapeRegExp } from '../regexp.js';

/** A line that is mostly a list ("Python, Go, SQL, Docker"), not prose. */
export function isList(text: string, separators: number): boolean {
  const parts = text.split(/[,;|•·/]/);
  if (parts.length <= separators) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words / parts.length < 2.5;
}
