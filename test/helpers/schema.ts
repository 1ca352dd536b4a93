import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as object & { $id: string };

const ajv = new Ajv({ allErrors: true, strict: false });
for (const name of ['job.schema.json', 'resume.schema.json', 'score.schema.json', 'match.schema.json']) ajv.addSchema(load(name), name);

/** Validation errors of a JSON output against the shipped schema, as readable strings. */
export function schemaErrors(kind: 'job' | 'resume' | 'score' | 'match', data: unknown): string[] {
  const validate = ajv.getSchema(`${kind}.schema.json`)!;
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
