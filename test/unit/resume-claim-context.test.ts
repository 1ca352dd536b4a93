/**
 * Context that makes a name met in a resume no skill of the candidate's (issue 18, precision):
 * an organization's name, a field that is the subject of a system built, a long-tail tag or an
 * unmarked word in prose, a skills-row label, one concept under two forms, a prose alias.
 * Each class positive and negative, on made-up text.
 */
import { describe, expect, it } from 'vitest';
import { formKey, groupLabel, opensOrganization, organizationKey, rowLabel, subjectOfWork } from '../../src/resume/claim-context.js';
import { readMadeUp as read, skillsOf } from '../helpers/made-up-resume.js';

const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nSoftware Engineer, Acme Corp, Boston, MA\nJan 2019 - Present\n';

describe('organizations are not skills', () => {
  it('compares employers without punctuation or legal suffix', () => {
    expect(organizationKey('Yahoo!')).toBe('yahoo');
    expect(organizationKey('Dunamu Inc. Seoul')).toBe('dunamu');
    expect(organizationKey('Google')).toBe('google');
  });

  it('reads a product name that opens an organization name as the organization', () => {
    const text = 'Certified Kubernetes Administrator, The Linux Foundation';
    const at = text.indexOf('Linux');
    expect(opensOrganization({ surface: 'Linux', start: at, end: at + 5 }, text)).toBe(true);
    const other = 'Administered Linux servers for the foundation';
    const on = other.indexOf('Linux');
    expect(opensOrganization({ surface: 'Linux', start: on, end: on + 5 }, other)).toBe(false);
    const people = 'Processed the files of all employees of UTC';
    expect(opensOrganization({ surface: 'UTC', start: people.indexOf('UTC'), end: people.length }, people)).toBe(true);
    const used = 'Stored all timestamps in UTC';
    expect(opensOrganization({ surface: 'UTC', start: used.indexOf('UTC'), end: used.length }, used)).toBe(false);
  });
});

describe('a field that is the subject of the system built', () => {
  const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it('is the project, before a system noun or after a purpose clause', () => {
    const a = 'Built Kafka streaming for fraud detection systems at the bank';
    expect(subjectOfWork(at(a, 'fraud detection'), a)).toBe(true);
    const b = 'Set up the ELK stack, enabling faster troubleshooting and root cause analysis';
    expect(subjectOfWork(at(b, 'troubleshooting'), b)).toBe(true);
    const c = 'Real-time pipeline for transaction monitoring and fraud detection';
    expect(subjectOfWork(at(c, 'fraud detection'), c)).toBe(true);
    const d = 'Developed new Tableau dashboards to improve UX across the product';
    expect(subjectOfWork(at(d, 'UX'), d)).toBe(true);
  });

  it('is the candidate\'s work when the sentence says so', () => {
    const a = 'Performed fraud detection on card transactions';
    expect(subjectOfWork(at(a, 'fraud detection'), a)).toBe(false);
    const b = 'Helped the internal audit team close the year';
    expect(subjectOfWork(at(b, 'internal audit'), b)).toBe(false);
    const c = 'Created budget forecasts to help with financial planning';
    expect(subjectOfWork(at(c, 'financial planning'), c)).toBe(false);
  });

  it('leaves the field out of the skills in a position, not in a summary', () => {
    const p = read(`${HEAD}- Built a Kafka platform for real-time fraud detection systems using Terraform\n`);
    expect(skillsOf(p)).toContain('Apache Kafka');
    expect(skillsOf(p)).not.toContain('Fraud Detection');
    const q = read(`${HEAD}- Performed fraud detection and machine learning on card data with Python\n`);
    expect(skillsOf(q)).toContain('Fraud Detection');
  });
});

describe('product words annotators leave unmarked, in prose', () => {
  it('are not read from prose, but are from a skills list', () => {
    const p = read(`${HEAD}- Shared the weekly figures with the team on Slack\n`);
    expect(skillsOf(p)).not.toContain('Slack');
    const q = read(`${HEAD}\nSKILLS\nSlack, Jira, Confluence\n`);
    expect(skillsOf(q)).toContain('Slack');
  });
});

describe('the label of a skills row', () => {
  it('is the row\'s name when a product follows it with no separator', () => {
    const text = 'Web and Application Servers WebLogic, JBoss, Nginx, Apache Tomcat';
    const label = { start: text.indexOf('Application Servers'), end: text.indexOf(' WebLogic') };
    expect(rowLabel(label, [{ start: text.indexOf('WebLogic') }, { start: text.indexOf('Nginx') }], text)).toBe(true);
  });

  it('is an item when a separator stands before it or it follows a product', () => {
    const text = 'Nginx, Application Servers, WebLogic, JBoss';
    const item = { start: text.indexOf('Application Servers'), end: text.indexOf(',', 8) };
    expect(rowLabel(item, [{ start: 0 }, { start: text.indexOf('WebLogic') }], text)).toBe(false);
    const colon = 'Servers: WebLogic, JBoss, Nginx';
    expect(rowLabel({ start: 0, end: 7 }, [{ start: 9 }], colon)).toBe(false);
  });
});

