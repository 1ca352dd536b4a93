import { builtin } from '../builtin/index.js';
import type { Skill, SkillCategory, Taxonomy } from '../types.js';

interface TaxonomyFile {
  version: number;
  skills: Skill[];
}

/** The built-in skills, read once per process. */
export function builtInSkills(): Skill[] {
  return builtin.taxonomy<TaxonomyFile>().skills;
}

/**
 * Builds the lookup tables. Later entries override earlier ones with the same name, so user
 * skills passed after the built-in ones replace or extend them.
 */
export function buildTaxonomy(skills: Skill[]): Taxonomy {
  const byName = new Map<string, Skill>();
  for (const skill of skills) {
    const key = skill.name.toLowerCase();
    const previous = byName.get(key);
    byName.set(key, previous && skill.origin === 'user' ? mergeSkill(previous, skill) : skill);
  }
  const byForm = new Map<string, string>();
  for (const skill of byName.values()) {
    for (const form of [skill.name, ...skill.aliases]) {
      const key = form.toLowerCase();
      // A user's alias wins over a built-in one; otherwise the first claim stands.
      if (!byForm.has(key) || skill.origin === 'user') byForm.set(key, skill.name);
    }
  }
  return { skills: [...byName.values()], byForm, byName };
}

function mergeSkill(base: Skill, override: Skill): Skill {
  return {
    ...base,
    ...override,
    aliases: [...new Set([...base.aliases, ...override.aliases])],
    implies: override.implies.length ? override.implies : base.implies,
    related: override.related.length ? override.related : base.related,
    ambiguous: { ...base.ambiguous, ...override.ambiguous },
  };
}

/** The built-in taxonomy plus any user skills. */
export function loadTaxonomy(extra: Skill[] = []): Taxonomy {
  return buildTaxonomy([...builtInSkills(), ...extra]);
}

/** Canonical skill for a name or alias, if the taxonomy knows it. */
export function lookupSkill(taxonomy: Taxonomy, form: string): Skill | undefined {
  const name = taxonomy.byForm.get(form.toLowerCase());
  return name === undefined ? undefined : taxonomy.byName.get(name.toLowerCase());
}

/** Every skill that `name` shows, following implies transitively (not including itself). */
export function impliedSkills(taxonomy: Taxonomy, name: string): string[] {
  const seen = new Set<string>();
  const stack = [...(lookupSkill(taxonomy, name)?.implies ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    const key = next.toLowerCase();
    if (seen.has(key) || key === name.toLowerCase()) continue;
    seen.add(key);
    stack.push(...(lookupSkill(taxonomy, next)?.implies ?? []));
  }
  return [...seen].map((k) => taxonomy.byName.get(k)?.name ?? k);
}

const NON_TECH: ReadonlySet<SkillCategory> = new Set(['soft', 'domain']);

/** Categories whose skills are named products (a language, a framework, a tool…), not practices or topics. */
export const PRODUCT_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform']);

/** Products only engineers use: an office tool (Excel, Epic), a practice or a compliance standard is met in every trade. */
export const ENGINEERS_PRODUCTS: ReadonlySet<SkillCategory> = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'platform', 'hardware']);

/** Technical skills give context to ambiguous neighbours ("Go" beside "Python"). */
export function isTechnical(skill: Skill): boolean {
  return !NON_TECH.has(skill.category) && !skill.generic;
}

/** A resume skill's taxonomy name, lower-cased: what requirements and titles are matched on ("sage accounting" for a skill named "Peachtree"). */
export function taxonomyKey(skill: { name: string; taxonomyName?: string }): string {
  return (skill.taxonomyName ?? skill.name).toLowerCase();
}
