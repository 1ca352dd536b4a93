import type { OccupationData, OccupationReading } from '../types.js';
import { dutyShare, firstNamed, likenessMatch, taskLikeness, withDuties } from './match-text.js';
import { titleCandidates } from './match-title.js';

/** Title readings at or above this confidence are weighed against the duties. */
const TITLE_CANDIDATE_FLOOR = 0.45;
/** An occupation read from the duties alone counts at most this: a title is what the posting says it hires. */
const TEXT_ONLY = 0.6;
/** Duty-only readings considered: the best few by task likeness. */
const TEXT_CANDIDATES = 3;
/** Readings kept: within this share of the best one, at most MAX_READINGS. */
const KEEP_SHARE = 0.8;
const MAX_READINGS = 3;

/**
 * The occupations a posting may be for, best first, each with a weight (the best 1): its title's
 * readings (every occupation the title may name) weighed by how much the posting's lines read
 * like each one's O*NET tasks, and occupations its lines read like though its title does not
 * name them. A weak or odd title does not decide alone; a posting with no title is read from
 * its lines. Empty when neither reads as an occupation.
 */
export function postingReadings(data: OccupationData, title: string | null, lines: string[]): OccupationReading[] {
  const likeness = taskLikeness(data, lines);
  const shareOf = dutyShare(likeness);
  const textShare = (occ: number): number => shareOf?.(occ) ?? 0;
  const found = new Map<string, OccupationReading & { score: number }>();
  const add = (reading: OccupationReading & { score: number }): void => {
    const before = found.get(reading.code);
    if (!before || reading.score > before.score) found.set(reading.code, reading);
  };
  for (const match of title ? titleCandidates(data, title, TITLE_CANDIDATE_FLOOR) : []) {
    const occ = data.byCode.get(match.code)!;
    const share = textShare(occ);
    const score = withDuties(match.score, share);
    add({ code: match.code, title: match.title, via: match.via, weight: 0, score, reason: `title "${match.via}" ${pct(match.score)}, duties ${pct(share)} alike` });
  }
  if (likeness) {
    // Only occupations the lines also name by a word of their title (namesOccupation).
    const alike = [...likeness.scores.keys()]
      .filter((occ) => likeness.scores[occ]! > 0)
      .sort((a, b) => likeness.scores[b]! - likeness.scores[a]! || a - b);
    const best = firstNamed(data, likeness, alike, TEXT_CANDIDATES);
    for (const occ of best) {
      if (!likeness.scores[occ]) continue;
      const match = likenessMatch(data, likeness, occ, likeness.scores[occ]!);
      add({ code: match.code, title: match.title, via: `duties: ${match.via}`, weight: 0, score: TEXT_ONLY * textShare(occ), reason: `duties ${pct(textShare(occ))} alike (${match.via})` });
    }
  }
  const ranked = [...found.values()].sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
  const best = ranked[0]?.score ?? 0;
  return ranked
    .filter((r) => r.score >= KEEP_SHARE * best && r.score > 0)
    .slice(0, MAX_READINGS)
    .map(({ score, ...reading }) => ({ ...reading, weight: Math.round((score / best) * 1000) / 1000 }));
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
