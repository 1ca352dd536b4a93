import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/types.js';
import { guessName } from '../../src/resume/structure/index.js';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, page: 1, text }));

describe('guessName', () => {
  it.each([
    [['John Doe', 'Software engineer obsessed with products'], 'John Doe'],
    [['MARISSA MAYER', 'Business Woman & Proud Geek'], 'Marissa Mayer'],
    [['Last Updated on 21st January 2015', 'Debarghya Das', 'deedy@fb.com'], 'Debarghya Das'],
    [['JAN KÜSTER RESUME', 'CONTACT'], 'Jan Küster'],
    [['Sourabh Bajaj                Email: sourabh@x.com'], 'Sourabh Bajaj'],
    [['ASP.NET WEB DEVELOPER', 'Accomplishments'], null],
    [['REGISTERED NURSE', 'Professional Summary'], null],
    [['EXPERIENCE', 'Acme Corp'], null],
  ])('reads %j as %j', (texts, name) => {
    expect(guessName(lines(...texts))).toBe(name);
  });
});

describe('post-nominal letters', () => {
  it.each([
    ['Harold Pembrook, CPA', 'Harold Pembrook'],
    ['Abigail Nwosu, RN, BSN', 'Abigail Nwosu'],
    ['Jane Smith, PhD', 'Jane Smith'],
  ])('%s → %s', (text, expected) => {
    expect(guessName([{ n: 1, page: 1, text }])).toBe(expected);
  });
});
