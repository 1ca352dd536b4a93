import { describe, expect, it } from 'vitest';
import { terminalWidth } from '../../src/cli/look.js';

describe('terminalWidth', () => {
  it.each([
    [{}, { COLUMNS: '100' }, 120, 100],
    [{}, {}, 120, 120],
    [{}, { COLUMNS: '' }, 60, 60],
    [{}, {}, undefined, 80],
    [{}, { COLUMNS: 'wide' }, undefined, 80],
    [{ output: 'report.txt' }, { COLUMNS: '200' }, 200, 80],
  ] as const)('%o with %o and a %s-column terminal → %i', (options, env, columns, width) => {
    expect(terminalWidth(options, env as NodeJS.ProcessEnv, columns)).toBe(width);
  });
});
