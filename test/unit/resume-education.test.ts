import { describe, expect, it } from 'vitest';
import { analyzeStructure, classifyLines, findEducation, highestLevel } from '../../src/resume/structure/index.js';
import { lines, levelIn } from '../helpers/lines.js';

describe('findEducation', () => {
  it.each([
    ['B.S. Information Science (GPA 3.6/4.0)', 'bachelor'],
    ['BS in Computer Engineering', 'bachelor'],
    ['BSc Mathematics', 'bachelor'],
    ['BA, History', 'bachelor'],
    ['B.Tech in Computer Science', 'bachelor'],
    ['B.E. IN COMPUTER ENGINEERING', 'bachelor'],
    ['Bachelor of Business Administration in accounting', 'bachelor'],
    ['BBA, Finance', 'bachelor'],
    ["Bachelor's in IT", 'bachelor'],
    ['BA : Justice Studies Montclair State University', 'bachelor'],
    ['Batchelor of Technology in Information Technology', 'bachelor'],
    ['MS in Computer Science', 'master'],
    ['M.S. in Computer Science', 'master'],
    ['MSc Data Science', 'master'],
    ['MBA, Stanford', 'master'],
    ['M.Tech in VLSI', 'master'],
    ['MENG IN COMPUTER SCIENCE', 'master'],
    ['Graduated as M.Sc. Digital Media', 'master'],
    ["Master's degree in Computer reference legal systems", 'master'],
    ['PhD Princeton University, Computer Science', 'phd'],
    ['Ph.D. in Physics', 'phd'],
    ['Doctorate in Education', 'phd'],
    ['A.S : Nursing Columbus Technical College', 'associate'],
    ['AAS Network Administration', 'associate'],
    ['Associate of Applied Science', 'associate'],
    ['High School Diploma', 'high_school'],
    ['GED, 2004', 'high_school'],
    ['Diploma', 'high_school'],
    ['Cloverfield College', 'none'],
    ['Courses «Java Developer» from Geekbrains', 'none'],
  ])('reads %j under EDUCATION as %s', (text, level) => {
    expect(levelIn('EDUCATION', text)).toBe(level);
  });

  it('reads an unfinished degree at its level (the as-of month sets it apart later)', () => {
    expect(levelIn('Education', 'BS in Computer Science, 2015', 'MS in Computer Science, Expected May 2026')).toBe('master');
    const ls = lines('Education', 'BS in Computer Engineering   Expected June 2023');
    expect(findEducation(ls, classifyLines(ls))[0]).toMatchObject({ level: 'bachelor', inProgress: true });
  });

  it('reads the leading degree of a line that names two', () => {
    expect(levelIn('Education', 'A.S : Nursing Columbus Technical College BSN. South University')).toBe('associate');
  });

  it('outside the education section needs an unmistakable spelling', () => {
    expect(levelIn('Skills', 'MS Office, MS Access, Excel')).toBe('none');
    expect(levelIn('Experience', 'Scrum Master for a team of 8')).toBe('none');
    expect(levelIn('Experience', 'Let the scrum masters of the organization track projects')).toBe('none');
    expect(levelIn('Experience', 'Master of sales techniques and closing')).toBe('none');
    expect(levelIn('SUMMARY', 'Pursuing a Master of Science in Data Analytics')).toBe('master');
    expect(levelIn('SUMMARY', 'Completed my masters in computer science at UCF')).toBe('master');
    expect(levelIn('SUMMARY', "MASTER'S DEGREE, 2019")).toBe('master');
    expect(levelIn('Won Associate of the Month award')).toBe('none');
    expect(levelIn('Experience', 'Served at the Batchelor Street Cafe; BA: 3 teams')).toBe('none');
    expect(levelIn('SUMMARY', 'Batchelor of Technology, NIT Srinagar, 2017')).toBe('bachelor');
    expect(levelIn('SUMMARY', 'UC Berkeley | 2019   Bachelor of Science, Computer Science')).toBe('bachelor');
  });

  it('gives the field and institution when they are near', () => {
    const ls = lines('Education', 'Stanford University', 'M.S. in Computer Science');
    expect(findEducation(ls, classifyLines(ls))).toEqual([
      { level: 'master', field: 'Computer Science', institution: 'Stanford University' },
    ]);
  });
});

