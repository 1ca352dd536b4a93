/**
 * Skills read in a resume's prose by what annotated postings say of their names
 * (data/prose-skills.json, scripts/build-prose-skills.mjs), and skills named as the resume
 * writes them rather than under a broader entry (issue 18: "the resume's wording"). Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { claimedInProse, loadProseSkills, proseForm } from '../../src/resume/prose-claims.js';
import { impliedSkills, loadTaxonomy, lookupSkill } from '../../src/taxonomy/index.js';
import type { ResumeProfile } from '../../src/types.js';
import { readMadeUp as read } from '../helpers/made-up-resume.js';

const taxonomy = loadTaxonomy();

const skill = (p: ResumeProfile, name: string) => p.skills.find((s) => s.name === name);
const conceptsOf = (p: ResumeProfile) => (p.concepts ?? []).map((s) => s.name);
const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nShift Lead, Grand Hotel, Boston, MA\nJan 2019 - Present\n';

describe('skills in prose, by what annotated postings say of the name', () => {
  it('writes names as the build counts them', () => {
    expect(proseForm('Problem-solving')).toBe('problem solving');
    expect(proseForm('CI/CD')).toBe('ci cd');
  });

  it('claims a name annotators mark as a skill most times, in a position, marked readInProse', () => {
    const p = read(`${HEAD}- Wrote technical documentation for the booking system and handled problem solving for guests\n`);
    expect(skill(p, 'Technical Documentation')?.readInProse).toBe(true);
    expect(skill(p, 'Problem Solving')?.readInProse).toBe(true);
  });

  it('leaves a name annotators seldom mark, a verb met by its stem, and prose outside work and summary', () => {
    const p = read(`${HEAD}- Improved monitoring of the front desk; supervised the night audit\n\nEDUCATION\nBA, Hospitality, 2018 - thesis on problem solving\n`);
    expect(p.skills.map((s) => s.name)).not.toContain('Monitoring');
    expect(p.skills.map((s) => s.name)).not.toContain('Supervision');
    expect(p.skills.map((s) => s.name)).not.toContain('Problem Solving');
    const prose = loadProseSkills();
    expect(claimedInProse({ surface: 'problem solving', category: 'soft' }, 'experience', prose)).toBe(true);
    expect(claimedInProse({ surface: 'problem solving', category: 'soft' }, 'education', prose)).toBe(false);
    expect(claimedInProse({ surface: 'problem-solving', category: 'soft', byStem: true }, 'experience', prose)).toBe(false);
    expect(claimedInProse({ surface: 'monitoring', category: 'practice' }, 'experience', prose)).toBe(false);
    // An industry named in a position is where the work was done ("sold real estate").
    expect(claimedInProse({ surface: 'real estate', category: 'domain' }, 'experience', prose)).toBe(false);
  });

  it('does not mark a skill also listed or named as a product', () => {
    const p = read(`${HEAD}- Led problem solving for the team using Excel\n\nSKILLS\nProblem Solving, Excel\n`);
    expect(skill(p, 'Problem Solving')?.readInProse).toBeUndefined();
    expect(skill(p, 'Microsoft Excel')?.readInProse).toBeUndefined();
  });
});

describe('a skill named as the resume writes it, not under a broader entry', () => {
  it.each([
    ['revenue management', 'Revenue Management'],
    ['customer satisfaction', 'Customer Satisfaction'],
    ['desktop support', 'Desktop Support'],
    ['root cause analysis', 'Root Cause Analysis'],
    ['proofreading', 'Proofreading'],
    ['copy editing', 'Copy Editing'],
    ['incident response', 'Security Incident Response'],
  ])('%s → %s', (form, name) => {
    expect(lookupSkill(taxonomy, form)?.name).toBe(name);
  });

  it('keeps the broader entry reachable: a narrower skill implies or relates to it', () => {
    expect(impliedSkills(taxonomy, 'Revenue Management')).toContain('Pricing Strategy');
    expect(impliedSkills(taxonomy, 'Desktop Support')).toContain('Technical Support');
    expect(lookupSkill(taxonomy, 'Supervision')?.related).toContain('Team Management');
  });

  it('reads them in a skills list under their own names, and the broad names stay their own', () => {
    const p = read(`${HEAD}- Greeted guests\n\nSKILLS\nRevenue Management, PBX, Staffing, Cooking, Pricing\n`);
    const names = p.skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Revenue Management', 'PBX', 'Staffing', 'Cooking', 'Pricing Strategy']));
    expect(names).not.toContain('VoIP');
    expect(names).not.toContain('Recruiting');
    expect(conceptsOf(p)).not.toContain('Culinary Arts');
  });
});

describe('data/prose-skills.json', () => {
  it('judges only forms the taxonomy holds (rebuild it after the taxonomy: npm run prose-skills)', () => {
    const forms = new Set(taxonomy.skills.flatMap((s) => [s.name, ...s.aliases].map(proseForm)));
    const prose = loadProseSkills();
    expect([...prose.claimed, ...prose.refused].filter((f) => !forms.has(f))).toEqual([]);
    expect(prose.claimed.size).toBeGreaterThan(20);
  });
});
