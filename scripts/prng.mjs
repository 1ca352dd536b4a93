/**
 * mulberry32: tiny, seedable, good enough to pick bytes, offsets and test cases; 0 ≤ x < 1.
 * Plain JavaScript so the fixture script can use it too; the tests import it typed through
 * prng.d.mts.
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