describe('degrees as Indian and polytechnic resumes write them', () => {
  it.each([
    ['B-Tech', 'bachelor'],
    ['B-tech in Electronics and Telecommunication', 'bachelor'],
    ['B E in Production Engineering', 'bachelor'],
    ['B. E. in CSE', 'bachelor'],
    ['BE', 'bachelor'],
    ['B. Sc. in Biology', 'bachelor'],
    ['M.S in Software Systems', 'master'],
    ['PGDBM in Business Management', 'master'],
    ['Post Graduate Diploma in Business Administration', 'master'],
    ['Diploma in Electrical Engineering', 'associate'],
    ['Higher Secondary Certificate', 'high_school'],
    ['H.S.C', 'high_school'],
    ['10th', 'high_school'],
    ['High School Diploma', 'high_school'],
  ])('reads %j under an education heading as %s', (text, level) => {
    expect(levelIn('Education', text)).toBe(level);
  });

  it.each([
    ['Education', 'Be a team player'],
    ['Education', 'Diploma'], // a bare diploma is a school's
    ['Education', 'Post Graduate Diploma in Embedded Systems'], // not a school diploma; level unknown
    ['Experience', 'B-Tech Motors, Sales Associate'],
  ])('reads %j / %j as no degree above high school', (heading, text) => {
    expect(['none', 'high_school']).toContain(levelIn(heading, text));
    expect(levelIn(heading, text)).not.toBe('bachelor');
  });

  it.each([
    ['B.A. LL.B. (Hons.), Utkal University', 'bachelor'],
    ['LLB, University of London', 'bachelor'],
    ['M.Phil in Economics', 'master'],
    ['M.Com, Delhi University', 'master'],
    ['M.A., English Literature', 'master'],
  ])('reads the law, commerce and arts degree %j as %s', (text, level) => {
    expect(levelIn('Education', text)).toBe(level);
  });

  it('reads an M.A. or an LL.B. named outside the education section, and not initials or a state', () => {
    expect(levelIn('PROFILE', 'Analyst. Hold M.A. in Translation, finished 1 year of Computer Science study')).toBe('master');
    expect(levelIn('A student currently pursuing B.A. LL.B. (Hons.) at The Law College, Cuttack.')).toBe('bachelor');
    expect(levelIn('Experience', 'Prepared the accounts of M.A. Smith & Co.')).toBe('none');
    expect(levelIn('Experience', 'Moved to Boston, MA in 2019 to lead sales')).toBe('none');
    expect(levelIn('Skills', 'LLBLGen, M.Commerce tools')).toBe('none');
  });

  it.each([
    ['B.S : Business Finance , January 1991 Towson University', 'bachelor'],
    ['B.A : Political Science Montclair State University - City , State', 'bachelor'],
    ['B.S Professional studies International Organizational Leadership', 'bachelor'],
    ['M.S : Project Management University of Wisconsin City , State', 'master'],
    ['M.S', 'master'],
    ['JD : Organizational Communication 2007 St. Edward\'s University', 'master'],
    ['Juris Doctor, Harvard Law School', 'master'],
    ['A.A : Liberal Arts 2012 Essex County College', 'associate'],
    ['Associate of Occupational Studies : Culinary Arts 1991', 'associate'],
  ])('reads %j, its abbreviation without the closing dot, as %s', (text, level) => {
    expect(levelIn('Education', text)).toBe(level);
  });

  it('does not read initials or words that begin like those abbreviations as degrees', () => {
    expect(levelIn('Education', 'Advisor: M.A Smith, Stanford University')).toBe('none');
    expect(levelIn('Education', 'Coursework with B.A Jones')).toBe('none');
    expect(levelIn('Experience', 'Filed the JD Edwards ledgers for the B.S.A. chapter')).toBe('none');
  });

  it('reads a post-graduate diploma outside management as no school diploma', () => {
    expect(levelIn('Education', 'Post Graduate Diploma in Embedded Systems')).toBe('none');
  });
});

