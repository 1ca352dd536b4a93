import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/types.js';
import { analyzeStructure, classifySections } from '../../src/resume/structure/index.js';
import { lines } from '../helpers/lines.js';

const brief = (texts: string[], asOf = '2024-06') => {
  const s = analyzeStructure(lines(...texts), asOf);
  return {
    positions: s.positions.map((p) => `${p.kind} ${p.start}..${p.end} ${p.months}`),
    total: s.totalMonths,
    intern: s.internshipMonths,
  };
};

describe('analyzeStructure: positions and months', () => {
  it('reads company above, title and dates on one line (dates in a right column)', () => {
    expect(brief([
      'Jane Doe', 'Experience',
      'Google                                  Mountain View, CA',
      'Software Engineer                       Oct 2016 – Present',
      '• Worked on TensorFlow.',
      'Coursera                                Mountain View, CA',
      'Senior Software Engineer                Jan 2014 – Oct 2016',
      '• Built notifications.',
    ])).toEqual({
      positions: ['job 2016-10..present 93', 'job 2014-01..2016-10 34'],
      total: 126, // the shared October counts once
      intern: 0,
    });
  });

  it('reads dates above the company line, split over three lines', () => {
    const s = brief(['Experience', 'April 2015', 'to', 'Current', 'Company Name City , State ASP.Net Web Developer', '  Built things.']);
    expect(s.positions).toEqual(['job 2015-04..present 111']);
  });

  it('counts interns, co-ops and summer-only work as internships, not experience', () => {
    expect(brief([
      'Work Experience',
      'ABC Company', 'Software Engineer May 2023 - Present', '• Led a team.',
      'DEF Organization', 'Software Engineer Intern Summer 2022', '• Built a bar.',
      'Acme', 'Co-op Engineer Jan 2021 - Apr 2021',
      'Lucena Research', 'Data Scientist Summer 2019',
    ], '2023-06')).toEqual({
      positions: ['job 2023-05..present 2', 'internship 2022-06..2022-08 3', 'internship 2021-01..2021-04 4', 'internship 2019-06..2019-08 3'],
      total: 2,
      intern: 10,
    });
  });

  it('does not count student assistantships, research while a student, clubs, projects or schooling', () => {
    const s = brief([
      'Experience', 'XYZ University', 'Research Assistant Summer 2021', 'Georgia Tech', 'Teaching Assistant Jan 2012 – Dec 2013',
      'Research', 'Nader Lab', 'Lab Assistant May 2022 – Present',
      'Leadership', 'IEEE at UCLA', 'Project & Lab Manager May 2022 – June 2023',
      'Projects', 'OpenResume Jan 2023 - Present',
      'Education', 'XYZ University', 'BS in Computer Science Sep 2019 - May 2023',
    ]);
    expect(s.total).toBe(0);
    expect(s.intern).toBe(0);
    expect(s.positions).toEqual([
      'volunteer 2021-06..2021-08 3', 'volunteer 2012-01..2013-12 24', 'volunteer 2022-05..present 26',
      'volunteer 2022-05..2023-06 14', 'education 2019-09..2023-05 45',
    ]);
  });

  it('reads a school-leaving entry that a second column put in the experience block as schooling, a teacher there as a job', () => {
    const school = brief(['Experience', 'June 2022 - May 2024', 'Acme Corp', 'Data Analyst', '2018 - 2020', 'ST. MARY HIGHER', 'SECONDARY SCHOOL']);
    expect(school.positions).toEqual(['job 2022-06..2024-05 24', 'education 2018-01..2020-12 36']);
    expect(school.total).toBe(24);
    const teacher = brief(['Experience', '2018 - 2020', 'St. Mary Higher Secondary School', 'Biology Teacher']);
    expect(teacher.positions).toEqual(['job 2018-01..2020-12 36']);
    const degree = brief(['Experience', 'Acme Corp 2022 - 2023', 'Data Analyst', 'B.Tech - Computer Science 2018 - 2022']);
    expect(degree.positions).toEqual(['job 2022-01..2023-12 24', 'education 2018-01..2022-12 60']);
    const beside = brief(['Experience', "Master's degree, Engineering and Technology", 'in Computer Science', 'Raiffeisen Bank Jan 2022 - June 2022', 'Senior Software Developer']);
    expect(beside.positions).toEqual(['job 2022-01..2022-06 6']);
    const manager = brief(['Experience', 'Program Manager, Master of Science in Business 2018 - 2020']);
    expect(manager.positions).toEqual(['job 2018-01..2020-12 36']);
  });

  it('reads a position whose role line a sidebar lengthened, under a sidebar heading that fell between positions', () => {
    const s = brief([
      'Experience', 'Raiffeisen Bank Jan 2022 - June 2022', 'Senior Software Developer', 'Skills & Expertise',
      'Deutsche Bank Aug 2018 - Dec 2021 Kafka, Cassandra',
      'Software Engineer / Senior Software Engineer Git, Docker, TeamCity, GitLab',
    ]);
    expect(s.positions).toEqual(['job 2022-01..2022-06 6', 'job 2018-08..2021-12 41']);
    const prose = brief([
      'Experience', 'Raiffeisen Bank Jan 2022 - June 2022', 'Senior Software Developer', 'Skills & Expertise',
      'Java, Kotlin, Aug 2018 - Dec 2021',
      'Here I worked with my manager on a very long description of what an engineer does in a week at work and more',
    ]);
    expect(prose.positions).toEqual(['job 2022-01..2022-06 6']);
  });

  it('counts a research role with a professional title as a job', () => {
    expect(brief(['Research Experience', 'Acme Labs', 'Research Scientist 2018 - 2020']).total).toBe(36);
  });

  it('reads a lone start month as one month, and "YYYY – YYYY" as whole years', () => {
    expect(brief(['Professional Experience', '06/2016', 'Registered Nurse Company Name', '11/2010 to 05/2013', 'Medic']).total).toBe(32);
    expect(brief(['EXPERIENCE', '2017 – 2020: FULLSTACK Developer, Cetera Labs', '2015 – 2017: Data scientist, ConsultantPlus']).total).toBe(72);
  });

  it('ignores dates inside a bullet sentence and bare years', () => {
    expect(brief([
      'Experience', 'Yahoo!', 'CEO Jul 2012 – Jul 2016',
      '• Grew mobile from nothing in 2011 – 2015 to $1.6 billion in revenue',
      '• 2019 Award for best CEO',
    ]).total).toBe(49);
  });

  it('cuts ends after asOf and drops positions that start after it', () => {
    expect(brief(['Experience', 'Acme', 'Engineer Jan 2024 - Dec 2025', 'Beta', 'Engineer Jan 2030 - Present']).total).toBe(6);
  });

  it('gives null months when nothing is dated, and 0 when only non-professional entries are', () => {
    expect(brief(['Experience', 'Acme', 'Engineer']).total).toBeNull();
    expect(brief(['Experience', 'Acme', 'Software Engineer Intern June 2022 – Sept. 2022']).total).toBe(0);
  });

  it('gives each position its block of lines, title and organization', () => {
    const s = analyzeStructure(lines(
      'Jane Doe', 'EXPERIENCE',
      'HBC Digital (New York, NY)          August 2018 - Present', 'Software Engineer', 'Managed backend servers for checkout.',
      'Gilt (New York, NY)                 June - August 2017', 'Software Engineer Intern', 'Created a microservice.',
      'EDUCATION', 'B.S. Information Science',
    ), '2019-05');
    expect(s.name).toBe('Jane Doe');
    expect(s.positions.map((p) => [p.kind, p.lines, p.title])).toEqual([
      ['job', [3, 5], 'Software Engineer'],
      ['internship', [6, 8], 'Software Engineer Intern'],
    ]);
    expect(s.positions[0]!.organization).toContain('HBC Digital');
    expect(s.totalMonths).toBe(10);
    expect(s.internshipMonths).toBe(3);
    expect(s.education.map((e) => e.level)).toEqual(['bachelor']);
    expect(s.sections.slice(0, 3)).toEqual(['header', 'experience', 'experience']);
  });
});

