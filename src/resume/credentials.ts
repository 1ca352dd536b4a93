/**
 * Credentials the taxonomy does not name, as a certifications section writes them: "AWS
 * Certified Advanced Networking Specialty", "Google Certified Educator". The issuer, "Certified"
 * and the credential's own words are a name however new the credential is; the date, the level
 * and the issuer after a comma are not part of it.
 */
import type { LineItem } from './list-items.js';

/**
 * The issuer (one to three capitalised words: "AWS", "HashiCorp"), "Certified", and the
 * credential's capitalised words ("Advanced Networking", "Consul"), small words allowed inside;
 * not run on into a sentence ("ServSafe Certified Focus on portion control").
 */
const CREDENTIAL = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d&+.-]*\s+){1,3})Certified:?\s+(\p{Lu}[\p{L}\d&+/-]*(?:\s+(?:\p{Lu}[\p{L}\d&+/-]*|of|and|for|in|&)){0,5})(?![\p{L}\d&+/-])(?!\s+[\p{L}&])/gu;

/** The level a credential closes with ("Specialty", "Associate"): the credential is named without it. */
const LEVEL = /\s+(?:Specialty|Speciality|Associate|Professional|Expert|Practitioner|Foundations?)$/u;

/** A name of more words than this is a sentence or a course, not a credential. */
const MAX_WORDS = 5;

/** A credential named as written, with the span it was read from. */
export interface CredentialName extends LineItem {
  name: string;
}

/**
 * The credentials of a certifications line, named "<issuer> Certified <credential>", level left
 * out. An issuer word that is an English word in lower case ("Became", "Fully") is a sentence's,
 * not an issuer's.
 */
export function credentialNames(text: string, isWord: (word: string) => boolean): CredentialName[] {
  const out: CredentialName[] = [];
  for (const m of text.matchAll(CREDENTIAL)) {
    const issuer = m[1]!.trim();
    if (issuer.split(/\s+/).some((w) => isWord(w.toLowerCase()) && !/\p{Lu}.*\p{Lu}/u.test(w))) continue;
    const credential = m[2]!.replace(/\s+(?:of|and|for|in|&)$/u, '').replace(LEVEL, '');
    const name = `${issuer} Certified ${credential}`;
    if (name.split(/\s+/).length > MAX_WORDS) continue;
    const start = m.index!;
    out.push({ name, text: text.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return out;
}
