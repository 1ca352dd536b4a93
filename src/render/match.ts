import type { InputError, MatchReport, PostingResult } from '../types.js';
import type { RenderOptions } from './index.js';
import type { ScoreFormat } from './formats.js';
import { type Cell, csvCell } from './csv.js';
import { htmlPage } from './html.js';
import { jsonChunks } from './json.js';
import { type SafeHtml, html, trusted } from './html-template.js';
import { STATUS_SYMBOL, TIER_TITLE, fileName, metText, requiredGaps, requirementLabel, scoreBand, scoreText, yearsText } from './labels.js';
import { mdText } from './markdown.js';
import { gapsOf, matchHeadline, missingOf, postingTitle, resumeTitle } from './match-labels.js';
import { matchTable } from './match-table.js';

/** `jobfit match` in every format `score` has, with the same conventions. */
export function renderMatch(report: MatchReport, format: ScoreFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return [...jsonChunks(report, ['postings'])].join('');
    case 'jsonl':
      return report.postings.map(postingLine).join('') + report.errors.map(errorLine).join('');
    case 'table':
      return matchTable(report, options);
    case 'csv':
      return matchCsv(report);
    case 'markdown':
      return matchMarkdown(report, options);
    case 'html':
      return matchHtml(report, options);
  }
}

/** One JSONL line per posting, then one `{error}` line per posting not scored, as `score` does. */
export const postingLine = (p: PostingResult) => `${JSON.stringify(p)}\n`;
const errorLine = (e: InputError) => `${JSON.stringify({ error: e })}\n`;

/**
 * The CSV columns, a contract like the JSON field names: add at the end, never rename,
 * reorder or remove. `missing_required`: the first member of every missing required group,
 * joined by "; "; `years` is the resume's, `min_years` the posting's, empty when unknown.
 */
export const MATCH_CSV_COLUMNS = ['rank', 'title', 'file', 'score', 'required_met', 'required_total', 'preferred_met', 'preferred_total', 'years', 'min_years', 'missing_required'] as const;

