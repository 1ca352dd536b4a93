import { LineCounter, type Node, parseDocument, isMap, isSeq } from 'yaml';
import { ConfigError, configError } from '../errors.js';
import type { AmbiguityRule, Skill, SkillCategory } from '../types.js';

const CATEGORIES = new Set<SkillCategory>([
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform', 'data', 'security', 'design', 'practice',
  'methodology', 'soft', 'domain', 'certification', 'finance', 'healthcare', 'sales_marketing', 'legal', 'education', 'trades', 'business', 'hardware',
]);
const FIELDS = new Set(['name', 'aliases', 'category', 'implies', 'related', 'ambiguous', 'generic']);
const RULES = new Set<AmbiguityRule>(['exact-case', 'tech-context']);

/**
 * Parses a user's skills file: a list (or `skills:` list) of entries such as
 *   - name: Snowplow
 *     aliases: [snowplow analytics]
 *     category: data
 *     implies: [SQL]
 * Any bad entry stops the run with file, line and reason: a typo must not silently match nothing.
 */
export function parseUserSkills(text: string, file: string): Skill[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (doc.errors.length) throw configError('invalid-yaml', { file, line: lineCounter.linePos(doc.errors[0]!.pos[0]).line, reason: doc.errors[0]!.message.split('\n')[0]! });
  let list = doc.contents as Node | null;
  if (isMap(list)) list = (list.get('skills', true) as Node | undefined) ?? null;
  if (!isSeq(list)) throw new ConfigError(`${file}:${lineOf(doc.contents)}: expected a list of skills (or a "skills:" list)`);

  return list.items.map((item) => {
    // The line of the field at fault when there is one, else the entry's first line.
    const fail = (why: string, key?: string): never => {
      const node = key !== undefined && isMap(item) ? (item.get(key, true) as Node | undefined) : undefined;
      throw new ConfigError(`${file}:${lineOf(node ?? (item as Node))}: ${why}`);
    };
    if (!isMap(item)) return fail('each skill must be a mapping with at least "name"');
    const raw = (item as Node).toJSON() as Record<string, unknown>;
    for (const key of Object.keys(raw)) if (!FIELDS.has(key)) fail(`unknown field "${key}" (known: ${[...FIELDS].join(', ')})`, key);
    if (typeof raw.name !== 'string' || !raw.name.trim()) fail('"name" must be a non-empty string', 'name');
    const strings = (key: string): string[] => {
      const v = raw[key] ?? [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`"${key}" must be a list of strings`, key);
      return v as string[];
    };
    const category = (raw.category ?? 'tool') as SkillCategory;
    if (!CATEGORIES.has(category)) fail(`category "${String(raw.category)}" is not one of ${[...CATEGORIES].join(', ')}`, 'category');
    const ambiguous = (raw.ambiguous ?? {}) as Record<string, AmbiguityRule[]>;
    for (const rules of Object.values(ambiguous)) {
      if (!Array.isArray(rules) || rules.some((r) => !RULES.has(r))) fail('"ambiguous" maps a form to a list of: exact-case, tech-context', 'ambiguous');
    }
    const skill: Skill = { name: (raw.name as string).trim(), aliases: strings('aliases'), category, implies: strings('implies'), related: strings('related'), ambiguous, origin: 'user' };
    if (raw.generic === true) skill.generic = true;
    return skill;
  });
}
