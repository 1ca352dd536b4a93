import { describe, expect, it } from 'vitest';
import { parseYears } from '../../src/job/parse-years.js';

const first = (text: string) => parseYears(text)[0];

describe('parseYears', () => {
  it.each([
    ['5+ years of professional software engineering experience', 5, true],
    ['at least three years of experience', 3, true],
    ['3-5 years of relevant experience', 3, true],
    ['minimum of 2 years experience', 2, true],
    ['two (2) years of experience', 2, true],
    ["5 to 8 years' experience with modern Java", 5, false],
    ['3+ years of Go', 3, false],
    ['4+ years of professional Python experience', 4, false],
    ['2 + years of experience in leading the development of services', 2, false],
  ])("reads '%s' as %i years (general: %s)", (text, years, general) => {
    expect(first(text)).toMatchObject({ years, general });
  });

  it('spans the topic of a per-skill ask so the requirement can carry the years', () => {
    const text = '3+ years of Go and Python';
    const ask = first(text)!;
    expect(text.slice(ask.start, ask.end)).toContain('Go');
  });

  it.each(['Founded over 30 years ago', 'has been in business for 30 years', 'About 5 weeks of PTO', 'age 21 and older'])(
    "finds no years ask in '%s'",
    (text) => {
      expect(parseYears(text)).toEqual([]);
    },
  );
});
