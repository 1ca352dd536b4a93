import { LETTER, NUMBER, SPACE, kindAt, widthOf } from '../char-kind.js';

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

const WORD_CHAR = LETTER | NUMBER;

/**
 * The tokens /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu would match: maximal runs of letters and
 * digits, and every other non-space code point on its own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (let i = 0; i < text.length; ) {
    const kind = kindAt(text, i);
    const start = i;
    i += widthOf(kind);
    if (kind & SPACE) continue;
    const word = (kind & WORD_CHAR) !== 0;
    while (word && i < text.length) {
      const next = kindAt(text, i);
      if (!(next & WORD_CHAR)) break;
      i += widthOf(next);
    }
    tokens.push({ lower: text.slice(start, i).toLowerCase(), start, end: i, glued: start === previousEnd, word });
    previousEnd = i;
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
