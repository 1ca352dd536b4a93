import { describe, expect, it } from 'vitest';
import type { Document, ResumeProfile, ResumeSection, ResumeSkill } from '../../src/types.js';
import { assessResume, claimedNotShown } from '../../src/trust/index.js';

const doc = (...texts: string[]): Document => ({
  source: 'cv.txt',
  format: 'txt',
  lines: texts.map((text, i) => ({ n: i + 1, page: 1, text })),
  hidden: [],
  warnings: [],
});

const skill = (name: string, sections: ResumeSection[], mentions = 1): ResumeSkill => ({
  name,
  mentions,
  months: null,
  lastUsed: null,
  evidence: sections.map((section, i) => ({ section, page: 1, line: i + 1, text: name })),
  sections,
});

const profile = (skills: ResumeSkill[], positions = 2): ResumeProfile => ({
  schemaVersion: 1,
  source: 'cv.txt',
  format: 'txt',
  name: 'Jane Smith',
  skills,
  experience: {
    totalMonths: 48,
    positions: Array.from({ length: positions }, () => ({ title: 'Engineer', organization: 'Acme', start: '2020-01', end: '2021-12', months: 24 })),
  },
  education: [{ level: 'bachelor', field: 'Computer Science', institution: 'State University' }],
  warnings: [],
});

const codes = (d: Document, p: ResumeProfile) => assessResume(d, p).map((w) => w.code);

const TECH = 'Python Java Go Rust Kotlin Scala Ruby PHP Perl Swift Docker Kubernetes Terraform Ansible Jenkins AWS Azure GCP Redis Kafka Spark Hadoop MySQL PostgreSQL MongoDB React Angular Vue Django Flask Spring Node Express GraphQL Linux Git Jira Tableau Excel Airflow'.split(' ');

/** An honest resume: two positions described in sentences, a modest skills line. */
const honest = doc(
  'Jane Smith',
  'Backend engineer with six years of experience in payments.',
  'EXPERIENCE',
  'Senior Engineer, Acme Corp Jan 2020 - Present',
  'Built the settlement service in Python and Go, processing two million payments a day.',
  'Moved the batch jobs from cron to Airflow and cut failures by half.',
  'Engineer, Beta Ltd Jun 2016 - Dec 2019',
  'Wrote the billing API in Java with Spring and PostgreSQL for the retail team.',
  'Ran the on-call rotation and wrote the incident runbooks for the whole group.',
  'EDUCATION',
  'B.S. Computer Science, State University 2016',
  'SKILLS',
  'Python, Go, Java, Spring, PostgreSQL, Airflow, Docker',
);

describe('keyword stuffing', () => {
  it('leaves an honest resume alone', () => {
    const p = profile([skill('Python', ['experience', 'skills']), skill('Go', ['experience', 'skills']), skill('Docker', ['skills'])]);
    expect(codes(honest, p)).toEqual([]);
  });

  it('flags a skills block that outweighs a thin experience section', () => {
    const stuffed = doc(
      'Jane Smith',
      'EXPERIENCE',
      'Engineer, Acme Corp 2021 - 2022',
      'Worked on the web team.',
      'SKILLS',
      ...Array.from({ length: 10 }, (_, i) => [...TECH, ...TECH].slice(i * 8, i * 8 + 8).join(', ')),
    );
    expect(codes(stuffed, profile([skill('Python', ['skills'])], 1))).toEqual(['KEYWORD_STUFFING']);
  });

  it('counts sentences misfiled under a skills heading as work, not as list', () => {
    const misfiled = doc(
      'Jane Smith',
      'EXPERIENCE',
      'Engineer, Acme Corp 2021 - 2022',
      'SKILLS',
      ...Array.from({ length: 8 }, () => 'Built and ran the payment services for the retail team with a small group of engineers.'),
    );
    expect(codes(misfiled, profile([skill('Python', ['skills'])], 1))).toEqual([]);
  });

  it('flags many skills named only in a list, never in a position', () => {
    const skills = [...TECH.slice(0, 30).map((n) => skill(n, ['skills'])), ...TECH.slice(30, 34).map((n) => skill(n, ['experience']))];
    const warnings = assessResume(honest, profile(skills));
    expect(warnings.map((w) => w.code)).toEqual(['KEYWORD_STUFFING']);
    expect(warnings[0]!.message).toContain('30 of 34');
  });

  it('does not flag listed-only skills when no experience text was read at all', () => {
    const skills = TECH.slice(0, 30).map((n) => skill(n, ['skills']));
    const noWork = doc('Jane Smith', 'SKILLS', TECH.slice(0, 6).join(', '));
    expect(codes(noWork, profile(skills, 0))).toEqual([]);
  });

  it('does not flag a broad skills section when most skills are also used in positions', () => {
    const skills = [...TECH.slice(0, 12).map((n) => skill(n, ['skills'])), ...TECH.slice(12, 40).map((n) => skill(n, ['skills', 'experience']))];
    expect(codes(honest, profile(skills))).toEqual([]);
  });

  it('flags one line naming the same skill five times', () => {
    const repeated = doc(...honest.lines.map((l) => l.text), 'Python Python developer, Python, Python scripting and Python');
    expect(codes(repeated, profile([skill('Python', ['experience', 'skills'], 7)]))).toEqual(['KEYWORD_STUFFING']);
  });

  it('does not count one-letter names repeated as initials', () => {
    const authors = doc(...honest.lines.map((l) => l.text), 'C. Li, C. Wu, C. Ng, C. Ho and C. Xu. Paper title.');
    expect(codes(authors, profile([skill('C', ['other'])]))).toEqual([]);
  });

  it('flags one skill mentioned far above the others in a short resume', () => {
    const p = profile([skill('Python', ['experience'], 30), ...TECH.slice(1, 10).map((n) => skill(n, ['experience']))]);
    expect(codes(honest, p)).toEqual(['KEYWORD_STUFFING']);
  });
});

describe('claimedNotShown', () => {
  it('lists skills seen only in skills or summary, not in positions, projects or elsewhere', () => {
    const p = profile([
      skill('Python', ['skills', 'experience']),
      skill('Go', ['skills']),
      skill('Rust', ['summary']),
      skill('Kafka', ['projects', 'skills']),
      skill('Excel', ['education']),
    ]);
    expect(claimedNotShown(p)).toEqual(['Go', 'Rust']);
  });
});
