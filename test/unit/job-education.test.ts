import { describe, expect, it } from 'vitest';
import { parseEducation } from '../../src/job/parse-education.js';

describe('parseEducation', () => {
  it.each([
    ["Bachelor's degree in Computer Science or equivalent experience", 'bachelor'],
    ['BS or MS degree in computer science or related field.', 'bachelor'],
    ['Masters in statistics, computer science or other data rich field of study', 'master'],
    ['PhD in Machine Learning preferred', 'phd'],
    ['Minimum high school diploma or equivalent, or related experience', 'high_school'],
    ['High school diploma or GED', 'high_school'],
    ["Associate's degree in Nursing", 'associate'],
    ['BS Computer Science or equivalent required', 'bachelor'],
  ])("reads '%s' as %s", (text, level) => {
    expect(parseEducation(text)?.level).toBe(level);
  });

  it('notes the field and that experience may stand in', () => {
    expect(parseEducation("Bachelor's degree in Computer Science or equivalent experience")).toEqual({
      level: 'bachelor',
      fields: ['Computer Science'],
      orEquivalent: true,
    });
  });

  it.each(['Scrum Master certification', 'Mastery of Python', 'MS Office and Excel', 'Strong communication skills'])(
    "finds no degree in '%s'",
    (text) => {
      expect(parseEducation(text)).toBeNull();
    },
  );
});
