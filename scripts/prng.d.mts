/** mulberry32, seeded: 0 ≤ x < 1 (scripts/prng.mjs). */
export function prng(seed: number): () => number;
