import { describe, expect, it } from 'vitest';
import { analyzeJob, groupAlternatives } from '../../src/job/index.js';
import { dropMisreadings } from '../../src/job/drop-misreadings.js';
import { splitClauses } from '../../src/job/split-clauses.js';
import type { Document } from '../../src/types.js';
import { type TinySkill, tinyFinder, postingDoc } from '../helpers/tiny-finder.js';

// Readings of postings nobody tuned on (issue 18, third round): each class of miss on text
// written here, with the case that must not change beside it.

const SKILLS: TinySkill[] = [
  ['Data Pipelines', 'data', ['ETL pipelines', 'data pipelines']], ['SQL', 'language', ['SQL']],
  ['Reporting', 'business', ['reports', 'reporting']], ['Janitorial', 'trades', ['housekeeping', 'janitorial']],
  ['Laundry', 'trades', ['laundry']], ['Mathematics', 'domain', ['math', 'mathematics']],
  ['Statistics', 'data', ['statistics']], ['Economics', 'business', ['economics']], ['Java', 'language', ['Java']],
];
const find = tinyFinder(SKILLS);
const reqs = (d: Document) => analyzeJob(d, find).requirements.map((r) => ({ tier: r.tier, anyOf: r.anyOf }));

describe('a duty sharing one name with an asked group', () => {
  it("widens the ask by the duty's words for that name only; the other names keep theirs", () => {
    const d = postingDoc('Data Engineer', 'Responsibilities', '- Build ETL pipelines or SQL extracts for the finance team.',
      'Requirements', '- Three years of experience with SQL required.');
    const read = reqs(d);
    expect(read).toContainEqual({ tier: 'required', anyOf: ['SQL'] });
    expect(read).toContainEqual({ tier: 'preferred', anyOf: ['Data Pipelines', 'ETL pipelines'] });
  });

  it("still adds the duty's own word for the shared name to the ask", () => {
    const d = postingDoc('Room Attendant', 'Responsibilities', '- Perform housekeeping or laundry duties in guest rooms.',
      'Requirements', '- Janitorial experience required.');
    const read = reqs(d);
    expect(read.find((r) => r.tier === 'required')?.anyOf).toEqual(['Janitorial', 'housekeeping']);
    expect(read.flatMap((r) => r.anyOf).filter((n) => n === 'housekeeping')).toHaveLength(1);
  });
});

describe("a degree's fields written in lower case", () => {
  const asked = (text: string) => reqs(postingDoc('Analyst', 'Requirements', text)).flatMap((r) => r.anyOf);

  it('are the education asked, not skills', () => {
    expect(asked('- BA or BS in physics, math, or economics')).toEqual([]);
    expect(asked('- Masters in statistics, biology or another science')).toEqual([]);
    expect(asked('- A BS in chemistry or a related field such as math or statistics, to work on our models')).toEqual([]);
  });

  it('end where the clause goes on to ask something else', () => {
    expect(asked('- Degree in physics and 3 years of statistics work')).toEqual(['Statistics']);
    expect(asked('- A degree in any field and experience with economics research')).toEqual(['Economics']);
    expect(asked('- Strong math and statistics skills')).toEqual(['Mathematics', 'math', 'Statistics']);
  });
});

describe('what an item of an "or" list is for', () => {
  const tools: TinySkill[] = [
    ['Docker', 'devops'], ['Reporting', 'business', ['reporting']], ['Tableau', 'tool'], ['Power BI', 'tool'],
    ['Python', 'language'], ['Java', 'language'], ['Go', 'language'],
  ];
  const findTools = tinyFinder(tools);
  const groups = (text: string): string[][] => groupAlternatives(text, findTools(text)).map((g) => g.anyOf);

  it('is not one of the choices after it', () => {
    expect(groups('Excel for reporting, Tableau or Power BI for dashboards')).toEqual([['Reporting'], ['Tableau', 'Power BI']]);
    expect(groups('Jenkins for Docker builds, Python or Go for tooling')).toEqual([['Docker'], ['Python', 'Go']]);
  });

  it('leaves a list of choices opened by other words whole', () => {
    expect(groups('Experience with Python, Java or Go')).toEqual([['Python', 'Java', 'Go']]);
    expect(groups('Knowledge of reporting, Tableau or Power BI')).toEqual([['Reporting', 'Tableau', 'Power BI']]);
  });
});

describe('"leading" that ranks a business', () => {
  const lead = tinyFinder([['Leadership', 'soft', ['leading', 'leader', 'leadership']]]);
  const kept = (text: string): string[] => dropMisreadings(text, lead(text)).map((h) => h.surface).sort();

  it('names no leadership', () => {
    expect(kept("We run the leading online store for garden tools")).toEqual([]);
    expect(kept('Acme is one of the leading makers of bicycles')).toEqual([]);
    expect(kept('We work for industry-leading clients and a world leading bank')).toEqual([]);
  });

  it('leaves leading a team, and a leader, as leadership', () => {
    expect(kept('Experience leading a team of five engineers')).toEqual(['leading']);
    expect(kept('You are a leader who enjoys leading the design of new features')).toEqual(['leader', 'leading']);
  });
});

describe('a capitalised word glued to the opening words of the next sentence', () => {
  const clauses = (text: string): string[] => splitClauses(text).map((c) => c.text);

  it('ends its item there', () => {
    expect(clauses('Go, Rust, KotlinIf you enjoy systems work, read on')).toEqual(['Go, Rust, Kotlin', 'If you enjoy systems work, read on']);
    expect(clauses('- Query TuningSo, if you are ready, apply today')).toEqual(['Query Tuning', 'So, if you are ready, apply today']);
  });

  it('leaves names that run on in capitals whole', () => {
    expect(clauses('Experience with JavaScript, PowerPoint and WordPress')).toEqual(['Experience with JavaScript, PowerPoint and WordPress']);
    expect(clauses('Ifyou know Perl, Sofia office')).toEqual(['Ifyou know Perl, Sofia office']);
  });
});
