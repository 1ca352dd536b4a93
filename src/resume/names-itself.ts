import type { SkillHit } from '../types.js';

const folded = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();

/**
 * The concept's own name is written ("machine learning models", "a scrum team", its initials
 * "IoT", its words inflected "a microservice", "RESTful APIs"), not a loose
 * alias that is a topic of its own ("dashboards" for Data Visualization, "API integrations"
 * for API Development) or a job title ("Data Engineer").
 */
export function namesItself(hit: Pick<SkillHit, 'surface' | 'skill'>): boolean {
  const surface = folded(hit.surface);
  const name = folded(hit.skill);
  // Whole words: "customer relationships" holds the letters of Customer Relations, not its name.
  return ` ${surface} `.includes(` ${name} `) || abbreviates(hit.surface, hit.skill) || sameWords(surface, name);
}

/** "IoT" for Internet of Things, "ML" for Machine Learning: the initials of the name, in capitals. */
function abbreviates(surface: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).map((w) => w[0]).join('');
  return surface.length >= 2 && /^\p{Lu}/u.test(surface) && surface.toLowerCase() === initials.toLowerCase();
}

/**
 * "a microservice", "RESTful APIs": the name's words, one a plural or an adjective of the
 * other ("-s", "-es", "-ful"). "Data Engineer" is not Data Engineering: "-ing" makes a job title.
 */
function sameWords(surface: string, name: string): boolean {
  const a = surface.split(' ');
  const b = name.split(' ');
  if (a.length !== b.length) return false;
  return a.every((w, i) => {
    const n = b[i]!;
    const [short, long] = w.length <= n.length ? [w, n] : [n, w];
    return long.startsWith(short) && /^(?:|s|es|ful)$/.test(long.slice(short.length));
  });
}
