import type { SkillHit } from '../types.js';
import { preferredAsides } from './line-tier.js';

/** A skill hit, or a product-like word the taxonomy does not know (`unknown`). */
export interface TermHit extends SkillHit {
  unknown?: boolean;
}

/** Skills any one of which satisfies one requirement ("Python or Go"). Offsets into the clause. */
export interface SkillGroup {
  anyOf: string[];
  hits: TermHit[];
  start: number;
  end: number;
}

const OR_LINK = /^\s*(?:,|\/|\||,?\s*(?:or|and\/or)\b)\s*$/i;
const COMMA_LINK = /^\s*,\s*$/;
const SLASH_LINK = /^\s*\/\s*$/;
const OR_AFTER = /^\s*,?\s*(?:or|and\/or)\s+(?:similar|other|equivalent|comparable|related|another|any)\b/i;
const CHOICE_BEFORE = /\b(?:one|any|either)(?: or more)? of(?: the following)?\s*:?\s*$/i;
const EXAMPLES = /,?\s*\b(?:such as|e\.g\.?,?|including|like)\s*$/i;
// Words that say "what kind of thing" too vaguely to stand as an acceptable member.
const VAGUE = /^(?:experience|knowledge|skills?|familiarity|understanding|proficiency|expertise|exposure|background|ability|tools?|technologies|concepts?|with|in|of|and|or|for|the|a|an|using|via|to|on|strong|solid|deep|modern|various|other|similar|etc|including|such|as|like|working|hands-on)$/i;

/**
 * Turns the skills found in one clause into alternatives: "Python or Go", "AWS, GCP, or
 * Azure", "X/Y" and "such as Kafka or RabbitMQ" are one group each; "X and Y" and a plain
 * comma list are one group per skill; "SQL databases (PostgreSQL, MySQL)" is one group that
 * keeps the category ("SQL", or the words "Web frameworks" when no skill names it).
 */
export function groupAlternatives(text: string, hits: TermHit[]): SkillGroup[] {
  const sorted = dropOverlaps(hits);
  const used = new Set<TermHit>();
  const groups: SkillGroup[] = [];
  for (const span of exampleSpans(text)) {
    const inner = sorted.filter((h) => h.start >= span.start && h.end <= span.end && !used.has(h));
    if (inner.length === 0) continue;
    const head = categoryBefore(text, sorted, span.start, used);
    const members = head.hit ? [head.hit, ...inner] : inner;
    members.forEach((h) => used.add(h));
    groups.push(makeGroup(members, head.literal));
  }
  const rest = sorted.filter((h) => !used.has(h));
  for (const chain of chains(text, rest)) groups.push(...splitChain(text, chain));
  return groups.sort((a, b) => a.start - b.start);
}

