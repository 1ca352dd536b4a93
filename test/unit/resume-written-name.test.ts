/**
 * A skill the taxonomy folds into a broader entry is named as the resume writes it ("Peachtree",
 * not Sage Accounting; issue 18, misses of held-out gold read under another name), while
 * requirements still match it under the taxonomy's name. A spelling of the same name keeps the
 * taxonomy's. Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { entryFor, type SkillTally } from '../../src/resume/skill-tally.js';
import { abbreviatesLoosely, namedAsWritten, namesAnotherThing } from '../../src/resume/written-name.js';
import { scoreCandidate } from '../../src/score/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import type { JobProfile } from '../../src/types.js';
import { readMadeUp as read } from '../helpers/made-up-resume.js';

const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nStaff Accountant, Acme Corp, Boston, MA\nJan 2019 - Present\n- Closed the books monthly\n\nSKILLS\n';

describe('namesAnotherThing', () => {
  it.each([
    ['Peachtree', 'Sage Accounting'],
    ['UKG', 'Kronos'],
    ['Fund accounting', 'Grant Accounting'],
    ['Workforce planning', 'Succession Planning'],
    ['CNN', 'Neural Networks'],
    ['Flash', 'Adobe Animate'],
  ])('"%s" is another thing than %s', (written, name) => {
    expect(namesAnotherThing(written, name)).toBe(true);
  });

  it.each([
    ['html5', 'HTML'],
    ['K8s', 'Kubernetes'],
    ['JS', 'JavaScript'],
    ['SDLC', 'Software Development Life Cycle'],
    ['IoT', 'Internet of Things'],
    ['Tailwind', 'Tailwind CSS'],
    ['Retail banking', 'Banking'],
    ['proofing', 'Proofreading'],
    ['Invoice Processing', 'Invoicing'],
    ['strong analytical', 'Analytical Skills'],
    ['Kubernets', 'Kubernetes'],
  ])('"%s" is a way of writing %s', (written, name) => {
    expect(namesAnotherThing(written, name)).toBe(false);
  });

  it('a product written with a word of its name is that product', () => {
    expect(namesAnotherThing('Excel spreadsheets', 'Microsoft Excel', true)).toBe(false);
    expect(namesAnotherThing('Excel spreadsheets', 'Microsoft Excel', false)).toBe(true);
  });
});

describe('abbreviatesLoosely', () => {
  it.each([
    ['AWS cloud', 'Amazon Web Services'],
    ['Class A CDL', "Commercial Driver's License"],
    ['User Interface', 'UI Design'],
  ])('"%s" abbreviates %s with words around it', (written, name) => {
    expect(abbreviatesLoosely(written, name)).toBe(true);
  });

  it.each([
    ['Peachtree', 'Sage Accounting'],
    ['Fund accounting', 'Grant Accounting'],
    ['Excel spreadsheets', 'Microsoft Excel'],
  ])('"%s" does not abbreviate %s', (written, name) => {
    expect(abbreviatesLoosely(written, name)).toBe(false);
  });
});

describe('namedAsWritten', () => {
  const common = new Set(['programming', 'flash', 'fund', 'accounting']);

  it('names the skill by a phrase or a name of its own', () => {
    expect(namedAsWritten('Fund accounting', 'Grant Accounting', false, common)).toBe(true);
    expect(namedAsWritten('UKG', 'Kronos', true, common)).toBe(true);
  });

  it('keeps the taxonomy name for one plain English word', () => {
    expect(namedAsWritten('Programming', 'Software Development', false, common)).toBe(false);
    expect(namedAsWritten('Flash', 'Adobe Animate', true, common)).toBe(false);
  });

});

describe('a skill named as written', () => {
  const profile = read(`${HEAD}Peachtree, QuickBooks, Kubernets, Fund accounting\n`);
  const named = (name: string) => profile.skills.find((s) => s.name === name);

  it('names the narrower thing the resume wrote and keeps the taxonomy name beside it', () => {
    expect(named('Peachtree')?.taxonomyName).toBe('Sage Accounting');
    expect(named('Fund accounting')?.taxonomyName).toBe('Grant Accounting');
    expect(named('Sage Accounting')).toBeUndefined();
  });

  it('keeps the taxonomy name for a spelling of it', () => {
    // Read, and under the taxonomy's own name ("Kubernets" is a misspelling of it).
    for (const name of ['Kubernetes', 'QuickBooks']) {
      expect(named(name), name).toBeDefined();
      expect(named(name)!.taxonomyName, name).toBeUndefined();
    }
  });

  it('lists each thing the resume names when it writes the skill several ways ("ATS, iCIMS, Taleo")', () => {
    const both = read(`${HEAD}Peachtree, Sage Accounting\n`);
    expect(both.skills.map((s) => [s.name, s.taxonomyName])).toEqual(expect.arrayContaining([['Sage Accounting', undefined], ['Peachtree', 'Sage Accounting']]));
    const three = read(`${HEAD}ATS, iCIMS, Taleo\n`).skills.map((s) => [s.name, s.taxonomyName]);
    expect(three).toEqual(expect.arrayContaining([['Applicant Tracking Systems', undefined], ['iCIMS', 'Applicant Tracking Systems'], ['Taleo', 'Applicant Tracking Systems']]));
  });

  it('names a loose abbreviation as written only when the resume writes the skill no other way', () => {
    expect(read(`${HEAD}AWS cloud, Docker\n`).skills.map((s) => s.name)).toContain('AWS cloud');
    const both = read(`${HEAD}Amazon Web Services, AWS cloud, Docker\n`).skills.map((s) => s.name);
    expect(both).toContain('Amazon Web Services');
    expect(both).not.toContain('AWS cloud');
  });

  it('keeps a phrase for the skill beside the skill itself as one skill ("Web applications" beside Web Development)', () => {
    const both = read(`${HEAD}Web Development, Web applications, Docker\n`).skills.map((s) => s.name);
    expect(both).toContain('Web Development');
    expect(both).not.toContain('Web applications');
    // Alone, the phrase is what the resume wrote.
    expect(read(`${HEAD}Web applications, Docker\n`).skills.map((s) => s.name)).toContain('Web applications');
  });

  it('joins another way of writing a named thing to its entry ("iCIMS Recruit" after "iCIMS")', () => {
    // Called directly: a resume cannot show the join apart from the key both forms share.
    const tally: SkillTally = { skills: new Map(), implied: new Map(), spokenKeys: new Set() };
    const hit = (surface: string) => ({ skill: 'Applicant Tracking Systems', surface, category: 'tool' as const });
    const first = entryFor(tally, hit('iCIMS'), new Set());
    expect(first.writtenAs).toBe('iCIMS');
    tally.skills.set(first.key, { name: 'Applicant Tracking Systems', writtenAs: 'iCIMS', mentions: 1, months: null, lastUsed: null, evidence: [], sections: ['skills'], hedges: 0, positions: new Set(), forms: new Set(['iCIMS']), claimed: true, proseClaimed: false, echoed: false, readOutside: true });
    // The product under a longer name is the same thing: the same entry.
    expect(entryFor(tally, hit('iCIMS Recruit'), new Set())).toEqual(first);
    // Another product of the entry is an entry of its own; a spelling of the entry's name is the entry.
    expect(entryFor(tally, hit('Taleo'), new Set()).writtenAs).toBe('Taleo');
    expect(entryFor(tally, hit('applicant tracking system'), new Set())).toEqual({ key: 'applicant tracking systems' });
  });

  it('reads a form written all in capitals as a heading\'s case, not a name ("SALES ASSOCIATE")', () => {
    const shouted = read(`${HEAD}Retail Sales\nSALES ASSOCIATE\n`).skills.map((s) => s.name);
    expect(shouted).toContain('Retail Sales');
    expect(shouted).not.toContain('SALES ASSOCIATE');
  });

  it('keeps one skill for the spellings of one name ("Kubernetes, K8s")', () => {
    const names = read(`${HEAD}Kubernetes, K8s, Docker\n`).skills.map((s) => s.name);
    expect(names.filter((n) => n === 'Kubernetes')).toHaveLength(1);
    expect(names).not.toContain('K8s');
  });

  it('keeps a soft skill under its own name ("Tactful" is Diplomacy)', () => {
    expect(read(`${HEAD}Filing, Tactful, Scheduling\n`).skills.map((s) => s.name)).toContain('Diplomacy');
  });

  it('meets a requirement under the taxonomy name', () => {
    const job: JobProfile = {
      schemaVersion: 1, source: 'job.txt', title: 'Accountant', minYears: null, education: null,
      requirements: [{ id: 'R1', tier: 'required', kind: 'skill', anyOf: ['Sage Accounting'], weight: 3, years: null, source: { line: 1, text: 'Sage 50' } }],
    };
    const report = scoreCandidate(job, profile, { taxonomy: loadTaxonomy(), config: { ...DEFAULT_CONFIG, asOf: '2025-01' }, lines: [] });
    expect(report.requirements[0]!.credit).toBeGreaterThan(0);
    expect(report.requirements[0]!.matched).toBe('Peachtree');
  });

  it('meets a requirement by the form shown best when the resume names several', () => {
    const both = read('Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nStaff Accountant, Acme Corp, Boston, MA\nJan 2019 - Present\n- Kept the books in Peachtree\n\nSKILLS\nSage Accounting\nBookkeeping: Sage Accounting\n');
    // Listed twice, Sage Accounting comes first by mentions; Peachtree is shown in work.
    expect(both.skills.map((s) => s.name).indexOf('Sage Accounting')).toBeLessThan(both.skills.map((s) => s.name).indexOf('Peachtree'));
    const job: JobProfile = {
      schemaVersion: 1, source: 'job.txt', title: 'Accountant', minYears: null, education: null,
      requirements: [{ id: 'R1', tier: 'required', kind: 'skill', anyOf: ['Sage Accounting'], weight: 3, years: null, source: { line: 1, text: 'Sage 50' } }],
    };
    const report = scoreCandidate(job, both, { taxonomy: loadTaxonomy(), config: { ...DEFAULT_CONFIG, asOf: '2025-01' }, lines: [] });
    // Shown in work beats only listed: full credit, by Peachtree.
    expect(report.requirements[0]!.matched).toBe('Peachtree');
    expect(report.requirements[0]!.credit).toBe(1);
  });
});
