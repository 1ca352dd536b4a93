import { escapeRegExp } from '../regexp.js';

/**
 * How often a skill name stands as a whole word in a line: the matches of
 *   /(?<![A-Za-z0-9\u00C0-\u024F+#])NAME(?![A-Za-z0-9\u00C0-\u024F+#])/g   (i as well past two letters)
 * Short names ("Go", "C") count only in their written case.
 *
 * A RegExp per skill costs V8 a compile of some 70 µs on its first run, paid again for every new
 * skill in every process; an ASCII name (nearly all of them) is counted here by hand with the
 * same answer. Under /i without u an ASCII letter only ever matches its ASCII other case, so a
 * match is a run of ASCII units equal to the name up to ASCII case; the unit either side is
 * looked up in the regex's own class, asked once per code unit.
 */
export function countWholeName(text: string, name: string): number {
  return isAscii(name) ? countAsciiName(text, name) : (text.match(namePattern(name))?.length ?? 0);
}

const BOUNDARY = 'A-Za-z0-9\u00C0-\u024F+#';
const CASED = new RegExp(`^[${BOUNDARY}]$`);
const FOLDED = new RegExp(`^[${BOUNDARY}]$`, 'i');

/** Per UTF-16 unit, filled on first sight: bit 1 known, bit 2 in the class, bit 4 in it under /i. */
const classOf = new Uint8Array(0x10000);

function inClass(unit: number, folded: boolean): boolean {
  let kind = classOf[unit]!;
  if (kind === 0) {
    const char = String.fromCharCode(unit);
    kind = 1 | (CASED.test(char) ? 2 : 0) | (FOLDED.test(char) ? 4 : 0);
    classOf[unit] = kind;
  }
  return (kind & (folded ? 4 : 2)) !== 0;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Non-overlapping, left to right, as a global match steps: past a match, or one unit on. */
function countAsciiName(text: string, name: string): number {
  const folded = name.length > 2;
  const needle = folded ? name.toLowerCase() : name;
  let count = 0;
  for (let i = 0; i + needle.length <= text.length; ) {
    const end = i + needle.length;
    if (sameAt(text, i, needle, folded) && !(i > 0 && inClass(text.charCodeAt(i - 1), folded)) && !(end < text.length && inClass(text.charCodeAt(end), folded))) {
      count++;
      i = end;
    } else {
      i++;
    }
  }
  return count;
}

/** The needle (lower case when folded) at `at`, an upper-case ASCII letter of the text read as its lower case. */
function sameAt(text: string, at: number, needle: string, folded: boolean): boolean {
  for (let k = 0; k < needle.length; k++) {
    let unit = text.charCodeAt(at + k);
    if (folded && unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
    if (unit !== needle.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Patterns for the other names, kept across resumes. Safe to share: String.prototype.match
 * resets a g pattern's lastIndex.
 */
const namePatterns = new Map<string, RegExp>();

function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) {
    // ASCII word boundaries: Unicode property classes cost ~0.2 ms to compile per skill.
    const flags = name.length <= 2 ? 'g' : 'gi';
    pattern = new RegExp(`(?<![${BOUNDARY}])${escapeRegExp(name)}(?![${BOUNDARY}])`, flags);
    if (namePatterns.size < 10_000) namePatterns.set(name, pattern);
  }
  return pattern;
}
