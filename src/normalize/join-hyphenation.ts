/**
 * Line-end hyphenation: "Kuber-" + "netes and Helm" → "Kubernetes" + "and Helm".
 * The hyphen stays when the halves form a real compound ("self-" + "motivated",
 * "data-" + "driven", "end-" + "to-end").
 */
const compoundFirstHalves = new Set([
  'self', 'well', 'non', 'co', 'cross', 'multi', 'high', 'low', 'long', 'short', 'full', 'part', 'real', 'end',
  'user', 'client', 'server', 'front', 'back', 'open', 'hands', 'detail', 'results', 'customer', 'team', 'fast',
  'data', 'cloud', 'web', 'mission', 'cost', 'time', 'award', 'fact', 'on', 'off', 'in', 'up', 'top', 'mid',
  'year', 'month', 'day', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'ten', 'half',
  'semi', 'pre', 'post', 'ex', 'anti', 'sub', 'de', 're', 'state', 'large', 'small', 'object', 'test', 'event',
  'domain', 'quick', 'hard', 'free', 'big', 'e', 'x', 't',
]);
const compoundSecondHalves = new Set([
  'based', 'driven', 'oriented', 'level', 'time', 'scale', 'end', 'side', 'facing', 'term', 'related', 'specific',
  'aware', 'friendly', 'ready', 'focused', 'owned', 'made', 'like', 'free', 'wide', 'known', 'solving', 'making',
  'grade', 'class', 'quality', 'critical', 'stack', 'service', 'tier', 'party', 'to', 'and', 'of', 'the', 'on',
  'in', 'up', 'by', 'for', 'with', 'or', 'a', 'house', 'site', 'hoc', 'day', 'year', 'month', 'week', 'long',
  'wise', 'centric', 'native', 'first', 'source', 'commerce', 'mail', 'learning', 'performing', 'paced', 'motivated',
  'starter', 'depth', 'date', 'intensive', 'sensitive', 'facing', 'on', 'off', 'out', 'over', 'down', 'back',
]);

const hyphenAtEnd = /(\p{L}+)-$/u;
const wordAtStart = /^(\p{Ll}+(?:-\p{L}+)*)([\s\S]*)$/u;

/** Joins a word split at the end of `line` onto it; returns the two lines after the move. */
export function joinHyphenation(line: string, next: string): [string, string] | undefined {
  const end = hyphenAtEnd.exec(line);
  const start = wordAtStart.exec(next);
  if (end === null || start === null) return undefined;
  const first = end[1]!;
  const second = start[1]!;
  const rest = start[2]!;
  // "Python/Java-" or "(C-" style endings are not a broken word.
  if (/[\d/(]$/.test(line.slice(0, -first.length - 1)) && line.length > first.length + 1) return undefined;
  const keep = compoundFirstHalves.has(first.toLowerCase()) || compoundSecondHalves.has(second.split('-')[0]!);
  const joined = `${line.slice(0, -1)}${keep ? '-' : ''}${second}`;
  // Punctuation right after the second half belongs with it ("netes," / "netes.").
  const punct = /^[.,;:!?)]+/.exec(rest)?.[0] ?? '';
  return [joined + punct, rest.slice(punct.length).trim()];
}
