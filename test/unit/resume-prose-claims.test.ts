/**
 * Skills read in a resume's prose by what annotated postings say of their names
 * (data/prose-skills.json, scripts/build-prose-skills.mjs), and skills named as the resume
 * writes them rather than under a broader entry (issue 18: "the resume's wording"). Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { claimedInProse, doneByCandidate, loadProseSkills, proseForm, sameActivity, verbClaims } from '../../src/resume/prose-claims.js';
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

describe('skills said with their verb and object', () => {
  const prose = loadProseSkills();
  const said = (text: string) => verbClaims(text, prose).map((c) => c.skill);

  it('reads an activity from its verb and object, the object closing its phrase', () => {
    expect(said('Uses R to analyze large survey data in relation to politics.')).toEqual(['Data Analysis']);
    expect(said('Resolved conflicts between residents')).toEqual(['Conflict Resolution']);
    expect(said('Planned and led weekly meetings with parents')).toEqual(['Event Planning']);
    expect(said('Wrote reports and correspondence from dictation')).toEqual(['Report Writing']);
    expect(said('- Supervised administrative assistants and student employees')).toEqual(['Supervision']);
    expect(said('Coach employees on customer service, and negotiated prices with vendors')).toEqual(['Coaching', 'Negotiation']);
  });

  it('leaves an object that modifies another noun, a participle used as an adjective, and a passive', () => {
    expect(said('Planned event logistics for the conference')).toEqual([]);
    expect(said('Leveraged PostgreSQL database to manage collected data')).toEqual([]);
    expect(said('Designed the internal survey and crowdsourcing platform')).toEqual([]);
    expect(said('Managing office and supply inventories')).toEqual([]);
    expect(said('Modeling low-risk & continuous-return strategies')).toEqual([]);
    expect(said('Was supervised by the head chef and trained in food safety')).toEqual([]);
  });

  it('leaves a verb whose form is a noun, an outcome, a thing built for a purpose and a line about study', () => {
    expect(said('Project elements include edits and adding content, design layout, project updates')).toEqual([]);
    expect(said('Delivered quarterly business reviews and planning meetings')).toEqual([]);
    expect(said('Implemented caching, reducing operational costs by 30%')).toEqual([]);
    expect(said('Created a microservice for a survey to collect customer preference data')).toEqual([]);
    expect(said('SDKs for constructing pipelines and runners')).toEqual([]);
    expect(said('Studied the aspects of coordinating patient care, educating patients')).toEqual([]);
    // A hyphen inside a compound is no bullet: "professional-services clients" is not "serviced clients".
    expect(said('tax preparation for manufacturing and professional-services clients.')).toEqual([]);
  });

  it('does not read engineering practices from a generic verb (the dev gold counts them by name only)', () => {
    expect(said('Optimized canvas rendering performance, reducing frame drops')).toEqual([]);
    expect(said('Designed RESTful API in Python')).toEqual([]);
  });

  it('leaves an object whose modifier names another skill: the object is that skill\'s thing', () => {
    const p = read(`${HEAD}- Planned the SharePoint meetings and AWS events for the hotel\n- Planned client events for the hotel\n`);
    expect(skill(p, 'Event Planning')?.evidence.map((e) => e.text)).toEqual(['- Planned client events for the hotel']);
  });

  it('reads no skill from what was managed: the thing looked after, not a discipline', () => {
    const p = read(`${HEAD}- Managed client accounts and the store's inventory program\n`);
    expect(skill(p, 'Account Management')).toBeUndefined();
    expect(skill(p, 'Inventory Management')).toBeUndefined();
  });

  it('adds the skill to the profile, marked readInProse, in a position and not in a skills list', () => {
    const p = read(`${HEAD}- Analyzed guest survey data and resolved conflicts among staff\n`);
    expect(skill(p, 'Data Analysis')?.readInProse).toBe(true);
    expect(skill(p, 'Conflict Resolution')?.readInProse).toBe(true);
    const listed = read(`${HEAD}\nSKILLS\nAnalyzed data, Resolved conflicts, Excel\n`);
    expect(skill(listed, 'Data Analysis')).toBeUndefined();
  });
});

describe('a skill named after a verb that says the candidate did it', () => {
  it('claims "performed penetration tests", "participate in pair programming", "conduct code reviews"', () => {
    const p = read(`${HEAD}- Performed penetration tests of client networks\n- Perform code reviews of the modules and participate in pair programming to improve the code\n`);
    expect(skill(p, 'Penetration Testing')?.readInProse).toBe(true);
    expect(skill(p, 'Code Review')?.readInProse).toBe(true);
    expect(skill(p, 'Pair Programming')?.readInProse).toBe(true);
  });

  it('leaves a name that modifies another noun, a shorter word met by its stem, and a passive', () => {
    expect(doneByCandidate({ start: 10, end: 21 }, 'Performed code review checklists')).toBe(false);
    expect(sameActivity('penetration tests', 'Penetration Testing')).toBe(true);
    expect(sameActivity('Proof', 'Proofreading')).toBe(false);
    expect(doneByCandidate({ start: 35, end: 45 }, 'We conduct weekly meetings for networking')).toBe(false);
    const p = read(`${HEAD}- Performed basic Proof of Performance tests\n- Code reviews were conducted by the leads\n- Participates in department decision-making\n`);
    expect(skill(p, 'Decision Making')).toBeUndefined();
    expect(skill(p, 'Proofreading')).toBeUndefined();
    expect(skill(p, 'Code Review')).toBeUndefined();
  });
});

describe('data/prose-skills.json verbs', () => {
  it('holds verbs with their forms and objects, built from ESCO and O*NET (npm run prose-skills)', () => {
    const prose = loadProseSkills();
    expect(prose.verbs.get('analyzed')?.some((o) => o.skill === 'Data Analysis' && o.words.join(' ') === 'data')).toBe(true);
    expect(prose.verbs.get('wrote')?.some((o) => o.skill === 'Report Writing')).toBe(true);
    const skills = new Set(taxonomy.skills.map((s) => s.name));
    expect([...prose.verbs.values()].flat().filter((o) => !skills.has(o.skill))).toEqual([]);
  });
});
