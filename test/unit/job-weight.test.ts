import { describe, expect, it } from 'vitest';
import { emphasisIn, weighRequirement } from '../../src/job/weigh/weigh-requirement.js';
import { MAX_FACTOR, MIN_FACTOR, namedInTitle, SOFT_MAX_FACTOR, specificityFactor, weighBySpecificity } from '../../src/job/weigh/weigh-specificity.js';
import { loadBackground } from '../../src/match/text-evidence.js';
import type { Requirement } from '../../src/types.js';

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

describe('weighBySpecificity', () => {
  const background = loadBackground();
  const req = (name: string): Requirement => ({ id: 'R1', tier: 'required', kind: 'skill', anyOf: [name], weight: 3, years: null, source: { line: 1, text: name } });
  const factor = (name: string) => specificityFactor(background, req(name))!;

  it('weighs a requirement named in most resumes less than one named in few, within the bounds', () => {
    expect(factor('Communication')).toBeLessThan(factor('Roofing'));
    for (const name of ['Communication', 'Roofing', 'Kubernetes', 'customer service']) {
      expect(factor(name)).toBeGreaterThanOrEqual(MIN_FACTOR);
      expect(factor(name)).toBeLessThanOrEqual(MAX_FACTOR);
    }
  });

  it('never raises a soft skill for the rarity of its name: resumes show it in verbs, not in its name', () => {
    const soft = (name: string) => specificityFactor(background, { ...req(name), kind: 'soft' })!;
    expect(factor('Teamwork')).toBeGreaterThan(SOFT_MAX_FACTOR);
    expect(soft('Teamwork')).toBe(SOFT_MAX_FACTOR);
    expect(soft('Communication')).toBe(factor('Communication'));
  });

  it('never weighs down what the posting title names: that is the job itself', () => {
    expect(namedInTitle('Staff Accountant', req('Accounting'))).toBe(true);
    expect(namedInTitle('Preschool Teacher Job in Houston', req('Teaching'))).toBe(true);
    expect(namedInTitle('Customer Service Representative', req('Customer Service'))).toBe(true);
    expect(namedInTitle('HR Generalist - outlook, excel, customer service', req('Customer Service'))).toBe(false);
    expect(namedInTitle('Registered Nurse', req('Accounting'))).toBe(false);
    const job = { schemaVersion: 1 as const, source: 'j', title: 'Customer Service Representative', minYears: null, education: null, requirements: [req('Customer Service')] };
    const [core] = weighBySpecificity(job, background).requirements;
    expect(core!.weight).toBe(3);
    expect(core!.weightReasons!.at(-1)).toBe('named in the posting title (×1)');
    expect(weighBySpecificity({ ...job, title: 'Software Engineer' }, background).requirements[0]!.weight).toBeLessThan(3);
  });

  it('counts rarity twice for a name matched by its words alone: common words weigh little, a rare one fully', () => {
    const words = (name: string) => specificityFactor(background, { ...req(name), kind: 'unknown' })!;
    expect(words('best practices')).toBeLessThan(factor('best practices'));
    expect(words('best practices')).toBeCloseTo(Math.max(MIN_FACTOR, factor('best practices') ** 2), 1);
    expect(words('project schedules')).toBe(MIN_FACTOR);
    expect(words('quantity takeoffs')).toBe(MAX_FACTOR);
    const job = { schemaVersion: 1 as const, source: 'j', title: null, minYears: null, education: null, requirements: [{ ...req('best practices'), kind: 'unknown' as const }] };
    expect(weighBySpecificity(job, background).requirements[0]!.weightReasons!.at(-1)).toMatch(/matched by its words \(rarity²\) \(×0\.\d+\)$/);
  });

  it('scales the weight and says why, and leaves a requirement of no words alone', () => {
    const job = { schemaVersion: 1 as const, source: 'j', title: null, minYears: null, education: null, requirements: [req('Communication'), req('C++')] };
    const [common] = weighBySpecificity(job, background).requirements;
    expect(common!.weight).toBeLessThan(3);
    expect(common!.weightReasons!.at(-1)).toMatch(/^common in resumes \(×0\.\d+\)$/);
    expect(specificityFactor(background, req('++'))).toBeNull();
  });
});
