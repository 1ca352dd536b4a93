import type { RequirementKind, Tier } from '../../types.js';
import { jobRules } from '../rules.js';

/** What the weight of one requirement rests on. */
export interface WeightInput {
  tier: Tier;
  kind: RequirementKind;
  /** An emphasis word ("strong", "deep", "must") stood in an asking clause. */
  emphasis: boolean;
  /** Further mentions in the stack or responsibilities (or other asking lines). */
  repeats: number;
  /** Years were asked for it ("3+ years of Go"). */
  yearsAsked: boolean;
}

const EMPHASIS = new RegExp(`\\b(?:${jobRules.emphasisWords.join('|')})\\b`, 'i');

/** The emphasis word in a clause, if any. */
export function emphasisIn(text: string): string | null {
  return EMPHASIS.exec(text)?.[0]?.toLowerCase() ?? null;
}

/**
 * Weight of a requirement, with one short reason per rule that fired. Rules (data/job-rules.json
 * `weights`): tier base (required 3, preferred 1); +1 for emphasis; +0.5 per repeat, capped at
 * +1; +0.5 when years are asked; times a kind factor (soft skills and domains 0.5).
 */
export function weighRequirement(input: WeightInput): { weight: number; weightReasons: string[] } {
  const w = jobRules.weights;
  let weight = w.tier[input.tier];
  const reasons = [`${input.tier} (${w.tier[input.tier]})`];
  if (input.emphasis) {
    weight += w.emphasis;
    reasons.push(`emphasised (+${w.emphasis})`);
  }
  if (input.repeats > 0) {
    const bonus = Math.min(w.repetitionCap, input.repeats * w.repetition);
    weight += bonus;
    reasons.push(`mentioned ${input.repeats + 1}× (+${bonus})`);
  }
  if (input.yearsAsked) {
    weight += w.yearsAsked;
    reasons.push(`years asked (+${w.yearsAsked})`);
  }
  const factor = w.kindFactor[input.kind];
  if (factor !== 1) {
    weight *= factor;
    reasons.push(`${input.kind} (×${factor})`);
  }
  return { weight: Math.round(weight * 100) / 100, weightReasons: reasons };
}
