import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { loadBackground, loadSoftSkillCues } from '../../src/match/text-evidence.js';
import { loadOccupations, positionOccupation, postingOccupation } from '../../src/occupation/index.js';
import { scoreCandidate } from '../../src/score/index.js';
import { buildTaxonomy } from '../../src/taxonomy/index.js';
import type { CandidateReport, JobProfile, Line, Position, Requirement, ResumeProfile, ResumeSkill } from '../../src/types.js';
import { lines } from '../helpers/lines.js';

const taxonomy = buildTaxonomy([{ name: 'Chef', aliases: [], category: 'devops', implies: [], related: [], ambiguous: {} }]);
const config = { ...DEFAULT_CONFIG, asOf: '2024-06' };
const occupations = loadOccupations();
const background = loadBackground();
const softSkillCues = loadSoftSkillCues();

let n = 0;
const req = (anyOf: string[], kind: Requirement['kind'] = 'unknown', tier: Requirement['tier'] = 'required'): Requirement => ({
  id: `R${++n}`, tier, kind, anyOf, weight: 2, years: null, source: { line: n, text: anyOf.join(' or ') },
});
const posting = (title: string, requirements: Requirement[]): JobProfile => ({
  schemaVersion: 1, source: 'job.txt', title, occupation: postingOccupation(occupations, title, []), minYears: null, education: null, requirements,
});
const position = (title: string, start: string, end: string, at: [number, number]): Position => {
  const p: Position = { title, organization: null, start, end, months: 24, kind: 'job', lines: at };
  const occupation = positionOccupation(occupations, title);
  if (occupation) p.occupation = occupation;
  return p;
};
const resume = (positions: Position[]): ResumeProfile => ({
  schemaVersion: 1, source: 'cv.txt', format: 'txt', name: 'A', skills: [], concepts: [],
  experience: { totalMonths: 48, positions }, education: [], warnings: [],
});
const score = (job: JobProfile, cv: ResumeProfile, text: Line[]): CandidateReport =>
  scoreCandidate(job, cv, { taxonomy, config, lines: text, occupations, background, softSkillCues });
const line = (report: CandidateReport, id: string) => report.requirements.find((r) => r.id === id)!;

describe('role fit', () => {
  const nurseText = lines('Registered Nurse', 'Monitored vital signs of 20 patients per shift');
  const nurse = resume([position('Registered Nurse', '2018-01', '2024-01', [1, 2])]);
  const accountantText = lines('Staff Accountant', 'Reconciled the general ledger');
  const accountant = resume([position('Staff Accountant', '2018-01', '2024-01', [1, 2])]);

  it('is a scored line of its own, naming both occupations and how they stand', () => {
    const report = score(posting('Registered Nurse', []), nurse, nurseText);
    const role = line(report, 'O');
    expect(role).toMatchObject({ tier: 'role', status: 'met', credit: 1, via: 'occupation' });
    expect(role.why).toContain('Registered Nurses 29-1141.00');
    expect(report.breakdown!.tiers.find((t) => t.tier === 'role')!.points).toBeGreaterThan(0);
  });

  it('credits a related occupation less than the same one, and an unrelated one least', () => {
    const job = posting('Certified Nursing Assistant', []);
    const related = line(score(job, nurse, nurseText), 'O');
    const unrelated = line(score(job, accountant, accountantText), 'O');
    expect(related.credit).toBeGreaterThan(unrelated.credit);
    expect(related.credit).toBeLessThan(1);
    expect(related.why).toMatch(/related \(O\*NET rank \d+\)/);
  });

  it('is absent when the posting reads as no occupation (its vocabulary line stays)', () => {
    const job: JobProfile = { ...posting('Registered Nurse', []), occupation: null };
    const report = score(job, nurse, nurseText);
    expect(report.requirements.some((r) => r.id === 'O')).toBe(false);
    expect(report.requirements.filter((r) => r.tier === 'role').map((r) => r.id)).toEqual(['W']);
  });
});

describe('what an occupation carries', () => {
  it('meets a nursing-assistant certificate with a registered nurse, at implied credit, with the reason', () => {
    const job = posting('Resident Care Specialist', [req(['Certified Nursing Assistant'], 'certification')]);
    const r = score(job, resume([position('Registered Nurse', '2018-01', '2024-01', [1, 2])]), lines('Registered Nurse', 'Patient care')).requirements.find((x) => x.id.startsWith('R'))!;
    expect(r).toMatchObject({ status: 'partial', credit: config.credit.occupation, via: 'occupation' });
    expect(r.why).toContain('Nursing Assistants 31-1131.00');
  });

  it('does not meet it the other way round: a nursing assistant holds no nursing licence', () => {
    const job = posting('Registered Nurse', [req(['Registered Nurse'], 'certification')]);
    const r = score(job, resume([position('Certified Nursing Assistant', '2018-01', '2024-01', [1, 2])]), lines('Certified Nursing Assistant', 'Bathing and feeding')).requirements.find((x) => x.id.startsWith('R'))!;
    expect(r.via).not.toBe('occupation');
  });
});

