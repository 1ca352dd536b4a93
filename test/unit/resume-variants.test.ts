/**
 * Readings the gold counts that a name alone does not give (issue 18, "Variants"): the human
 * languages a candidate says they speak, the cloud platform a vendor's product shows, and a
 * profile link in the contact details that is no claim of the product. Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { loadSpokenLanguages, spokenLanguages } from '../../src/resume/spoken-languages.js';
import { impliedPlatform, loadPlatformProducts, platformShown } from '../../src/resume/implied-platforms.js';
import { profileLink } from '../../src/resume/claim-context.js';
import { contactLines } from '../../src/resume/structure/headings.js';
import { readMadeUp as read, skillsOf, conceptsOf } from '../helpers/made-up-resume.js';

const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nSupport Agent, Acme Corp, Boston, MA\nJan 2019 - Present\n- Answered customer calls\n';
/** The languages read on each line of `text`, by name. */
const spoken = (text: string) => spokenLanguages(text.split('\n'), loadSpokenLanguages()).map((line) => line.map((l) => l.name));

describe('spoken languages', () => {
  it('reads the items of a LANGUAGES block, graded or not, as skills', () => {
    const p = read(`${HEAD}\nLANGUAGES\nEnglish (native), Spanish (fluent)\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['English', 'Spanish']));
    expect(conceptsOf(p)).not.toContain('English');
  });

  it('reads grades as a number, a CEFR level, a dash or a line of their own', () => {
    expect(spoken('LANGUAGES\nEnglish 5\nGerman 3.5\nFrench: C1\nSpanish – fluent\nBusiness development at Acme: 5')).toEqual([[], ['English'], ['German'], ['French'], ['Spanish'], []]);
    // LinkedIn's layout: the language, then its proficiency on the next line; the block ends at the next heading.
    expect(spoken('Languages\nEnglish\nProfessional Working Proficiency\nOdia\nNative\nCERTIFICATIONS\nEnglish')).toEqual([[], ['English'], [], ['Odia'], [], [], []]);
  });

  it('reads a "Languages:" line and a language said with how it is spoken, anywhere', () => {
    expect(spoken('Languages: English, Hebrew, Russian')).toEqual([['English', 'Hebrew', 'Russian']]);
    expect(spoken('Fluent in Spanish')).toEqual([['Spanish']]);
    expect(spoken('Bilingual in English and Spanish')).toEqual([['English', 'Spanish']]);
    expect(spoken('Native Hindi speaker; conversational French')).toEqual([['Hindi', 'French']]);
    expect(spoken('Hindi (native), English (professional working proficiency)')).toEqual([['Hindi', 'English']]);
    expect(spoken('Conversant and fluent in English, Spanish, and Vietnamese')).toEqual([['English', 'Spanish', 'Vietnamese']]);
    expect(spoken('Italian (mother tongue) English (intermediate) Spanish (moderate)')).toEqual([['Italian', 'English', 'Spanish']]);
    expect(spoken('A bilingual (English/Spanish) office coordinator')).toEqual([['English', 'Spanish']]);
    // Languages and nothing else are a list of languages; a course list's label says otherwise.
    expect(spoken('English, French')).toEqual([['English', 'French']]);
    expect(spoken('Coursework: Spanish, French')).toEqual([[]]);
    expect(spoken('Spanish')).toEqual([[]]);
  });

  it('names a language as the taxonomy does, and knows languages the taxonomy does not list', () => {
    expect(spoken('Languages: Chinese, Telugu, Oriya')).toEqual([['Mandarin', 'Telugu', 'Odia']]);
    // Urdu and Hindi are one spoken language to some, two written ones to all: each is its own name.
    expect(spoken('Languages: Urdu, Hindi')).toEqual([['Urdu', 'Hindi']]);
  });

  it('reads no language named for something else', () => {
    expect(spoken('Taught science to English Language Learners')).toEqual([[]]);
    expect(spoken('English teacher, Lincoln High School')).toEqual([[]]);
    expect(spoken('B.A. in English, 2012')).toEqual([[]]);
    expect(spoken('English 101 and Intermediate Spanish')).toEqual([[]]);
    // Serving customers who speak Spanish says nothing of the candidate's Spanish.
    expect(spoken('Assisted Spanish-speaking customers with their accounts')).toEqual([[]]);
    expect(spoken('Served English and Spanish speaking clients')).toEqual([[]]);
  });

  it('leaves programming languages to the taxonomy: a "Languages:" line of code is no spoken language', () => {
    const p = read(`${HEAD}\nSKILLS\nLanguages: Python, Java, Go\n`);
    expect(spoken('Languages: Python, Java, Go')).toEqual([[]]);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['Python', 'Java']));
  });

  it('ends a LANGUAGES block at a keyword list about something else', () => {
    expect(spoken('LANGUAGES\nSpanish\nbilling, clients, customer service, English, scheduling')).toEqual([[], ['Spanish'], []]);
  });

  it('keeps a teacher\'s English a concept', () => {
    const p = read(`${HEAD}- Taught English as a Second Language to English Language Learners\n`);
    expect(skillsOf(p)).not.toContain('English');
  });

  it('reads a keyword list\'s bare language as the echo of a name it heads elsewhere, unless it is said as spoken', () => {
    const courses = `${HEAD}\nEDUCATION\nCompleted coursework in Anatomy, English Composition, Microbiology\n`;
    expect(skillsOf(read(`${courses}\nSKILLS\nbilling, charts, English, scheduling, triage\n`))).not.toContain('English');
    expect(skillsOf(read(`${courses}\nSKILLS\nbilling, charts, English, scheduling, triage\n\nLANGUAGES\nEnglish (native)\n`))).toContain('English');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nbilling, charts, Spanish, scheduling, triage\n`))).toContain('Spanish');
    // A lower-case word after the name is no name it heads ("Spanish through the phone").
    expect(skillsOf(read(`${HEAD}- Assisted callers in Spanish through the phone\n\nSKILLS\nbilling, charts, Spanish, scheduling\n`))).toContain('Spanish');
  });
});

