import { describe, expect, it } from 'vitest';
import { analyzeJob, clauseName, parseYears } from '../../src/job/index.js';
import type { Document } from '../../src/types.js';
import { type TinySkill, tinyFinder, postingDoc } from '../helpers/tiny-finder.js';

// A tiny finder: [canonical name, category, surface forms], whole words, case-insensitive.
const SKILLS: TinySkill[] = [
  ['Python', 'language', ['Python']], ['Ruby', 'language', ['Ruby']], ['JavaScript', 'language', ['JavaScript']],
  ['Go', 'language', ['Go']], ['PostgreSQL', 'database', ['PostgreSQL']], ['Kafka', 'tool', ['Kafka']],
  ['Frontend Development', 'practice', ['Frontend']], ['DevOps', 'devops', ['DevOps']],
  ['UX Design', 'design', ['UX designers', 'UX design']], ['Product Management', 'business', ['product managers', 'product management']],
  ['Written Skills', 'soft', ['write', 'writing']], ['Collaboration', 'soft', ['collaborate']], ['Communication', 'soft', ['communication']],
  ['Payroll', 'finance', ['payroll']], ['Customer Service', 'sales_marketing', ['customer service']],
];
const find = tinyFinder(SKILLS);
const doc = postingDoc;
const names = (d: Document): string[] => analyzeJob(d, find).requirements.flatMap((r) => r.anyOf);

describe('trade, care and sales postings: requirement clauses stand as requirements', () => {
  const LINE_COOK = doc(
    'Line Cook',
    'We are hiring a line cook for our downtown kitchen.',
    'Requirements',
    '- Knowledge of food safety and sanitation practices',
    '- Excellent knife skills',
    '- Experience with cash handling and POS systems',
    '- Proficiency in Adobe Creative Suite (Photoshop, Illustrator)',
    '- Must be able to lift 50 pounds',
  );

  it('gives each clause a short name, its line and the whole clause', () => {
    const profile = analyzeJob(LINE_COOK, find);
    expect(profile.requirements.length).toBeGreaterThanOrEqual(3);
    const byName = new Map(profile.requirements.map((r) => [r.anyOf[0], r]));
    for (const name of ['food safety', 'knife skills', 'cash handling', 'Adobe Creative Suite']) expect(byName.has(name), name).toBe(true);
    expect(byName.get('food safety')).toMatchObject({
      kind: 'unknown', tier: 'required', source: { line: 4 }, clause: 'Knowledge of food safety and sanitation practices',
    });
  });

  it('sales prose with no requirements section still yields three', () => {
    const SALES = doc(
      'Insurance Sales Agent',
      'While a career in sales may not be for everyone, our best agents are problem solvers.',
      'They share the desire to help people. They have a good work ethic.',
      'You will build relationships with small business owners and grow your own book of business.',
    );
    const profile = analyzeJob(SALES, find);
    expect(profile.requirements.length).toBeGreaterThanOrEqual(3);
    expect(profile.requirements.every((r) => r.clause && r.tier === 'preferred')).toBe(true);
  });

  it('adds no clauses where the taxonomy reads three or more', () => {
    const TECH = doc('Backend Engineer', 'Requirements', '- Python or Go', '- PostgreSQL', '- Kafka', '- A knack for tidy diagrams');
    const profile = analyzeJob(TECH, find);
    expect(profile.requirements.some((r) => r.clause)).toBe(false);
  });

  it('reads nothing from text that is not a posting', () => {
    const NOTE = doc('Shopping list', 'Eggs, flour and two lemons.', 'Call the plumber on Monday.');
    expect(analyzeJob(NOTE, find).requirements).toEqual([]);
  });
});

describe('clauseName', () => {
  it.each([
    ['Knowledge of food safety and sanitation practices', 'food safety'],
    ['Excellent knife skills', 'knife skills'],
    ['Experience with cash handling and POS systems', 'cash handling'],
    ['Proficiency in Adobe Creative Suite (Photoshop, Illustrator)', 'Adobe Creative Suite'],
    ['MUST HAVE CURRENT RESTAURANT MANAGEMENT BACKGROUND TO QUALIFY', 'restaurant management'],
    ['Minimum of five (5) years of hands-on experience in user experience design', 'user experience design'],
    ['The successful applicant will have experience as a recreation therapist', 'recreation therapist'],
    ['Performs quality inspections of incoming parts', 'quality inspections'],
    ['You will build relationships with owners', 'build relationships'],
    ['You will have a current food handler card', 'food handler card'],
    ['Must possess a valid Driver’s License with insurable driving record', "Driver's License"],
    ['5-7 years’ experience in analysis with expertise in technologies', 'analysis'],
    ['Five (5) plus years in estimating commercial window projects', 'estimating commercial window projects'],
  ])("names '%s' as '%s'", (clause, name) => {
    expect(clauseName(clause)).toBe(name);
  });

  it.each(['5+ years of professional experience', 'Job ID Number: 5205451', 'Put in the work', 'Strong experience required', 'To qualify, you must have one (1) year of specialized experience'])(
    "finds no name in '%s'",
    (clause) => {
      expect(clauseName(clause)).toBeNull();
    },
  );
});

