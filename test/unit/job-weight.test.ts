import { describe, expect, it } from 'vitest';
import { emphasisIn, weighRequirement } from '../../src/job/weigh-requirement.js';

const base = { tier: 'required', kind: 'skill', emphasis: false, repeats: 0, yearsAsked: false } as const;

describe('weighRequirement', () => {
  it('starts from the tier: required 3, preferred 1', () => {
    expect(weighRequirement(base).weight).toBe(3);
    expect(weighRequirement({ ...base, tier: 'preferred' }).weight).toBe(1);
  });

  it('adds one for emphasis and says why', () => {
    const w = weighRequirement({ ...base, emphasis: true });
    expect(w.weight).toBe(4);
    expect(w.weightReasons.some((r) => r.includes('emphasised'))).toBe(true);
  });

  it('adds a half per repeat, capped at one', () => {
    expect(weighRequirement({ ...base, repeats: 1 }).weight).toBe(3.5);
    expect(weighRequirement({ ...base, repeats: 5 }).weight).toBe(4);
  });

  it('weighs soft skills and domains lower', () => {
    expect(weighRequirement({ ...base, kind: 'soft' }).weight).toBeLessThan(3);
    expect(weighRequirement({ ...base, kind: 'domain' }).weight).toBeLessThan(3);
  });

  it('finds emphasis words', () => {
    expect(emphasisIn('Strong proficiency in Python')).toBe('strong');
    expect(emphasisIn('Deep understanding of RESTful design')).toBe('deep');
    expect(emphasisIn('Experience with Docker')).toBeNull();
  });
});
