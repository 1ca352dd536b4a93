/**
 * jobfit's built-in data: the one module that reads the files in data/ (and schema/). Each
 * file is read on first need and kept for the process, never at import time, so loading a
 * stage costs nothing until it runs and a worker that only reads PDFs never parses the
 * taxonomy. Stages ask here instead of reading files themselves.
 *
 * This module sits two folders below the project, as every dist/<stage>/ module and the
 * one-file bundle (dist/bundle/) do, so one relative URL serves both.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The absolute path of a file in the project's data/ folder. */
export function builtinFile(name: string): string {
  return fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
}

/** The absolute path of a file in the project's schema/ folder. */
function schemaFile(name: string): string {
  return fileURLToPath(new URL(`../../schema/${name}`, import.meta.url));
}

const read = new Map<string, unknown>();

/** A JSON file, parsed; nothing kept (for data the caller turns into something else and keeps). */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A JSON file of data/, parsed once per process and kept (for data used as it is). */
function json<T>(path: string): T {
  if (!read.has(path)) read.set(path, readJson(path));
  return read.get(path) as T;
}

/**
 * A value computed from built-in data on first use and kept: what stages compile from the
 * rules (regexes, sets) is built when first needed, not when the module is imported.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** The files, by what they hold. Files a stage uses as they are are kept here; files a stage compiles (rules, stems, names, occupations) are handed over and the stage keeps what it builds. Callers cast to the shape their stage declares. */
export const builtin = {
  /** data/job-rules.json: posting headings, tier cues, emphasis, weights (job/rules.ts). */
  jobRules: <T>() => json<T>(builtinFile('job-rules.json')),
  /** data/trust-rules.json: stuffing, placeholder, not-a-resume, language, duplicates (trust/rules.ts). */
  trustRules: <T>() => readJson<T>(builtinFile('trust-rules.json')),
  /** data/taxonomy.json: the skills (taxonomy/index.ts). */
  taxonomy: <T>() => json<T>(builtinFile('taxonomy.json')),
  /** data/list-skills.txt: ESCO and O*NET skill names read only as items of a skills list, one a line, sorted by lower-cased form (taxonomy/list-skills.ts). */
  listSkills: () => readFileSync(builtinFile('list-skills.txt'), 'utf8'),
  /** data/list-tags.txt: Stack Overflow tags read only as items of a skills list, same shape (taxonomy/list-skills.ts). */
  listTags: () => readFileSync(builtinFile('list-tags.txt'), 'utf8'),
  /** data/list-compounds.json: activity nouns and the words that qualify them, for items of a skills list no vocabulary names whole (taxonomy/list-skills.ts). */
  listCompounds: <T>() => readJson<T>(builtinFile('list-compounds.json')),
  /** data/prose-skills.json: skill names annotated posting sentences read as skills in running text, and names they do not (resume/prose-claims.ts). */
  proseSkills: <T>() => readJson<T>(builtinFile('prose-skills.json')),
  /** data/task-verbs.json: the verbs that open O*NET task statements, lower-case (job/rules.ts). */
  taskVerbs: <T>() => json<T>(builtinFile('task-verbs.json')),
  /** data/posting-phrases.txt: skill phrases a posting's requirement clause may name, lower-case, sorted (job/clause-phrases.ts). */
  postingPhrases: () => readFileSync(builtinFile('posting-phrases.txt'), 'utf8'),
  /** data/spoken-languages.json: human languages, their grades and headings (resume/spoken-languages.ts). */
  spokenLanguages: <T>() => readJson<T>(builtinFile('spoken-languages.json')),
  /** data/platform-products.json: cloud products that show their platform, and the forms that do (resume/implied-platforms.ts). */
  platformProducts: <T>() => readJson<T>(builtinFile('platform-products.json')),
  /** data/trait-skills.json: soft skills O*NET counts as personal characteristics, not skills (resume/traits.ts). */
  traitSkills: <T>() => readJson<T>(builtinFile('trait-skills.json')),
  /** data/stems.json: Porter stems of the taxonomy's indexed words (match/index.ts). */
  stems: <T>() => readJson<T>(builtinFile('stems.json')),
  /** data/education-fields.json: families of related fields of study (score/general-requirements.ts). */
  educationFields: <T>() => json<T>(builtinFile('education-fields.json')),
  /** data/names.json: given names, places, job-title words, common words (resume/guess-name.ts). */
  names: <T>() => readJson<T>(builtinFile('names.json')),
  /** data/occupations.json: O*NET titles, words and relations (occupation/index.ts, which keeps its index, not the file). */
  occupations: <T>() => readJson<T>(builtinFile('occupations.json')),
  /** data/pdf-tables.json: encodings, glyph names, base-14 widths (extract/pdf/plain/pdf-fonts.ts). */
  pdfTables: <T>() => json<T>(builtinFile('pdf-tables.json')),
  /** schema/job.schema.json: what a YAML job profile may hold (profile/index.ts). */
  jobSchema: <T>() => readJson<T>(schemaFile('job.schema.json')),
};