describe('what is not a skill asked', () => {
  it('reads team names in a list of collaborators as teams, not skills', () => {
    const got = names(doc('Engineer', 'What you will do', '- Collaborate with Product, Frontend, and DevOps to ship features', '- Work with UX designers and product managers on new flows'));
    expect(got).not.toContain('Frontend Development');
    expect(got).not.toContain('DevOps');
    expect(got).not.toContain('UX Design');
    expect(got).not.toContain('Product Management');
  });

  it('keeps the same names asked as skills', () => {
    const got = names(doc('Engineer', 'Requirements', '- Experience with Frontend development and DevOps', '- Background in UX design'));
    expect(got).toEqual(expect.arrayContaining(['Frontend Development', 'DevOps', 'UX Design']));
  });

  it('reads "write clean code" as coding, not Written Skills', () => {
    expect(names(doc('Engineer', 'Requirements', '- Write clean, maintainable code and unit tests'))).not.toContain('Written Skills');
    expect(names(doc('Editor', 'Requirements', '- Excellent writing and editing'))).toContain('Written Skills');
  });

  it('reads the business software serves as its subject, not a skill asked', () => {
    expect(names(doc('Engineer', 'Responsibilities', '- Automate payroll forms processing'))).not.toContain('Payroll');
    expect(names(doc('Payroll Clerk', 'Requirements', '- Process payroll for 200 employees'))).toContain('Payroll');
  });

  it('reads no requirement from the company blurb', () => {
    const BLURB = doc(
      'Backend Engineer',
      '- Acme builds payroll software and HR tools for 20,000 small businesses.',
      '- With over 20 years of experience in logistics, Acme is trusted by Fortune 500 retailers.',
      '- Experience with Python',
    );
    const got = names(BLURB);
    expect(got).not.toContain('Payroll');
    expect(got).toContain('Python');
  });

  it("drops the employer's own name, keeps an unknown product", () => {
    const BANK = doc(
      'Personal Banker',
      'Requirements',
      '- Build relationships with Wells Fargo partners',
      '- Experience with Snowplow',
      'Wells Fargo is an Equal Opportunity Employer.',
    );
    const got = names(BANK);
    expect(got).not.toContain('Wells Fargo');
    expect(got).toContain('Snowplow');
  });
});

describe('a list made one choice by a later clause', () => {
  it('reads "core languages are Ruby, Python, JavaScript, and Go … at least one" as one required group', () => {
    const profile = analyzeJob(
      doc('Engineer', 'About the team', 'Our core languages are Ruby, Python, JavaScript, and Go. You should have experience with at least one of them.'),
      find,
    );
    expect(profile.requirements.find((r) => r.anyOf.includes('Ruby'))).toMatchObject({ tier: 'required', anyOf: ['Ruby', 'Python', 'JavaScript', 'Go'] });
  });

  it('keeps an "and" list without a choice as one requirement each', () => {
    const profile = analyzeJob(doc('Engineer', 'Requirements', '- Experience with Ruby, Python, and Go'), find);
    expect(profile.requirements.find((r) => r.anyOf.includes('Go'))!.anyOf).toEqual(['Go']);
  });
});

describe('years and education on new postings', () => {
  it.each([
    ['1 yr exp in Edu.', 1],
    ['a minimum of five years recent upscale restaurant management', 5],
  ])("reads '%s' as %i years", (text, years) => {
    expect(parseYears(text)[0]).toMatchObject({ years });
  });

  it.each(['Applicants must be at least 18 years of age', 'You must be entry level (less than 5 years experience)'])("finds no minimum in '%s'", (text) => {
    expect(parseYears(text)).toEqual([]);
  });

  it('reads the general line, a degree under the duties and field headings', () => {
    const profile = analyzeJob(
      doc('Recruiter', 'Location: Denver, CO', 'What you will do', '- Source candidates', '- A BA / BS degree or the equivalent combination of education and work experience', 'Requirements', '- 2+ years of professional experience'),
      find,
    );
    expect(profile.minYears).toBe(2);
    expect(profile.education).toMatchObject({ level: 'bachelor', orEquivalent: true });
  });

  it('ends a field heading with its value: the rest of the line asks again', () => {
    const profile = analyzeJob(doc('Designer', 'Location: Bethesda, MD. Qualifications: - Experience with Python - Experience with Kafka - Customer service'), find);
    expect(profile.requirements.map((r) => r.anyOf[0])).toEqual(expect.arrayContaining(['Python', 'Kafka', 'Customer Service']));
  });
});
