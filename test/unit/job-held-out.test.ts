import { describe, expect, it } from 'vitest';
import { analyzeJob, findUnknownTerms } from '../../src/job/index.js';
import { isBoilerplate, traitStart } from '../../src/job/line-tier.js';
import { splitClauses } from '../../src/job/split-clauses.js';
import { titleSkills, workOfRoles } from '../../src/job/title-skills.js';
import { dropMisreadings } from '../../src/job/drop-misreadings.js';
import { workOfVerbs } from '../../src/job/work-of-verbs.js';
import type { Document, SkillHit } from '../../src/types.js';
import { type TinySkill, tinyFinder, postingDoc as doc } from '../helpers/tiny-finder.js';

// Readings of postings nobody tuned on (issue 18, third round): sales postings that describe
// whom they want, the role in the title, staffing agencies' blurb, run-on apply lines and
// credentials named by acronym. Each on text written here, with the case that must not change.

const SKILLS: TinySkill[] = [
  ['Proofreading', 'soft', ['proofreading', 'checking proofs']], ['Teaching', 'education', ['teaching']],
  ['Insurance Sales', 'sales_marketing', ['insurance sales']], ['Reporting', 'business', ['reporting', 'reports']],
  ['Problem Solving', 'soft', ['problem solvers?', 'problem solving']], ['Work Ethic', 'soft', ['work ethic']],
  ['Self-Motivation', 'soft', ['self-motivated']], ['Leadership', 'soft', ['lead']], ['Communication', 'soft', ['communications?']],
  ['Respiratory Therapy', 'healthcare', ['respiratory therapy']], ['Staffing', 'business', ['staffing']],
  ['Attention to Detail', 'soft', ['attention to detail']], ['Basic Life Support', 'certification', ['BLS certification']],
  ['Marketing', 'sales_marketing', ['marketing']], ['Customer Service', 'sales_marketing', ['customer service']],
];
const find = tinyFinder(SKILLS);
const reqs = (d: Document) => analyzeJob(d, find).requirements.map((r) => ({ tier: r.tier, name: r.anyOf[0]! }));
const clauses = (text: string): string[] => splitClauses(text).map((c) => c.text);

describe('the role the title names', () => {
  it('reads the work of a role noun: -er/-or as its -ing, -ist as its -y', () => {
    expect(workOfRoles('Junior Proofreader Job in Boston').text).toBe('Junior Proofreading Job in Boston');
    expect(workOfRoles('Respiratory Therapist').text).toBe('Respiratory Therapy');
    expect(titleSkills('Junior Proofreader', find)).toEqual(new Set(['proofreading']));
    expect(titleSkills('Aflac Insurance Sales Agent', find)).toEqual(new Set(['insurance sales']));
  });

  it('leaves seniority and fields alone: "Senior", "Engineer", "(Lead)", "Communications Coordinator"', () => {
    expect(workOfRoles('Senior Engineer, Junior Officer').spans.map((s) => s.start)).toEqual([24]);
    expect(titleSkills('Sr. Frontend Developer (Lead)', find)).toEqual(new Set());
    expect(titleSkills('Marketing/Communications Coordinator', find)).toEqual(new Set(['marketing']));
  });

  it('a skill the title names, asked as a duty, stays a duty', () => {
    const got = reqs(doc('Junior Proofreader', 'This person is responsible for checking proofs at every stage.', 'Requirements:', '- Attention to detail'));
    expect(got).toContainEqual({ tier: 'preferred', name: 'Proofreading' });
  });

  it('a skill the title names, named only in the prose, stands as required', () => {
    const got = reqs(doc('Insurance Sales Agent', 'A career in insurance sales is rewarding.', 'They are problem solvers.', 'And they have a good work ethic.', 'If you are self-motivated, apply today.'));
    expect(got).toContainEqual({ tier: 'required', name: 'Insurance Sales' });
  });

  it('one the posting asks as a plus stays a plus; the title alone adds nothing', () => {
    const plus = reqs(doc('Preschool Teacher', 'Qualifications:', '- Previous teaching experience is preferred.', '- Attention to detail'));
    expect(plus).toContainEqual({ tier: 'preferred', name: 'Teaching' });
    const alone = reqs(doc('Business Reporter', 'Requirements:', '- Attention to detail', '- Strong customer service', '- Self-motivated'));
    expect(alone.map((r) => r.name)).not.toContain('Reporting');
  });

  it('the department after a dash adds nothing; a stack it names asked in a group is not asked twice', () => {
    const dept = reqs(doc('Project Estimator - Marketing', 'We sell marketing services.', 'Requirements:', '- Attention to detail', '- Strong customer service', '- Self-motivated'));
    expect(dept.map((r) => r.name)).not.toContain('Marketing');
    const stack = analyzeJob(doc('Sales Agent - Insurance Sales', 'Requirements:', '- Customer service or insurance sales', '- Attention to detail', '- Self-motivated'), find);
    expect(stack.requirements.filter((r) => r.anyOf.includes('Insurance Sales'))).toHaveLength(1);
  });
});