describe('platforms shown by their products', () => {
  const products = loadPlatformProducts();

  const platformOf = (skill: string, surface: string) => impliedPlatform({ skill, surface }, products)?.platform ?? null;

  it('reads the platform of a vendor product as written', () => {
    expect(platformOf('Google Kubernetes Engine', 'GKE')).toBe('Google Cloud Platform');
    expect(platformOf('Google Compute Engine', 'Compute Engine')).toBe('Google Cloud Platform');
    expect(platformOf('Google BigQuery', 'BigQuery')).toBe('Google Cloud Platform');
    expect(platformOf('Amazon EKS', 'EKS')).toBe('Amazon Web Services');
    expect(platformOf('Amazon EC2', 'EC2')).toBe('Amazon Web Services');
    expect(platformOf('Amazon S3', 'S3')).toBe('Amazon Web Services');
    expect(platformOf('AWS Lambda', 'AWS Lambda')).toBe('Amazon Web Services');
    expect(platformOf('Azure Kubernetes Service', 'AKS')).toBe('Microsoft Azure');
    expect(platformOf('Azure Functions', 'Azure Functions')).toBe('Microsoft Azure');
  });

  it('reads none from a form that is a topic, a title or another maker\'s product, nor from a product of no cloud', () => {
    // "lambda" is also lambda expressions (a large Stack Overflow tag of its own).
    expect(platformOf('AWS Lambda', 'lambda')).toBeNull();
    expect(platformOf('AWS Systems Manager', 'Systems Manager')).toBeNull();
    expect(platformOf('Azure Data Factory', 'ADF')).toBeNull();
    expect(platformOf('Azure DevOps', 'Team Foundation Server')).toBeNull();
    expect(platformOf('Google Analytics', 'Google Analytics')).toBeNull();
    expect(platformOf('Kubernetes', 'Kubernetes')).toBeNull();
  });

  it('takes a short form alone for no platform: it needs another of the vendor\'s products', () => {
    const s3 = impliedPlatform({ skill: 'Amazon S3', surface: 'S3' }, products)!;
    const ec2 = impliedPlatform({ skill: 'Amazon EC2', surface: 'EC2' }, products)!;
    const vendor = impliedPlatform({ skill: 'Amazon S3', surface: 'AWS S3' }, products)!;
    expect(platformShown([s3, s3])).toBe(false);
    expect(platformShown([s3, ec2])).toBe(true);
    expect(platformShown([vendor])).toBe(true);
  });

  it('adds the platform a resume does not name, with its product\'s evidence', () => {
    const p = read(`${HEAD}- Ran services on GKE and BigQuery\n`);
    expect(skillsOf(read(`${HEAD}- Implemented services S1, S2, S3, S4\n`))).not.toContain('Amazon Web Services');
    const gcp = p.skills.find((s) => s.name === 'Google Cloud Platform');
    expect(gcp?.evidence[0]?.text).toBe('- Ran services on GKE and BigQuery');
    expect(gcp?.months).not.toBeNull();
    const aws = read(`${HEAD}\nSKILLS\nEKS, EC2, S3, Docker\n`);
    expect(skillsOf(aws)).toContain('Amazon Web Services');
  });

  it('adds no platform for a product of another kind', () => {
    const p = read(`${HEAD}\nSKILLS\nGoogle Analytics, Google Ads, Kubernetes, Java 8 lambda expressions\n`);
    expect(skillsOf(p)).not.toContain('Google Cloud Platform');
    expect(skillsOf(p)).not.toContain('Amazon Web Services');
  });
});