describe('degrees named by other wordings: honours, specialist, engineer, Diplom', () => {
  it.each([
    ['Moscow State University (National Research University) Honours degree', 'bachelor'],
    ["Bachelor's Honours degree in Economics", 'bachelor'],
    ['Specialist degree, Applied Mathematics', 'master'],
    ["Specialist's diploma in Software Engineering", 'master'],
    ['Diploma of Specialist, Economics', 'master'],
    ["Engineer's degree in Radio Engineering", 'master'],
    ['Dipl.-Ing. Maschinenbau, TU München', 'master'],
    ['Laurea Magistrale in Ingegneria Informatica', 'master'],
  ])('reads %j under EDUCATION as %s', (text, level) => {
    expect(levelIn('EDUCATION', text)).toBe(level);
  });

  it('reads an honours degree outside the education section too', () => {
    expect(levelIn('Summary', 'Holder of an honours degree in Physics from Leeds.')).toBe('bachelor');
  });

  it('does not read honours, a specialist or an engineer without a degree as one', () => {
    expect(levelIn('EDUCATION', 'Graduated with honours, Leeds University')).toBe('none');
    expect(levelIn('Experience', 'IT Specialist, Acme Corp', 'Senior Engineer, Diplomatic Services')).toBe('none');
    expect(levelIn('Awards', 'Honours: Dean’s list, 2019')).toBe('none');
  });
});

describe('degrees written as an abbreviation, a colon and the field (the livecareer layout)', () => {
  it.each([
    ['MA : Film & Media Production , 09/2016', 'master'],
    ['AA : Visual Communications Brown College - City , State', 'associate'],
    ['Highline Community College 2014 AA : General City , State', 'associate'],
    ['AS : Liberal Arts & Business College of Micronesia', 'associate'],
    ['Associate : Computer Science Technology , 1993 Microcomputer Technology Institute', 'associate'],
    ['Associates : Art San Jose City College Art', 'associate'],
    ['1985 Indiana University - City , State , USA B.A Sociology', 'bachelor'],
    ['B.A EIILM University', 'bachelor'],
    ['BSEE 2016 Northwestern University', 'bachelor'],
  ])('reads %j under EDUCATION as %s', (text, level) => {
    expect(levelIn('EDUCATION', text)).toBe(level);
  });

  it.each([
    ['Boston, MA, 02115'],
    ['Harvard Extension School, Cambridge, MA'],
    ['Worked as an associate for two years'],
    ['Courses taken as: evening classes'],
    ['Registered in MA'],
  ])('does not read %j under EDUCATION as a degree', (text) => {
    expect(levelIn('EDUCATION', text)).toBe('none');
  });
});