describe('positions laid out in Word tables and sidebars', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2024-06');

  it('joins a From cell and a To cell into one range, and names the position from the next cell', () => {
    const s = read('Jane Roe\nWork Experience\nJan 2018\nMar 2020\nSoftware Engineer, Acme Corp\nBuilt the billing service.\nFeb 2015\nDec 2017\nDeveloper, Beta Inc');
    expect(s.positions.map((p) => [p.start, p.end, p.title, p.organization])).toEqual([
      ['2018-01', '2020-03', 'Software Engineer', 'Acme Corp'],
      ['2015-02', '2017-12', 'Developer', 'Beta Inc'],
    ]);
    expect(s.totalMonths).toBe(27 + 35);
  });

  it('joins two year cells below the title cells', () => {
    const s = read('Jane Roe\nExperience\nSoftware Engineer\nAcme Corp\n2018\n2020\nDeveloper\nBeta Inc\n2015\n2018');
    expect(s.positions.map((p) => [p.start, p.end, p.title])).toEqual([
      ['2018-01', '2020-12', 'Software Engineer'],
      ['2015-01', '2018-12', 'Developer'],
    ]);
  });

  it('reads dated positions whose heading sits after them (text boxes) when no work block has dates', () => {
    const s = read('Summary of me.\nMar 2021 – Till Date\nSequretek IT Solutions Pvt Ltd. [Security Engineer]\nDeployed endpoint tools.\nAug 2018 – Jan 2020\nUmmira Pvt Ltd. [Web Designer]\nWORK IN DETAIL\nEDUCATION\nB.Tech, NIT 2013-17');
    expect(s.positions.filter((p) => p.kind === 'job').map((p) => [p.start, p.end])).toEqual([
      ['2021-03', 'present'],
      ['2018-08', '2020-01'],
    ]);
  });

  it('does not pair two dates that are not a From and a To, nor read dates in prose outside a work block', () => {
    expect(read('Jane Roe\nExperience\nMar 2020\nJan 2018\nSoftware Engineer, Acme Corp').positions.every((p) => p.months === 1)).toBe(true);
    const s = read('Jane Roe\nSummary\nI have worked with Python from 2015 to 2020 on many services and teams.\nSkills\nPython');
    expect(s.positions).toEqual([]);
    expect(s.totalMonths).toBeNull();
  });

  it('does not take dated lines outside a work block when the work block has its own dates', () => {
    const s = read('Jane Roe\nCertified Scrum Master 2014 – 2016\nExperience\nDeveloper, Beta Inc   2019 – 2020');
    expect(s.positions.map((p) => p.start)).toEqual(['2019-01']);
  });
});

