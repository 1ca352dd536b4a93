import { describe, expect, it } from 'vitest';
import { classifyHeading, containsWord, findHeadingPhrases, findInlineHeadings } from '../../src/job/find-headings.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobRules } from '../../src/job/rules.js';
import { prng } from '../helpers/prng.js';
import { splitClauses } from '../../src/job/split-clauses.js';
import { splitJobSections } from '../../src/job/split-job-sections.js';
import { lines } from '../helpers/lines.js';

const kinds = (texts: string[]) => splitJobSections(lines(...texts)).map((s) => [s.kind, s.text]);

describe('classifyHeading', () => {
  it.each([
    ['REQUIRED QUALIFICATIONS', 'required'],
    ['Minimum qualifications:', 'required'],
    ["## What you'll need", 'required'],
    ['**Basic Qualifications**', 'required'],
    ['PREFERRED QUALIFICATIONS', 'preferred'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Desired Skills', 'preferred'],
    ["What you'll do", 'responsibilities'],
    ['Tech stack', 'stack'],
    ['What we offer', 'benefits'],
    ['About InnovateTech', 'about'],
    ['Equal opportunity', 'eeo'],
    ['How to apply', 'apply'],
    ['Travel requirement', 'about'],
  ])("classifies '%s' as %s", (text, kind) => {
    expect(classifyHeading(text)).toBe(kind);
  });
});

describe('splitJobSections', () => {
  it('gives each line the kind of the heading above it and the first line as title', () => {
    expect(kinds(['Senior Engineer', 'REQUIREMENTS', '• Python', 'Nice to have:', '- Go', 'Benefits', '• Dental'])).toEqual([
      ['title', 'Senior Engineer'],
      ['required', 'Python'],
      ['preferred', 'Go'],
      ['benefits', 'Dental'],
    ]);
  });

  it('finds headings glued into a one-paragraph posting', () => {
    const text = 'We build things.Minimum Requirements: MySQL experience. Strong Linux skills.What You Need for this Position- AWS- DockerWhat\'s In It for You- Dental';
    expect(kinds(['DBA', text])).toEqual([
      ['title', 'DBA'],
      ['other', 'We build things.'],
      ['required', 'MySQL experience.'],
      ['required', 'Strong Linux skills.'],
      ['required', 'AWS'],
      ['required', 'Docker'],
      ['benefits', 'Dental'],
    ]);
  });

  it('joins prose wrapped over several lines', () => {
    const segs = splitJobSections(lines('Backend Engineer', 'Requirements: experience with containerization via Docker and orchestration with Kubernetes or', 'ECS; strong grasp of SQL.'));
    expect(segs[1]).toMatchObject({ kind: 'required', line: 2, text: 'experience with containerization via Docker and orchestration with Kubernetes or ECS' });
    expect(segs[2]).toMatchObject({ line: 3, text: 'strong grasp of SQL.' });
  });

  it('does not take prose words for headings', () => {
    expect(findInlineHeadings('Flexible Schedule, Benefits, Great School Leadership Team')).toEqual([]);
    expect(findInlineHeadings('Leader in Early Education and Care.')).toEqual([]);
  });

  it("keeps a company's blurb whole through a heading phrase nothing marks, and ends it at a marked one", () => {
    const blurb = 'BA/BS degree is Strongly DesiredAbout Acme CorporationWe were established in 2004. Our Technology Alliance Program includes the relevant providers. We support Oracle, SQL and DB2.';
    expect(findInlineHeadings(blurb).map((h) => h.kind)).toEqual(['about']);
    const marked = 'About Acme: we build payroll software. Our Technology: React, Node.js and PostgreSQL.';
    expect(findInlineHeadings(marked).map((h) => h.kind)).toEqual(['about', 'stack']);
    expect(findInlineHeadings('We build payroll software. Our Technology React and Node.js power it.').map((h) => h.kind)).toEqual(['stack']);
  });
});

describe('splitClauses', () => {
  it('cuts a run-on list at glued bullets and sentence ends, keeping offsets', () => {
    const text = 'field.- Strong coding experience.- Strong grasp of data structures.Experience with Spark';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual(['field.', 'Strong coding experience.', 'Strong grasp of data structures.', 'Experience with Spark']);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('does not cut inside product names or abbreviations', () => {
    expect(splitClauses('Experience with Node.js, ASP.NET and JavaScript e.g. React').map((c) => c.text)).toEqual([
      'Experience with Node.js, ASP.NET and JavaScript e.g. React',
    ]);
  });
});

describe('a heading phrase inside a longer heading', () => {
  it('is found wherever the regex /(?:^|[^a-z])phrase(?:$|[^a-z])/ finds it, and nowhere else', () => {
    const phrases = jobRules.headings.flatMap((h) => h.phrases).filter((p) => p.length >= 5);
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const next = prng(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const glue = ['', ' ', 'x', '-', ': ', 'the ', 's', '\n', '2'];
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const phrase = pick(phrases);
      const text = `${pick(glue)}${pick([phrase, pick(phrases), phrase.slice(1), `${phrase}${phrase}`])}${pick(glue)}${pick(['', phrase])}${pick(glue)}`;
      const expected = new RegExp(`(?:^|[^a-z])${escape(phrase)}(?:$|[^a-z])`).test(text);
      if (expected) found++;
      expect(containsWord(text, phrase), JSON.stringify([text, phrase])).toBe(expected);
    }
    expect(found).toBeGreaterThan(500);
  });
});

describe('heading phrases in running text', () => {
  // The regex the scan replaces: every phrase, longest first, spaces as \s+, apostrophes optional.
  const phrases = [...new Set(jobRules.headings.flatMap((h) => h.phrases))].sort((a, b) => b.length - a.length);
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const oracle = new RegExp(`(?:${phrases.map((p) => escape(p).replace(/'/g, "['’]?").replace(/ /g, '\\s+')).join('|')})`, 'gi');
  const byRegex = (text: string) => [...text.matchAll(oracle)].map((m) => ({ index: m.index, text: m[0] }));

  it('are found exactly where one /i alternation of them all finds them', () => {
    const next = prng(9);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const vary = (p: string): string =>
      [...p].map((c) => (c === ' ' ? pick([' ', '  ', '\t', '\u00a0', '\n']) : c === "'" ? pick(["'", '’', '']) : next() < 0.3 ? c.toUpperCase() : c)).join('');
    const glue = ['', ' ', 'x', 'Ab', ': ', '. ', '-', 'ı', 'ſ', '\u212a'];
    let matched = 0;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 4) }, () => `${pick(glue)}${vary(pick(phrases))}`).join(pick(glue));
      const expected = byRegex(text);
      matched += expected.length;
      expect(findHeadingPhrases(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(3000);
  });

  it('agree with it on every line of the fixture and corpus postings', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const dirs = ['fixtures/jobs', '../shared/corpus/jobs'].map((d) => path.join(root, d)).filter((d) => existsSync(d));
    let lines = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
          lines++;
          expect(findHeadingPhrases(line), line).toEqual(byRegex(line));
        }
      }
    }
    expect(lines).toBeGreaterThan(50);
  });
});
