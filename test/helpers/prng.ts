// One seeded PRNG for the tests and the fixture script (scripts/prng.mjs).
export { prng } from '../../scripts/prng.mjs';
