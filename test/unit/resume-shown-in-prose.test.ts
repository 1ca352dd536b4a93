/**
 * Skills shown in prose (issue 18): a concept a sentence holds as the candidate's own, across a
 * wrapped line too; a way of working named as the setting of the work; the field the resume's
 * headline names as its occupation. Each rule positive and negative, on made-up text.
 */
import { describe, expect, it } from 'vitest';
import { createSkillFinder } from '../../src/match/index.js';
import { headlineOccupation, loadOccupations } from '../../src/occupation/index.js';
import { engineersResume, fieldNamedInWork } from '../../src/resume/field-claims.js';
import { continuesLine, heldByPhrase, settingOfWork } from '../../src/resume/held-claims.js';
import { listItems } from '../../src/resume/list-items.js';
import { claimHeadlineField } from '../../src/resume/own-occupation.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { readMadeUp as read, skillsOf, conceptsOf } from '../helpers/made-up-resume.js';

const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('a concept held by a phrase of its sentence', () => {
  it('reads a holding noun with its own modifiers and the items of its coordination', () => {
    const text = 'Analytical professional with extensive financial statement background in quality assurance, compliance, auditing.';
    expect(heldByPhrase(at(text, 'quality assurance'), text)).toBe(true);
    expect(heldByPhrase(at(text, 'compliance'), text)).toBe(true);
    const colon = 'Thorough knowledge of: payroll, cash basis accounting and tax filing.';
    expect(heldByPhrase(at(colon, 'tax filing'), colon)).toBe(true);
  });

  it('carries the phrase over a wrapped line, not over a finished sentence', () => {
    const previous = 'Professional with a strong background in quality assurance, compliance, auditing,';
    const text = 'customer service and regulatory requirements.';
    expect(continuesLine(previous, text)).toBe(true);
    expect(heldByPhrase(at(text, 'customer service'), text, previous)).toBe(true);
    const ended = 'Professional with a strong background in quality assurance.';
    expect(heldByPhrase(at(text, 'customer service'), text, ended)).toBe(false);
    expect(continuesLine(previous, 'Customer service desk lead, 2019')).toBe(false);
  });

  it('needs a degree word and a plain coordination: no job-ad wording, relative clause or stem', () => {
    const ad = 'The role needs experience in customer service.';
    expect(heldByPhrase(at(ad, 'customer service'), ad)).toBe(false);
    const relative = 'Deep knowledge of commerce subsystems which include supply chain planning.';
    expect(heldByPhrase(at(relative, 'supply chain'), relative)).toBe(false);
    const stem = 'Strong background in auditing';
    expect(heldByPhrase({ ...at(stem, 'auditing'), byStem: true }, stem)).toBe(false);
  });

  it('makes the concept a skill of the resume', () => {
    const p = read(
      'Jane Doe\nSUMMARY\nHighly analytical professional; possessing extensive financial statement background in quality assurance, compliance, auditing,\ncustomer service and regulatory requirements.\nEXPERIENCE\nStaff Accountant, Acme, Boston, MA\nJan 2019 - Present\nReconciled accounts.\n',
    );
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Quality Assurance', 'Customer Service']));
    // An engineer's resume, where a field named in prose is no claim by itself (the field rule below).
    const plain = read('Jane Doe\nSKILLS\nPython, Java, PostgreSQL, Docker, Kubernetes\nSUMMARY\nHelped quality assurance with customer service calls.\n');
    expect(skillsOf(plain)).not.toContain('Quality Assurance');
    expect(skillsOf(plain)).not.toContain('Customer Service');
  });
});

describe('a way of working named as the setting of the work', () => {
  it('reads "worked in a … environment"', () => {
    const text = 'Worked in a fast-paced, test-driven development environment.';
    expect(settingOfWork(at(text, 'test-driven development'), text)).toBe(true);
  });

  it('is not an environment the candidate built, nor a product\'s', () => {
    const built = 'Deployed a centralized monitoring environment with Grafana.';
    expect(settingOfWork(at(built, 'monitoring'), built)).toBe(false);
    const product = 'Customized builds within the Jenkins continuous integration environment.';
    expect(settingOfWork(at(product, 'continuous integration'), product)).toBe(false);
    const noun = 'Worked in a test-driven development team.';
    expect(settingOfWork(at(noun, 'test-driven development'), noun)).toBe(false);
  });
});

