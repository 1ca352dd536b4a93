import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/index.js';
import { assessPosting } from '../../src/trust/index.js';

const doc = (text: string) => normalizeDocument({ source: 'x.txt', format: 'txt', pages: 1, lines: text.split('\n').map((t) => ({ text: t, page: 1 })), hidden: [], warnings: [] });

const RESUME = `Pat Lee
pat@example.com · +1 555 0100

EXPERIENCE
Senior Engineer, Acme Corp, Jan 2020 - Present
Built Python services on Kubernetes.
Engineer, Globex, Mar 2016 - Dec 2019
Wrote Go tools.

EDUCATION
BSc Computer Science, State University, 2012 - 2016

SKILLS
Python, Go, Kubernetes`;

const POSTING = `Senior Backend Engineer
We are looking for a backend engineer to join our payments team.

Responsibilities
- Build and run Go services
- You will own our Kubernetes platform

Requirements
- 5+ years of experience with Python or Go
- Experience with PostgreSQL

Benefits
- Health, dental and 401(k)`;

describe('assessPosting', () => {
  it('flags a resume given as the posting', () => {
    expect(assessPosting(doc(RESUME), '2026-11').map((w) => w.code)).toEqual(['NOT_A_POSTING']);
    expect(assessPosting(doc(RESUME), '2026-11')[0]!.message).toMatch(/reads like a resume, not a job posting \(2 dated positions/);
  });
  it('leaves a posting alone, even one that dates the company history', () => {
    expect(assessPosting(doc(POSTING), '2026-11')).toEqual([]);
    expect(assessPosting(doc(`${POSTING}\n\nAbout us\nFounded 2015 - Present, Acme moves money.`), '2026-11')).toEqual([]);
  });
});
