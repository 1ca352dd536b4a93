import { describe, expect, it } from 'vitest';
import { analyzeStructure, classifyLines, cutFlatLines } from '../../src/resume/structure/index.js';
import { lines } from '../helpers/lines.js';

const brief = (texts: string[], asOf = '2024-06') => {
  const s = analyzeStructure(lines(...texts), asOf);
  return {
    positions: s.positions.map((p) => `${p.kind} ${p.start}..${p.end} ${p.title ?? '-'} @ ${p.organization ?? '-'}`),
    total: s.totalMonths,
    degrees: s.education.map((e) => e.level),
  };
};

/** A Word table cell written as one paragraph: headings, titles, dates and duties run together. */
const CELL =
  'Backend developer Summary A backend developer with eight years of experience in payments. ' +
  'Experience Lead Engineer / Backend Developer 2021 – Present Paylane Designed the ledger service and led a team of four. ' +
  'Stack: Go, PostgreSQL, Kafka. Software Developer 2016 – 2020 Northwind Traders Built the billing system. Maintained the invoicing jobs.';

describe('cutFlatLines: a paragraph that lost its line breaks', () => {
  it('cuts before a heading named inside it and at each position head', () => {
    expect(cutFlatLines(lines(CELL), classifyLines(lines(CELL)), '2024-06').map((l) => l.text)).toEqual([
      'Backend developer',
      'Summary',
      'A backend developer with eight years of experience in payments.',
      'Experience',
      'Lead Engineer / Backend Developer   2021 – Present   Paylane',
      'Designed the ledger service and led a team of four. Stack: Go, PostgreSQL, Kafka.',
      'Software Developer   2016 – 2020   Northwind Traders',
      'Built the billing system. Maintained the invoicing jobs.',
    ]);
  });

  it('keeps the number of the line a piece came from', () => {
    expect(new Set(cutFlatLines(lines('Jane Doe', CELL), classifyLines(lines('Jane Doe', CELL)), '2024-06').map((l) => l.n))).toEqual(new Set([1, 2]));
  });

  it('leaves short lines, lines cut only where they start, and dates inside a sentence as they are', () => {
    const kept = lines(
      'Experience',
      'Software Developer 2016 – 2020 Northwind Traders',
      '2015 - 2018. Senior Research Fellow in Complex Systems and Modelling. Charles Perkins Centre and School of Mathematics and Statistics, University of Sydney, Australia',
      'Reduced the time to close the books from ten days to four between 2019 – 2021 by automating the reconciliations of the payment provider accounts and the ledger',
    );
    expect(cutFlatLines(kept, classifyLines(kept), '2024-06')).toBe(kept);
  });

  it('reads a heading word inside a phrase or before a lower-case word as no heading', () => {
    const text = 'Bachelor of Education Studies at the State University with a focus on early years. Experience with children of all ages and their families. Summary of duties below.';
    expect(cutFlatLines(lines(text), classifyLines(lines(text)), '2024-06').map((l) => l.text)).toEqual([text]);
  });
});

describe('analyzeStructure on flat paragraphs', () => {
  it('reads the positions and months of an experience section written as one paragraph', () => {
    expect(brief([CELL])).toEqual({
      positions: [
        'job 2021-01..present Lead Engineer / Backend Developer @ Paylane',
        'job 2016-01..2020-12 Software Developer @ Northwind Traders',
      ],
      total: 102,
      degrees: [],
    });
  });

  it('keeps a position label inside the run of positions ("Skills") from ending it', () => {
    const s = brief([
      'Experience Grill Chef January 2015 to May 2018 Harbor Grill Prepared all line foods. ' +
        'Skills Food & Beverage Service, Prep Cook, Menu Development. ' +
        'Line Cook March 2010 to December 2014 Blue Bay Cafe Grilled steaks to order for a full dining room every night.',
    ]);
    expect(s.positions.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['job 2015-01..2018-05', 'job 2010-03..2014-12']);
    expect(s.total).toBe(99);
  });

  it('keeps the reading of lines that hold their breaks', () => {
    expect(brief(['Experience', 'Software Developer   2016 – 2020', 'Northwind Traders', 'Built the billing system.']).positions).toEqual([
      'job 2016-01..2020-12 Software Developer @ Northwind Traders',
    ]);
  });
});

describe('analyzeStructure: a role named right before its dates on a long line', () => {
  it('reads it when no work section holds dates', () => {
    const s = brief([
      'Professional Summary',
      'Client Details - (Acme Health, Dallas, Texas DevOps Engineer May 2019 to Aug 2022, DevOps Engineer, Healthcare)',
      'Built the deployment pipelines of the claims platform.',
    ]);
    expect(s.total).toBe(40);
  });

  it('does not read a sentence leading into its dates as a role', () => {
    const s = brief([
      'Professional Summary',
      'Worked with the hospital as a volunteer and patient ambassador from May 2019 to Aug 2022, helping families',
    ]);
    expect(s.positions).toEqual([]);
  });
});

describe('analyzeStructure: months of a resume that names no work', () => {
  it('counts 0 months when the sections read include education and none of work', () => {
    expect(brief(['Jane Doe', 'Education', 'B.Tech in Computer Science, 2026', 'Projects', 'Notes API with Node.js']).total).toBe(0);
  });

  it('keeps the months unknown when a work section holds no dates, or too little was read', () => {
    expect(brief(['Jane Doe', 'Education', 'B.Tech in Computer Science', 'Experience', 'Developer at Acme']).total).toBeNull();
    expect(brief(['Jane Doe', 'About Me', 'I like to build things.']).total).toBeNull();
  });
});

describe('cutFlatLines: heading names inside a run of positions', () => {
  it('reads a capitalized heading name inside a longer name as no heading', () => {
    const s = brief([
      'Experience',
      'Instructional Assistant 09/2016 to 09/2018 Lakeside Schools Worked with Special Needs and General Education Elementary School students in a classroom. ' +
        'Nursing Attendant 02/2005 to 10/2015 Valley Clinic Registered incoming patients for clinic appointments and answered calls.',
    ]);
    expect(s.positions.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['job 2016-09..2018-09', 'job 2005-02..2015-10']);
  });

  it('still cuts at a heading in capitals, or one after a full stop', () => {
    const cell = lines('Nursing Attendant 02/2005 to 10/2015 Valley Clinic Registered incoming patients and answered calls every day. Education Associate of Science in Nursing, 2004 Valley College');
    const texts = cutFlatLines(cell, classifyLines(cell), '2024-06').map((l) => l.text);
    expect(texts).toContain('Education');
  });
});