describe('the field the headline names as the occupation', () => {
  const findSkills = createSkillFinder(loadTaxonomy());
  const data = loadOccupations();
  const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, page: 1, text }));
  const body = 'SUMMARY\nCreated print ads and business cards for local clients.\nEXPERIENCE\nDesigner, Acme, Boston, MA\nJan 2019 - Present\nWorked on graphic design projects for clients.\n';

  it('claims a graphic designer\'s graphic design', () => {
    const text = `Jane Doe\nGRAPHIC DESIGNER\n${body}`;
    const profile = read(text);
    expect(conceptsOf(profile)).toContain('Graphic Design');
    const headline = headlineOccupation(data, lines(...text.split('\n')), profile.name);
    const claimed = claimHeadlineField(profile, headline, findSkills);
    expect(skillsOf(claimed)).toContain('Graphic Design');
    expect(conceptsOf(claimed)).not.toContain('Graphic Design');
  });

  it('leaves the concept where no headline names it, and an engineer\'s trade', () => {
    const profile = read(`Jane Doe\n${body}`);
    const headline = headlineOccupation(data, lines(...`Jane Doe\n${body}`.split('\n')), profile.name);
    expect(skillsOf(claimHeadlineField(profile, headline, findSkills))).not.toContain('Graphic Design');
    const dev = read('Jane Doe\nWEB DEVELOPER\nEXPERIENCE\nDeveloper, Acme, Boston, MA\nJan 2019 - Present\nBuilt web development tooling for clients.\n');
    const devHeadline = headlineOccupation(data, lines('Jane Doe', 'WEB DEVELOPER'), dev.name);
    expect(devHeadline).toBeDefined();
    expect(skillsOf(claimHeadlineField(dev, devHeadline, findSkills))).not.toContain('Web Development');
  });
});

describe('a concept before a list that has its own label', () => {
  const findSkills = createSkillFinder(loadTaxonomy());
  const skills = (text: string) => findSkills(text).map((h) => h.skill);

  it('opens a sentence, not the list, when a colon labels the list after it', () => {
    expect(skills('GAAP and other accounting standards. Proficient with: QuickBooks, ADP, Sage')).toContain('GAAP');
  });

  it('still labels a list that lost its colon, or whose label it stands in', () => {
    expect(skills('GAAP QuickBooks, ADP, Sage 50')).not.toContain('GAAP');
    expect(skills('Programming & Scripting Languages: HTML, CSS, JavaScript')).not.toContain('Software Development');
  });
});

describe('a field named in the work of a resume that is not an engineer\'s', () => {
  const field = (text: string, surface: string, skill: string, category: 'business' | 'sales_marketing' | 'education' | 'trades' | 'legal' | 'practice' = 'sales_marketing', section: 'experience' | 'education' = 'experience', titles: string[] = []) =>
    fieldNamedInWork({ ...at(text, surface), surface, skill, category }, section, text, titles);

  it('reads a field named as itself in a line of work', () => {
    expect(field('Handled all media and public relations inquiries.', 'public relations', 'Public Relations')).toBe(true);
    expect(field('Modified lesson plans while incorporating differentiated instruction.', 'differentiated instruction', 'Differentiated Instruction', 'education')).toBe(true);
  });

  it('leaves an alias, a title line, a degree, a purpose, an employer\'s trade and an engineering practice', () => {
    expect(field('Established excellent customer relationships.', 'customer relationships', 'Customer Relations', 'business')).toBe(false);
    expect(field('Public Relations Manager, Acme, Boston', 'Public Relations', 'Public Relations', 'sales_marketing', 'experience', ['Public Relations Manager'])).toBe(false);
    expect(field('Hold M.A. in Translation and a data analyst certificate.', 'Translation', 'Translation', 'business')).toBe(false);
    expect(field('Created presentations used for business development.', 'business development', 'Business Development')).toBe(false);
    expect(field('Posted news on LinkedIn about immigration law reform.', 'immigration law', 'Immigration Law', 'legal')).toBe(false);
    expect(field('Transported cars from the manufacturing plant.', 'manufacturing', 'Manufacturing', 'trades')).toBe(false);
    expect(field('Helped the quality assurance team on audits.', 'quality assurance', 'Quality Assurance', 'trades')).toBe(false);
    expect(field('Recruitment: advertising the vacancy on job boards.', 'advertising', 'Advertising')).toBe(false);
    expect(field('Developed menu items catering to customers with allergies.', 'catering', 'Catering', 'trades')).toBe(false);
    expect(field('Ran banquet and catering events for 300 guests.', 'catering', 'Catering', 'trades')).toBe(true);
    expect(field('Optimized load balancing for the cluster.', 'load balancing', 'Load Balancing', 'practice')).toBe(false);
    expect(field('Public relations internship', 'Public relations', 'Public Relations', 'sales_marketing', 'education')).toBe(false);
  });

  it('tells an engineer\'s resume by the share of engineers\' products among its claims', () => {
    expect(engineersResume(['language', 'framework', 'database', 'practice', 'soft'])).toBe(true);
    expect(engineersResume(['business', 'sales_marketing', 'tool', 'language', 'soft', 'finance', 'business', 'trades', 'tool', 'education'])).toBe(false);
    expect(engineersResume([])).toBe(false);
  });

  it('leaves a language to the spoken-language reader', () => {
    const p = read('Jane Doe\nEXPERIENCE\nSupport Agent, Acme, Boston, MA\nJan 2019 - Present\nAnswered customer queries for Vodafone and German IT firms.\nWrote newsletters in Microsoft Word.\n');
    expect(skillsOf(p)).not.toContain('German');
  });

  it('claims the field in a marketer\'s resume and not in an engineer\'s', () => {
    const marketer = read('Jane Doe\nEXPERIENCE\nMarketing Specialist, Acme, Boston, MA\nJan 2019 - Present\nHandled all media and public relations inquiries.\nWrote newsletters in Microsoft Word and Excel.\n');
    expect(skillsOf(marketer)).toContain('Public Relations');
    const engineer = read('Jane Doe\nSKILLS\nPython, Java, PostgreSQL, Docker, Kubernetes\nEXPERIENCE\nSoftware Engineer, Acme, Boston, MA\nJan 2019 - Present\nBuilt APIs in Java; answered public relations inquiries about outages.\n');
    expect(skillsOf(engineer)).not.toContain('Public Relations');
    expect(conceptsOf(engineer)).toContain('Public Relations');
  });
});

