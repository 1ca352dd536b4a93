/**
 * A PDF places glyphs where they are seen, so a line read left to right holds right-to-left
 * scripts (Hebrew, Arabic) in visual order: each word backwards, and the words of an RTL line
 * in reverse. This puts a line back in logical (reading) order, as a simplified Unicode bidi
 * algorithm would: runs of RTL letters are reversed, numbers and Latin words inside them keep
 * their own order, and a line mostly in an RTL script is read from its right end.
 */

/** Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const RTL_G = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/gu;
const LETTERS_G = /\p{L}/gu;

type Kind = 'R' | 'L' | 'N';

function kindOf(ch: string): Kind {
  if (RTL.test(ch)) return 'R';
  if (/[\p{L}\p{N}]/u.test(ch)) return 'L';
  return 'N';
}

/** Whether a line holds any right-to-left letter (cheap test before the work). */
export function hasRightToLeft(text: string): boolean {
  return RTL.test(text);
}

/**
 * Reverses the spans of `chars` made of `strong` characters and the neutrals between them,
 * in place: the spans of the other direction keep their order.
 */
function reverseSpans(chars: string[], kinds: Kind[], strong: Kind): void {
  let i = 0;
  while (i < chars.length) {
    if (kinds[i] !== strong) {
      i++;
      continue;
    }
    // The span runs to the last `strong` character before one of the other direction.
    let end = i;
    for (let j = i; j < chars.length && kinds[j] !== (strong === 'R' ? 'L' : 'R'); j++) if (kinds[j] === strong) end = j;
    reverse(chars, i, end);
    reverse(kinds, i, end);
    i = end + 1;
  }
}

function reverse<T>(a: T[], from: number, to: number): void {
  for (let i = from, j = to; i < j; i++, j--) [a[i], a[j]] = [a[j]!, a[i]!];
}

/**
 * The line's direction: right to left when the letters at both its ends are RTL (a line
 * starts and ends in its own direction), left to right when both are not, else by the
 * majority of letters. Digits are left out: they read left to right in either.
 */
function isRightToLeftLine(chars: string[], kinds: Kind[], text: string): boolean {
  const isLetter = (i: number): boolean => kinds[i] === 'R' || (kinds[i] === 'L' && /\p{L}/u.test(chars[i]!));
  let first = 0;
  while (first < chars.length && !isLetter(first)) first++;
  let last = chars.length - 1;
  while (last >= 0 && !isLetter(last)) last--;
  if (first > last) return false;
  if (kinds[first] === kinds[last]) return kinds[first] === 'R';
  const rtl = text.match(RTL_G)?.length ?? 0;
  return rtl > (text.match(LETTERS_G)?.length ?? 0) - rtl;
}

/** One line from visual order to logical order; a line with no RTL letter is returned as is. */
export function visualToLogical(text: string): string {
  if (!hasRightToLeft(text)) return text;
  const chars = [...text];
  const kinds = chars.map(kindOf);
  if (isRightToLeftLine(chars, kinds, text)) {
    // A right-to-left line: read from its right end, then Latin words and numbers set right.
    chars.reverse();
    kinds.reverse();
    reverseSpans(chars, kinds, 'L');
  } else reverseSpans(chars, kinds, 'R');
  return chars.join('');
}
