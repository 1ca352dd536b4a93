/**
 * Tokens for phrase matching. Words are maximal runs of letters and digits; every other
 * non-space character is a token of its own. `glued` records that a token touches the one
 * before it, so "Node.js", "C++", "C#", ".NET" and "CI/CD" stay recognisable as one
 * written unit while "go-to-market" still shows its hyphens.
 */
export interface Token {
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  glued: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({ lower: m[0].toLowerCase(), start, end, glued: start === previousEnd, word: WORD.test(m[0]) });
    previousEnd = end;
  }
  return tokens;
}

/**
 * The trie key of a token: glued punctuation and glued words carry a marker, so a form
 * written "node.js" does not match "node . js" and "c++" does not match "c + +".
 */
export function tokenKey(token: Token, first: boolean): string {
  return !first && token.glued ? `\u0001${token.lower}` : token.lower;
}

/** Keys of a written form ("Node.js" → node, ␁., ␁js). */
export function formKeys(form: string): string[] {
  return tokenize(form).map((t, i) => tokenKey(t, i === 0));
}
