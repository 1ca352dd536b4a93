import { type ErrorObject, Ajv } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { builtin } from '../builtin/index.js';
import { ConfigError, configError } from '../errors.js';
import type { JobProfile } from '../types.js';

/**
 * Parses and validates a hand-edited profile. Any problem is a ConfigError naming the
 * file, the line and what is wrong, because a recruiter's typo must not score silently.
 */
export function parseJobProfile(text: string, file: string): JobProfile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line } = lineCounter.linePos(e.pos[0]);
    throw configError('invalid-yaml', { file, line, reason: e.message.split('\n')[0]! });
  }
  const data = doc.toJS() as unknown;
  const validate = profileValidator();
  if (!validate(data)) {
    // An unknown field explains a missing one ("wieght" for "weight"), so report it first.
    const errors = validate.errors!;
    const error = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0]!;
    const path = error.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    throw new ConfigError(`${file}:${line}: ${describe(error)}`);
  }
  return data as JobProfile;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'profile';
  if (error.keyword === 'additionalProperties') return `${where}: unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return `${where}: ${error.message ?? 'invalid'}`;
}

let validator: ReturnType<Ajv['compile']> | undefined;

function profileValidator(): ReturnType<Ajv['compile']> {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true });
    validator = ajv.compile(builtin.jobSchema<object>());
  }
  return validator;
}
