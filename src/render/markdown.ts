import type { CandidateReport, Evidence, RequirementResult, ScoreReport } from '../types.js';
import { suggestionsOf } from '../messages.js';
import type { RenderOptions } from './index.js';
import {
  EXPLAIN_FOOTNOTE,
  KNOCKED_OUT,
  MARK_LEGEND,
  STATUS_SYMBOL,
  TIERS,
  TIER_TITLE,
  creditNote,
  displayName,
  evidenceWhere,
  fileName,
  isDuplicate,
  jobTitle,
  metText,
  postingLine,
  requirementLabel,
  requirementsOf,
  scoreText,
  snippet,
  summaryLine,
  thinTierNote,
  topRequiredGaps,
  yearsText,
} from './labels.js';

/**
 * Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY` (GitHub-flavoured tables).
 * Same content as the terminal report. Resume and posting text is untrusted: it goes through
 * `mdText`, so it can neither break a table nor become a heading, quote, list, link or HTML.
 */
export function renderMarkdown(report: ScoreReport, options: RenderOptions): string {
  const out: string[] = [`# ${mdText(jobTitle(report))}`, '', `${report.job.requirements.length} requirements · ${mdText(report.job.source)}`];
  const { candidates } = report;
  if (candidates.length === 0) out.push('', '_No candidates scored._');
  if (candidates.length > 1) out.push('', '## Ranking', '', rankingTable(candidates));
  if (candidates.length === 1 || options.details) {
    if (candidates.length > 1) out.push('', '## Gap reports');
    for (const c of candidates) out.push('', gapReport(c, options));
  }
  if (report.errors.length) {
    out.push('', '## Not scored', '');
    for (const e of report.errors) out.push(`- ✗ ${mdText(e.source)}: ${e.code} — ${mdText(e.message)}`);
  }
  return `${out.join('\n')}\n`;
}

// Characters that start inline markup anywhere in a line (GitHub adds `~` strikethrough and
// `$` math); `<` and `&` would let raw HTML or entities through.
const INLINE_SPECIAL = /[\\`*_[\]<>|~$&]/g;
// Characters that only mean something at the start of a line (heading, quote, list, setext).
const LEADING_SPECIAL = /^([#>+=-])/;
const LEADING_ORDERED = /^(\d+)([.)])(?=\s|$)/;

/** Untrusted text as one line of literal Markdown, safe in a table cell. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(LEADING_SPECIAL, '\\$1')
    .replace(LEADING_ORDERED, '$1\\$2');
}

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function table(head: string[], align: ('l' | 'r' | 'c')[], rows: string[][]): string {
  const rule = align.map((a) => (a === 'r' ? '--:' : a === 'c' ? ':-:' : ':--'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function rankingTable(candidates: CandidateReport[]): string {
  const rows = candidates.map((c) => [
    isDuplicate(c) ? `=${c.rank}` : String(c.rank),
    mdText(displayName(c)),
    mdText(fileName(c.source)),
    scoreText(c.score),
    metText(c.summary.requiredMet, c.summary.requiredTotal),
    metText(c.summary.preferredMet, c.summary.preferredTotal),
    yearsText(c.summary.years),
    mdText(topRequiredGaps(c).join(', ')) || '—',
    [c.knockedOut ? '✗ KNOCKED OUT' : '', c.warnings.length ? `⚠ ${c.warnings.map((w) => w.code).join(', ')}` : ''].filter(Boolean).join(' · '),
  ]);
  const legend = [
    candidates.some((c) => isDuplicate(c)) ? `- **=N**: ${MARK_LEGEND.duplicate}` : '',
    candidates.some((c) => c.knockedOut) ? `- **✗ KNOCKED OUT**: ${MARK_LEGEND.knockedOut}` : '',
    candidates.some((c) => c.warnings.length) ? '- **⚠ CODE**: a warning; its message is in the gap report (--details)' : '',
  ].filter(Boolean);
  const ranking = table(
    ['#', 'Candidate', 'File', 'Score', 'Required', 'Preferred', 'Years', 'Top missing required', 'Warnings'],
    ['r', 'l', 'l', 'r', 'r', 'r', 'r', 'l', 'l'],
    rows,
  );
  return legend.length ? `${ranking}\n\n${legend.join('\n')}` : ranking;
}

function gapReport(c: CandidateReport, options: RenderOptions): string {
  const out: string[] = [`### ${c.rank}. ${mdText(displayName(c))} — ${scoreText(c.score)} / 100`, ''];
  out.push(`**Score ${scoreText(c.score)} / 100** · ${summaryLine(c)} · ${mdText(c.source)}`);
  for (const w of c.warnings) out.push('', `> ⚠ **${w.code}**: ${mdText(w.message)}`);
  if (c.knockedOut) out.push('', `> ✗ **${KNOCKED_OUT}**`);
  for (const tier of TIERS) {
    const rows = requirementsOf(c, tier);
    if (rows.length === 0) continue;
    out.push('', `#### ${TIER_TITLE[tier]}`, '');
    out.push(table(['', 'Requirement', 'Evidence / why'], ['c', 'l', 'l'], rows.map((r) => [STATUS_SYMBOL[r.status], mdText(requirementLabel(r)), explainCell(r)])));
  }
  if (options.explain && c.breakdown) {
    out.push('', '#### How the score was reached', '');
    for (const t of c.breakdown.tiers) {
      const note = thinTierNote(t);
      out.push(`- ${t.tier}: ${t.earned} of ${t.possible} weight × ${t.share} points = ${t.points}${note ? ` (${note})` : ''}`);
    }
    for (const p of c.breakdown.penalties) out.push(`- penalty ${mdText(p.code)}: −${p.points}`);
    out.push(`- **total ${scoreText(c.score)}** (${EXPLAIN_FOOTNOTE})`);
  }
  const suggestions = suggestionsOf(c);
  if (suggestions.length) {
    out.push('', '#### Suggestions', '');
    for (const s of suggestions) out.push(`- ${mdText(s)}`);
  }
  return out.join('\n');
}

/** Evidence for a met line; why and the posting line for a partial or missing one. */
function explainCell(r: RequirementResult): string {
  const asked = r.source ? ` — posting line ${postingLine(r.source)}: "${mdText(truncate(r.source.text, 120))}"` : '';
  if (r.status === 'missing') return `not found${r.why ? ` (${mdText(r.why)})` : ''}${asked}`;
  const ev = r.evidence[0];
  const where = ev ? `${evidenceWhere(ev)}: "${markedSnippet(ev)}"` : mdText(r.matched ?? '');
  const why = r.why ? `${mdText(`${r.why} ${creditNote(r)}`)}. ` : '';
  return `${why}${where}${r.status === 'partial' ? asked : ''}`;
}

/** Untrusted text inside a line: escaped like `mdText`, but its edge spaces kept. */
const mdPart = (text: string): string => text.replace(/\s+/g, ' ').replace(INLINE_SPECIAL, '\\$&');

/** The evidence snippet with the matched words in bold. */
function markedSnippet(ev: Evidence): string {
  const s = snippet(ev, 120);
  if (!s.match.trim()) return mdText(s.before);
  return `${mdPart(s.before)}**${mdPart(s.match).trim()}**${mdPart(s.after)}`.trim();
}