describe('positions of a main column interleaved with sidebar sections', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2024-06');

  it('reads a dated position after a sidebar heading that fell inside the experience column', () => {
    const s = read(`Jane Roe
EXPERIENCE
President & CEO
Yahoo!
Date: July 2012 – July 2016 Location: Sunnyvale, CA
Led the acquisition.
LANGUAGES
English
Vice President of Search Products
Google
Date: 2005 – 2010 Location: Palo Alto, CA
EDUCATION
B.S. in Symbolic Systems, 1993 – 1997`);
    expect(s.positions.filter((p) => p.kind === 'job').map((p) => [p.start, p.end])).toEqual([
      ['2012-07', '2016-07'],
      ['2005-01', '2010-12'],
    ]);
  });

  it('does not read dates in side sections with no role named near them, nor before any work block', () => {
    const s = read(`Jane Roe
EXPERIENCE
Engineer, Acme   2019 – 2020
AWARDS
Dean's list   2015 – 2016
LANGUAGES
Spanish, studied 2010 – 2012`);
    expect(s.positions.map((p) => p.start)).toEqual(['2019-01']);
    const before = read(`Jane Roe
LANGUAGES
Teacher of Spanish   2010 – 2012
EXPERIENCE
Engineer, Acme   2019 – 2020`);
    expect(before.positions.map((p) => p.start)).toEqual(['2019-01']);
  });

  it('counts an open-source contributor role as unpaid', () => {
    const s = read('Jane Roe\nExperience\nPhabricator | Open Source Contributor & Team Leader   Jan 2013 – May 2013');
    expect(s.positions[0]?.kind).toBe('volunteer');
    expect(s.totalMonths).toBe(0);
  });
});

describe('dates in a narrow left column, wrapped over two lines', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string, asOf = '2023-07') => analyzeStructure(lines(text), asOf);

  it('joins a start that wraps its end onto the next line ("June 2022 – Title" / "Present Did…")', () => {
    const s = read(`Jane Roe
Experience
June 2022 – Software Engineer (Front-End), Acme, Springfield, USA
Present Developing user interfaces with React. Working closely
with designers on accessible web design.
Mar 2019 – Web Developer, Beta Inc, Springfield
May 2022 Built the company site and its booking system.
2016 – Support Technician, Gamma Ltd
2018 Fixed printers.`);
    expect(s.positions.map((p) => [p.start, p.end, p.title])).toEqual([
      ['2022-06', 'present', 'Software Engineer (Front-End)'],
      ['2019-03', '2022-05', 'Web Developer'],
      ['2016-01', '2018-12', 'Support Technician'],
    ]);
    expect(s.totalMonths).toBe(14 + 39 + 36);
  });

  it('does not join when the next line opens a range of its own, or when the dash is not after the date', () => {
    const s = read(`Jane Roe
Experience
June 2022 – Software Engineer, Acme
2019 – 2021 Web Developer, Beta Inc`);
    // Not joined with the next line's range; as the latest entry, a start and a dash alone is
    // read as held to today (see 'the latest position written with a start and a dash only').
    expect(s.positions.map((p) => [p.start, p.end])).toEqual([
      ['2022-06', 'present'],
      ['2019-01', '2021-12'],
    ]);
    const prose = read(`Jane Roe
Experience
Engineer, Acme   2020 – 2022
In June 2021 we shipped the – new app
Present at three conferences.`);
    // The month in the sentence is not where a date column starts: "Present" below it ends nothing.
    expect(prose.positions.some((p) => p.end === 'present')).toBe(false);
  });
});

describe('a block of internships under its own heading', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2021-09');

  it('counts every dated entry under "Internships" as an internship, whatever its title', () => {
    const s = read(`Jane Roe
INTERNSHIPS
Human Resource, Aashman Foundation
May - Jun 2021
District Legal Services Authority, Cuttack
Aug - Sep 2019
PAPERS PRESENTED
Ethics for Law or Ethics for Life
Nov 2019`);
    expect(s.positions.filter((p) => p.kind === 'internship').map((p) => [p.start, p.end])).toEqual([
      ['2021-05', '2021-06'],
      ['2019-08', '2019-09'],
    ]);
    expect(s.totalMonths).toBe(0);
    expect(s.internshipMonths).toBe(4);
  });

  it('still counts the same entries under "Experience" as jobs', () => {
    const s = read(`Jane Roe
EXPERIENCE
Human Resource, Aashman Foundation
May - Jun 2021
Campus Ambassador, Law Informants
Aug - Nov 2020`);
    expect(s.positions.map((p) => p.kind)).toEqual(['job', 'job']);
    expect(s.totalMonths).toBe(6);
  });
});

