import { describe, expect, it } from 'vitest';
import { mergeMonths, monthsInclusive } from '../../src/resume/structure/index.js';

describe('mergeMonths', () => {
  it('counts whole calendar months inclusively', () => {
    expect(monthsInclusive({ start: '2019-01', end: '2019-03' })).toBe(3);
    expect(mergeMonths([{ start: '2019-01', end: '2019-03' }])).toBe(3);
    expect(mergeMonths([{ start: '2019-05', end: '2019-05' }])).toBe(1);
  });

  it.each([
    ['overlapping ranges once', [['2019-01', '2019-06'], ['2019-04', '2019-12']], 12],
    ['a month shared by two jobs once', [['2020-08', '2021-10'], ['2021-10', '2025-09'], ['2019-05', '2020-08']], 77],
    ['touching ranges as one', [['2019-01', '2019-03'], ['2019-04', '2019-06']], 6],
    ['gaps as gaps', [['2014-05', '2015-12'], ['2016-02', '2017-02']], 33],
    ['a range inside another once', [['2010-01', '2012-12'], ['2011-03', '2011-04']], 36],
    ['ranges in any order', [['2023-09', '2024-03'], ['2011-12', '2012-02']], 10],
    ['nothing as 0', [], 0],
  ])('counts %s', (_what, ranges, months) => {
    expect(mergeMonths((ranges as string[][]).map(([start, end]) => ({ start: start!, end: end! })))).toBe(months);
  });

  it('ignores a range that ends before it starts', () => {
    expect(mergeMonths([{ start: '2020-05', end: '2020-01' }])).toBe(0);
  });
});
