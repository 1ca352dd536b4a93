import { describe, expect, it } from 'vitest';
import { knowledgeSimilarity, loadOccupations, relation } from '../../src/occupation/index.js';
import { ROLE_CREDIT, relatedCredit, relationCredit, sameMajorGroup } from '../../src/score/role-fit.js';

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

describe('occupations O*NET does not link: credit by knowledge', () => {
  const data = loadOccupations();
  const estimator = { code: '13-1051.00', title: 'Cost Estimators', via: 'estimator' };
  const held = (code: string) => ({ code, title: data.names[data.byCode.get(code)!]!, via: code });

  it('compares the knowledge O*NET rates two occupations on, the same both ways', () => {
    const maintenance = knowledgeSimilarity(data, '13-1051.00', '49-9071.00')!;
    expect(maintenance).toBeGreaterThan(0.3);
    expect(knowledgeSimilarity(data, '49-9071.00', '13-1051.00')).toBeCloseTo(maintenance);
    // A registered nurse needs medicine and care, not building and costing.
    expect(knowledgeSimilarity(data, '13-1051.00', '29-1141.00')!).toBeLessThan(0);
    expect(knowledgeSimilarity(data, '13-1051.00', '99-9999.99')).toBeNull();
  });

  it('lets a building trade stand near a roofing estimator and a nurse not at all, with the reason', () => {
    const trade = relationCredit(data, estimator, held('49-9071.00'));
    expect(trade.credit).toBeGreaterThan(0.2);
    expect(trade.credit).toBeLessThanOrEqual(0.4);
    expect(trade.how).toContain('alike in the knowledge O*NET rates them on');
    expect(relationCredit(data, estimator, held('29-1141.00')).credit).toBe(0);
  });

  it('falls back to the SOC major group and task statements for an occupation without ratings', () => {
    // Project Management Specialists has no knowledge ratings in O*NET 29.3.
    const unrated = relationCredit(data, estimator, held('13-1082.00'));
    expect(knowledgeSimilarity(data, '13-1051.00', '13-1082.00')).toBeNull();
    expect(unrated.how).not.toContain('knowledge');
  });

  it('keeps O*NET’s own links ahead of knowledge', () => {
    // Construction Managers are related (rank 2) to Cost Estimators.
    expect(relationCredit(data, estimator, held('11-9021.00')).how).toContain('related (O*NET rank 2)');
  });
});
