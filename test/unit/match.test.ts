import { describe, expect, it } from 'vitest';
import { createSkillFinder, looksLikeList, pluralOf } from '../../src/match/index.js';
import { tokenize } from '../../src/match/tokenize.js';
import { buildTaxonomy } from '../../src/taxonomy/index.js';
import type { AmbiguityRule, Skill, SkillCategory } from '../../src/types.js';

function skill(name: string, aliases: string[] = [], category: SkillCategory = 'language', ambiguous: Record<string, AmbiguityRule[]> = {}): Skill {
  return { name, aliases, category, implies: [], related: [], ambiguous };
}

const both: AmbiguityRule[] = ['exact-case', 'tech-context'];
const taxonomy = buildTaxonomy([
  skill('Go', ['golang'], 'language', { Go: both }),
  skill('Python'),
  skill('C', [], 'language', { C: both }),
  skill('C++', ['cpp']),
  skill('C#', ['csharp']),
  skill('.NET', ['dotnet'], 'framework'),
  skill('ASP.NET', [], 'framework'),
  skill('Node.js', ['nodejs', 'node js'], 'framework'),
  skill('CI/CD', ['ci cd'], 'practice'),
  skill('PL/SQL', [], 'language'),
  skill('A/B Testing', [], 'practice'),
  skill('R', [], 'language', { R: both }),
  skill('REST APIs', ['REST', 'restful api'], 'practice', { REST: both }),
  skill('Spring', [], 'framework', { Spring: ['tech-context'] }),
  skill('Spring Boot', [], 'framework'),
  skill('Swift', [], 'language', { Swift: both }),
  skill('Kubernetes', ['k8s'], 'devops'),
  skill('PostgreSQL', ['postgres'], 'database'),
  skill('Message Queues', ['message queue'], 'practice'),
  skill('Mentoring', ['mentorship'], 'soft'),
  skill('Collaboration', [], 'soft'),
  skill('Microsoft Excel', ['Excel'], 'tool', { Excel: both }),
  skill('Customer Service', [], 'business'),
  skill('Marketing Strategy', ['marketing strategy'], 'sales_marketing'),
  skill('Teaching', ['instruction'], 'education'),
]);
const find = createSkillFinder(taxonomy);
const names = (text: string) => find(text).map((h) => h.skill);

describe('tokenize', () => {
  it('marks glued punctuation so written units survive', () => {
    const t = tokenize('C++ and Node.js');
    expect(t.map((x) => x.lower)).toEqual(['c', '+', '+', 'and', 'node', '.', 'js']);
    expect(t.map((x) => x.glued)).toEqual([false, true, true, false, false, true, true]);
  });
});

describe('createSkillFinder', () => {
  it.each([
    ['Languages: C++, C#, F#', ['C++', 'C#']],
    ['Built services in .NET and ASP.NET', ['.NET', 'ASP.NET']],
    ['APIs in Node.js and nodejs', ['Node.js', 'Node.js']],
    ['Owned CI/CD pipelines', ['CI/CD']],
    ['Wrote PL/SQL packages', ['PL/SQL']],
    ['Ran A/B testing for onboarding', ['A/B Testing']],
    ['Ran k8s clusters on Postgres', ['Kubernetes', 'PostgreSQL']],
  ])('keeps compound tokens whole: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Led the go-to-market plan', []],
    ['We will go live in May', []],
    ['Worked with the rest of the team', []],
    ['Spring 2021 semester', []],
    ['Swift response to incidents', []],
    ['Grade: C', []],
    ['r and python', ['Python']],
    ['Rest assured, Python is fine', ['Python']],
  ])('refuses ambiguous words in ordinary English: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Services in Go and Python', ['Go', 'Python']],
    ['Languages: Go, R, C, SQL', ['Go', 'R', 'C']],
    ['Golang microservices', ['Go']],
    ['Java, Spring, Kubernetes', ['Spring', 'Kubernetes']],
    ['Spring Boot services', ['Spring Boot']],
    ['Designed REST and Python services', ['REST APIs', 'Python']],
  ])('accepts ambiguous words in a technical context: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('folds plurals on the last word of multi-word forms', () => {
    expect(names('Worked with message queues')).toEqual(['Message Queues']);
  });

  it('matches soft skills on stems', () => {
    expect(names('Mentored three junior engineers')).toEqual(['Mentoring']);
    expect(names('collaborating with design')).toEqual(['Collaboration']);
  });

  it('reports offsets and the surface as written', () => {
    const [hit] = find('Ran k8s');
    expect(hit).toMatchObject({ skill: 'Kubernetes', surface: 'k8s', start: 4, end: 7 });
  });

  it('marks hedged and negated mentions', () => {
    expect(find('Familiar with Kubernetes and Python').map((h) => h.hedge)).toEqual(['hedged', 'hedged']);
    expect(find('No experience with Kubernetes')[0]?.hedge).toBe('negated');
    expect(find('Deployed Kubernetes. Familiar with Python').map((h) => h.hedge)).toEqual([undefined, 'hedged']);
  });
});

