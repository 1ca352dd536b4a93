import { describe, expect, it } from 'vitest';
import { contentClauses } from '../../src/job/index.js';
import { isNotice } from '../../src/job/line-tier.js';
import type { Line } from '../../src/types.js';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));

describe('isNotice', () => {
  it('knows the equal-opportunity notice, pay and benefits, and how to apply', () => {
    expect(isNotice('We are an equal opportunity employer without regard to race, color, religion or sex.', 'other')).toBe(true);
    expect(isNotice('Competitive salary, 401k and paid vacation.', 'other')).toBe(true);
    expect(isNotice('Please apply today with your resume and cover letter.', 'other')).toBe(true);
    expect(isNotice('Anything at all', 'benefits')).toBe(true);
  });

  it('keeps the work, the asks and the employer', () => {
    expect(isNotice('Prepare cost estimates for commercial roofing projects.', 'responsibilities')).toBe(false);
    expect(isNotice('We are a commercial roofing contractor in Houston.', 'about')).toBe(false);
    // an ask of years outweighs a pay word
    expect(isNotice('5+ years of estimating experience; salary based on experience', 'required')).toBe(false);
  });
});

describe('contentClauses', () => {
  it('drops the notices and keeps the title and the job', () => {
    const clauses = contentClauses(linesOf('Roofing Estimator\nPrepare cost estimates for roofing projects.\nWe offer a competitive salary and 401k.\nWe are an equal opportunity employer: race, color, religion, sex and national origin are no factor.'));
    expect(clauses.join(' | ')).toContain('Roofing Estimator');
    expect(clauses.join(' | ')).toContain('cost estimates');
    expect(clauses.join(' | ')).not.toMatch(/401k|religion/);
  });
});
