import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderCsv } from '../../src/render/csv.js';
import type { CandidateReport, ScoreReport } from '../../src/types.js';
import { HOSTILE_NAME, HOSTILE_SOURCE, sampleReport } from '../helpers/sample-report.js';

const plain = { color: false };

/** A strict RFC 4180 reader, to check the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  expect(field + row.join(''), 'the last record ends with CRLF').toBe('');
  return rows;
}

const withFirst = (patch: Partial<CandidateReport>): ScoreReport => ({
  ...sampleReport,
  candidates: [{ ...sampleReport.candidates[0]!, ...patch }],
});

describe('renderCsv', () => {
  it('writes the documented header, then one row per candidate in rank order', () => {
    const rows = parseCsv(renderCsv(sampleReport, plain));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]!.join(',')).toBe('rank,name,file,score,required_met,required_total,preferred_met,preferred_total,years,min_years,missing_required,warnings,knocked_out,duplicate_of');
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
    for (const r of rows) expect(r).toHaveLength(14);
  });

  it('ends every line with CRLF and has no bare LF', () => {
    const out = renderCsv(sampleReport, plain);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('fills the columns from the summary, empty when unknown', () => {
    const rows = parseCsv(renderCsv(sampleReport, plain));
    expect(rows[1]).toEqual(['1', 'Jane Doe', 'resumes/jane_doe.pdf', '93.3', '4', '4', '2', '3', '8.2', '5', '', '', '', '']);
    expect(rows[3]!.slice(8)).toEqual(['', '5', 'PostgreSQL; Kubernetes; AWS', 'HIDDEN_TEXT; KEYWORD_STUFFING', 'yes', '']);
  });

  it('does not make rows of files that could not be read', () => {
    expect(renderCsv(sampleReport, plain)).not.toContain('scanned.pdf');
  });

  it('quotes commas and quotes, doubling the quotes, and guards the formula', () => {
    const out = renderCsv(sampleReport, plain);
    expect(out).toContain(`,"'=1+2 ""mallory"",cv.docx",`);
    expect(parseCsv(out)[3]!.slice(1, 3)).toEqual([HOSTILE_NAME, `'${HOSTILE_SOURCE}`]);
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('prefixes %j with a quote so a spreadsheet shows it as text', (name) => {
    const field = parseCsv(renderCsv(withFirst({ name }), plain))[1]![1];
    expect(field).toBe(`'${name}`);
  });

  it('quotes a line break inside a name', () => {
    const out = renderCsv(withFirst({ name: 'Ada\nLovelace' }), plain);
    expect(out).toContain(',"Ada\nLovelace",');
    expect(parseCsv(out)[1]![1]).toBe('Ada\nLovelace');
  });

  it('leaves numbers alone, negative ones included', () => {
    const row = parseCsv(renderCsv(withFirst({ score: -1.5, summary: { ...sampleReport.candidates[0]!.summary, years: null, minYears: null } }), plain))[1]!;
    expect(row[3]).toBe('-1.5');
    expect(row.slice(8, 10)).toEqual(['', '']);
  });

  it('writes only the header when nobody was scored', () => {
    expect(renderCsv({ ...sampleReport, candidates: [] }, plain)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('matches the golden file', async () => {
    await expect(renderCsv(sampleReport, plain)).toMatchFileSnapshot('../golden/render/sample.csv');
  });
});
