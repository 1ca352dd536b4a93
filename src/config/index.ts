import type { Config } from '../types.js';
import { usageMessage } from '../messages.js';

/** Every default in one place; the README's scoring section quotes these numbers. */
export const DEFAULT_CONFIG: Config = {
  tierWeights: { required: 31, preferred: 15, general: 4, role: 50 },
  credit: { implied: 0.75, related: 0.5, hedged: 0.5, listedOnly: 0.85, occupation: 0.75, text: 0.5 },
  // The 63 corpus PDFs inflate 6.4 MB of streams in all and the longest resume holds ~40,000
  // characters: each limit is far beyond any resume or posting, and far below a gigabyte.
  limits: { maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000, maxInflatedBytes: 64 << 20, maxChars: 500_000, maxParagraphs: 50_000, maxPages: 2_000, maxObjects: 500_000 },
  asOf: '1970-01',
};

/** YYYY-MM with a real month: the same check for the --as-of flag and a config file's asOf. */
export const isYearMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export interface ResolvedConfig {
  config: Config;
  errors: string[];
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Pure: raw YAML data → config. Unknown keys and wrong types are errors with dotted paths
 * ("tierWeights.required: expected a number"), so a typo never silently does nothing.
 */
export function resolveConfig(raw: unknown, base: Config = DEFAULT_CONFIG): ResolvedConfig {
  const errors: string[] = [];
  const config: Config = structuredClone(base);
  if (raw === null || raw === undefined) return { config, errors };
  if (!isObject(raw)) return { config, errors: ['(root): expected a mapping'] };
  const sections = { tierWeights: config.tierWeights, credit: config.credit, limits: config.limits } as unknown as Record<string, Record<string, number>>;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'asOf') {
      if (isYearMonth(value)) config.asOf = value;
      else errors.push(usageMessage('bad-as-of', { value }).message);
      continue;
    }
    if (key === 'skills') continue; // read by the taxonomy loader
    const target = sections[key];
    if (!target) {
      errors.push(`${key}: unknown setting (known: tierWeights, credit, limits, asOf, skills)`);
      continue;
    }
    if (!isObject(value)) {
      errors.push(`${key}: expected a mapping`);
      continue;
    }
    for (const [field, v] of Object.entries(value)) {
      if (!(field in target)) errors.push(`${key}.${field}: unknown setting (known: ${Object.keys(target).join(', ')})`);
      else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) errors.push(`${key}.${field}: expected a non-negative number`);
      else target[field] = v;
    }
  }
  for (const [field, v] of Object.entries(config.credit)) {
    if (v > 1) errors.push(`credit.${field}: expected a number from 0 to 1`);
  }
  return { config, errors };
}