describe('a sales posting describes whom it wants', () => {
  const SALES = ['Agent', 'A career in sales may not be for everyone.', "They're problem solvers.", 'And they have a good work ethic.', "So if you're self-motivated, apply today."];

  it('the traits of "they are", "they have", "if you\'re … apply" are required', () => {
    const got = reqs(doc(...SALES));
    expect(got).toContainEqual({ tier: 'required', name: 'Problem Solving' });
    expect(got).toContainEqual({ tier: 'required', name: 'Work Ethic' });
    expect(got).toContainEqual({ tier: 'required', name: 'Self-Motivation' });
  });

  it('not an invitation naming no trait, another subject, nor pay or equal opportunity', () => {
    expect(traitStart('If you are interested, apply today.')).toBe(10);
    expect(reqs(doc('Agent', 'If you are interested in this career, apply today.', 'Our clients are problem solvers.', 'They have medical benefits and a work ethic award.'))).toEqual([]);
    expect(traitStart('Our agents are problem solvers.')).toBeNull();
    expect(traitStart('They have dental insurance.')).toBeNull();
  });

  it('not the team described at length, nor a role named in capitals', () => {
    expect(reqs(doc('Developer', 'They are technologists who live and breathe code and are problem solvers.'))).toEqual([]);
    expect(reqs(doc('QA Engineer', 'If you are a Principal QA Engineer, Lead QA Engineer or Tester, read on.'))).toEqual([]);
  });
});

describe("a staffing agency's blurb and apply lines", () => {
  it('the agency speaking of the jobs it fills, of the people it helped, of calling it', () => {
    expect(isBoilerplate('All ACME job postings are actual positions we had available at the time of posting.')).toBe(true);
    expect(isBoilerplate("As one of the area's largest staffing firms, we helped 5,000 people find jobs this year.")).toBe(true);
    expect(isBoilerplate('If you see a job that interests you, respond to the ad or give us a call.')).toBe(true);
  });

  it('not an ask of staffing experience, a duty of placing people, or "as …, you"', () => {
    expect(isBoilerplate('2 years of experience at a staffing agency')).toBe(false);
    expect(isBoilerplate('Help job seekers find work that fits them')).toBe(false);
    expect(isBoilerplate('As a recruiter, you will screen candidates for open positions')).toBe(false);
    const got = reqs(doc('Recruiter', 'Requirements:', '- 2 years of staffing experience', "- As one of the area's largest staffing firms, we helped many find jobs."));
    expect(got.filter((r) => r.name === 'Staffing')).toHaveLength(1);
  });

  it('cuts "All qualified and interested applicants" off the years before it', () => {
    expect(clauses('Minimum 2 years of experience All qualified and interested applicants should submit their resume.')).toEqual([
      'Minimum 2 years of experience', 'All qualified and interested applicants should submit their resume.',
    ]);
    expect(analyzeJob(doc('Checker', 'Requirements:- Strong spelling- Minimum 2 years of experience All qualified and interested applicants should submit their resume.'), find).minYears).toBe(2);
    expect(clauses('Train all qualified and interested applicants on safety')).toHaveLength(1);
  });
});

