/**
 * A keyword list a resume builder generated from the resume's own words (issue 18, held-out
 * precision): its words are as good as the sentences they were taken from. Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { findEchoList, sortedShare } from '../../src/resume/echo-list.js';
import type { ResumeProfile } from '../../src/types.js';
import { readMadeUp as read } from '../helpers/made-up-resume.js';

const skillsOf = (p: ResumeProfile) => p.skills.map((s) => s.name.toLowerCase());

const WORK = [
  'Jane Doe',
  'jane.doe@example.com',
  '',
  'EXPERIENCE',
  'Staff Accountant, Acme Corp, Raleigh, NC',
  'Jan 2019 - Present',
  '- Maintained weekly spreadsheet on collected franchise royalties and advertising fees.',
  '- Reconciled the monthly American Express credit card and all bank accounts.',
  '- Prepared balance sheet entries, accounts payable and payroll journals in QuickBooks and Intuit Office365.',
  '- Mentoring two junior accountants; answered their questions via email.',
  '- Maintained the general ledger and fixed assets; managed the budget and its accruals.',
  '- Prepared the bills of materials and job costing.',
  '',
];

/** The builder's list: alphabetical, every word taken from above but the last three. */
const GENERATED = [
  'SKILLS',
  'accounts payable, advertising, balance sheet, Office365, bank accounts, budget, credit card, email, Express, fixed assets, general ledger,',
  'job costing, journals, mentoring, payroll, QuickBooks, spreadsheet, Visio, Xero, year-end',
];

describe('a generated keyword list', () => {
  it('is found: many items, mostly sorted, mostly written elsewhere', () => {
    const texts = [...WORK, ...GENERATED];
    const sections = texts.map((_, i) => (i >= WORK.length ? 'skills' : i >= 3 ? 'experience' : 'header')) as never[];
    const list = findEchoList(texts, sections);
    expect([...list.lines]).toEqual([WORK.length + 1, WORK.length + 2]);
    expect(list.echoes('advertising')).toBe(true);
    // One of the work's coordinated duties, written whole, is a duty the list repeats.
    expect(list.echoes('job costing')).toBe(false);
    expect(list.echoes('Visio')).toBe(false);
    expect(list.insideAName('Express')).toBe(true);
    expect(list.insideAName('QuickBooks')).toBe(false);
    expect(findEchoList([...texts, 'Adjusted DHCP DNS settings.'], [...sections, 'experience'] as never[]).insideAName('DNS')).toBe(false);
  });

  it('is not a list a person wrote: unsorted, short, or of words written nowhere else', () => {
    const texts = [...WORK, 'SKILLS', 'Payroll, Advertising, QuickBooks, Excel, Budgeting, Tutoring, Visio, Xero, Sage, Email, Word, Access'];
    const sections = texts.map((_, i) => (i >= WORK.length ? 'skills' : 'experience')) as never[];
    expect(findEchoList(texts, sections).lines.size).toBe(0);
    const sortedButNew = [...WORK, 'SKILLS', 'Access, Budgeting, Cognos, Dynamics, Excel, Hyperion, Kronos, Oracle, Payroll, Sage, Tableau, Visio, Xero'];
    expect(findEchoList(sortedButNew, sortedButNew.map((_, i) => (i >= WORK.length ? 'skills' : 'experience')) as never[]).lines.size).toBe(0);
    expect(sortedShare(['b', 'a', 'd', 'c'])).toBeCloseTo(1 / 3);
  });

  it('claims no word taken from the work by listing it; a named product and a word written nowhere else stay', () => {
    const skills = skillsOf(read([...WORK, ...GENERATED].join('\n')));
    expect(skills).not.toContain('advertising');
    expect(skills).not.toContain('express');
    expect(skills).not.toContain('email');
    expect(skills).toEqual(expect.arrayContaining(['quickbooks', 'microsoft visio', 'payroll', 'accounts payable', 'general ledger', 'job costing', 'office365']));
  });

  it('a word the work reads as the skill, if only as a concept, stays claimed by the list', () => {
    const profile = read([...WORK, ...GENERATED].join('\n'));
    // "Mentoring two junior accountants": the work reads mentoring (a concept there); the list claims it.
    expect(skillsOf(profile)).toContain('mentoring');
  });

  it('the same words in a list a person wrote are claims', () => {
    const skills = skillsOf(read([...WORK, 'SKILLS', 'Payroll, Advertising, QuickBooks, Email, Budgeting'].join('\n')));
    expect(skills).toEqual(expect.arrayContaining(['advertising', 'email', 'quickbooks']));
  });
});