describe('a field named in the plural', () => {
  it('reads a name of two words or more in the plural as the field', () => {
    expect(names('Developed new marketing strategies for Python shops')).toEqual(['Marketing Strategy', 'Python']);
  });

  it('leaves one word in the plural, which may name another thing', () => {
    expect(names('Followed written instructions')).toEqual([]);
    expect(names('Classroom instruction')).toEqual(['Teaching']);
  });

  it.each([
    ['marketing strategy', 'marketing strategies'],
    ['cost center', 'cost centers'],
    ['data warehouse', 'data warehouses'],
    ['tax return', 'tax returns'],
    ['profit and loss statement', 'profit and loss statements'],
    ['KPI', 'KPIs'],
  ])('pluralOf(%j) is %j', (form, plural) => {
    expect(pluralOf(form)).toBe(plural);
  });

  it.each(['inside sales', 'financial', 'cost accounting', 'c#'])('pluralOf(%j) is undefined', (form) => {
    expect(pluralOf(form)).toBeUndefined();
  });
});

describe('looksLikeList', () => {
  it.each([
    ['Skills: Python, Go, SQL, Docker', true],
    ['Python | Go | Rust', true],
    ['I built a service, then I scaled it, and it worked well for years', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeList(text)).toBe(expected);
  });
});

describe('context rules from the corpus', () => {
  it.each([
    ['Led R&D for the platform team', []],
    ['Partnered with D&B on credit data', []],
    ['Served in the R.O.K. Army', []],
  ])('a letter inside an abbreviation is not a language: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a concept labelling a list is not itself claimed, a product is', () => {
    expect(names('Mentoring: Python, Go, C++')).toEqual(['Python', 'Go', 'C++']);
    expect(names('Kubernetes: ran 40 clusters with Python tooling')).toEqual(['Kubernetes', 'Python']);
  });

  it('a context-guarded name opening a sentence before "in" or "at" and a lower-case word is the verb', () => {
    expect(names('Excel in customer service, Python')).toEqual(['Customer Service', 'Python']);
    expect(names('Fast learner. Excel at prioritizing work in Python')).toEqual(['Python']);
    expect(names('Excel in VBA, Python')).toEqual(['Microsoft Excel', 'Python']);
    expect(names('Python, Excel in daily reporting')).toEqual(['Python', 'Microsoft Excel']);
  });

  it('sees no skill in a phrase about other people or about a file', () => {
    expect(find('Phabricator is used daily by Python shops, Go teams and more').map((h) => h.hedge)).toEqual(['negated', 'negated']);
    expect(find('The tool reads a CV written in a Swift file and Python').map((h) => h.skill)).toEqual(['Python']);
  });

  it('a line with a place or a date is a position heading, not a skills list', () => {
    expect(looksLikeList('Notion | San Francisco, CA | 2019 – Present')).toBe(false);
    expect(looksLikeList('Acme, Bolt, Corex, Dune')).toBe(true);
  });

  it('two capitals opening a longer item are its acronym, not a state after a city', () => {
    expect(looksLikeList('C++, R, AP Style, Data Entry, Proofreading')).toBe(true);
    expect(looksLikeList('HTML, CSS, UI Design, Figma')).toBe(true);
    expect(looksLikeList('Acme Corp, Boston, MA')).toBe(false);
    expect(looksLikeList('Acme Corp, Austin, TX 78701')).toBe(false);
  });
});

describe('a product named in a credential', () => {
  const credentials = createSkillFinder(buildTaxonomy([skill('HashiCorp Vault', ['Vault'], 'devops', { Vault: both }), skill('Chef', [], 'devops', { Chef: both }), skill('Spring', [], 'framework', { Spring: both })]));
  const read = (text: string) => credentials(text).map((h) => h.skill);

  it('is the product the credential certifies when the level follows its name', () => {
    expect(read('2025 Acme Certified: Vault Associate (003), Acme')).toEqual(['HashiCorp Vault']);
    expect(read('Certified Spring Professional, 2021')).toEqual(['Spring']);
    expect(read('Vault Certified Engineer')).toEqual(['HashiCorp Vault']);
  });

  it('is no product in a credential of a trade, without a level after it, or without a credential', () => {
    expect(read('Certified Executive Chef, American Culinary Federation')).toEqual([]);
    expect(read('Certified in Vault operations, bank branch')).toEqual([]);
    expect(read('Vault Associate at First National Bank')).toEqual([]);
  });
});