describe('a credential named by its acronym', () => {
  it('"NBRC credential", "ASE certification" name what is asked', () => {
    const text = 'Must maintain currency of NBRC credential and ASE certification.';
    expect(findUnknownTerms(text, []).map((h) => h.skill)).toEqual(['NBRC', 'ASE']);
    expect(reqs(doc('Therapist', 'Requirements:', '- Must maintain currency of NBRC credential, BLS certification and state license.'))).toContainEqual({ tier: 'required', name: 'NBRC' });
  });

  it('not a word in capitals elsewhere, nor a credential known already', () => {
    expect(findUnknownTerms('Must maintain the credential. Report to the HR department.', [])).toEqual([]);
    const text = 'Current BLS certification';
    expect(findUnknownTerms(text, find(text).map((h) => ({ ...h })))).toEqual([]);
  });
});

describe("the work a duty's verb names", () => {
  const WORK: TinySkill[] = [
    ['Proofreading', 'soft', ['proofreading']], ['Merchandising', 'sales_marketing', ['merchandising']],
    ['SQL Query Optimization', 'database', ['query optimization']], ['Database Migration', 'practice', ['database migration']],
    ['Project Management', 'business', ['project management']], ['Grant Writing', 'business', ['proposal writing']],
    ['Cost Accounting', 'finance', ['costing']], ['Construction', 'trades', ['construction']], ['Supervision', 'business', ['supervising']],
    ['Leadership', 'soft', ['leading']],
  ];
  const findWork: (text: string) => SkillHit[] = (text) => {
    const hits = tinyFinder(WORK)(text);
    return hits.map((h) => (h.skill === 'Leadership' ? { ...h, generic: true } : h));
  };
  const work = (text: string) => workOfVerbs(text, findWork, []).map((h) => [h.skill, h.surface]);

  it('reads the verb as its -ing work, or with its object as the taxonomy names the work', () => {
    expect(work('Proofread documents for errors')).toEqual([['Proofreading', 'Proofread']]);
    expect(work('Assist customers, merchandise new product as it arrives')).toEqual([['Merchandising', 'merchandise']]);
    expect(work('Troubleshoot and optimize queries and bottlenecks')).toEqual([['SQL Query Optimization', 'optimize queries']]);
    expect(work('Install, upgrade, and migrate existing databases')).toEqual([['Database Migration', 'migrate existing databases']]);
    expect(work('Managing assigned projects across teams')).toEqual([['Project Management', 'Managing assigned projects']]);
    expect(work('Supervises a class with the teacher')).toEqual([['Supervision', 'Supervises']]);
  });

  it('not a verb without its object, a noun in a list, another work, a trade by its -ion, a generic name', () => {
    expect(work('Report to the Director; proofread with care')).toEqual([]);
    expect(work('Understand their cost structure and cost drivers')).toEqual([]);
    expect(work('Write bid proposals for projects')).toEqual([]);
    expect(work('Designing and constructing data pipelines')).toEqual([]);
    expect(work('Lead a team of five')).toEqual([]);
    expect(work('Skills: Chef, Proofread Pro')).toEqual([]);
  });

  it('a duty so read is asked; "translate requests into features" is no Translation', () => {
    const got = analyzeJob(doc('Analyst', 'Responsibilities:', '- Proofread documents for errors', '- Managing assigned projects'), findWork).requirements;
    expect(got.map((r) => r.anyOf[0])).toEqual(['Proofreading', 'Project Management']);
    const hit = { skill: 'Translation', category: 'business' as const, surface: 'Translate', start: 0, end: 9 };
    expect(dropMisreadings('Translate stakeholder requests into a set of features.', [hit])).toEqual([]);
    expect(dropMisreadings('Translate documents into Spanish.', [hit])).toEqual([hit]);
  });
});

describe('a cue shouted in brackets', () => {
  it('"(BONUS)" names nothing; "(CMSRN)" still names a credential', () => {
    expect(findUnknownTerms('BS Degree in Computer Science (BONUS). Team Lead experience (OPTIONAL)', [])).toEqual([]);
    expect(findUnknownTerms('Med-Surg certification (CMSRN)', []).map((h) => h.skill)).toEqual(['CMSRN']);
  });
});
