/**
 * A trait said of the candidate is not the same word said of others or of things (issue 18,
 * held-out precision: "marketing initiatives" read as Self-Motivation). Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { createSkillFinder } from '../../src/match/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';

const find = createSkillFinder(loadTaxonomy());
const names = (text: string) => find(text, { skillsSection: true }).map((h) => h.skill);

describe('trait senses', () => {
  it('an alias of a trait read in the plural names things, not the trait', () => {
    expect(names('Initiatives')).not.toContain('Self-Motivation');
    expect(names('Initiative')).toContain('Self-Motivation');
  });

  it('an adjective of the person read as a verb says it of others', () => {
    expect(names('Motivate')).not.toContain('Self-Motivation');
    expect(names('Motivated')).toContain('Self-Motivation');
    expect(names('Organizing')).not.toContain('Organizational Skills');
    expect(names('Organized')).toContain('Organizational Skills');
  });

  it('a noun of the trait, a skill\'s own name in the plural and a verb of the candidate\'s own stay', () => {
    expect(names('Organization')).toContain('Organizational Skills');
    expect(names('Communications')).toContain('Communication');
    expect(names('Collaborated')).toContain('Collaboration');
  });

  it('a nominalisation of a trait in the plural counts bodies or events, not the trait', () => {
    expect(names('Student Organizations')).not.toContain('Organizational Skills');
    expect(names('Employee motivations')).not.toContain('Self-Motivation');
    expect(names('Motivation')).toContain('Self-Motivation');
    expect(names('Organization, planning')).toContain('Organizational Skills');
  });

  it('a trait\'s verb in "-s" is the candidate\'s doing only as a verb, not as a plural noun', () => {
    const prose = (text: string) => find(text).map((h) => h.skill);
    expect(prose('Cold calling new clients and following leads, Excel, PowerPoint')).not.toContain('Leadership');
    expect(prose('Tracked leads, contacts and vendors in Salesforce, Excel, PowerPoint')).not.toContain('Leadership');
    expect(names('Prioritizes and calmly handles requests')).toContain('Prioritization');
    expect(names('Organized, communicates well')).toContain('Communication');
  });
});
