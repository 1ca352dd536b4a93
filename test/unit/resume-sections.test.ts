import { describe, expect, it } from 'vitest';
import { classifySections } from '../../src/resume/structure/index.js';
import { levelIn, lines } from '../helpers/lines.js';

const sectionOf = (heading: string): string => classifySections(lines('Jane Doe', heading, 'content'))[2]!;

describe('classifySections', () => {
  it.each([
    ['EXPERIENCE', 'experience'],
    ['Work Experience', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Employment History', 'experience'],
    ['Relevant Experience', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['EDUCATION', 'education'],
    ['Education & Training', 'education'],
    ['SKILLS', 'skills'],
    ['Technical Skills:', 'skills'],
    ['Core Competencies', 'skills'],
    ['PROJECTS', 'projects'],
    ['CERTIFICATIONS', 'certifications'],
    ['Licenses & Certifications', 'certifications'],
    ['SUMMARY', 'summary'],
    ['Profile', 'summary'],
    ['Objective', 'summary'],
    ['Honors & Awards', 'other'],
    ['• Publications', 'other'],
    ['LEADERSHIP', 'other'],
    ['Extracurricular Activity', 'other'],
    // A sidebar's headings: known names joined, glued, or set in small capitals.
    ['TOOLS & TECH', 'skills'],
    ['Skills & Expertise', 'skills'],
    ['EDUCATION & COURSES', 'education'],
    ['Languages & Tools', 'skills'],
    ['Skills & Education', 'education'],
    ['Awards & Interests', 'other'],
    ['TECHNICALCOMPETENCIES', 'skills'],
    ['WORKEXPERIENCE', 'experience'],
    ['T ECHNICAL S KILLS', 'skills'],
    ['E DUCATION', 'education'],
    ['Personal Qualities', 'skills'],
    ['FIELDS', 'skills'],
  ])('reads %j as %s', (heading, section) => {
    expect(sectionOf(heading)).toBe(section);
  });

  it.each([
    ['I have experience in many things and like to share it.'],
    ['Developed the skills matrix for 2019'],
    ['Experience with Python, Go and SQL is a plus for this team'],
    // A known name joined to a loose word is a title or a line of prose, not a heading.
    ['Research and Development'],
    ['Training and Development Manager'],
    ['LEADERSHIP & TEAM MANAGEMENT'],
    ['SKILLSET MATRIX'],
    ['Educationandtraining program'],
    ['A NALYSIS of data'],
  ])('does not take %j for a heading', (text) => {
    expect(sectionOf(text)).toBe('header');
  });

  it('puts lines before any heading in the header and keeps a section until the next heading', () => {
    expect(classifySections(lines('Jane Doe', 'jane@x.com', 'Experience', 'Acme', 'Engineer', 'Education', 'BS'))).toEqual([
      'header', 'header', 'experience', 'experience', 'experience', 'education', 'education',
    ]);
  });

  it('marks an inline "Skills: Python, Go" line as skills without ending the section around it', () => {
    expect(classifySections(lines('Jane Doe', 'Skills: Python, Go', 'Seattle, WA'))).toEqual(['header', 'skills', 'header']);
  });

  it('carries a labelled list that ends in a separator over the sidebar lines that go on with it', () => {
    // A sidebar read line by line beside the contact column: the list's lines alternate with it.
    expect(classifySections(lines(
      'Jane Doe', 'Skills: Java, TypeScript, C#;', 'Maven, Gradle, Gulp;', 'Tel:', 'Spring, Spring Boot, Kafka;',
      'Email: jane@x.com', 'Git, Docker, Kubernetes', 'Experience', 'Acme',
    ))).toEqual(['header', 'skills', 'skills', 'header', 'skills', 'header', 'skills', 'experience', 'experience']);
  });

  it('does not carry a labelled list that ended, nor past two lines of another column', () => {
    expect(classifySections(lines('Jane Doe', 'Skills: Java, TypeScript', 'Maven, Gradle, Gulp;'))).toEqual(['header', 'skills', 'header']);
    expect(classifySections(lines('Jane Doe', 'Skills: Java, Go;', 'Tel: 555', 'Seattle', 'Maven, Gradle, Gulp;'))).toEqual([
      'header', 'skills', 'header', 'header', 'header',
    ]);
    expect(classifySections(lines('Jane Doe', 'Skills: Java, Go;', 'I moved to Seattle, WA, in 2019, then to Boston.'))).toEqual([
      'header', 'skills', 'header',
    ]);
  });

  it('takes the first cell of a two-column line as the heading, not a sidebar heading far right', () => {
    const sidebar = `${' '.repeat(40)}SKILLS`;
    expect(classifySections(lines('EXPERIENCE        LIFE PHILOSOPHY', 'Acme', sidebar, 'Engineer'))).toEqual([
      'experience', 'experience', 'experience', 'experience',
    ]);
  });

  it('takes a heading centred on the page, as some templates set them', () => {
    const body = 'Princeton University – Princeton, NJ                                       Sept 2018 – May 2023';
    const centred = `${' '.repeat(Math.round(body.length / 2) - 5)}Experience`;
    expect(classifySections(lines(body, centred, 'Nexus AI'))[2]).toBe('experience');
  });
});

describe('a wrapped sentence that leaves a heading\'s name on a line of its own', () => {
  const exp = ['Jane Doe', 'Experience', 'Controller 04/2012 to 09/2015 Acme City , State'];

  it('does not read a lower-case name as a heading where the resume capitalises its headings', () => {
    const s = classifySections(lines(
      ...exp,
      'Led the selection of an outsourced Chief Investment Officer and turnover of the $400 million investment',
      'portfolio',
      'Corporate Controller 12/2006 to 04/2012 Acme City , State',
      'Education', 'BS Accounting 1997',
    ));
    expect(s.slice(3, 6)).toEqual(['experience', 'experience', 'experience']);
    expect(s[7]).toBe('education');
  });

  it('still reads lower-case headings in a resume that writes all its headings so', () => {
    expect(classifySections(lines('Jane Doe', 'experience', 'Acme 2019 - 2021', 'projects', 'A tool'))).toEqual(
      ['header', 'experience', 'experience', 'projects', 'projects'],
    );
  });

  it('does not read a phrase ending in a heading word as a heading, but reads a short unlisted one', () => {
    expect(sectionOf('Planning and estimation of projects')).toBe('header');
    expect(sectionOf('ensuring a positive experience')).toBe('header');
    expect(sectionOf('Industry Experience')).toBe('experience');
    expect(sectionOf('Selected Research Projects')).toBe('projects');
    expect(sectionOf('Professional Teaching & Writing Experience')).toBe('experience');
    expect(sectionOf('CMS Updates and guidelines/trainings')).toBe('header');
    expect(sectionOf('Relevant teaching experience')).toBe('experience');
  });
});

describe('headings a Word layout set side by side, or misspelt', () => {
  it('reads two known headings on one line, the one holding dated entries deciding', () => {
    expect(sectionOf('SKILLS ACCOMPLISHMENTS')).toBe('skills');
    expect(sectionOf('EDUCATION LANGUAGES')).toBe('education');
    expect(sectionOf('Programming Languages')).toBe('skills');
  });

  it('mends one letter inside a long heading word', () => {
    expect(sectionOf('WORK EXPIRIENCE')).toBe('experience');
    expect(sectionOf('ACTVITIES')).toBe('other');
    expect(sectionOf('MY EDUCATION:')).toBe('education');
  });

  it('does not mend an ending, nor read a lower-case line or a sentence as two headings', () => {
    expect(sectionOf('Experienced')).toBe('header');
    expect(sectionOf('Education Awards were given')).toBe('header');
    expect(sectionOf('Skills in Education')).toBe('header');
  });
});

describe('headings that name positions, and dates in a cell after " / "', () => {
  it('reads "Web Dev Positions" as experience and "Community Leadership Positions" as an activity', () => {
    expect(sectionOf('Web Dev Positions')).toBe('experience');
    expect(sectionOf('Community Leadership Positions')).toBe('other');
  });
});

describe('a skill claimed with its degree, and livecareer\'s other headings (issue 18)', () => {
  it('reads "Good oral/communication skills" inside a position as a line of the position, not a heading', () => {
    const s = classifySections(lines('Jane Doe', 'Experience', 'Sales Associate', 'August 2013 to December 2013 Company Name', 'Skills Used:', 'Good oral/communication skills', 'Handyman', 'January 2009 to July 2016 Company Name'));
    expect(s.slice(5)).toEqual(['experience', 'experience', 'experience']);
  });

  it('still reads such a line as a heading outside a position, and a kind of skills anywhere', () => {
    // Under a heading it does not know, the list holds the skills the line opens.
    expect(classifySections(lines('Jane Doe', 'Summary of Qualifications', 'Excellent communication skills', 'Budgeting'))[3]).toBe('skills');
    expect(classifySections(lines('Jane Doe', 'Experience', 'Clerk', '2013 - 2014 Company Name', 'Technical Skills', 'Excel'))[5]).toBe('skills');
    // A block a line opened by its last word alone ("Diverse management experience" in a list) is closed so too.
    expect(classifySections(lines('Jane Doe', 'Areas of Expertise', 'Diverse management experience', 'Strong presentation skills', 'Team building'))[4]).toBe('skills');
  });

  it.each([
    ['Summary of Skills', 'skills'],
    ['Personal Traits', 'skills'],
    ['Career Focus', 'summary'],
  ])('reads %s as %s', (heading, section) => {
    expect(sectionOf(heading)).toBe(section);
  });
});

describe('a "Qualifications" block: skills unless it names a degree (issue 18)', () => {
  it('reads a block of skills under "Qualifications" as skills', () => {
    const s = classifySections(lines('Jane Doe', 'Qualifications', 'Customer service', 'Cash handling', 'Microsoft Office', 'Experience', 'Cashier'));
    expect(s.slice(1, 5)).toEqual(['skills', 'skills', 'skills', 'skills']);
    expect(s[6]).toBe('experience');
  });

  it('keeps a block that names a degree as education, and its degree read', () => {
    const ls = ['Jane Doe', 'Qualifications', 'Customer service', 'BS : Accounting 2012 State University', 'Experience', 'Cashier'];
    expect(classifySections(lines(...ls)).slice(1, 4)).toEqual(['education', 'education', 'education']);
    expect(levelIn(...ls)).toBe('bachelor');
    // Spellings only the education section reads count too: "Diploma", "AS : Nursing".
    expect(classifySections(lines('Jane Doe', 'Qualifications', 'AS : Nursing', 'CPR'))[3]).toBe('education');
    expect(classifySections(lines('Jane Doe', 'Qualifications', 'High School Diploma', 'CPR'))[3]).toBe('education');
  });

  it('leaves the other education headings as they are, with or without a degree', () => {
    expect(classifySections(lines('Jane Doe', 'Education', 'Customer service', 'Cash handling'))[2]).toBe('education');
    expect(classifySections(lines('Jane Doe', 'Academic Qualifications', 'Stanford University', '2012'))[2]).toBe('education');
  });
});