describe('a profile copied from a networking site, with no headings', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2025-10');

  it('reads dates followed by their length ("· 3 yrs 6 mos") as positions, however long the line', () => {
    const s = read(`Jane Roe
Sr. Site Reliability EngineerSr. Site Reliability Engineer
Acme Parks · Full-timeAcme Parks · Full-time Jul 2025 - Present · 4 mosJul 2025 to Present · 4 mos Orlando, Florida, United States
Senior System Engineer Senior System Engineer
State University · Full-timeState University · Full-time Nov 2005 - Feb 2022 · 16 yrs 4 mosNov 2005 to Feb 2022 · 16 yrs 4 mos
Ran 800 Linux servers.`);
    expect(s.positions.map((p) => [p.start, p.end])).toEqual([['2025-07', 'present'], ['2005-11', '2022-02']]);
  });

  it('does not read a long sentence with dates and no length as a position', () => {
    const s = read(`Jane Roe
I worked at Acme Parks from Jul 2015 - Present and before that at State University for many years as an engineer of systems.`);
    expect(s.positions).toEqual([]);
  });
});

describe('a career that began as an intern, listed on one line', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2020-12');

  it('counts "Intern, Claim Representative, …, Superintendent" to today as a job', () => {
    const s = read(`Jane Roe
Experience
Company Name City , State Intern, Claim Representative, Human Resources Generalist, Superintendent 05/1988 to Current`);
    expect(s.positions.map((p) => p.kind)).toEqual(['job']);
  });

  it('keeps an intern whose line names only the employer and place, or a second intern title, an internship', () => {
    const s = read(`Jane Roe
Experience
Software Engineer Intern, Google, Mountain View, CA   Jun 2019 – Aug 2019
Intern/Assistant System Administrator, Weyerhaeuser   May 1999 – Dec 1999
Legal Intern, Trainee, Law Dexter   Sep 2020 – Oct 2020`);
    expect(s.positions.map((p) => p.kind)).toEqual(['internship', 'internship', 'internship']);
  });
});

describe('a range cut at its separator by the end of a line', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2020-12');

  it('joins "Title 05/1988 to" with "Current" on the next line', () => {
    const s = read(`Jane Roe
Experience
Company Name City , State Claim Representative 05/1988 to
Current
Handled claims.`);
    expect(s.positions.map((p) => [p.start, p.end])).toEqual([['1988-05', 'present']]);
  });

  it('does not join when the next line is more than a date', () => {
    const s = read(`Jane Roe
Experience
Analyst, Acme Corp 03/2010 to
2012 Beta Inc, where I led sales`);
    expect(s.positions.some((p) => p.start === '2010-03' && p.end !== '2010-03')).toBe(false);
  });
});

describe('dates a sentence speaks of, inside a position', () => {
  // Measured on the 2,484 livecareer resumes: 29 resumes' months changed; of a random 20, 17 right,
  // 3 wrong before and after (garbled layouts), none made worse.
  const job = ['Experience', 'Acme Corp                    Jan 2010 – Dec 2012', 'Sales Manager'];

  it('does not read a year range a sentence led into, or a date followed by more of the sentence, as a position', () => {
    const s = brief([
      ...job,
      'Grew regional revenue while the product line was rebuilt, and the plan was developed for 2013-2017.',
      'Raised customer retention across the territory by 12% in two years, including a $50 million renewal',
      'funding in September 2016 for the largest account in the region',
      'Taught the 6th grade (2006-2007 school year).',
      'Installed and troubleshot end user software (Microsoft Office 2003-2008 including Outlook).',
      'Along with the top survey score I also kept current with all the training for the whole GM 2012-2013 product',
    ]);
    expect(s.positions).toEqual(['job 2010-01..2012-12 36']);
    expect(s.total).toBe(36);
  });

  it('still reads a capital "From 2010 to 2013" opening a clause, and dates followed by the next column\'s words', () => {
    expect(brief([
      ...job,
      'Electrical items, for LEGRAND, HAVELLS, INDO ASIAN, From 2013 to March 2015 Job Function - Working as the Head General',
    ]).positions).toEqual(['job 2010-01..2012-12 36', 'job 2013-01..2015-03 27']);
    expect(brief([
      ...job,
      'Security & Compliance Manager SolarCity, SAN MATEO, CA November 2013 - PRESENT issues and concerns, determining business',
    ], '2014-10').positions).toEqual(['job 2010-01..2012-12 36', 'job 2013-11..present 12']);
  });

  it('still reads a sentence naming a role as a position ("Worked as Project Engineer … from Aug 2008 to Oct 2011.")', () => {
    expect(brief([
      'Work Experience',
      'Worked as Senior Software Engineer with Prolifics Corporation Limited from Dec 2015 to Sep 2016.',
      'Worked as Project Engineer in Wipro Technologies from Aug 2008 to Oct 2011.',
    ]).positions).toEqual(['job 2015-12..2016-09 10', 'job 2008-08..2011-10 39']);
  });

  it('reads "to till date" as a range to today', () => {
    expect(brief(['Experience', 'Web master, IBTN research group, UIC- February 2014 to till date'], '2014-12').positions)
      .toEqual(['job 2014-02..present 11']);
  });
});

