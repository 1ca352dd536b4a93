import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import { parseUserSkills } from '../../src/taxonomy/user-skills.js';

describe('resolveConfig', () => {
  it('fills defaults and lets the file override single values', () => {
    const { config, errors } = resolveConfig({ tierWeights: { required: 80 } });
    expect(errors).toEqual([]);
    expect(config.tierWeights).toEqual({ ...DEFAULT_CONFIG.tierWeights, required: 80 });
  });

  it.each([
    [{ tierWeigths: {} }, 'tierWeigths: unknown setting'],
    [{ tierWeights: { required: 'x' } }, 'tierWeights.required: expected a non-negative number'],
    [{ credit: { implied: 2 } }, 'credit.implied: expected a number from 0 to 1'],
    [{ asOf: '2024' }, 'asOf: expected YYYY-MM'],
    [[1, 2], '(root): expected a mapping'],
  ])('reports %j with a dotted path', (raw, message) => {
    expect(resolveConfig(raw).errors.join('; ')).toContain(message);
  });
});

describe('parseUserSkills', () => {
  it('reads a list of skills with aliases, category and implies', () => {
    const skills = parseUserSkills('- name: Snowplow\n  aliases: [snowplow analytics]\n  category: data\n  implies: [SQL]\n', 'mine.yaml');
    expect(skills).toEqual([{ name: 'Snowplow', aliases: ['snowplow analytics'], category: 'data', implies: ['SQL'], related: [], ambiguous: {}, origin: 'user' }]);
  });

  it('accepts a skills: list', () => {
    expect(parseUserSkills('skills:\n  - name: Zephyr\n', 'mine.yaml')[0]!.name).toBe('Zephyr');
  });

  it.each([
    // The line of the field at fault, not the entry's first line.
    ['- name: A\n  colour: red\n', /mine\.yaml:2: unknown field "colour"/],
    ['- name: A\n- aliases: [b]\n', /mine\.yaml:2: "name" must be a non-empty string/],
    ['- name: A\n  category: wizardry\n', /mine\.yaml:2: category "wizardry"/],
    ['- name: A\n  aliases: b\n', /mine\.yaml:2: "aliases" must be a list of strings/],
    ['- name: [\n', /mine\.yaml:\d+: invalid YAML/],
  ])('refuses a bad entry with file, line and reason', (text, message) => {
    expect(() => parseUserSkills(text, 'mine.yaml')).toThrow(ConfigError);
    expect(() => parseUserSkills(text, 'mine.yaml')).toThrow(message);
  });
});
