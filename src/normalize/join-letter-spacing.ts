/**
 * Re-joins letter-spaced headings: "E X P E R I E N C E" → "EXPERIENCE",
 * "C O N T A C T  M E" → "CONTACT ME" (two or more spaces separate the words).
 * Runs before whitespace is folded, since the wider gaps are the word breaks.
 */
const spacedWord = /^\p{L}(?: \p{L})*$/u;
const spacedRun = /(?<!\S)\p{Lu}(?: \p{Lu}){3,}(?!\S)/gu;

export function joinLetterSpacing(text: string): string {
  const trimmed = text.trim();
  const groups = trimmed.split(/\s{2,}|\t+/);
  const letters = groups.reduce((n, g) => n + g.replace(/ /g, '').length, 0);
  if (letters >= 3 && groups.some((g) => g.includes(' ')) && groups.every((g) => spacedWord.test(g))) {
    return groups.map((g) => g.replace(/ /g, '')).join(' ');
  }
  // Inside a longer line only capital runs of four letters or more: "I am a B" must stay.
  return text.replace(spacedRun, (run) => run.replace(/ /g, ''));
}
