import { describe, expect, it } from 'vitest';
import { analyzeJob, lineTier, splitClauses, splitJobSections } from '../../src/job/index.js';
import { opensWithDutyVerb } from '../../src/job/line-tier.js';
import { type TinySkill, tinyFinder, postingDoc } from '../helpers/tiny-finder.js';

// Postings whose lists, lead-ins and duties went unread (issue 18, "Postings"): each class on text written here.
const SKILLS: TinySkill[] = [
  ['Ruby', 'language'], ['Python', 'language'], ['JavaScript', 'language'], ['Go', 'language'],
  ['Web Development', 'practice', ['web development']], ['Relational Databases', 'database', ['relational databases']],
  ['C#', 'language', ['C#']], ['.NET', 'framework', ['\\.Net']], ['WPF', 'framework'], ['Linux', 'platform'],
  ['Java', 'language'], ['Customer Relationship Management', 'sales_marketing', ['CRM']], ['Medicaid', 'domain'],
  ['Applicant Tracking Systems', 'tool', ['Applicant Tracking System']], ['Microsoft Excel', 'tool', ['Excel']],
  ['Management Consulting', 'business', ['consulting']], ['Process Improvement', 'business', ['process improvements?']],
  ['Phoenix Framework', 'framework', ['Phoenix']], ['Agile', 'methodology'], ['Scrum', 'methodology'], ['Kanban', 'methodology'],
  ['Leadership', 'soft', ['leads?', 'leadership']],
];
const find = tinyFinder(SKILLS);
const doc = postingDoc;
const req = (d: ReturnType<typeof doc>, name: string) => analyzeJob(d, find).requirements.find((r) => r.anyOf.includes(name));

describe('a choice clause that goes on to ask more', () => {
  it('makes the list before it one choice though it names skills after the choice words', () => {
    const d = doc(
      'Engineer',
      'Role summary',
      'Our core languages are Ruby, Python, JavaScript, and Go. You should have experience with at least one of those languages, and should be proficient in web development and relational databases.',
    );
    expect(req(d, 'Ruby')).toMatchObject({ tier: 'required', anyOf: ['Ruby', 'Python', 'JavaScript', 'Go'] });
    expect(req(d, 'Web Development')).toMatchObject({ tier: 'required', anyOf: ['Web Development'] });
  });

  it('leaves the list alone when the choice clause names its own list first', () => {
    const d = doc('Engineer', 'Requirements', '- We use Ruby and Python daily.', '- Java, C# or Go: experience with at least one of them.');
    expect(req(d, 'Ruby')!.anyOf).toEqual(['Ruby']);
    expect(req(d, 'Java')!.anyOf).toEqual(['Java', 'C#', 'Go']);
  });
});

describe('a preferred lead-in glued into a run-on list', () => {
  const RUN_ON = 'Requirements: * 3+ years of Java * Knowledge of Linux We\'d love to see: * Experience with C#, .Net internals and WPF';
  it('reads "We\'d love to see:" as a preferred heading, and ".Net" as a name, not a sentence end', () => {
    const d = doc('Developer', RUN_ON);
    expect(req(d, 'Java')!.tier).toBe('required');
    expect(req(d, 'Linux')!.tier).toBe('required');
    for (const name of ['C#', '.NET', 'WPF']) expect(req(d, name)!.tier).toBe('preferred');
  });

  it('keeps a sentence that only mentions loving to see something as it was', () => {
    const d = doc('Developer', 'Requirements', '- 3+ years of Java, we would love to see your Linux scripts');
    expect(req(d, 'Linux')!.tier).toBe('required');
  });

  it('still ends a sentence at a dot before a capitalised word', () => {
    expect(splitClauses('Knows Java.Python is a plus').map((c) => c.text)).toEqual(['Knows Java.', 'Python is a plus']);
  });
});

describe('inline bullets and parenthesised lists', () => {
  it('cuts at an inline bullet as normalization leaves it (" | ") and marks the items', () => {
    const clauses = splitClauses('Daily duties would include: | Analyze practices | Consult on planning');
    expect(clauses.map((c) => [c.text, c.bulleted])).toEqual([
      ['Daily duties would include', false],
      ['Analyze practices', true],
      ['Consult on planning', true],
    ]);
  });

  it('keeps a line of short keywords between pipes as one clause', () => {
    const text = 'restaurant manager | restaurant job | bar manager | kitchen manager | full service';
    expect(splitClauses(text)).toHaveLength(1);
  });

  it('does not cut a pipe inside a word run ("A|B")', () => {
    expect(splitClauses('Java|Python experience').map((c) => c.text)).toEqual(['Java|Python experience']);
  });

  it('keeps a dash inside a parenthesised list of places as part of a name', () => {
    const text = 'We have offices throughout Texas (Arlington, Houston – Downtown, Houston – West, Katy), Arizona (Phoenix and Scottsdale).';
    expect(splitClauses(text)).toHaveLength(1);
    expect(req(doc('Analyst', 'About', text), 'Phoenix Framework')).toBeUndefined();
  });

  it('still cuts at a dash that opens an item outside parentheses', () => {
    expect(splitClauses('Skills: Java - Python - Linux').length).toBeGreaterThan(1);
  });
});

