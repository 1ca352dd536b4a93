import { describe, expect, it } from 'vitest';
import { isBoilerplate, lineTier } from '../../src/job/line-tier.js';
import { splitClauses } from '../../src/job/split-clauses.js';
import { splitJobSections } from '../../src/job/split-job-sections.js';
import { lines } from '../helpers/lines.js';

// Posting text lost before any skill is read: a heading not known, a blurb word inside an ask,
// a run-on item glued to the one before. Each rule has a case it must leave alone.
const kindOf = (texts: string[], clause: string) => splitJobSections(lines(...texts)).find((s) => s.text.startsWith(clause))?.kind;

describe('duties headings', () => {
  it('knows "roles and responsibilities" and "principal duties" headings, inline or glued to a starred item', () => {
    expect(kindOf(['Designer', 'We build tools.Specific roles and responsibilities Develops wireframes and user personas for the platform'], 'Develops wireframes')).toBe('responsibilities');
    expect(kindOf(['Specialist', 'Skills are important aspects of the role.PRINCIPAL DUTIES AND RESPONSIBILITIES*Log reported issues in ticket tracking systems'], 'Log reported')).toBe('responsibilities');
    expect(kindOf(['Agent', 'Daily Job Responsiblities: Record all complaint information in the CRM.'], 'Record all')).toBe('responsibilities');
  });
  it('leaves a sentence that names responsibilities, and capitals before a lower-case starred word, as they were', () => {
    expect(kindOf(['Designer', 'We build tools.You will take on roles and responsibilities Develops wireframes for the platform'], 'You will')).toBe('other');
    expect(kindOf(['Engineer', 'We ship fast.STRONG SQL SKILLS*nice to have for this team'], 'STRONG SQL')).toBe('other');
  });
  it('reads "Education Required:" as the degree asked, not a duty', () => {
    expect(kindOf(['Agent', 'Duties: Answer calls from customers.', 'Education Required: High school diploma or GED'], 'High school')).toBe('required');
  });
});

describe('blurb words inside an ask', () => {
  it('keeps a "cost benefits analysis" or "benefits administration" ask, drops the pay offered', () => {
    expect(isBoilerplate('Responsible for cost estimating, cost benefits analysis, and return on investments')).toBe(false);
    expect(isBoilerplate('Knowledge of benefits administration and payroll')).toBe(false);
    expect(isBoilerplate('We offer great benefits and a flexible schedule')).toBe(true);
  });
  it('keeps "click stream analysis", drops "click here to apply"', () => {
    expect(isBoilerplate('Applied scalable algorithms for click stream analysis to model user behavior')).toBe(false);
    expect(isBoilerplate('Click the link below to see our open positions')).toBe(true);
  });
  it('keeps a duty whose object is benefits under a duties heading, not the offer in a duty\'s shape', () => {
    expect(lineTier('Educate callers about Medicaid program benefits and policies', 'responsibilities')).toBe('preferred');
    expect(lineTier('Escalate inquiries to the DSS Benefits Center as appropriate', 'responsibilities')).toBe('preferred');
    expect(lineTier('Receive competitive benefits from day one', 'responsibilities')).toBeNull();
    expect(lineTier('Educate callers about Medicaid program benefits and policies', 'other')).toBeNull();
  });
  it('keeps whom the employer seeks "with" skills, not the seeking alone', () => {
    expect(isBoilerplate('We are looking for driven developers with strong programming skills and problem solving ability')).toBe(false);
    expect(isBoilerplate('We are looking for talented people to join our team')).toBe(true);
  });
});

describe('an ask glued to the name before it', () => {
  it('cuts "JavaExperience with", "SQLAbility to" but not "JavaScript" or "Experience Designer"', () => {
    const texts = (t: string) => splitClauses(t, 0).map((c) => c.text);
    expect(texts('Python, Scala or JavaExperience with cloud services using SQLAbility to collaborate')).toEqual(['Python, Scala or Java', 'Experience with cloud services using SQL', 'Ability to collaborate']);
    expect(texts('Knowledge of JavaScript and PowerPoint')).toEqual(['Knowledge of JavaScript and PowerPoint']);
    expect(texts('Senior UserExperience Designer role')).toEqual(['Senior UserExperience Designer role']);
  });
});