describe('text evidence', () => {
  it('gives capped partial credit when a line carries the requirement’s rarer words, and says so', () => {
    // A domain requirement: not matched literally, so only text evidence can find it.
    const job = posting('Resident Care Specialist', [req(['vital signs'], 'domain')]);
    const r = line(score(job, resume([]), lines('Monitored patients’ vital signs every hour')), job.requirements[0]!.id);
    expect(r).toMatchObject({ via: 'text', status: 'partial' });
    expect(r.credit).toBeGreaterThan(0);
    expect(r.credit).toBeLessThanOrEqual(config.credit.text);
    expect(r.why).toMatch(/^text evidence/);
    expect(r.evidence[0]!.text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe('vital signs');
  });

  it('never stands in for a named product: "Sous Chef" is no configuration tool', () => {
    const job = posting('DevOps Engineer', [req(['Chef'], 'skill')]);
    const r = line(score(job, resume([]), lines('Sous Chef at a busy restaurant')), job.requirements[0]!.id);
    expect(r.status).toBe('missing');
  });

  it('ignores chance overlap of common words', () => {
    const job = posting('Resident Care Specialist', [req(['infection control procedures'], 'domain')]);
    const r = line(score(job, resume([]), lines('Took control of the quarterly budget')), job.requirements[0]!.id);
    expect(r.via).not.toBe('text');
  });
});

describe('text evidence for a requirement name', () => {
  const credit = (name: string, kind: Requirement['kind'], ...texts: string[]) => {
    const job = posting('Software Engineer', [req([name], kind)]);
    return line(score(job, resume([]), lines(...texts)), job.requirements[0]!.id);
  };

  it('holds a line word to the same word, not one that only shares a stem', () => {
    expect(credit('Collaboration', 'soft', 'Built collaborative filtering recommenders').via).not.toBe('text');
    expect(credit('Communication', 'soft', 'Contributions to community-driven development').via).not.toBe('text');
    expect(credit('Monitoring', 'skill', 'Monitored the open tables and seated guests')).toMatchObject({ via: 'text' });
  });

  it('takes one word of a longer name only when that word is telling on its own', () => {
    expect(credit('Software Development', 'skill', 'CorelDraw Software, quick learner').via).not.toBe('text');
    expect(credit('Open Source', 'skill', 'Managed a data budget across all sources').via).not.toBe('text');
    expect(credit('Distributed Systems', 'skill', 'Grew connections by distributing newsletters').via).not.toBe('text');
    expect(credit('vital signs', 'skill', 'Recorded vitals for 20 residents per shift')).toMatchObject({ via: 'text' });
    expect(credit('Loan Processing', 'skill', 'Loan specialist at the retail banking department')).toMatchObject({ via: 'text' });
    expect(credit('Medication Administration', 'skill', 'Administered medications to 30 residents')).toMatchObject({ via: 'text' });
    expect(credit('Medication Administration', 'skill', 'Filed medical records for the clinic').via).not.toBe('text');
    expect(credit('Software Development', 'skill', 'Led software development for the billing platform')).toMatchObject({ via: 'text' });
  });

  it('does not split a fixed hyphenated term, nor take a section heading as evidence', () => {
    expect(credit('On-Call', 'skill', 'Answered incoming phone calls on a multiline telephone').via).not.toBe('text');
    expect(credit('Technical Documentation', 'skill', 'TECHNICAL SKILLS:', 'Python, SQL').via).not.toBe('text');
    expect(credit('Technical Documentation', 'skill', 'Wrote the technical documentation for the API')).toMatchObject({ via: 'text' });
  });
});

describe('soft skills shown by what the candidate did', () => {
  it('meets Mentoring with "coached a team" as partial credit naming the words', () => {
    const job = posting('Software Engineer', [req(['Mentoring'], 'soft')]);
    const r = line(score(job, resume([]), lines('Coached a 6-person team through two releases')), job.requirements[0]!.id);
    expect(r).toMatchObject({ via: 'soft-skill cue', status: 'partial' });
  });

  it('reads a role noun as leadership on a title line, not in a product name or as the people served', () => {
    const job = posting('Software Engineer', [req(['Leadership'], 'soft')]);
    const via = (...texts: string[]) => line(score(job, resume([]), lines(...texts)), job.requirements[0]!.id).via;
    expect(via('Store Manager, Walmart, Springfield, IL 2015 – 2018')).toBe('soft-skill cue');
    expect(via('Should have concrete knowledge of AWS Lambda functions, API Gateway, CloudWatch, SQS, SNS, Secret Manager, S3 storage')).not.toBe('soft-skill cue');
    expect(via('QuantDesk: Python backend for a web application used by hedge fund managers for portfolio analysis')).not.toBe('soft-skill cue');
    expect(via('Trained classifiers with supervised learning and backpropagation')).not.toBe('soft-skill cue');
  });

  it('reads cues for any requirement the cue file names, whatever its kind: Customer Service, Collaboration', () => {
    const job = posting('Retail Associate', [req(['Customer Service'], 'skill'), req(['Collaboration'], 'soft')]);
    const report = score(job, resume([]), lines('Greeted customers and answered inquiries at the front desk', 'Worked closely with the pharmacy team on orders'));
    expect(line(report, job.requirements[0]!.id)).toMatchObject({ via: 'soft-skill cue', status: 'partial' });
    expect(line(report, job.requirements[1]!.id)).toMatchObject({ via: 'soft-skill cue', status: 'partial' });
    const none = score(job, resume([]), lines('Reconciled the general ledger every month'));
    expect(line(none, job.requirements[0]!.id).status).toBe('missing');
  });

  it('does not read "lead generation" as leadership', () => {
    const job = posting('Software Engineer', [req(['Leadership'], 'soft')]);
    const r = line(score(job, resume([]), lines('Ran lead generation campaigns')), job.requirements[0]!.id);
    expect(r.via).not.toBe('soft-skill cue');
  });
});

describe('the score is the report', () => {
  it('recomputes from the breakdown: each tier is earned/possible × share, less penalties', () => {
    const job = posting('Registered Nurse', [req(['vital signs']), req(['Communication'], 'soft', 'preferred')]);
    const report = score(job, resume([position('Registered Nurse', '2018-01', '2024-01', [1, 2])]), lines('Registered Nurse', 'Monitored vital signs', 'Communicated with physicians'));
    const tiers = report.breakdown!.tiers;
    for (const t of tiers) {
      const inTier = report.requirements.filter((r) => r.tier === t.tier);
      expect(t.earned).toBeCloseTo(inTier.reduce((s, r) => s + r.weight * r.credit, 0), 2);
      expect(t.possible).toBeCloseTo(inTier.reduce((s, r) => s + r.weight, 0), 2);
      expect(t.points).toBeCloseTo((t.earned / t.possible) * t.share, 1);
    }
    expect(tiers.reduce((s, t) => s + t.share, 0)).toBeCloseTo(100, 0);
    const total = tiers.reduce((s, t) => s + t.points, 0) - report.breakdown!.penalties.reduce((s, p) => s + p.points, 0);
    expect(report.score).toBeCloseTo(total, 0);
  });
});

describe('the duties line', () => {
  const job: JobProfile = {
    ...posting('Resident Care Specialist', []),
    duties: [{ line: 3, text: 'Obtains and records vital signs and weight as assigned' }, { line: 4, text: 'Assists residents with bathing, grooming and feeding' }],
  };

  it('credits a resume whose lines carry the posting’s duty sentences, citing them', () => {
    const carer = line(score(job, resume([]), lines('Recorded vital signs and weight for 20 residents', 'Assisted residents with bathing and feeding')), 'D');
    const clerk = line(score(job, resume([]), lines('Reconciled the general ledger each month')), 'D');
    expect(carer).toMatchObject({ tier: 'role', kind: 'duties', via: 'text' });
    expect(carer.credit).toBeGreaterThan(clerk.credit);
    expect(carer.evidence[0]!.text).toContain('vital signs');
    expect(clerk.status).toBe('missing');
  });

  it('is absent when the posting has no duty sentences', () => {
    expect(score({ ...job, duties: [] }, resume([]), lines('anything')).requirements.some((r) => r.id === 'D')).toBe(false);
  });
});

describe('implied and related credit follow how the implying skill is shown', () => {
  const tax = buildTaxonomy([
    { name: 'Python', aliases: [], category: 'language', implies: [], related: [], ambiguous: {} },
    { name: 'Django', aliases: [], category: 'framework', implies: ['Python'], related: [], ambiguous: {} },
  ]);
  const skill = (sections: ResumeSkill['sections']): ResumeSkill => ({ name: 'Django', mentions: 1, months: null, lastUsed: null, evidence: [], sections });
  const credit = (cv: ResumeProfile) => {
    const job = posting('Software Engineer', [req(['Python'], 'skill')]);
    return line(scoreCandidate(job, cv, { taxonomy: tax, config, lines: lines('x'), occupations, background, softSkillCues }), job.requirements[0]!.id);
  };

  it('a skill shown in a position implies at full implied credit; one only listed, at its listed-only share; a stuffed list, nothing', () => {
    const shown = credit({ ...resume([]), skills: [skill(['experience'])] });
    const listed = credit({ ...resume([]), skills: [skill(['skills'])] });
    const stuffed = credit({ ...resume([]), skills: [skill(['skills'])], warnings: [{ code: 'KEYWORD_STUFFING', message: 'x' }] });
    expect(shown).toMatchObject({ via: 'implied', credit: config.credit.implied });
    expect(listed.credit).toBeCloseTo(config.credit.implied * config.credit.listedOnly, 2);
    expect(listed.why).toContain('only listed');
    expect(stuffed.status).toBe('missing');
  });
});