describe('degrees by other abbreviations and spacings', () => {
  it.each([
    ['Associates , Applied Science Electronics Engineering 2011 Forsyth Technical Community College', 'associate'],
    ['AS , Network Engineering 2017 Moorpark College', 'associate'],
    ['Culinary Arts AA degree', 'associate'],
    ['AOS : Culinary Arts & Hospitality Management , 1997', 'associate'],
    ['ADN : Nursing , 2000 Clark College', 'associate'],
    ['BCIS degree Northlake College', 'bachelor'],
    ['BBM : Business Managment , 2000 Mysore University', 'bachelor'],
    ['University of Phoenix BSBM : Business Management', 'bachelor'],
    ['BSW : Social Welfare', 'bachelor'],
    ['B .S : Computer Science', 'bachelor'],
    ['B. S : Computer Science , 1988 Union College', 'bachelor'],
    ['2008 DePaul University - City , State BA Human Resources', 'bachelor'],
    ['BA SYRACUSE UNIVERSITY - City , State', 'bachelor'],
    ['Baccalaureate of Science : Business Administration/Marketing , 2008', 'bachelor'],
    ['ING SOFTWARE 9 CICLO', 'bachelor'],
    ['Ing. Industrial, Universidad de Lima', 'bachelor'],
    ['MSW : Social Welfare', 'master'],
    ['MLIS , Library and Information Science 2001 University of Pittsburgh', 'master'],
    ['MA , Education August 2015 University of Denver', 'master'],
    ['M.Ed. in Curriculum and Instruction', 'master'],
    ['J.D. : Law May 2005 Fordham University School of Law', 'master'],
    ['M.D. : Medicine 2001 Saint Petersburg State Medical Academy', 'phd'],
    ['H.S 2004 West Deptford High', 'high_school'],
  ])('reads %j under EDUCATION as %s', (text, level) => {
    expect(levelIn('EDUCATION', text)).toBe(level);
  });

  it.each([
    ['Lock Out/ Tag Out 2016 J. J. Keller & Associates, Inc. , City , State'],
    ['Acute Nursing Clinical at the Regional Medical Center Med Surgical Floor'],
    ['Scrum master'],
    ['Master Certificate in Six Sigma : Leadership 2008 Villanova University'],
    ['Master Certficate in Six Sigma, 2008'],
    ['Certified Master Chef prep class : 2014'],
    ['International Baccalaureate Diploma Programme'],
    ['Baltimore, MD 21201'],
    ['ING Bank internship'],
  ])('does not read %j under EDUCATION as a degree above high school', (text) => {
    expect(['none', 'high_school']).toContain(levelIn('EDUCATION', text));
  });

  it('reads words a layout ran together', () => {
    expect(levelIn('EDUCATION', 'High SchoolDiploma State')).toBe('high_school');
    expect(levelIn('EDUCATION', 'Keller Graduate School of ManagementBusiness Administration MBABusiness Administration')).toBe('master');
    expect(levelIn('EDUCATION', 'YorkAccounting B.AAccounting')).toBe('bachelor');
    expect(levelIn('EDUCATION', 'McDonald Hall, DeVry Campus')).toBe('none');
  });

  it('does not count course work toward a degree as the degree, but counts one in progress', () => {
    expect(levelIn('EDUCATION', 'Completed 20 semester hours of undergraduate course work toward a Bachelors degree', '1989 Heidelberg High School')).toBe('high_school');
    expect(levelIn('EDUCATION', 'Advanced coursework of 18 credit hours toward Master\'s Degree.')).toBe('none');
    expect(levelIn('EDUCATION', 'Associates Degree with 2yrs credit towards Bachelors Degree')).toBe('associate');
    expect(levelIn('EDUCATION', 'Working towards my Bachelors degree with the major GPA as 3.45')).toBe('bachelor');
  });
});

describe('outside the education section, an abbreviation in a list or after a name is not the resume\'s degree', () => {
  it.each([
    ['Skills', 'Healthcare, Hippa, Marcom, Mba, Media Planning, Networking'],
    ['Skills', 'experiments, Matlab, Mentor, Microsoft Office, PhD, Platinum, Process Control'],
    ['Experience', 'Covered eight states including NC, SC, GA, FL, AL,VA, MS, AL, WV, VA, KY and TN.'],
    ['References', 'Tana Healy, MBA, RN, CCM'],
    ['Presentations', 'Kelly, Ph.D., Chair, NPA Board of Directors; NIH, Bethesda, MD, June 21, 2011.'],
    ['Experience', 'Operated analytical instruments: HPLC, GC, LC/MS, UPLC, TLC.'],
    ['Experience', 'Supervised 6 PhD, 5 MSc and 7 BSc students on research projects.'],
  ])('under %s, %j names no degree', (heading, text) => {
    expect(levelIn(heading, text)).toBe('none');
  });

  it('still reads the candidate\'s own abbreviation in the header, in a sentence, or spelled out in a list', () => {
    expect(levelIn('Jane Doe, MBA, PMP', 'jane@example.com', 'Experience')).toBe('master');
    expect(levelIn('Summary', 'Accountant with an MBA, CPA licence and ten years in audit')).toBe('master');
    expect(levelIn('Skills', 'Leadership, Master of Science in Finance, Excel')).toBe('master');
  });

  it('reads a dotted degree leading its line under another heading (a column read out of order)', () => {
    expect(levelIn('INTERNSHIP', 'B.Tech Artificial Intelligence And Data', 'Science', '2023 - 2027')).toBe('bachelor');
    expect(levelIn('PROJECTS', 'M.Sc Physics thesis on thin films')).toBe('master');
    expect(levelIn('EXPERIENCE', 'BTech Solutions Pvt Ltd, Developer')).toBe('none');
  });

  it('reads a dotted B.S., B.A., M.S. or M.A. leading its line before a field so too (issue 18)', () => {
    expect(levelIn('Interests', 'B.S. Chemistry hiking, chess, cooking')).toBe('bachelor');
    expect(levelIn('Awards', 'B.A. History Dean\'s list')).toBe('bachelor');
    expect(levelIn('Projects', 'M.S. Geology field mapping')).toBe('master');
    expect(levelIn('Projects', 'M.A. Economics thesis')).toBe('master');
    // Not inside the line, nor before a word in capitals, nor undotted.
    expect(levelIn('References', 'Ask M.A. Jones for details')).toBe('none');
    expect(levelIn('References', 'M.A. JONES, Director')).toBe('none');
    expect(levelIn('Skills', 'MS Excel, Word')).toBe('none');
  });
});