describe('a range whose dash was lost where the line broke', () => {
  it('joins "Title | Company | 2017" with "2021" alone on the next line', () => {
    expect(brief([
      'Experience',
      'Senior Vice President | Summit Logistics | 2021 – Present',
      'Led things.',
      'Director of Talent | Meridian Health Systems | 2017',
      '2021',
      'Dallas, TX',
    ], '2024-06').positions).toEqual(['job 2021-01..present 42', 'job 2017-01..2021-12 60']);
  });

  it('does not join a year inside a sentence, or a next line that is more than a date', () => {
    expect(brief(['Experience', 'Director | Meridian | 2017 – 2019', 'Won the award in 2017', '2019']).positions)
      .toEqual(['job 2017-01..2019-12 36']);
    expect(brief(['Experience', 'Director | Meridian | 2017', '2021 Dallas, TX']).positions).toEqual([]);
  });
});

describe('a staff post named after the students it serves', () => {
  it('reads "Student Finance Specialist" and "Student Services Coordinator" as jobs', () => {
    expect(brief([
      'Experience', 'Senior Student Finance Specialist', 'January 2020 to Current Northfield College - Chicago',
      'Student Services Coordinator', 'January 2016 to December 2019 Lakeside University',
    ], '2024-06')).toEqual({ positions: ['job 2020-01..present 54', 'job 2016-01..2019-12 48'], total: 102, intern: 0 });
  });

  it('still reads a course of study, a practicum and a student body office as no job', () => {
    expect(brief([
      'Experience', 'Sales Associate 01/2020 - 12/2020 Acme Stores',
      '08/2013-12/2015, Student, ASN',
      'Student Teacher 02/2016 to 05/2016 Lincoln Elementary',
      'Student Body President 09/2016 to 05/2017 Lakeside University',
      'Student Administrative Assistant 09/2017 to 05/2018 Lakeside University',
    ], '2024-06').total).toBe(12);
  });
});

describe('a firm whose name ends in a heading\'s last word', () => {
  it('reads "StartupXYZ Technologies" above its dates as the employer, not a skills heading', () => {
    expect(brief([
      'Work Experience',
      'Senior Software Engineer', 'TechCorp Solutions Inc.', 'San Francisco, CA | January 2020 - Present', 'Led development of services',
      'Software Engineer', 'StartupXYZ Technologies', 'Palo Alto, CA | June 2018 - December 2019', 'Built pipelines',
    ], '2024-06').positions).toEqual(['job 2020-01..present 54', 'job 2018-06..2019-12 19']);
  });

  it('keeps such a line a heading when no dates follow it', () => {
    expect(classifySections(lines(
      'Work Experience', 'Software Engineer', 'Acme Corp', 'June 2018 - December 2019', 'Built pipelines',
      'Cloud Technologies', 'AWS, Azure, GCP', 'Kubernetes, Terraform, Helm',
    ))[5]).toBe('skills');
    expect(classifySections(lines(
      'Work Experience', 'Software Engineer', 'StartupXYZ Technologies', 'June 2018 - December 2019', 'Built pipelines',
    ))[2]).toBe('experience');
  });
});

describe("a heading's name labelling a paragraph of a position", () => {
  it('reads "LEADERSHIP | Reports directly to the Board …" inside a position as its description, not an activities heading', () => {
    expect(brief([
      'Experience',
      'Executive Director', 'May 2013 to Current Company Name - City , State',
      'LEADERSHIP | Reports directly to and works with the Board of Directors to ensure the growth of the center.',
      'Co-Owner/Manager', 'January 1974 to January 1999 Company Name - City , State', 'Managed the business.',
    ], '2021-08').positions).toEqual(['job 2013-05..present 100', 'job 1974-01..1999-01 301']);
  });

  it('still opens a section with a heading before a list or names, or outside positions', () => {
    const ls = lines(
      'Experience', 'Software Engineer', 'Acme Corp', 'June 2018 - December 2019', 'Built pipelines',
      'EDUCATION | B.S. Computer Science, Stanford University, 2015',
    );
    expect(classifySections(ls)[5]).toBe('education');
    expect(classifySections(lines('Jane Roe', 'LEADERSHIP | Led the chess club and organised the yearly tournament for students'))[1]).toBe('other');
  });
});

