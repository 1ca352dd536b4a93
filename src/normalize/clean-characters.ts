/** Character-level clean-up of one line: encoding damage, invisible marks, icons, bullets. */

/**
 * The characters Windows-1252 gives bytes 0x80–0x9F. The five bytes it leaves undefined come out
 * as the C1 control of the same number, as decoders that fall back to Latin-1 write them.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The Windows-1252 byte a character was read from, or -1 for a character outside its upper half. */
function cp1252Byte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const at = CP1252_HIGH.indexOf(ch);
  return at >= 0 ? 0x80 + at : -1;
}

/** A lead byte of a UTF-8 sequence read as Windows-1252 ("Ã", "â", "ï"), then what may continue it. */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/gu;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * "Ã©" → "é", "â€™" → "’", "Â°" → "°", "MicrobiologÃ­a" → "Microbiología": text written in UTF-8
 * and read as Windows-1252 turns every character past ASCII into two to four. Each run that is
 * a whole UTF-8 sequence when read back as its bytes is that character; any other run is left as
 * written (a real "Ã" before a letter is not a lead byte, and an incomplete sequence stays).
 */
function decodeRun(run: string): string {
  const chars = [...run];
  const bytes = chars.map(cp1252Byte);
  const lead = bytes[0]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length < length) return run;
  const sequence = bytes.slice(0, length);
  if (sequence.slice(1).some((b) => b < 0x80 || b > 0xbf)) return run;
  try {
    return UTF8.decode(Uint8Array.from(sequence)) + chars.slice(length).join('');
  } catch {
    return run;
  }
}

/**
 * Sequences whose last byte did not survive the reading: a byte Windows-1252 leaves undefined came
 * out invisible or not at all, and a no-break space (0xA0) as a space. The character is the one
 * resumes write, by the livecareer pool's counts: a closing quote (E2 80 9D), a round bullet
 * (E2 97 8F), a square one (E2 96 A0), a fullwidth hyphen ("01/2013 ï¼ 03/2016": EF BC 8D).
 */
const LOST_LAST_BYTE: [RegExp, string][] = [
  [/ï¼[\u008d\u200b]?/g, '－'],
  [/â€(?:\u200b|(?=[\s,.;:)]|$))/g, '”'],
  [/â—[\u008f\u200b]?/g, '●'],
  [/â\u200b?–(?:\u200b|(?=\s|$))/g, '■'],
];

export function fixMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let out = text;
  // Read twice as Windows-1252 ("Ã‚Â®" for "®"), a text needs reading back twice.
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(SUSPECT, decodeRun);
    if (next === out) break;
    out = next;
  }
  for (const [lost, character] of LOST_LAST_BYTE) out = out.replace(lost, character);
  // A lone "Â" before a space, a middle dot or the line end is what is left of a no-break space read twice.
  return out.replace(/Â(?=[\s·]|$)/g, '');
}

/** Bullet and list-marker glyphs; dropped at line start, turned into separators inside a line. */
const bulletClass = '•▪●◦➢➤►▶■□◆◇○‣⁃∙◾◽▫⦿⦾✦✧❖➣➔➙❯»';
const leadingMarker = new RegExp(`^[\\s${bulletClass}]*(?:[${bulletClass}]|[-*+–—>](?=\\s)|o(?=\\s+\\p{Lu}))\\s*`, 'u');
const inlineBullet = new RegExp(`\\s+[${bulletClass}]\\s+`, 'gu');
const strayBullet = new RegExp(`[${bulletClass}]`, 'gu');

/** Icon glyphs: private-use characters (icon fonts) and pictographs (emoji, ☎ ✉). */
const iconGlyphs = /[\p{Co}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0E\uFE0F\u20E3\u2302\u2706\u260F]/gu;
const invisibleMarks = /[\u00AD\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const cidArtifact = /\(cid:\d+\)/g;

export function cleanCharacters(text: string): string {
  let s = fixMojibake(text).normalize('NFKC');
  s = s.replace(cidArtifact, ' ').replace(invisibleMarks, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ');
  // ©, ®, ™ are pictographs by Unicode's list but are text in a resume.
  s = s.replace(iconGlyphs, (c) => ('©®™'.includes(c) ? c : ' '));
  s = s.replace(leadingMarker, '');
  s = s.replace(inlineBullet, ' | ').replace(strayBullet, ' ');
  return s;
}

/** Whether the line opens with a list marker (kept as `Line.bullet`: a bullet starts an item). */
export function startsWithBullet(text: string): boolean {
  const s = text.replace(iconGlyphs, ' ');
  return leadingMarker.test(s) && /\S/.test(s.replace(leadingMarker, ''));
}

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
