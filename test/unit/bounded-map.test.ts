import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/bounded-map.js';

describe('BoundedMap', () => {
  it('takes no new key once it holds its bound', () => {
    const memo = new BoundedMap<string, number>(2);
    memo.set('a', 1).set('b', 2).set('c', 3);
    expect(memo.size).toBe(2);
    expect(memo.has('c')).toBe(false);
    expect(memo.get('a')).toBe(1);
  });

  it('still updates a key it holds when full', () => {
    const memo = new BoundedMap<string, number>(1);
    memo.set('a', 1);
    memo.set('a', 5);
    expect(memo.get('a')).toBe(5);
  });
});
