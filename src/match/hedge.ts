/**
 * Hedging and negation on the resume side. The phrase must stand in the same clause before
 * the skill ("familiar with Docker and Kubernetes" hedges both; a full stop ends it).
 */
const NEGATED = /\b(?:no|without|not|never had|lack(?:ing)?)\s+(?:any\s+|prior\s+|professional\s+|hands-on\s+)*(?:experience|exposure|knowledge|familiarity)\b/i;
const HEDGED =
  /\b(?:familiar(?:ity)? with|exposure to|exposed to|basic (?:knowledge|understanding|familiarity) (?:of|with)|some (?:knowledge|familiarity|exposure)|currently learning|am learning|learning to|self-taught in|beginner|introductory|coursework in|interested in|eager to learn)\b/i;

export function detectHedge(text: string, skillStart: number): 'hedged' | 'negated' | undefined {
  const clause = text.slice(0, skillStart).split(/[.;!?•]|\s[–—]\s/).pop() ?? '';
  if (NEGATED.test(clause)) return 'negated';
  if (HEDGED.test(clause)) return 'hedged';
  return undefined;
}