describe('a degree abbreviation before its school, outside the education section', () => {
  it('reads it where a flattened column ran it into a summary', () => {
    expect(levelIn('SUMMARY', 'E-newsletter design/distribution MBA DANIEL WEBSTER COLLEGE')).toBe('master');
    expect(levelIn('SUMMARY', 'Graduate with a B.S. Temple University, 2004')).toBe('bachelor');
    expect(levelIn('SUMMARY', 'PhD Stanford University')).toBe('phd');
  });

  it('does not read an abbreviation a lowercase word or a comma separates from a school', () => {
    expect(levelIn('EXPERIENCE', 'Taught MBA Finance at Boston College')).toBe('none');
    expect(levelIn('EXPERIENCE', 'Recruited MBA Students for Boston College')).toBe('none');
    expect(levelIn('EXPERIENCE', 'Ran the MBA Admissions Office, Boston College')).toBe('none');
  });
});

describe('a degree still underway at the as-of month', () => {
  const read = (asOf: string, ...texts: string[]) => {
    const s = analyzeStructure(lines(...texts), asOf);
    return { level: highestLevel(s.education), studying: s.studying.map((e) => e.level), education: s.education };
  };

  it('is set apart from the degrees held when it is above them', () => {
    expect(read('2014-10', 'EDUCATION', 'Master of Science in Analytics      Expected June 2015', 'Bachelor of Arts in Mathematics      July 2012'))
      .toMatchObject({ level: 'bachelor', studying: ['master'] });
    expect(read('2022-07', 'EDUCATION', 'Master of Science (M.S.) – Data Analytics   May 2022 – Present', 'Bachelor of Arts (B.A.) - Political Science   Aug 2019 - May 2022'))
      .toMatchObject({ level: 'bachelor', studying: ['master'] });
    // No date: the words decide ("Currently attending" under the degree).
    expect(read('2021-08', 'Education', 'Associate of Arts and Science Valley College', 'Currently Attending', 'High School Diploma : 2017'))
      .toMatchObject({ level: 'high_school', studying: ['associate'] });
    // The livecareer layout: an expected date after the as-of month.
    expect(read('2021-08', 'Education', 'GED Unitah High School 05/1998', 'Associate of Applied Science : Business Administration State College Expected in 05/2024'))
      .toMatchObject({ level: 'high_school', studying: ['associate'] });
  });

  it('is held once its expected or closing date has passed', () => {
    expect(read('2021-08', 'EDUCATION', 'Master of Science in Analytics      Expected June 2015', 'Bachelor of Arts in Mathematics      July 2012'))
      .toMatchObject({ level: 'master', studying: [] });
    const r = read('2021-08', 'Education', 'Masters in Computer Science   Aug 2014 - December 2015   Current GPA 3.8', 'BS in Computer Science   2012');
    expect(r).toMatchObject({ level: 'master', studying: [] });
    expect(r.education[0]!.inProgress).toBeUndefined();
    // The date on the line above, as livecareer writes it.
    expect(read('2021-08', 'Education', 'Spring 2016', "Master's in Business Administration Expected spring", '2012', 'Bachelor : Business Administration'))
      .toMatchObject({ level: 'master', studying: [] });
  });

  it("still counts a student's only degree, and one underway at a level already held", () => {
    expect(read('2022-08', 'EDUCATION', 'BS in Computer Engineering   Expected June 2023')).toMatchObject({ level: 'bachelor', studying: [] });
    expect(read('2022-08', 'EDUCATION', 'BS in Computer Engineering   Expected June 2023')['education'][0]).toMatchObject({ inProgress: true });
    expect(read('2021-08', 'Education', 'MBA   2019 – Present', 'MS in Physics   2010')).toMatchObject({ level: 'master', studying: [] });
  });
});

