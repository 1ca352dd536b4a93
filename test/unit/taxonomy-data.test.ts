import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Skill, SkillCategory } from '../../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared');
const data = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'taxonomy.json'), 'utf8')) as {
  version: number;
  sources: { id: string; name: string; license: string }[];
  skills: Skill[];
};
const skills = data.skills;
const byName = new Map(skills.map((s) => [s.name, s]));
const byForm = new Map<string, Skill>();
for (const s of skills) for (const f of [s.name, ...s.aliases]) byForm.set(f.toLowerCase(), s);

const CATEGORIES: SkillCategory[] = ['language', 'framework', 'library', 'database', 'cloud', 'devops', 'tool', 'platform', 'data', 'security', 'design', 'practice', 'methodology', 'soft', 'domain', 'certification', 'finance', 'healthcare', 'sales_marketing', 'legal', 'education', 'trades', 'business', 'hardware'];

function skillOf(form: string): Skill | undefined {
  return byForm.get(form.toLowerCase());
}

describe('taxonomy.json structure', () => {
  it('holds at least 2000 skills and credits its sources', () => {
    expect(data.version).toBe(1);
    expect(skills.length).toBeGreaterThanOrEqual(2000);
    expect(data.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['onet', 'linguist', 'esco', 'ms']));
  });

  it('has names unique case-insensitively', () => {
    const seen = new Set<string>();
    const dupes = skills.map((s) => s.name.toLowerCase()).filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
    expect(dupes).toEqual([]);
  });

  it('maps every form (name or alias) to one skill only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of skills) {
      for (const f of [s.name, ...s.aliases]) {
        const prev = owner.get(f.toLowerCase());
        if (prev && prev !== s.name) clashes.push(`${f}: ${prev} / ${s.name}`);
        owner.set(f.toLowerCase(), s.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('points implies and related only at canonical names that exist', () => {
    const missing = skills.flatMap((s) => [...s.implies, ...s.related].filter((t) => !byName.has(t)).map((t) => `${s.name} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('uses only valid categories and ambiguity rules on real forms', () => {
    expect(skills.filter((s) => !CATEGORIES.includes(s.category)).map((s) => s.name)).toEqual([]);
    const bad = skills.flatMap((s) =>
      Object.entries(s.ambiguous)
        .filter(([form, rules]) => !(form === s.name || s.aliases.includes(form)) || rules.some((r) => r !== 'exact-case' && r !== 'tech-context'))
        .map(([form]) => `${s.name}: ${form}`),
    );
    expect(bad).toEqual([]);
  });

  it('has no implies cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]): void => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'open') { cycles.push([...trail, name].join(' → ')); return; }
      state.set(name, 'open');
      for (const next of byName.get(name)?.implies ?? []) visit(next, [...trail, name]);
      state.set(name, 'done');
    };
    for (const s of skills) visit(s.name, []);
    expect(cycles).toEqual([]);
  });
});

describe('taxonomy.json spot checks', () => {
  it.each([
    ['k8s', 'Kubernetes'], ['postgres', 'PostgreSQL'], ['golang', 'Go'], ['js', 'JavaScript'],
    ['gcp', 'Google Cloud Platform'], ['rn', 'Registered Nurse'], ['nodejs', 'Node.js'], ['reactjs', 'React'],
    ['ms excel', 'Microsoft Excel'], ['cpa', 'Certified Public Accountant'], ['psql', 'PostgreSQL'], ['ci cd', 'CI/CD'],
  ])('reads %s as %s', (form, name) => {
    expect(skillOf(form)?.name).toBe(name);
  });

  it.each(['c++', 'c#', '.net', 'node.js', 'ci/cd', 'pl/sql', 'a/b testing', 'tcp/ip', 'asp.net', 'f#'])('knows %s as a form', (form) => {
    expect(skillOf(form)).toBeDefined();
  });

  it.each(['Go', 'R', 'C', 'REST', 'Spring', 'Swift', 'Rust', 'Chef', 'Excel', 'Word', 'Access', 'Next', 'BASIC'])('guards %s with an ambiguity rule', (form) => {
    const skill = skillOf(form);
    expect(skill).toBeDefined();
    const key = Object.keys(skill!.ambiguous).find((k) => k.toLowerCase() === form.toLowerCase());
    expect(key && skill!.ambiguous[key].includes('tech-context')).toBe(true);
  });

  it.each(['C', 'R'])('needs exact case and tech context for the one-letter language %s', (form) => {
    expect(skillOf(form)?.ambiguous[form]).toEqual(['exact-case', 'tech-context']);
  });

  it.each(['D', 'J', 'K', 'Q', 'V'])('has no other one-letter form (%s): a lone letter is never evidence enough', (form) => {
    expect(skillOf(form)).toBeUndefined();
  });

  it.each([
    ['Django', 'Python'], ['Flask', 'Python'], ['FastAPI', 'Python'], ['Spring Boot', 'Java'], ['Spring Boot', 'Spring'],
    ['Amazon EKS', 'Amazon Web Services'], ['Amazon EKS', 'Kubernetes'], ['PostgreSQL', 'SQL'], ['MySQL', 'SQL'],
    ['TypeScript', 'JavaScript'], ['Next.js', 'React'], ['Certified Public Accountant', 'Accounting'], ['Registered Nurse', 'Nursing'],
    ['Docker', 'Containerization'], ['Terraform', 'Infrastructure as Code'], ['MongoDB', 'NoSQL'], ['Amazon Web Services', 'Cloud Platforms'],
  ])('%s implies %s', (from, to) => {
    expect(byName.get(from)?.implies).toContain(to);
  });

  it('marks broad soft skills generic', () => {
    for (const name of ['Communication', 'Teamwork', 'Leadership', 'Problem Solving', 'Attention to Detail']) expect(byName.get(name)?.generic).toBe(true);
    expect(byName.get('Kubernetes')?.generic).toBeUndefined();
  });

  it.each(['management', 'design', 'data', 'research', 'training', 'sales', 'insurance', 'health', 'music', 'office', 'security'])('never uses the plain word "%s" as a form', (word) => {
    expect(skillOf(word)).toBeUndefined();
  });

  // Generated names that are concept nouns ("improved the release process") and one-word O*NET/ESCO
  // products that read as prose ("Source", "Advantage") are left out.
  it.each(['release', 'processing', 'source', 'libraries', 'rotation', 'variables', 'advantage', 'clarity'])('does not turn the generic word "%s" into a skill', (word) => {
    expect(skillOf(word)).toBeUndefined();
  });

  // An alias must name the same skill, not a broader word, a place, a URL or a job title.
  it.each([
    ['server', 'Food Service'], ['production', 'Manufacturing'], ['events', 'Event Planning'], ['integrity', 'Professionalism'],
    ['professional', 'Professionalism'], ['reliability', 'Work Ethic'], ['responsible', 'Accountability'], ['information science', 'Library Science'],
    ['palo alto', 'Palo Alto Networks'], ['github.com', 'GitHub'], ['software engineer', 'Software Development'], ['teacher', 'Teaching'],
    ['researching', 'Research Skills'], ['argo', 'Argo Workflows'],
    ['altera', 'Intel Quartus'], ['lab equipment', 'Oscilloscopes'], ['utilities', 'Energy Industry'],
  ])('does not read "%s" as %s', (form, name) => {
    expect(skillOf(form)?.name).not.toBe(name);
  });

  it('needs a capital where a URL would spell the same word ("github.com/x", "https://")', () => {
    expect(byName.get('GitHub')?.ambiguous.GitHub).toContain('exact-case');
    expect(byName.get('HTTP')?.ambiguous.HTTPS).toContain('exact-case');
  });

  it('needs a capital and context for a generated one-word product that is also English ("Publisher")', () => {
    expect(skillOf('publisher')?.ambiguous.Publisher).toEqual(['exact-case', 'tech-context']);
  });

  it('keeps no vendor-less form that names the work rather than the product ("Maintenance" of SAP Maintenance)', () => {
    expect(skillOf('maintenance')).toBeUndefined();
    expect(skillOf('mechanical')).toBeUndefined();
    expect(skillOf('SAP Maintenance')?.name).toBe('SAP Maintenance');
  });

  // Categories decide what a resume claims: a concept met in prose ("improved monitoring") is a
  // practice; products and credentials are named categories.
  it.each([
    'Monitoring', 'Logging', 'Containerization', 'Continuous Integration', 'Incident Management', 'High Availability', 'Version Control',
    'Cloud Computing', 'Cloud Platforms', 'Database Design', 'Caching', 'Technical Support', 'System Administration', 'Deployment',
    'Dependency management', 'Operating system',
  ])('files the concept %s under practice', (name) => {
    expect(byName.get(name)?.category).toBe('practice');
  });

  it.each(['Banking', 'Payments', 'Fintech', 'Healthcare Domain', 'Mathematics', 'Psychology'])('files the industry or field %s under domain', (name) => {
    expect(byName.get(name)?.category).toBe('domain');
  });
});

// ── coverage over the gold readings (a sample of real resumes and postings) ────────────────

const goldDir = path.join(sharedDir, 'gold');
const haveGold = fs.existsSync(path.join(sharedDir, 'corpus')) && fs.existsSync(goldDir);
if (!haveGold) console.log(`taxonomy-data: skipping gold coverage, ${path.join(sharedDir, 'corpus')} not found`);

function readGold(): { file: string; groups: string[][]; traps: string[] }[] {
  const out: { file: string; groups: string[][]; traps: string[] }[] = [];
  for (const kind of ['resumes', 'jobs']) {
    const dir = path.join(goldDir, kind);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.yaml'))) {
      const doc = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
      const groups = ['skills', 'required', 'preferred', 'anywhere'].flatMap((k) => (doc[k] as string[][] | undefined) ?? []);
      const traps = [...((doc.traps as string[] | undefined) ?? []), ...((doc.forbidden as string[] | undefined) ?? [])];
      out.push({ file: `${kind}/${file}`, groups: groups.map((g) => g.map(String)), traps: traps.map(String) });
    }
  }
  return out;
}

describe.skipIf(!haveGold)('taxonomy.json against the gold readings', () => {
  const gold = haveGold ? readGold() : [];

  it('covers at least 95% of gold skill groups', () => {
    const all = gold.flatMap((g) => g.groups.map((group) => ({ file: g.file, group })));
    const uncovered = all.filter(({ group }) => !group.some((m) => skillOf(m)));
    if (uncovered.length) console.log('uncovered gold groups:\n' + uncovered.map((u) => `  ${u.file}: [${u.group.join(', ')}]`).join('\n'));
    expect(all.length).toBeGreaterThan(100);
    expect(1 - uncovered.length / all.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never lets a trap or forbidden word count as a skill without context', () => {
    const unguarded = gold.flatMap((g) =>
      g.traps.filter((word) => {
        const skill = skillOf(word);
        if (!skill) return false;
        // "java" inside "JavaScript", "c" inside "C#": whole-token matching already refuses these.
        const members = g.groups.flat().map((m) => m.toLowerCase());
        if (members.some((m) => m !== word.toLowerCase() && m.includes(word.toLowerCase()))) return false;
        const key = Object.keys(skill.ambiguous).find((k) => k.toLowerCase() === word.toLowerCase());
        return !key || !skill.ambiguous[key].includes('tech-context');
      }).map((w) => `${g.file}: ${w} → ${skillOf(w)?.name}`),
    );
    if (unguarded.length) console.log('unguarded traps:\n  ' + unguarded.join('\n  '));
    expect(unguarded).toEqual([]);
  });
});
