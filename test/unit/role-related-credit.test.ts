import { describe, expect, it } from 'vitest';
import { loadOccupations, relation } from '../../src/occupation/index.js';
import { ROLE_CREDIT, relatedCredit, sameMajorGroup } from '../../src/score/role-fit.js';

describe('related-occupation credit by SOC major group', () => {
  it('reads the major group from the first two digits of an O*NET-SOC code', () => {
    expect(sameMajorGroup('41-3021.00', '41-2031.00')).toBe(true);
    expect(sameMajorGroup('41-3021.00', '43-9041.00')).toBe(false);
  });

  it('keeps the rank credit of a related occupation inside the posting’s major group', () => {
    expect(relatedCredit(1, true)).toBe(ROLE_CREDIT.relatedTop);
    expect(relatedCredit(3, true)).toBeCloseTo(ROLE_CREDIT.relatedTop - 2 * ROLE_CREDIT.relatedStep);
    expect(relatedCredit(20, true)).toBe(ROLE_CREDIT.family);
  });

  it('lowers a related occupation of another trade below one of the same trade at the same rank', () => {
    expect(relatedCredit(2, false)).toBeLessThan(relatedCredit(2, true));
    expect(relatedCredit(1, false)).toBeLessThan(ROLE_CREDIT.relatedTop);
    // still decays with the rank, and stays above nothing
    expect(relatedCredit(9, false)).toBeLessThan(relatedCredit(2, false));
    expect(relatedCredit(20, false)).toBeGreaterThan(0);
  });

  it('ranks a same-trade neighbour of an insurance sales agent above a claims clerk of the same rank', () => {
    const data = loadOccupations();
    const clerk = relation(data, '41-3021.00', '43-9041.00');
    // The committed O*NET data lists the clerk among the agent's related occupations.
    expect(clerk).toMatchObject({ kind: 'related', rank: expect.any(Number) });
    expect(relatedCredit(clerk.rank!, false)).toBeLessThan(relatedCredit(clerk.rank!, true));
  });
});
