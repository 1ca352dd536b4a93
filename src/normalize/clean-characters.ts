/** Character-level clean-up of one line: encoding damage, invisible marks, icons, bullets. */

/** UTF-8 read as Windows-1252, the common cases only. */
const mojibake: [string, string][] = [
  ['â€“', '–'], ['â€”', '—'], ['â€™', '’'], ['â€˜', '‘'], ['â€œ', '“'], ['â€\u009d', '”'], ['â€�', '”'],
  ['â€¢', '•'], ['â€¦', '…'], ['Ã©', 'é'], ['Ã¨', 'è'], ['Ã¶', 'ö'], ['Ã¼', 'ü'], ['Ã¤', 'ä'], ['Ã±', 'ñ'],
  ['Ã§', 'ç'], ['Ã¡', 'á'], ['Ã³', 'ó'], ['Ãº', 'ú'], ['Ã\u00ad', 'í'], ['Â·', '·'], ['Â ', ' '], ['Â', ''],
];

/**
 * "01/2013 ï¼ 03/2016", "Company Name ï¼ City": a fullwidth hyphen (U+FF0D, bytes EF BC 8D) read as
 * Windows-1252, whose third byte is no character there and comes out invisible (livecareer's PDFs
 * write it as a zero-width space). Read as the dash it was, a range's two dates are one range again.
 */
const FULLWIDTH_HYPHEN = /ï¼[\u008d\u200b]/g;

export function fixMojibake(text: string): string {
  if (!/[âÃÂï]/.test(text)) return text;
  let out = text.replace(FULLWIDTH_HYPHEN, '－');
  for (const [bad, good] of mojibake) if (bad !== 'Â' || /Â[\s·]/.test(out)) out = out.split(bad).join(good);
  return out;
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
