/** `text` as a regular expression that matches it literally ("C++" → "C\+\+"). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