describe('a product named inside a sentence of an engineer\'s resume', () => {
  const findSkills = createSkillFinder(loadTaxonomy());
  const prose = (text: string) => findSkills(text, { engineersProse: true }).map((h) => h.skill);
  const plain = (text: string) => findSkills(text).map((h) => h.skill);

  it('needs no technical neighbour on its line in an engineer\'s work prose', () => {
    expect(plain('Integrated Prometheus monitoring, improving recovery time by 20%.')).not.toContain('Prometheus');
    expect(prose('Integrated Prometheus monitoring, improving recovery time by 20%.')).toContain('Prometheus');
    expect(prose('Streamlined server provisioning process with Puppet, reducing errors by 45%.')).toContain('Puppet');
  });

  it('is not a sentence\'s first word, a name of several capitalised words, a season or a thing built', () => {
    expect(prose('Puppet shows for the children, twice a week.')).not.toContain('Puppet');
    expect(prose('Implemented Access Control lists for the office.')).not.toContain('Microsoft Access');
    expect(prose('Planned the release in Spring 2019 with the team.')).not.toContain('Spring');
    expect(prose('Built Yoda, the admin interface for the new Phoenix platform.')).not.toContain('Phoenix Framework');
  });

  it('reads the resume as an engineer\'s by its skills section', () => {
    const engineer = read('Jane Doe\nSKILLS\nPython, Java, PostgreSQL, Docker, Kubernetes\nEXPERIENCE\nSRE, Acme, Boston, MA\nJan 2019 - Present\nIntegrated Prometheus monitoring for all services.\n');
    expect(skillsOf(engineer)).toContain('Prometheus');
    const other = read('Jane Doe\nSKILLS\nCustomer service, cash handling\nEXPERIENCE\nClerk, Acme, Boston, MA\nJan 2019 - Present\nIntegrated Prometheus monitoring for all services.\n');
    expect(skillsOf(other)).not.toContain('Prometheus');
  });
});

describe('a group label inside a skills line', () => {
  it('stands before the group\'s first item, as the line\'s own label does', () => {
    const p = read('Jane Doe\nSKILLS\nMicrosoft Office Suite; Adobe Creative Suite; IBM Social Media: LinkedIn, Facebook, Twitter\n');
    expect(skillsOf(p)).toContain('LinkedIn');
    const items = listItems('Microsoft Office Suite; Adobe Creative Suite; Social Media: LinkedIn, Twitter; Meetings at 10:30, weekly');
    expect(items.map((i) => i.text)).toEqual(['Microsoft Office Suite', 'Adobe Creative Suite', 'LinkedIn', 'Twitter', 'Meetings at 10:30', 'weekly']);
  });
});