describe('an activities heading written in the singular', () => {
  it('reads the clubs under "Extracurricular Activity" as activities, not jobs', () => {
    expect(brief([
      'Experience', 'Acme Corp', 'Software Engineer Jan 2020 – Present',
      'Extracurricular Activity', 'Hacker Club', 'Core Member Nov 2011 – Present',
    ], '2024-06')).toEqual({ positions: ['job 2020-01..present 54', 'volunteer 2011-11..present 152'], total: 54, intern: 0 });
  });
});

describe('the latest position written with a start and a dash only', () => {
  it('reads "2016 / 09 - University of Bremen" above older dated entries as held to today', () => {
    expect(brief([
      'Experience',
      '2016 / 09 - University of Bremen', 'Fullstack Javascript Engineer',
      '2014 - 2016 - We4IT GmbH Bremen', 'IT Consultant',
    ], '2019-02').positions).toEqual(['job 2016-09..present 30', 'job 2014-01..2016-12 36']);
  });

  it('keeps a start with a dash as one month when it is not the first entry, or a newer one follows', () => {
    expect(brief([
      'Experience',
      '2014 - 2016 - We4IT GmbH Bremen', 'IT Consultant',
      '2011 / 11 - Getoq Consulting', 'Trainer',
    ], '2019-02').positions).toEqual(['job 2014-01..2016-12 36', 'job 2011-11..2011-11 1']);
    expect(brief([
      'Experience',
      '2011 / 11 - Getoq Consulting', 'Trainer',
      '2014 - 2016 - We4IT GmbH Bremen', 'IT Consultant',
    ], '2019-02').positions).toEqual(['job 2011-11..2011-11 1', 'job 2014-01..2016-12 36']);
  });
});

describe('projects of one\'s own listed among jobs', () => {
  it('does not count "Individual Projects" or "Academic Projects" entries as jobs', () => {
    const s = brief([
      'Experience',
      'Acme Inc.                          2012 – 2013', 'Software Engineer',
      'xxx Projects Jan. 2015 – Present', 'C, Python, Django, Linux Individual Projects, collaborated with xxx',
      'Academic Projects Company Name 08/2016 - 12/2017',
    ], '2018-06');
    expect(s.positions).toEqual(['job 2012-01..2013-12 24', 'volunteer 2015-01..present 42', 'volunteer 2016-08..2017-12 17']);
    expect(s.total).toBe(24);
  });

  it('still counts a role named with a project, and a project manager', () => {
    expect(brief(['Experience', 'Lead Developer, Personal Projects     2015 – 2016']).positions).toEqual(['job 2015-01..2016-12 24']);
    expect(brief(['Experience', 'Projects Manager, Acme     2015 – 2016']).positions).toEqual(['job 2015-01..2016-12 24']);
  });
});

describe('a dates column whose From cell opens the role\'s row and whose To cell sits below it', () => {
  it('joins "August 2012 Senior System Analyst" with "December 2017" below, and "currently working"', () => {
    expect(brief([
      'Experience',
      'ALFA-BANK', 'September 2019 Senior Team Manager', 'currently working', 'Process management of four teams.',
      'AT Consulting', 'August 2012 Senior System Analyst', 'December 2017', 'Field staff management system.',
    ], '2021-06').positions).toEqual(['job 2019-09..present 22', 'job 2012-08..2017-12 65']);
  });

  it('does not join when the line holds another date, or the line below is more than a date', () => {
    expect(brief(['Experience', 'August 2012 Analyst, Acme 2013', 'December 2017']).positions).not.toContain('job 2012-08..2017-12 65');
    expect(brief(['Experience', 'August 2012 Senior System Analyst', 'December 2017 we shipped v2']).positions).not.toContain('job 2012-08..2017-12 65');
  });

  it('reads "Team Lead 2013/---" as held to today, and "Exchange 2007/2010" as no range', () => {
    expect(brief(['Experience', 'Mitotech LLC, Moscow, Russia, Team Lead 2013/---'], '2014-12').positions).toEqual(['job 2013-01..present 24']);
    expect(brief(['Experience', 'Acme, Systems Administrator 2012 - 2014', 'Migrated Exchange 2007/2010 mailboxes'], '2014-12').positions)
      .toEqual(['job 2012-01..2014-12 36']);
  });
});

describe('a role held at an organisation under an education heading a two-column layout misplaced', () => {
  it('reads "Web-developer at Digital Dream LLC" dated under "Education" as a job', () => {
    const s = brief([
      'Education', 'Second degree, Ulyanovsk State Technical University', 'September 2009 June 2012',
      'Web-developer at Digital Dream LLC, Ulyanovsk', 'August 2012 August 2013', 'Built 17 sites on 1C-Bitrix.',
    ], '2014-06');
    expect(s.positions).toEqual(['education 2009-09..2012-06 34', 'job 2012-08..2013-08 13']);
    expect(s.total).toBe(13);
  });

  it('counts no study entry naming a role ("Research Assistant at MIT", "Student developer at the University")', () => {
    expect(brief(['Education', 'Research Assistant at MIT, Department of Physics', '2015 - 2017']).total).toBe(0);
    expect(brief(['Education', 'Student developer at Acme University', '2015 - 2017']).positions)
      .toEqual(['education 2015-01..2017-12 36']);
  });
});