describe("a group's name before a colon", () => {
  const at = (text: string, words: string) => ({ end: text.indexOf(words) + words.length });

  it('is the name of the items after it, not a claim', () => {
    const text = 'Middleware & Deployment: Tomcat, Jenkins, Octopus';
    expect(groupLabel(at(text, 'Deployment'), text)).toBe(true);
    const p = read(`${HEAD}\nSKILLS\nDevelopment IDEs: Eclipse, NetBeans, Visual Studio\nBI Tools: Tableau, Power BI\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Eclipse', 'NetBeans', 'Tableau']));
    expect(skillsOf(p)).not.toContain('IDEs');
    expect(skillsOf(p)).not.toContain('BI Tools');
  });

  it('is a claim in a sentence, a headline over prose, a degree or an item of its own', () => {
    const sentence = 'Negotiated contracts including: terms, pricing, renewals';
    expect(groupLabel(at(sentence, 'contracts'), sentence)).toBe(false);
    const headline = 'Project Management: planned and delivered the migration of six plants on budget, ahead of time';
    expect(groupLabel(at(headline, 'Project Management'), headline)).toBe(false);
    const degree = 'Master of Public Health: Epidemiology, Biostatistics';
    expect(groupLabel(at(degree, 'Public Health'), degree)).toBe(false);
    const example = 'Social media marketing (ie: Facebook, Twitter, Instagram)';
    expect(groupLabel(at(example, 'Social media marketing'), example)).toBe(false);
    const item = 'Payroll, Budgeting: Excel, QuickBooks';
    expect(groupLabel(at(item, 'Payroll'), item)).toBe(false);
    const alone = 'Project Management: Agile';
    expect(groupLabel(at(alone, 'Project Management'), alone)).toBe(false);
    const p = read(`${HEAD}\nSKILLS\nMicrosoft Office: Word, Excel, PowerPoint\n`);
    expect(skillsOf(p)).toContain('Microsoft Office');
  });
});

describe('pastimes', () => {
  it('are no skills under an Interests or Hobbies heading', () => {
    const p = read(`${HEAD}Built payment services in Java\n\nINTERESTS\nCooking, painting, photography and carpentry\n\nHobbies\nLandscaping with my children\n`);
    expect(skillsOf(p)).toContain('Java');
    for (const pastime of ['Cooking', 'Painting', 'Photography', 'Carpentry', 'Landscaping']) expect(skillsOf(p)).not.toContain(pastime);
  });

  it('are skills under a skills heading, and a position\'s sentences filed under Interests are read', () => {
    const p = read(`${HEAD}Built payment services in Java\n\nSKILLS\nCooking, painting, photography and carpentry\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Cooking', 'Photography', 'Carpentry']));
    const q = read(`${HEAD}Built payment services in Java\n\nINTERESTS\nSenior Accountant at State Media since 2012, where I prepared the monthly payroll for four hundred staff and reconciled the accounts\n`);
    expect(skillsOf(q)).toContain('Payroll');
  });
});

describe('one concept under two forms', () => {
  it('shares a key across inflections, not across different words', () => {
    expect(formKey('Invoice')).toBe(formKey('Invoicing'));
    expect(formKey('Prototype')).toBe(formKey('Prototyping'));
    expect(formKey('Java')).not.toBe(formKey('JavaScript'));
    expect(formKey('Testing')).not.toBe(formKey('Unit Testing'));
  });

  it('lists the concept once', () => {
    const p = read(`${HEAD}\nSKILLS\nInvoice, Invoices, Billing, Excel, QuickBooks\n`);
    const invoicing = skillsOf(p).filter((n) => /^invoic/i.test(n));
    expect(invoicing.length).toBeLessThanOrEqual(1);
  });
});

describe('a prose claim beside a product', () => {
  it('is the product\'s use when written right after it; a claim written alone stays', () => {
    const p = read(`${HEAD}- Deployed large-scale Java web applications on Tomcat\n`);
    expect(p.skills.find((s) => s.name === 'Web Development')).toBeUndefined();
    const q = read(`${HEAD}- Handled problem solving for the support desk\n`);
    expect(q.skills.find((s) => s.name === 'Problem Solving')?.readInProse).toBe(true);
  });
});

describe('a posting\'s requirement line pasted into a resume', () => {
  it('names nothing the candidate claims', () => {
    const p = read(`${HEAD}- Must have knowledge of ServiceNow and the ITIL framework\n`);
    expect(skillsOf(p)).not.toContain('ITIL');
    expect(skillsOf(p)).not.toContain('ServiceNow');
    const q = read(`${HEAD}- Ran incident tickets in ServiceNow under the ITIL framework\n`);
    expect(skillsOf(q)).toContain('ITIL');
  });
});

describe('a field written right after a product', () => {
  it('is the product\'s use, in prose; a list or a field on its own stays', () => {
    const p = read(`${HEAD}- Configured Route 53 DNS routing for the public services\n`);
    expect(skillsOf(p)).toContain('Amazon Route 53');
    expect(skillsOf(p)).not.toContain('DNS');
    const q = read(`${HEAD}- Managed DNS zones and load balancers for the public services\n`);
    expect(skillsOf(q)).toContain('DNS');
  });
});

describe('skills taught to others', () => {
  it('are the learners\', not the candidate\'s; "trained in" is the candidate\'s own', () => {
    const p = read(`${HEAD}- Ran workshops to teach new officers technical and leadership skills\n`);
    expect(skillsOf(p)).not.toContain('Leadership');
    const q = read(`${HEAD}- Strong leadership skills, trained in conflict resolution\n`);
    expect(skillsOf(q)).toContain('Leadership');
    const r = read(`${HEAD}- Excellent teaching and leadership skills\n`);
    expect(skillsOf(r)).toContain('Leadership');
  });
});