function dropOverlaps(hits: TermHit[]): TermHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Parenthesised examples, and "such as …" lists running to the end of the clause. */
function exampleSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // "AWS (Terraform experience is a plus)" is a second, lesser ask, not examples of AWS.
  const asides = preferredAsides(text);
  for (const m of text.matchAll(/\(([^()]*)\)/g)) if (!asides.some((a) => a.start === m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/,?\s*\b(?:such as|e\.g\.?,?|including)\s+/gi)) {
    const inParen = spans.some((s) => m.index >= s.start && m.index < s.end);
    if (!inParen) spans.push({ start: m.index, end: nextStop(text, m.index + m[0].length) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function nextStop(text: string, from: number): number {
  const m = /[;(]|\band\s+(?:hands-on|experience|knowledge|familiarity|understanding)\b/i.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** The skill or the words naming the category just before "(" or "such as". */
function categoryBefore(
  text: string,
  hits: TermHit[],
  at: number,
  used: Set<TermHit>,
): { hit?: TermHit; literal?: string } {
  const before = hits.filter((h) => h.end <= at && !used.has(h)).pop();
  if (before) {
    const gap = text.slice(before.end, at).replace(EXAMPLES, '');
    if (/^\s*(?:[A-Za-z][\w-]*\s*){0,2}$/.test(gap) && !/\b(?:and|or|with|in|of|for)\b/i.test(gap)) return { hit: before };
  }
  const words = text.slice(0, at).replace(EXAMPLES, '').split(/\s+/).filter(Boolean);
  const phrase: string[] = [];
  while (words.length && phrase.length < 3) {
    const w = words.pop()!;
    if (/[,;:.)]$/.test(w) || VAGUE.test(w)) break;
    phrase.unshift(w);
  }
  if (phrase.length === 0 || (before && text.slice(before.start, at).includes(phrase.join(' ')))) return {};
  const literal = phrase.join(' ');
  return { literal: literal.charAt(0).toUpperCase() + literal.slice(1) };
}

/**
 * Runs of hits joined only by commas, slashes or "or". What an item is for ends its item:
 * "Storybook for component documentation, Vitest or Jest for unit tests" chooses between Vitest
 * and Jest, not documentation.
 */
function chains(text: string, hits: TermHit[]): TermHit[][] {
  const out: TermHit[][] = [];
  for (const h of hits) {
    const chain = out[out.length - 1];
    const prev = chain?.[chain.length - 1];
    const link = prev ? text.slice(prev.end, h.start) : '';
    const purposeEnds = prev !== undefined && /^\s*,/.test(link) && PURPOSE_BEFORE.test(text.slice(Math.max(0, prev.start - 40), prev.start));
    if (chain && prev && OR_LINK.test(link) && !purposeEnds) chain.push(h);
    else out.push([h]);
  }
  return out;
}
// "… for component documentation": the hit is what the item before it is used for.
const PURPOSE_BEFORE = /\b[A-Za-z][\w.+#-]*\s+for\s+(?:[a-z][\w-]*\s+){0,2}$/;

/** An "or" list (or a choice, "one of the following") stays whole; a comma list splits, slashes hold. */
function splitChain(text: string, chain: TermHit[]): SkillGroup[] {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const links = chain.slice(1).map((h, i) => text.slice(chain[i]!.end, h.start));
  const isChoice =
    links.some((l) => /\bor\b/i.test(l)) ||
    OR_AFTER.test(text.slice(last.end)) ||
    CHOICE_BEFORE.test(text.slice(0, first.start));
  if (isChoice || isBareListOfOneKind(chain, links)) return [makeGroup(chain)];
  const groups: TermHit[][] = [[first]];
  chain.slice(1).forEach((h, i) => {
    if (SLASH_LINK.test(links[i]!) || !COMMA_LINK.test(links[i]!)) groups[groups.length - 1]!.push(h);
    else groups.push([h]);
  });
  return groups.map((g) => makeGroup(g));
}

/** Kinds where a bare list names interchangeable choices ("Python, Bash, Perl, Ruby"). */
const INTERCHANGEABLE = new Set(['language', 'framework', 'database', 'cloud']);

/**
 * A bare comma list (no "and") of three or more skills of one kind reads as "any of these":
 * nobody asks for four scripting languages at once, while "AWS, Linux, Docker" (mixed kinds)
 * asks for each.
 */
function isBareListOfOneKind(chain: TermHit[], links: string[]): boolean {
  if (chain.length < 3 || !links.every((l) => COMMA_LINK.test(l))) return false;
  const kind = chain[0]!.category;
  return INTERCHANGEABLE.has(kind) && chain.every((h) => h.category === kind && !h.unknown);
}

export function makeGroup(hits: TermHit[], literal?: string): SkillGroup {
  const names: string[] = [];
  const add = (n: string): void => {
    if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
  };
  if (literal) add(literal);
  hits.forEach((h) => add(h.skill));
  return { anyOf: names, hits, start: Math.min(...hits.map((h) => h.start)), end: Math.max(...hits.map((h) => h.end)) };
}
