import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/render/json.js';

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks', () => {
  it.each([
    ['a report with candidates', { schemaVersion: 1, job: { title: 'Nurse', lines: ['a\nb', '“quoted” — ✓'] }, candidates: [{ a: 1, b: [1, { c: null }] }, { a: 2, nested: { deep: [[]] } }], errors: [] }],
    ['empty arrays and objects', { schemaVersion: 1, candidates: [], errors: [], extra: {} }],
    ['undefined fields and items', { a: undefined, candidates: [undefined, { x: undefined, y: 1 }], f: () => 1, z: 'end' }],
    ['nothing at all', {}],
  ])('writes %s exactly as JSON.stringify(value, null, 2)', (_, value) => {
    expect([...jsonChunks(value, ['candidates'])].join('')).toBe(whole(value));
  });

  it('yields one piece per element of the named array', () => {
    const pieces = [...jsonChunks({ candidates: [{ n: 1 }, { n: 2 }, { n: 3 }] }, ['candidates'])];
    expect(pieces.filter((p) => p.includes('"n"'))).toHaveLength(3);
  });
});
