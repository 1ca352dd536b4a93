/** Words as a reader counts them: runs of letters or digits, with the marks tech names carry (C++, C#, Node.js). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*/gu;

/** A single CJK character counts as a word: those scripts put no spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function countWords(text: string): number {
  let n = 0;
  for (const match of text.matchAll(WORD)) n += CJK.test(match[0]) ? [...match[0]].length : 1;
  return n;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line that is mostly a list ("Python, Go, SQL, Docker"), not prose. */
export function isList(text: string, separators: number): boolean {
  const parts = text.split(/[,;|•·/]/);
  if (parts.length <= separators) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words / parts.length < 2.5;
}