describe('dated lines with their length beside them, where no work heading was read', () => {
  it('reads "Feb 2017 - Sep 2018 (1 year 8 months)" as a position', () => {
    expect(brief(['NETWORK ENGINEER', 'DESCRIPTION WORK EXPIRIENCE', 'Network Engineer', 'Feb 2017 - Sep 2018 (1 year 8 months)', 'Ukrtelecom ISP'], '2020-01').positions)
      .toEqual(['job 2017-02..2018-09 20']);
  });

  it('does not read such a line with more words than a length', () => {
    expect(brief(['NETWORK ENGINEER', 'DESCRIPTION', 'Feb 2017 - Sep 2018 (1 year 8 months of study abroad)'], '2020-01').positions).toEqual([]);
  });
});

describe('a teaching post beside a tutoring role', () => {
  it('counts "Adjunct Instructor & Tutor", a lecturer at a tutorials firm and a research assistant professor as jobs', () => {
    expect(brief(['Experience', 'Adjunct Instructor & Tutor     October 2025 – Present'], '2026-11').positions).toEqual(['job 2025-10..present 14']);
    expect(brief(['Work Experience', 'lecturer', 'Oracle tutorials - Mumbai', 'April 2016 to Present'], '2017-03').positions).toEqual(['job 2016-04..present 12']);
    expect(brief(['Experience', 'Research Assistant Professor 01/2001 to 02/2006']).positions).toEqual(['job 2001-01..2006-02 62']);
    expect(brief(['Experience', 'Company Name Post-doctoral Research Fellow May 2011 - January 2015']).positions).toEqual(['job 2011-05..2015-01 45']);
  });

  it('still reads a teaching assistant assisting a professor, and a peer tutor, as a student\'s role', () => {
    expect(brief(['Experience', 'Teaching Assistant 09/2009 to 05/2010 Assisting Professor Palombo in video production']).total).toBe(0);
    expect(brief(['Experience', 'Peer Tutor, Writing Center     2018 – 2019']).total).toBe(0);
  });
});

describe('two years whose dash was lost, in a cell after " / "', () => {
  it('reads "Embedded automotive software / 2018 2019" as a range', () => {
    expect(brief(['WORK EXPERIENCE', '2019 Embedded Linux Platform Engineer @ Cogent Embedded', 'Embedded automotive software / 2018 2019', 'Maintained Yocto layers.'], '2020-06').positions)
      .toEqual(['job 2018-01..2019-12 24']);
  });

  it('does not read two years inside a sentence after a slash as a range', () => {
    expect(brief(['WORK EXPERIENCE', 'Acme, Engineer 2015 - 2016', 'Migrated servers / 2008 2012 editions to the cloud.'], '2020-06').positions)
      .toEqual(['job 2015-01..2016-12 24']);
  });
});

describe('a date a sentence puts "on", and a date a page footer repeats', () => {
  it('does not read "became a member practice on June 6, 2002." as a position', () => {
    expect(brief(['Experience', 'Associate Auditor 11/2006 to 05/2008 Acme City', 'The firm was established in 1946 and became a member practice of Ernst & Young Global Limited on June 6, 2002.']).positions)
      .toEqual(['job 2006-11..2008-05 19']);
  });

  it('does not read the print date of a footer repeated on every page as a position', () => {
    const lines: Line[] = [
      { n: 1, page: 1, text: 'Experience' },
      { n: 2, page: 1, text: 'Director of Infrastructure, Kasa     Jun. 2018 - Jan. 2021' },
      { n: 3, page: 1, text: 'February 10, 2026 Byungjin Park · Résumé 1' },
      { n: 4, page: 2, text: 'Engineer, Acme     Mar. 2016 - May 2018' },
      { n: 5, page: 2, text: 'February 10, 2026 Byungjin Park · Résumé 2' },
    ];
    const s = analyzeStructure(lines, '2026-11');
    expect(s.positions.map((p) => `${p.start}..${p.end}`)).toEqual(['2018-06..2021-01', '2016-03..2018-05']);
  });
});

describe('a date a sentence leads into with "to", "by", "at", "after" or "before"', () => {
  // One list of leading words for the cut of flattened lines and for positions: "… to" before a
  // date is the sentence's, as "… from" is (livecareer's "September 2017 to April 2008 Company Name
  // …", its dates written backwards, gave a one-month position named "September 2017 to").
  it('makes no position of a date led into by "to"', () => {
    const s = brief(['EXPERIENCE', 'Travel Consultant', 'Acme Travel, Boston, MA', 'March 2015 to Present', 'Senior Corporate Travel Consultant', 'September 2017 to April 2008 Company Name City , State Planned travel arrangements for 200 executives and staff.']);
    expect(s.positions.some((p) => p.includes('2008-04..2008-04'))).toBe(false);
    expect(s.positions[0]).toMatch(/^job 2015-03\.\./);
  });

  it('still reads a range whose "to" joins its two dates', () => {
    expect(brief(['EXPERIENCE', 'Travel Consultant, Acme Travel', 'September 2015 to April 2018']).positions).toEqual(['job 2015-09..2018-04 32']);
  });
});