describe("a degree's word run into the 'of' or 'in' after it", () => {
  it('is read as the degree', () => {
    expect(levelIn('Education and Training', 'Masterof Science : Information Systems , 2016 Bowie State University')).toBe('master');
    expect(levelIn('Education', 'Bachelorof Arts : Psychology 2009 State University')).toBe('bachelor');
    expect(levelIn('Education', "Associate'sin Nursing 2012 Valley Community College")).toBe('associate');
  });

  it('leaves words that only begin like a degree alone', () => {
    expect(levelIn('Education', 'Mastering Excel in one week, online course')).toBe('none');
    expect(levelIn('Education', 'Masterclass in negotiation 2018')).toBe('none');
    expect(levelIn('Education', 'Associateship of the Institute 2011')).toBe('none');
  });
});

describe('a degree written again on the next line', () => {
  it('is the same degree: underway if either line says so', () => {
    const s = analyzeStructure(lines('Education',
      'Stratford University City , State , US Associate of Applied Science : Network Management Stratford University',
      'Associate of Applied Science in Network Management, Graduated October 2014',
      'Stratford University City , State , US Bachelor of Science : Information Technology Stratford University',
      'Pursuing Bachelor of Science in Information Technology 10/2014 - Present'), '2021-08');
    expect(highestLevel(s.education)).toBe('associate');
    expect(s.studying.map((e) => e.level)).toEqual(['bachelor', 'bachelor']);
  });

  it('is not joined to a degree of another level or one lines away', () => {
    const s = analyzeStructure(lines('Education',
      'Bachelor of Science : Biology 2009 State University',
      'Master of Science in Biology 2019 - Present',
      'Bachelor of Arts : History 2005 City College'), '2021-08');
    expect(highestLevel(s.education)).toBe('bachelor');
    expect(s.education.every((e) => !e.inProgress)).toBe(true);
    expect(s.studying.map((e) => e.level)).toEqual(['master']);
  });
});

describe('"Diploma : <field>", the livecareer layout\'s diploma after school (issue 18)', () => {
  it.each([
    ['Diploma : Dental Assisting , 2015 Harbor Technical Institute - City , State', 'associate'],
    ['DIPLOMA : WELDING TECHNOLOGY 2009 Northside Career College', 'associate'],
    ['Diploma: Bookkeeping 2001 Lakeview Business School', 'associate'],
  ])('reads %j as %s, as "Diploma in" is read', (text, level) => {
    expect(levelIn('Education', text)).toBe(level);
  });

  it.each([
    ['High School Diploma : Business 2004 Riverside High School - City , State'],
    ['Diploma : General Studies 1998 Oak Grove High School'],
    ['Diploma : Lincoln High School - City , State'],
    ['Advanced Diploma : June 2011'],
    ['Diploma : 2006 Maple Academy'],
  ])('reads %j as a school\'s diploma', (text) => {
    expect(levelIn('Education', text)).toBe('high_school');
  });
});