describe('"Applicant Tracking System" is a product, not how to apply', () => {
  it('reads it as a preferred skill', () => {
    expect(lineTier('Applicant Tracking System experience a plus', 'required')).toBe('preferred');
    expect(req(doc('Coordinator', 'Qualifications', '- Excel knowledge', '- Applicant Tracking System experience a plus'), 'Applicant Tracking Systems')!.tier).toBe('preferred');
  });

  it('still reads an applicants notice as boilerplate', () => {
    expect(lineTier('All qualified applicants will receive consideration for employment', 'required')).toBeNull();
  });
});

describe('duties under no known heading', () => {
  it('reads the bulleted items after "Daily duties would include:" as responsibilities', () => {
    const segs = splitJobSections(doc('Analyst', 'Daily duties would include: | Analyze process improvements | Consult on CRM data').lines);
    expect(segs.filter((s) => s.bulleted).map((s) => s.kind)).toEqual(['responsibilities', 'responsibilities']);
    expect(req(doc('Analyst', 'Daily duties would include: | Analyze process improvements | Consult on CRM data'), 'Process Improvement')!.tier).toBe('preferred');
  });

  it('leaves the bulleted items after another short clause as they were', () => {
    const segs = splitJobSections(doc('Analyst', 'Our offices include: | Analyze process improvements | Consult on CRM data').lines);
    expect(segs.filter((s) => s.bulleted).map((s) => s.kind)).toEqual(['other', 'other']);
  });

  it('reads a run of sentences opening with duty verbs as duties, under a misspelt heading too', () => {
    const d = doc(
      'Customer Service Representative',
      'Job Overview: Respond to inquiries by telephone. Daily Job Responsiblities: Retrieve records. Educate callers about Medicaid eligibility. Process enrollments and update the CRM.',
    );
    expect(req(d, 'Medicaid')).toMatchObject({ tier: 'preferred' });
    expect(req(d, 'Customer Relationship Management')).toMatchObject({ tier: 'preferred' });
  });

  it('reads no duty from one sentence alone that opens with such a verb', () => {
    const d = doc('Customer Service Representative', 'Overview: Our client serves Medicaid members. Take a look at our CRM below. We are growing.');
    expect(req(d, 'Customer Relationship Management')).toBeUndefined();
  });

  it("reads no trait from a duty's opening verb, and still one named later in it", () => {
    const run = (second: string) => doc('Designer', `Overview: Develops CRM wireframes. ${second} Performs usability testing.`);
    expect(req(run('Leads the definition of a Medicaid practice.'), 'Leadership')).toBeUndefined();
    expect(req(run('Builds a practice under Medicaid leadership.'), 'Leadership')).toMatchObject({ tier: 'preferred' });
  });

  it('knows duty verbs from O*NET task statements, in the imperative and the third person', () => {
    expect(opensWithDutyVerb('Educate callers about eligibility')).toBe(true);
    expect(opensWithDutyVerb('Performs other duties as assigned')).toBe(true);
    expect(opensWithDutyVerb('Knowledge of Excel')).toBe(false);
    expect(opensWithDutyVerb('educate callers (lower case: no sentence opens so)')).toBe(false);
  });

  it('reads "responsibilities range across …" as the duties it names', () => {
    const d = doc('Analyst', 'Role: Primary responsibilities range across process improvements and consulting.');
    expect(req(d, 'Process Improvement')).toMatchObject({ tier: 'preferred' });
  });
});

describe('run-on qualifications opened by "Prior" or "Previous"', () => {
  it('cuts before them, so a plus at the end lowers only its own item', () => {
    const d = doc('Analyst', 'Qualifications', '- Advanced Excel skills, business cases, etc. Prior experience in consulting is a plus');
    expect(req(d, 'Microsoft Excel')!.tier).toBe('required');
    expect(req(d, 'Management Consulting')!.tier).toBe('preferred');
  });

  it('does not cut at "prior" in lower case inside a sentence', () => {
    expect(splitClauses('Experience with Excel prior to 2020 is a plus')).toHaveLength(1);
  });
});

describe('a duty group that shares a name with an asked requirement', () => {
  const ASKED = ['Engineer', 'Requirements', '- Experience with Agile teams'];
  it('keeps the names the asked requirement lacks as a duty of their own, without widening what it accepts', () => {
    const profile = analyzeJob(doc(...ASKED, 'Responsibilities', '- Understand elements of agile methodology (Scrum, Kanban, etc)'), find);
    const agile = profile.requirements.find((r) => r.anyOf.includes('Agile'))!;
    expect(agile.tier).toBe('required');
    expect(agile.anyOf).not.toContain('Scrum');
    expect(profile.requirements.find((r) => r.anyOf.includes('Scrum'))).toMatchObject({ tier: 'preferred', anyOf: ['Scrum', 'Kanban'] });
  });

  it('adds nothing when the duty names only what is asked', () => {
    const profile = analyzeJob(doc(...ASKED, 'Responsibilities', '- Coach the team in Agile'), find);
    expect(profile.requirements.map((r) => r.anyOf)).toEqual([['Agile']]);
  });
});
