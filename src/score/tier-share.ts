import type { Tier } from '../types.js';

/**
 * A requirement tier earns its whole share once the posting asks this much weight in it (about
 * three required skills, eight preferred ones); below, its share shrinks in proportion and the
 * rest goes to the other tiers. Two soft skills weighing 0.4, or one clause read as a
 * requirement, are too little to decide 15 or 31 points of a ranking.
 */
export const FULL_TIER_WEIGHT = 8;
const THIN_TIERS: ReadonlySet<string> = new Set<Tier>(['required', 'preferred']);

/** The part of its configured share a tier keeps for its possible weight (1 = all of it). */
export function tierFill(tier: string, possible: number): number {
  return THIN_TIERS.has(tier) ? Math.min(1, possible / FULL_TIER_WEIGHT) : 1;
}
