/**
 * The settings a run starts from: the config file, the skills file and the few flags that
 * override them. Shared by the CLI and the library's score(), so both read a config the same way.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, configError, usageError } from '../errors.js';
import type { Config, Skill } from '../types.js';
import { DEFAULT_CONFIG, isYearMonth, resolveConfig } from './index.js';

/** Plain data, before the (costlier) taxonomy and matcher are built from it. */
export interface Settings {
  config: Config;
  /** ISO 639-3 language resumes are expected in (the posting's); others get LANGUAGE. */
  language?: string;
  /** User skills from --skills / config, added to the built-in taxonomy. */
  extraSkills: Skill[];
}

export interface SettingsSources {
  /** A YAML settings file: tier weights, credits, limits, asOf, skills. */
  config?: string | undefined;
  /** A YAML file of extra or overriding skills. */
  skills?: string | undefined;
  /** The month "Present" means, YYYY-MM; overrides the file; default this month. */
  asOf?: string | undefined;
  /** Read image-only PDFs with OCR. */
  ocr?: boolean | undefined;
}

/** This month as YYYY-MM: what "Present" means unless told otherwise. */
export function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A text file the user named, or a usage error saying which one could not be read. */
export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw usageError('cannot-read', { what, path, reason: (error as NodeJS.ErrnoException).code ?? 'error' }, { cause: error });
  }
}

/** The defaults with what a settings file says, then what the flags say, over them. */
export function defaultSettings(sources: SettingsSources = {}): Settings {
  const config: Config = { ...DEFAULT_CONFIG, asOf: sources.asOf ?? thisMonth() };
  if (sources.ocr) config.ocr = true;
  return { config, extraSkills: [] };
}

/** Config file + flags → settings. Flags override the file. */
export async function loadSettings(sources: SettingsSources): Promise<Settings> {
  let raw: Record<string, unknown> | undefined;
  let text = '';
  let lineOf: (path: string) => number = () => 1;
  if (sources.config) {
    text = await readText(sources.config, 'config file');
    const { LineCounter, parseDocument } = await import('yaml');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      throw configError('invalid-yaml', { file: sources.config, line: lineCounter.linePos(e.pos[0]).line, reason: e.message.split('\n')[0]! });
    }
    raw = doc.toJS() as Record<string, unknown>;
    // "tierWeights.required: …" → the line of that value, so every error names file and line.
    lineOf = (path) => {
      const node = path === '(root)' ? doc.contents : (doc.getIn(path.split('.'), true) as { range?: [number, number, number] } | undefined);
      return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    };
  }
  const { config, errors } = resolveConfig(raw, { ...DEFAULT_CONFIG, asOf: thisMonth() });
  if (errors.length) throw new ConfigError(errors.map((e) => `${sources.config}:${lineOf(e.slice(0, e.indexOf(':')))}: ${e}`).join('\n'));
  if (sources.asOf !== undefined && !isYearMonth(sources.asOf)) throw usageError('bad-as-of', { value: sources.asOf });
  if (sources.asOf) config.asOf = sources.asOf;
  if (sources.ocr) config.ocr = true;

  // YAML and its validators load only when a file asks for them: start-up stays fast.
  const extraSkills: Skill[] = [];
  if (sources.skills || raw?.skills) {
    const { parseUserSkills } = await import('../taxonomy/user-skills.js');
    // The config file's own text, so a skills error names its line in that file.
    if (raw && 'skills' in raw && sources.config) extraSkills.push(...parseUserSkills(text, sources.config));
    if (sources.skills) extraSkills.push(...parseUserSkills(await readText(sources.skills, 'skills file'), sources.skills));
  }
  return { config, extraSkills };
}