describe('profile links', () => {
  it('reads a site labelling a handle, or alone on a contact line, as a link', () => {
    expect(profileLink({ surface: 'GitHub', start: 0, end: 6 }, 'GitHub: @jdoe', [], false)).toBe(true);
    expect(profileLink({ surface: 'LinkedIn', start: 0, end: 8 }, 'LinkedIn : ****************', [], false)).toBe(true);
    expect(profileLink({ surface: 'Github', start: 0, end: 6 }, 'Github', [], true)).toBe(true);
    // A one-name line outside a contact block is a list's item ("CATIA" / "ANSYS" under a header).
    expect(profileLink({ surface: 'CATIA', start: 0, end: 5 }, 'CATIA', [], false)).toBe(false);
    expect(profileLink({ surface: 'Git', start: 0, end: 3 }, 'Git: GitHub', [{ start: 5, end: 11 }], false)).toBe(false);
    expect(profileLink({ surface: 'GitHub', start: 7, end: 13 }, 'Tools: GitHub, Jira', [], true)).toBe(false);
  });

  it('finds the lines of a contact block', () => {
    expect(contactLines(['Jane Doe', 'CONTACT', 'LinkedIn', 'Github', 'SKILLS', 'Github'])).toEqual([false, false, true, true, false, false]);
  });

  it('keeps a header\'s one-name lines as claims', () => {
    const p = read('Jane Doe\nKnowledge Base\nCATIA\nANSYS\nSolidWorks\n\nEXPERIENCE\nIntern, Acme Corp, Sydney\nFeb 2017 - Apr 2017\n- Tested seats\n');
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['CATIA', 'ANSYS']));
  });

  it('claims no product from the contact details, and still claims it from a skills list', () => {
    const links = 'Jane Doe\njane@example.com | GitHub: @jdoe | linkedin.com/in/jdoe\nhttps://github.com/jdoe\n\nCONTACT\nGithub\n';
    const p = read(`${links}\nEXPERIENCE\nSupport Agent, Acme Corp, Boston, MA\nJan 2019 - Present\n- Answered calls\n\nSKILLS\nPython, Docker\n`);
    expect(skillsOf(p)).not.toContain('GitHub');
    const listed = read(`${links}\nSKILLS\nPython, GitHub, Jira\n`);
    expect(skillsOf(listed)).toContain('GitHub');
  });
});
