/**
 * PDF-to-DOCX converters and some PDFs cut the first letter off words: "J ava, S pring B oot,
 * D ocker". A split or two can be English ("C programs and R scripts"); the artifact shows
 * three or more on a line, most of them leaving a fragment that starts with a vowel ("ava",
 * "ocker", "ubernetes"), which an English word after a capital letter rarely does.
 */
const SPLIT = /(?<![\p{L}\p{N}])([B-HJ-Z])\s([a-z]{2,}[\p{L}]*)/gu;

export function joinSplitInitials(text: string): string {
  const splits = [...text.matchAll(SPLIT)];
  if (splits.length < 3) return text;
  const vowelled = splits.filter((m) => /^[aeiou]/.test(m[2]!)).length;
  if (vowelled * 2 < splits.length) return text;
  return text.replace(SPLIT, '$1$2');
}
