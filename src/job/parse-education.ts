import { type EducationLevel, type EducationRequirement, educationRank } from '../types.js';
import { anyOf, jobRules } from './rules.js';

const rules = jobRules.education;
const LEVELS = rules.levels.map((l) => ({
  level: l.level as EducationLevel,
  patterns: [
    ...(l.patterns.length ? [anyOf(l.patterns)] : []),
    ...(l.caseSensitive.length ? [anyOf(l.caseSensitive, '')] : []),
  ],
}));
const NOT_EDUCATION = anyOf(rules.notEducation, 'gi');
const GENERIC = new RegExp(rules.genericDegree, 'i');
const OR_EQUIVALENT = anyOf(rules.orEquivalent);
const FIELD = new RegExp(rules.fieldPattern, 'gi');
const FIELD_STOP = new Set(rules.fieldStop);

/**
 * The degree a clause asks for: the lowest level it names ("BS or MS" → bachelor), the
 * fields ("Computer Science"), and whether experience may stand in ("or equivalent
 * experience"). Null when the clause names no degree.
 */
export function parseEducation(text: string): Omit<EducationRequirement, 'source'> | null {
  const clean = text.replace(/[’‘]/g, "'").replace(NOT_EDUCATION, ' ');
  const named = LEVELS.filter((l) => l.patterns.some((p) => p.test(clean))).map((l) => l.level);
  if (named.length === 0 && GENERIC.test(clean) && /\b(?:degree in|degree\b.*\b(?:field|science|engineering))/i.test(clean)) {
    named.push(rules.genericLevel as EducationLevel);
  }
  if (named.length === 0) return null;
  const level = named.sort((a, b) => educationRank(a) - educationRank(b))[0]!;
  return { level, fields: parseFields(clean), orEquivalent: OR_EQUIVALENT.test(clean) };
}

function parseFields(text: string): string[] {
  const fields: string[] = [];
  for (const m of text.matchAll(FIELD)) {
    for (const part of m[1]!.split(/\s+(?:or|and|&)\s+|,\s*/)) {
      const words = part.split(/\s+/).filter((w) => !FIELD_STOP.has(w.toLowerCase()));
      const field = words.join(' ').trim();
      if (field && /^[A-Z]/.test(field) && !/^(?:Degree|Bachelor|Master|BS|MS|BA)\b/.test(field) && !fields.includes(field)) fields.push(field);
    }
  }
  return fields;
}
