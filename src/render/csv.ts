import type { CandidateReport, ScoreReport } from '../types.js';
import type { RenderOptions } from './index.js';
import { missingRequired } from './labels.js';

/**
 * The CSV columns, in order. A contract like the JSON field names: add columns at the end,
 * never rename, reorder or remove one.
 * - `missing_required`: the first member of every missing required group, heaviest first, joined by "; ".
 * - `knocked_out`: "yes" when `--must-have all` knocked the candidate out, else empty.
 * - `duplicate_of`: the file this one is a copy of (it shares that file's rank), else empty.
 * - `warnings`: warning codes joined by "; ".
 * - `name`, `years`, `min_years`: empty when unknown.
 */
export const CSV_COLUMNS = [
  'rank',
  'name',
  'file',
  'score',
  'required_met',
  'required_total',
  'preferred_met',
  'preferred_total',
  'years',
  'min_years',
  'missing_required',
  'warnings',
  'knocked_out',
  'duplicate_of',
] as const;

export type Cell = { text: string } | { number: number | null };

/**
 * One row per candidate in rank order, RFC 4180 (CRLF line ends, a header row). Files that
 * could not be read are not rows: they are in the JSON `errors` and on stderr.
 */
export function renderCsv(report: ScoreReport, _options: RenderOptions): string {
  const lines = [CSV_COLUMNS.join(','), ...report.candidates.map((c) => candidateRow(c).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function candidateRow(c: CandidateReport): Cell[] {
  return [
    { number: c.rank },
    { text: c.name ?? '' },
    { text: c.source },
    { number: c.score },
    { number: c.summary.requiredMet },
    { number: c.summary.requiredTotal },
    { number: c.summary.preferredMet },
    { number: c.summary.preferredTotal },
    { number: c.summary.years },
    { number: c.summary.minYears },
    { text: missingRequired(c).join('; ') },
    { text: c.warnings.map((w) => w.code).join('; ') },
    { text: c.knockedOut ? 'yes' : '' },
    { text: c.duplicateOf ?? '' },
  ];
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV
// injection"). Numbers we produce are left alone so -1 stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if ('number' in cell) return cell.number === null ? '' : String(cell.number);
  const text = FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
