/**
 * The name a resume gives a skill when it is not the taxonomy's. The taxonomy folds narrower named
 * things into one entry so that requirements match them ("Peachtree" into Sage Accounting, "UKG"
 * into Kronos, "workforce planning" into Succession Planning); a reader of the resume should see
 * what the candidate wrote. A spelling of the same name ("K8s", "HTML5", "MS Excel", "Proofing",
 * "SDLC") is not another thing: the taxonomy's name stands.
 */

/** Words that say how well or in what form a skill is held ("Strong analytical", "Negotiation skills"), not which skill. */
const QUALIFIERS = new Set(['strong', 'excellent', 'good', 'great', 'solid', 'advanced', 'basic', 'expert', 'skills', 'skill', 'knowledge', 'proficiency', 'expertise', 'experience', 'the', 'of', 'and', 'in']);

/** Lower case, letters and digits only, words kept apart. */
function allWords(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
}

/** The words that say which skill: qualifiers left out. */
function words(text: string): string[] {
  return allWords(text).filter((w) => !QUALIFIERS.has(w));
}

/** Whether `short` is written with letters of `long`, in order, from its first ("js" in "javascript", "vbnet" in "visualbasicnet"). */
function abbreviates(short: string, long: string): boolean {
  if (!short || short[0] !== long[0]) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** "k8s", "i18n": first letter, a count, last letter. */
function numeronym(short: string, long: string): boolean {
  const m = /^(\p{L})(\d+)(\p{L})$/u.exec(short);
  return Boolean(m && long.startsWith(m[1]!) && long.endsWith(m[3]!) && long.length - 2 === Number(m[2]));
}

/** Whether some run of `words`, shorter than all of them and of two letters or more, abbreviates `long` ("aws" of "amazonwebservices"). */
function abbreviatedWithin(words: readonly string[], long: string): boolean {
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      if (to - from === words.length) continue;
      const run = words.slice(from, to).join('');
      // Letters spread through the other form, not its opening word ("Excel" in "Excel spreadsheets").
      if (run.length >= 2 && !long.startsWith(run) && abbreviates(run, long)) return true;
    }
  }
  return false;
}

/**
 * "AWS cloud" (Amazon Web Services), "Class A CDL" (Commercial Driver's License), "User Interface"
 * (UI Design): one form abbreviates the other with words added at either end. Another thing by
 * the letters, the same by sense: named so only when the resume writes the skill no other way.
 */
export function abbreviatesLoosely(written: string, name: string): boolean {
  const wc = allWords(written).join('');
  const nc = allWords(name).join('');
  return abbreviatedWithin(allWords(written), nc) || abbreviatedWithin(allWords(name), wc);
}

/** Whether two words share a stem: four letters in common at their start, or one is the other's start ("proofing", "proofreading"; "leading", "leadership"). */
function shareStem(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4;
}

/**
 * Whether `written` (a resume's form of a taxonomy skill) names another thing than the skill's
 * `name`: not the same letters, not an abbreviation, initials or numeronym of it, not the name with
 * words added or taken away ("Tailwind" for Tailwind CSS, "Retail banking" for Banking), and not
 * the same words by stem; a product (`product`) sharing a word of its name is that product.
 * "Peachtree" (Sage Accounting), "Fund accounting" (Grant Accounting), "CNN" (Neural Networks)
 * are other things.
 */
export function namesAnotherThing(written: string, name: string, product = false): boolean {
  const w = words(written);
  const n = words(name);
  if (!w.length || !n.length) return false;
  // "Excel spreadsheets", "AWS ECR", "Office 365": a product written with a word of its name is that product.
  if (product && w.some((x) => n.includes(x))) return false;
  // Letters compared with every word ("IoT" is the initials of "Internet of Things").
  const wc = allWords(written).join('');
  const nc = allWords(name).join('');
  if (wc === nc || wc.includes(nc) || nc.includes(wc)) return false;
  if (abbreviates(wc, nc) || abbreviates(nc, wc) || numeronym(wc, nc) || numeronym(nc, wc)) return false;
  // Every word of one form shares a stem with a word of the other: the same name, inflected.
  const covered = (a: string[], b: string[]) => a.every((x) => b.some((y) => shareStem(x, y)));
  if (covered(w, n) || covered(n, w)) return false;
  return true;
}

/**
 * Whether a resume's form of a skill should name it: it names another thing than the taxonomy's
 * name (namesAnotherThing) and is more than one plain English word (`commonWords`). "Programming",
 * "Codes" or "Flash" alone is as often the taxonomy's sense as the resume's own; "UKG",
 * "Peachtree", "Fund accounting" and "Backend engineering" are what the candidate wrote.
 */
export function namedAsWritten(written: string, name: string, product: boolean, commonWords: ReadonlySet<string>): boolean {
  return namesAnotherThing(written, name, product) && !plainWord(written, commonWords);
}

/** One plain English word, not written in capitals ("Programming"; not "FLASH"). */
export function plainWord(written: string, commonWords: ReadonlySet<string>): boolean {
  return commonWords.has(written.toLowerCase()) && written !== written.toUpperCase();
}

/** A written form as a name: kept as written when it has capitals, else its first letter capitalised. */
export function asName(surface: string): string {
  const text = surface.replace(/\s+/g, ' ').trim();
  return /\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