function matchCsv(report: MatchReport): string {
  const row = (p: PostingResult): Cell[] => [
    { number: p.rank },
    { text: p.title ?? '' },
    { text: p.source },
    { number: p.score },
    { number: p.summary.requiredMet },
    { number: p.summary.requiredTotal },
    { number: p.summary.preferredMet },
    { number: p.summary.preferredTotal },
    { number: p.summary.years },
    { number: p.summary.minYears },
    { text: missingOf(p).join('; ') },
  ];
  const lines = [MATCH_CSV_COLUMNS.join(','), ...report.postings.map((p) => row(p).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function matchMarkdown(report: MatchReport, options: RenderOptions): string {
  const out = [`# Postings for ${mdText(resumeTitle(report))}`, '', mdText(matchHeadline(report))];
  for (const w of report.resume.warnings) out.push('', `> ⚠ **${w.code}**: ${mdText(w.message)}`);
  if (report.postings.length === 0) out.push('', '_No postings scored._');
  else {
    out.push('', '## Ranking', '', '| # | Posting | File | Score | Required | Preferred | Missing required |', '| --: | :-- | :-- | --: | --: | --: | :-- |');
    for (const p of report.postings) {
      const cells = [String(p.rank), mdText(postingTitle(p)), mdText(fileName(p.source)), scoreText(p.score), metText(p.summary.requiredMet, p.summary.requiredTotal), metText(p.summary.preferredMet, p.summary.preferredTotal), mdText(requiredGaps(p.requirements).join(', ')) || '—'];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  if (report.postings.length === 1 || options.details) {
    out.push('', '## Gaps per posting');
    for (const p of report.postings) {
      out.push('', `### ${p.rank}. ${mdText(postingTitle(p))} — ${scoreText(p.score)} / 100`, '');
      const open = gapsOf(p);
      if (open.length === 0) out.push('Every requirement met.');
      for (const r of open) out.push(`- ${STATUS_SYMBOL[r.status]} ${TIER_TITLE[r.tier]}: ${mdText(requirementLabel(r))}${r.why ? ` (${mdText(r.why)})` : ''}`);
    }
  }
  if (report.errors.length) {
    out.push('', '## Not scored', '');
    for (const e of report.errors) out.push(`- ✗ ${mdText(e.source)}: ${e.code} — ${mdText(e.message)}`);
  }
  return `${out.join('\n')}\n`;
}

/** One self-contained page, as the score report: inline CSS, no script, every input string escaped. */
function matchHtml(report: MatchReport, options: RenderOptions): string {
  const open = report.postings.length === 1 || Boolean(options.details);
  return htmlPage({
    kind: 'match',
    title: resumeTitle(report),
    meta: html`${matchHeadline(report)}${report.errors.length ? ` · ${report.errors.length} not scored` : ''}`,
    body: html`${report.resume.warnings.length ? html`<ul class="warnings">${report.resume.warnings.map((w) => html`<li><span class="badge warn">${w.code}</span> ${w.message}</li>`)}</ul>` : ''}
${report.postings.length ? [rankingSection(report.postings), gapSection(report.postings, open)] : html`<p class="muted">No postings scored.</p>`}
${report.errors.length ? errorSection(report.errors) : ''}`,
    schemaVersion: report.schemaVersion,
  });
}

function rankingSection(postings: PostingResult[]): SafeHtml {
  const rows = postings.map(
    (p) => html`<tr>
<td class="num">${p.rank}</td><td><a href="#p${p.rank}">${postingTitle(p)}</a></td><td>${fileName(p.source)}</td>
<td class="num"><span class="pill ${scoreBand(p.score)}">${scoreText(p.score)}</span></td>
<td class="num">${metText(p.summary.requiredMet, p.summary.requiredTotal)}</td><td class="num">${metText(p.summary.preferredMet, p.summary.preferredTotal)}</td>
<td class="num">${yearsText(p.summary.minYears)}</td><td>${requiredGaps(p.requirements).join(', ') || '—'}</td>
</tr>
`,
  );
  return html`<section id="ranking" aria-labelledby="ranking-h">
<h2 id="ranking-h">Ranking</h2>
<div class="table-wrap"><table class="ranking">
<thead><tr><th class="num">#</th><th>Posting</th><th>File</th><th class="num">Score</th><th class="num">Required</th><th class="num">Preferred</th><th class="num">Years asked</th><th>Missing required</th></tr></thead>
<tbody>
${rows}</tbody>
</table></div>
</section>
`;
}

function gapSection(postings: PostingResult[], open: boolean): SafeHtml {
  const items = postings.map((p) => {
    const rows = gapsOf(p).map((r) => html`<li class="${r.status}"><span class="sym" aria-hidden="true">${STATUS_SYMBOL[r.status]}</span> ${TIER_TITLE[r.tier]}: ${requirementLabel(r)}${r.why ? html` — <span class="why">${r.why}</span>` : ''}</li>`);
    return html`<details class="candidate" id="p${p.rank}"${trusted(open ? ' open' : '')}>
<summary><span class="rank">#${p.rank}</span> <span class="cand-name">${postingTitle(p)}</span> <span class="pill ${scoreBand(p.score)}">${scoreText(p.score)} / 100</span></summary>
<div class="gap">
<p class="source">${p.source}</p>
${rows.length ? html`<ul class="gaps">${rows}</ul>` : html`<p>Every requirement met.</p>`}
</div>
</details>
`;
  });
  return html`<section id="gap-reports" aria-labelledby="gap-h">
<h2 id="gap-h">Gaps per posting</h2>
${items}</section>
`;
}

function errorSection(errors: InputError[]): SafeHtml {
  return html`<section id="errors" aria-labelledby="errors-h">
<h2 id="errors-h">Not scored</h2>
<ul class="errors">${errors.map((e) => html`<li><span class="badge error">${e.code}</span> <strong>${e.source}</strong> — ${e.message}</li>`)}</ul>
</section>
`;
}
