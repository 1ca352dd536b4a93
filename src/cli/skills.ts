/** `jobfit skills`: list or search the taxonomy (the built-in one with the user's skills). */
import { loadTaxonomy } from '../taxonomy/index.js';
import { writeAll } from './output.js';
import { type CommonOptions, readSettings } from './settings.js';

export async function runSkills(query: string | undefined, options: CommonOptions & { format: 'table' | 'json' }): Promise<void> {
  const { extraSkills } = await readSettings(options);
  const q = query?.toLowerCase();
  const skills = loadTaxonomy(extraSkills).skills.filter((s) => !q || s.name.toLowerCase().includes(q) || s.aliases.some((a) => a.toLowerCase().includes(q)));
  const text =
    options.format === 'json'
      ? `${JSON.stringify(skills, null, 2)}\n`
      : skills.map((s) => `${s.name}  [${s.category}]${s.aliases.length ? `  aka ${s.aliases.join(', ')}` : ''}${s.implies.length ? `  → ${s.implies.join(', ')}` : ''}`).join('\n') + '\n';
  await writeAll(options.output, text);
}
