import { describe, expect, it } from 'vitest';
import { mdText, renderMarkdown } from '../../src/render/markdown.js';
import { HOSTILE_EVIDENCE, sampleReport, singleCandidateReport } from '../helpers/sample-report.js';

const plain = { color: false };
const md = (options: { details?: boolean; explain?: boolean } = {}) => renderMarkdown(sampleReport, { ...plain, ...options });

/** Cells of a GitHub table row: split on pipes that no backslash escapes. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

/** Every table in the output: consecutive lines starting with "|". */
function tables(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) (found.push(current), (current = []));
  }
  if (current.length) found.push(current);
  return found;
}

describe('mdText', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['8.2 years', '8.2 years'],
    ['a | b', 'a \\| b'],
    ['run `rm -rf`', 'run \\`rm -rf\\`'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[click](http://x)', '\\[click\\](http://x)'],
    ['**bold** _it_ ~~del~~ $x$', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~del\\~\\~ \\$x\\$'],
    ['line one\r\nline two\n', 'line one line two'],
  ])('writes %j as literal text', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });
});

describe('renderMarkdown', () => {
  it('lists the candidates in the order given, with the warnings marker', () => {
    const ranking = tables(md())[0]!;
    expect(cells(ranking[0]!).map((c) => c.trim())).toEqual(['#', 'Candidate', 'File', 'Score', 'Required', 'Preferred', 'Years', 'Top missing required', 'Warnings']);
    const rows = ranking.slice(2).map((r) => cells(r).map((c) => c.trim()));
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(rows[0]).toEqual(['1', 'Jane Doe', 'jane\\_doe.pdf', '93.3', '4/4', '2/3', '8.2', '—', '']);
    expect(rows[2]![7]).toBe('PostgreSQL, Kubernetes, AWS');
    expect(rows[2]![8]).toBe('✗ KNOCKED OUT · ⚠ HIDDEN_TEXT, KEYWORD_STUFFING');
  });

  it('keeps every table row at its header width whatever the resume says', () => {
    const all = tables(md({ details: true, explain: true }));
    expect(all.length).toBeGreaterThan(5);
    for (const t of all) for (const row of t) expect(cells(row)).toHaveLength(cells(t[0]!).length);
  });

  it('lets no resume text through as HTML, code or a line-start marker', () => {
    const out = md({ details: true });
    expect(out).not.toMatch(/(?<!\\)</);
    expect(out).not.toMatch(/(?<!\\)`/);
    expect(out).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(out).toContain('"\\- Built \\`rm -rf\\` pipelines \\| =HYPERLINK("http://x") in Go"');
    expect(out).not.toContain(HOSTILE_EVIDENCE);
  });

  it('shows gap reports only with details when there are several candidates', () => {
    expect(md()).not.toMatch(/^### /m);
    expect(md({ details: true }).match(/^### \d\. /gm)).toHaveLength(3);
  });

  it('shows the gap report and no ranking for a single candidate', () => {
    const out = renderMarkdown(singleCandidateReport, plain);
    expect(out).not.toContain('## Ranking');
    expect(out).toContain('### 1. Jane Doe — 93.3 / 100');
    expect(out).toContain('| ✓ | Python or Go | p.1 line 14: "Built payment services in Go handling 3k requests/s" |');
  });

  it('says why a line is partial or missing and quotes the posting line', () => {
    const out = md({ details: true });
    expect(out).toContain('| ~ | AWS or GCP or Azure | implied by EKS \\[0.75\\]. p.1 line 11: "Deployed APIs to EKS clusters" — posting line 15: "Hands-on with AWS, GCP, or Azure" |');
    expect(out).toContain('| ✗ | Kubernetes | not found — posting line 14: "3+ years running services on Kubernetes" |');
  });

  it('shows the score arithmetic only with explain', () => {
    expect(md({ details: true })).not.toContain('How the score was reached');
    expect(md({ details: true, explain: true })).toContain('- required: 5 of 9 weight × 70 points = 38.89');
  });

  it('lists files that could not be read', () => {
    expect(md()).toContain('## Not scored\n\n- ✗ resumes/scanned.pdf: NO_TEXT — no text layer (scanned?); try --ocr');
  });

  it('matches the golden files', async () => {
    await expect(md()).toMatchFileSnapshot('../golden/render/ranking.md');
    await expect(md({ details: true, explain: true })).toMatchFileSnapshot('../golden/render/details-explain.md');
    await expect(renderMarkdown(singleCandidateReport, plain)).toMatchFileSnapshot('../golden/render/single.md');
  });
});
