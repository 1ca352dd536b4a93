import { describe, expect, it } from 'vitest';
import { isBoilerplate, lineTier, soughtWork } from '../../src/job/line-tier.js';
import { eitherApostrophe } from '../../src/job/rules.js';

describe('lineTier', () => {
  it.each([
    ['Experience with Kafka', 'required', 'required'],
    ['Experience with Kafka is a plus', 'required', 'preferred'],
    ['Experience with Kafka', 'preferred', 'preferred'],
    ['Kubernetes, Terraform', 'stack', 'preferred'],
    ['Build payment services in Go', 'responsibilities', 'preferred'],
    ['Health, dental, and vision insurance', 'benefits', null],
    ['Python knowledge', 'about', null],
    ['We are an equal opportunity employer', 'required', null],
    ['Please submit your resume and cover letter', 'required', null],
    ['Competitive salary: $160,000', 'required', null],
  ] as const)("reads '%s' in %s as %s", (text, section, tier) => {
    expect(lineTier(text, section)).toBe(tier);
  });

  it('reads a posting without headings by its own cues', () => {
    expect(lineTier('Must have solid Java coding skills', 'other')).toBe('required');
    expect(lineTier('Perl knowledge is nice to have', 'other')).toBe('preferred');
    expect(lineTier('We touch millions of users every day', 'other')).toBeNull();
    expect(lineTier('Strong grasp of data structures', 'other', { bulleted: true, unheaded: true })).toBe('required');
    expect(lineTier('You will build pipelines with Spark', 'other')).toBe('preferred');
  });

  it("reads a rule's apostrophe as either one the posting typed", () => {
    expect(lineTier('You’ll assist the team in reconciling the budget', 'other')).toBe('preferred');
    expect(lineTier("You'll assist the team in reconciling the budget", 'other')).toBe('preferred');
    expect(lineTier('Youll assist the team in reconciling the budget', 'other')).toBeNull();
    expect(isBoilerplate('We’re a leading provider of payroll software')).toBe(true);
    // Inside a character class the rule's own apostrophes stand as written.
    expect(eitherApostrophe("[\\w'’-]+'s")).toBe("[\\w'’-]+['’]s");
  });

  it('reads the work of whom a blurb seeks as a duty, and the seeking alone as blurb', () => {
    const dba = 'Fahrenheit IT is seeking a Database Administrator (DBA) to execute on database strategies and take responsibility for security';
    expect(lineTier(dba, 'other')).toBe('preferred');
    expect(soughtWork(dba)).toEqual({ after: dba.indexOf(' a Database') });
    expect(lineTier('Acme is seeking Software Engineers who build data pipelines', 'other')).toBe('preferred');
    expect(lineTier('Acme is seeking a Database Administrator to join our team', 'other')).toBeNull();
    expect(lineTier('Acme is seeking a Database Administrator for our Houston office', 'other')).toBeNull();
    expect(lineTier('Acme is seeking a DBA to manage databases; we offer dental insurance', 'other')).toBeNull();
  });
});
