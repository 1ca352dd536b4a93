import { describe, expect, it } from 'vitest';
import type { Document, ResumeProfile } from '../../src/types.js';
import { warningMessage } from '../../src/messages.js';
import { assessResume } from '../../src/trust/index.js';

const doc = (...texts: string[]): Document => ({
  source: 'cv.pdf',
  format: 'pdf',
  lines: texts.map((text, i) => ({ n: i + 1, page: 1, text })),
  hidden: [],
  warnings: [],
});

const profile = (positions: number, education = 1): ResumeProfile => ({
  schemaVersion: 1,
  source: 'cv.pdf',
  format: 'pdf',
  name: 'John Doe',
  skills: [],
  experience: {
    totalMonths: positions ? 36 : null,
    positions: Array.from({ length: positions }, () => ({ title: 'Analyst', organization: 'Acme', start: '2019-01', end: '2021-12', months: 36 })),
  },
  education: Array.from({ length: education }, () => ({ level: 'bachelor' as const, field: 'Economics', institution: 'Ohio State University' })),
  warnings: [],
});

const codes = (d: Document, p: ResumeProfile) => assessResume(d, p).map((w) => w.code);

/** A real resume whose candidate happens to be called John Doe. */
const johnDoe = doc(
  'John Doe',
  'Financial Analyst | john.doe@gmail.com | (614) 555-0192 | Columbus, OH',
  'EXPERIENCE',
  'Financial Analyst, Huntington Bank, Columbus, OH  Jan 2021 – Present',
  'Built the monthly variance model in Excel and Power BI used by the regional finance team.',
  'Reconciled 40 general-ledger accounts each close and cut close time from eight days to five.',
  'Junior Analyst, Cardinal Health, Dublin, OH  Jun 2019 – Dec 2020',
  'Prepared vendor spend reports and supported the annual budget cycle for three business units.',
  'EDUCATION',
  'B.S. Economics, The Ohio State University, 2019',
  'SKILLS',
  'Excel, Power BI, SQL, SAP, financial modeling, forecasting',
);

describe('placeholder templates', () => {
  it('does not flag a filled resume whose candidate is named John Doe', () => {
    expect(codes(johnDoe, profile(2))).toEqual([]);
  });

  it('flags an unfilled template: "Your Name", numbered slots, 20XX dates', () => {
    const template = doc(
      'YOUR NAME HERE',
      'Your Position or Tagline Here',
      'EXPERIENCE',
      'Job Title 1',
      'Company 1',
      'Month 20XX – Ongoing',
      'Job description 1',
      'Job Title 2',
      'EDUCATION',
      'B.Sc. in Your Discipline, Your University',
    );
    expect(codes(template, profile(0))).toEqual(['PLACEHOLDER']);
  });

  it('flags lorem ipsum on its own', () => {
    const lorem = doc(...johnDoe.lines.map((l) => l.text), 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.');
    expect(codes(lorem, profile(2))).toEqual(['PLACEHOLDER']);
  });

  it('flags template instructions', () => {
    const instructions = doc(...johnDoe.lines.map((l) => l.text), 'Replace this text with a short summary of your career.');
    expect(codes(instructions, profile(2))).toEqual(['PLACEHOLDER']);
  });

  it('does not flag anonymized "Company Name – City, State" on every position', () => {
    const anonymized = doc(
      'STAFF ACCOUNTANT',
      'Experience',
      'Staff Accountant January 2014 to October 2014 Company Name – City , State',
      'Performed all month end functions to produce financial statements.',
      'Staff Accountant March 2013 to January 2014 Company Name – City , State',
      'Collected daily deposits and reconciled the operating accounts.',
      'Bookkeeper 2010 to 2013 Company Name – City , State',
      'Education',
      'Bachelor of Science: Accounting, May 2010 University of North Carolina – City , State',
    );
    expect(codes(anonymized, profile(3))).toEqual([]);
  });

  it('does not flag a stray "xxx" left in a filled resume', () => {
    const stray = doc(...johnDoe.lines.map((l) => l.text), 'Optimized xxx by 5%', 'Award on xxx, 2013');
    expect(codes(stray, profile(2))).toEqual([]);
  });
});

describe('not a resume', () => {
  const letter = doc(
    'Claud D. Park',
    'December 29, 2025',
    'Hiring Manager, Google Inc.',
    'Job Application for Software Engineer',
    'Dear Ms. Lee,',
    'I am writing to apply for the Software Engineer position advertised on your careers page.',
    'For five years I have run the infrastructure of a payments company and I would love to bring that to your team.',
    'Sincerely,',
    'Claud D. Park',
    'Attached: Curriculum Vitae',
  );

  it('reads a cover letter as a cover letter', () => {
    const warnings = assessResume(letter, profile(0, 0));
    expect(warnings.map((w) => w.code)).toEqual(['NOT_A_RESUME']);
    expect(warnings[0]!.message).toContain('cover letter');
  });

  it('does not call a resume with a closing cover note a letter', () => {
    const withNote = doc(...johnDoe.lines.map((l) => l.text), 'Dear Hiring Manager,', 'Sincerely, John Doe');
    expect(codes(withNote, profile(2))).toEqual([]);
  });

  it('reads a job posting as a job posting', () => {
    const posting = doc(
      'Senior Backend Engineer',
      'We are looking for a Senior Backend Engineer to join our platform team.',
      'Responsibilities:',
      'You will design and build high-throughput Python services.',
      'Requirements:',
      '5+ years of professional Python experience; PostgreSQL is a plus.',
      'Benefits',
      'Competitive salary, 401(k) and paid time off.',
      'We are an equal opportunity employer. Apply now with your resume.',
    );
    const warnings = assessResume(posting, profile(0, 0));
    expect(warnings.map((w) => w.code)).toEqual(['NOT_A_RESUME']);
    expect(warnings[0]!.message).toContain('job posting');
  });

  it('does not call a resume that lists duties and requirements a posting', () => {
    const resume = doc(...johnDoe.lines.map((l) => l.text), 'Responsibilities:', 'Met all regulatory requirements for the audit.');
    expect(codes(resume, profile(2))).toEqual([]);
  });
});

describe('messages', () => {
  it('words each finding on one line', () => {
    const text = warningMessage({ code: 'KEYWORD_STUFFING', reason: 'listed-only', listed: 42, total: 51 });
    expect(text).toBe('42 of 51 skills are only listed, never shown in a position');
    expect(warningMessage({ code: 'LANGUAGE', detected: 'cmn', expected: 'eng' })).toContain('Chinese');
    expect(warningMessage({ code: 'DUPLICATE_OF', keep: 'cv.docx' })).toContain('cv.docx');
  });
});
