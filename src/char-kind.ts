/**
 * What a code point is to the Unicode-aware regexes the text measures used to run per
 * character (/\p{L}/gu, /[\p{L}\p{N}]+/gu, /\s/u, the CJK scripts): the same answers from a
 * table, without a match object per character. Tokens, letters and words are counted on
 * every line of every resume, and stepping through a table is several times cheaper.
 */

/** \p{L} */
export const LETTER = 1;
/** \p{N} */
export const NUMBER = 2;
/** \p{Script=Han}, \p{Script=Hiragana} or \p{Script=Katakana} */
export const CJK = 4;
/** \s */
export const SPACE = 8;
/** Set by kindAt when the code point is a surrogate pair, two units long. */
export const PAIR = 16;
const KNOWN = 32;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const IS_SPACE = /^\s$/u;

/** Per BMP unit, filled in on first sight (0 = not yet asked). */
const kinds = new Uint8Array(0x10000);

function kindOf(char: string): number {
  return KNOWN | (IS_LETTER.test(char) ? LETTER : 0) | (IS_NUMBER.test(char) ? NUMBER : 0) | (IS_CJK.test(char) ? CJK : 0) | (IS_SPACE.test(char) ? SPACE : 0);
}

/**
 * The kind of the code point at `i`, read as a /u regex steps through the text: a surrogate
 * pair is one code point (rare enough to ask the regexes each time), a lone surrogate is
 * none of the kinds.
 */
export function kindAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return kindOf(text.slice(i, i + 2)) | PAIR;
  }
  return kinds[unit] || (kinds[unit] = kindOf(text[i]!));
}

/** Code units the code point at `i` takes, from its kind. */
export const widthOf = (kind: number): number => (kind & PAIR ? 2 : 1);

/** Code points of `text` whose kind has any bit of `mask`, as a /u regex would count them. */
export function countKind(text: string, mask: number): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const kind = kindAt(text, i);
    if (kind & mask) count++;
    i += widthOf(kind);
  }
  return count;
}