describe('a resume with no headings, each position one line of dates, title and employer', () => {
  const head = ['Sam Roe', 'Home (503) 555-0100 | sam.roe@example.com'];

  it('reads a title by the head of an O*NET job title, not only by the common title words', () => {
    const read = brief([
      ...head,
      '11/2018-7/2022, Cybersecurity Assessor, State of Oregon',
      'Vulnerability Assessment | Penetration Testing | Risk Analysis',
      '3/2005-3/2006, Pipe Layer, Valley Pacific Construction, Inc.',
      'Laid water mains to grade.',
      '3/2003-3/2004, Supply Sergeant, Oregon Army National Guard',
    ]);
    expect(read.positions).toEqual(['job 2018-11..2022-07 45', 'job 2005-03..2006-03 13', 'job 2003-03..2004-03 13']);
  });

  it('reads no position from a dated line that names no role', () => {
    const read = brief([
      ...head,
      '3/2006-3/2007, Community Garden Project, Portland Parks',
      'Planted and kept the beds with neighbours.',
      '3/2005-3/2006, Annual Charity Drive, Valley Pacific Foundation',
    ]);
    expect(read.positions).toEqual([]);
  });
});

describe('a label column: a heading in capitals run into its section\'s first line (issue 18)', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2024-06');

  it('opens each section at its label, the label\'s line read as content', () => {
    const s = read(`Jane Roe
EXPERIENCE Data Engineer, Northwind Freight 2019 - 2023
Built nightly pipelines for the billing team.
EDUCATION Bachelor of Science in Physics, Lakeside College 2015 - 2019
LEADERSHIP President, Chess Club 2016 - 2018
SKILLS Python, SQL, Airflow`);
    expect(s.positions.map((p) => [p.kind, p.title, p.start, p.end])).toEqual([
      ['job', 'Data Engineer', '2019-01', '2023-12'],
      ['education', null, '2015-01', '2019-12'],
      ['volunteer', 'President', '2016-01', '2018-12'],
    ]);
    expect(s.totalMonths).toBe(60);
    expect(s.sections).toEqual(['header', 'experience', 'experience', 'education', 'other', 'skills']);
    expect(s.education.map((e) => e.level)).toEqual(['bachelor']);
  });

  it('reads a label wrapped over two lines whole ("VOLUNTEER" / "EXPERIENCE")', () => {
    const s = read(`Jane Roe
EXPERIENCE Data Engineer, Northwind Freight 2019 - 2023
VOLUNTEER Reading Tutor, City Library 2012 - 2014
EXPERIENCE Ran weekly sessions for adult learners.
SKILLS Python, SQL`);
    expect(s.sections[3]).toBe('other');
    expect(s.positions.map((p) => p.kind)).toEqual(['job', 'volunteer']);
    expect(s.totalMonths).toBe(60);
  });

  it('reads no label in a title set in capitals, nor where a resume runs only one heading into text', () => {
    const title = read(`Jane Roe
EXPERIENCE Data Engineer, Northwind Freight 2019 - 2023
PROJECT MANAGER, Lakeside Builders 2016 - 2018
SKILLS Python, SQL`);
    expect(title.sections[2]).toBe('experience');
    expect(title.positions.map((p) => p.kind)).toEqual(['job', 'job']);
    const one = read(`Jane Roe
Experience
Data Engineer, Northwind Freight 2019 - 2023
LEADERSHIP Mentored four new hires and ran the team's code reviews.
Analyst, Harbor Bank 2016 - 2018`);
    expect(one.sections[3]).toBe('experience');
    expect(one.totalMonths).toBe(96);
  });
});

describe('a seat on a board, committee or council is no job (issue 18)', () => {
  const lines = (text: string) => text.trim().split('\n').map((t, i) => ({ n: i + 1, page: 1, text: t }));
  const read = (text: string) => analyzeStructure(lines(text), '2024-06');

  it('reads a title that is only a seat as volunteering', () => {
    const s = read(`Jane Roe
Experience
Bookkeeper, Harbor Supply 2015 - 2020
Kept the ledgers.
TRUSTEE BOARD MEMBER 2010 - 2018
Grace Chapel - City , State
Member of Board of Directors, Riverside Food Bank 2012 - 2019
Library Committee Member 2016 - 2017`);
    expect(s.positions.map((p) => p.kind)).toEqual(['job', 'volunteer', 'volunteer', 'volunteer']);
    expect(s.totalMonths).toBe(72);
  });

  it('keeps a role held beside the seat a job', () => {
    const s = read(`Jane Roe
Experience
General Manager and Board Member, Harbor Supply 2015 - 2020
School Board - Substitute Teacher 2010 - 2012
Committee Coordinator, City Planning Office 2008 - 2009`);
    expect(s.positions.map((p) => p.kind)).toEqual(['job', 'job', 'job']);
  });
});
