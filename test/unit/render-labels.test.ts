import { describe, expect, it } from 'vitest';
import { evidenceWhere, missingRequired, requiredGaps, snippet, wrapText } from '../../src/render/labels.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { scoreTable } from '../../src/render/table.js';
import { rankCandidates } from '../../src/score/index.js';
import { singleCandidateReport } from '../helpers/sample-report.js';
import type { CandidateReport, RequirementResult } from '../../src/types.js';

const LONG = 'Dev Environment: Analytics environment based on Docker and AWS, standing up a Python service for the data team every quarter';

describe('snippet', () => {
  it('centres on the matched words and keeps them whole', () => {
    const start = LONG.indexOf('Python');
    const s = snippet({ text: LONG, start, end: start + 6 }, 50);
    expect(s.match).toBe('Python');
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    expect((s.before + s.match + s.after).length).toBeLessThanOrEqual(52);
    expect(Math.abs(s.before.length - s.after.length)).toBeLessThan(14);
  });
  it('shows a short line whole, and a line without offsets cut at the end', () => {
    expect(snippet({ text: 'Go and Rust', start: 0, end: 2 }, 50)).toEqual({ before: '', match: 'Go', after: ' and Rust' });
    const plain = snippet({ text: LONG }, 30);
    expect(plain.match).toBe('');
    expect(plain.before.endsWith('…')).toBe(true);
  });
});

describe('evidenceWhere', () => {
  it('names the page and the file line in words that cannot be misread', () => {
    expect(evidenceWhere({ page: 1, line: 10, fileLine: 14 })).toBe('p.1 line 14');
    expect(evidenceWhere({ page: 2, line: 3 })).toBe('p.2 line 3');
  });
});

describe('wrapText', () => {
  it('wraps words to the width with an indent on continuation lines', () => {
    const lines = wrapText('one two three four five six', 10, '  ');
    expect(lines).toEqual(['one two', '  three', '  four', '  five six']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10);
  });
});

const req = (anyOf: string, weight: number, status: RequirementResult['status']): RequirementResult => ({ id: anyOf, tier: 'required', anyOf: [anyOf], weight, status, credit: 0, matched: null, evidence: [] });
const cand = (source: string, score: number, extra: Partial<CandidateReport> = {}): CandidateReport => ({
  source,
  name: null,
  rank: 0,
  score,
  summary: { requiredMet: 1, requiredTotal: 1, preferredMet: 0, preferredTotal: 0, years: null, minYears: null },
  requirements: [],
  warnings: [],
  ...extra,
});

describe('missingRequired', () => {
  it('puts the heaviest gap first, posting order among equals', () => {
    const c = cand('a', 1, { requirements: [req('Leadership', 1, 'missing'), req('Python', 5, 'missing'), req('Go', 3, 'met'), req('SQL', 5, 'missing')] });
    expect(missingRequired(c)).toEqual(['Python', 'SQL', 'Leadership']);
  });
});

describe('requiredGaps', () => {
  it('lists the missing required groups, then those only partly shown, marked so', () => {
    const c = cand('a', 1, { requirements: [req('Nursing', 2, 'partial'), req('CPR', 1, 'missing'), req('Go', 3, 'met'), req('HIPAA', 4, 'partial')] });
    expect(requiredGaps(c.requirements)).toEqual(['CPR', 'HIPAA (partly)', 'Nursing (partly)']);
  });
  it('is empty when every required group is met', () => {
    expect(requiredGaps(cand('a', 1, { requirements: [req('Go', 3, 'met')] }).requirements)).toEqual([]);
  });
});

describe('rankCandidates', () => {
  it('ranks a copy once: right under its original, with its rank', () => {
    const ranked = rankCandidates([cand('b.pdf', 50), cand('a.docx', 90), cand('a.pdf', 95, { duplicateOf: 'a.docx' }), cand('c.pdf', 70)]);
    expect(ranked.map((c) => [c.source, c.rank])).toEqual([['a.docx', 1], ['a.pdf', 1], ['c.pdf', 2], ['b.pdf', 3]]);
  });
  it('sorts knocked-out candidates last and marks them', () => {
    const ko = cand('ko.pdf', 99, { summary: { requiredMet: 0, requiredTotal: 1, preferredMet: 0, preferredTotal: 0, years: null, minYears: null } });
    const ranked = rankCandidates([ko, cand('ok.pdf', 10)], { mustHaveAll: true });
    expect(ranked.map((c) => [c.source, c.knockedOut])).toEqual([['ok.pdf', false], ['ko.pdf', true]]);
  });
});

describe('matched words are marked in every format', () => {
  const text = 'Dev Environment: Analytics environment based on Docker and AWS, standing up a Python service for the data team every quarter of the year';
  const start = text.indexOf('Python');
  const report = {
    ...singleCandidateReport,
    candidates: [
      {
        ...singleCandidateReport.candidates[0]!,
        requirements: [{ id: 'R1', tier: 'required' as const, anyOf: ['Python'], weight: 5, status: 'met' as const, credit: 1, matched: 'Python', evidence: [{ section: 'experience' as const, page: 1, line: 3, fileLine: 7, text, start, end: start + 6 }] }],
      },
    ],
  };
  it('bold in Markdown, <mark> in HTML, bold on a colour terminal; never cut off', () => {
    expect(renderMarkdown(report, { color: false })).toContain('standing up a **Python** service for');
    expect(renderHtml(report, { color: false })).toContain('<span class="where">p.1 line 7</span> Dev Environment: Analytics environment based on Docker and AWS, standing up a <mark>Python</mark> service');
    const table = scoreTable(report, { color: true, width: 80 });
    expect(table).toContain('\u001b[1mPython\u001b[22m');
    expect(scoreTable(report, { color: false, width: 80 })).toMatch(/p\.1 line 7: "…[^"]*Python/);
  });
});
