import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { MatchReport, PostingResult } from '../types.js';
import type { RenderOptions } from './index.js';
import { STATUS_SYMBOL, metText, requiredGaps, requirementLabel, scoreBand, scoreText } from './labels.js';
import { gapsOf, matchHeadline, postingTitle, resumeTitle } from './match-labels.js';

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** Plain ASCII for terminals without Unicode, as the score table does. */
const ASCII: Record<string, string> = { '┌': '+', '┬': '+', '┐': '+', '├': '+', '┼': '+', '┤': '+', '└': '+', '┴': '+', '┘': '+', '─': '-', '│': '|', '✓': '+', '✗': 'x', '…': '~', '·': '-', '—': '-', '–': '-' };
const finish = (text: string, options: RenderOptions) => (options.ascii ? text.replace(/[^\x00-\x7F]/g, (ch) => ASCII[ch] ?? ch) : text);

/** The terminal report: postings ranked for one resume, each with its missing required items. */
export function matchTable(report: MatchReport, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [c.bold(resumeTitle(report)) + c.dim(`  (${matchHeadline(report)})`), ''];
  for (const w of report.resume.warnings) out.push(c.yellow(`! ${w.code}: ${w.message}`));
  if (report.postings.length === 0) out.push(c.dim('No postings scored.'));
  else out.push(rankingTable(report.postings, c));
  if (report.postings.length === 1 || options.details) for (const p of report.postings) out.push('', gaps(p, c));
  if (options.errorsOnStderr && report.errors.length) out.push(c.red(`✗ ${report.errors.length} ${report.errors.length === 1 ? 'posting' : 'postings'} not scored (one line each on stderr)`));
  else for (const e of report.errors) out.push(c.red(`✗ ${e.source}: ${e.code} — ${e.message}`));
  return finish(`${out.join('\n')}\n`, options);
}

function rankingTable(postings: PostingResult[], c: ChalkInstance): string {
  // 80 columns: widths plus 7 borders.
  const t = new Table({
    head: ['#', 'Posting', 'Score', 'Req', 'Pref', 'Missing required'].map((h) => c.bold(h)),
    colWidths: [5, 28, 7, 7, 7, 19],
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const p of postings) {
    const colour = { good: c.green, fair: c.yellow, poor: c.red }[scoreBand(p.score)];
    t.push([String(p.rank), truncate(postingTitle(p), 26), colour(scoreText(p.score)), metText(p.summary.requiredMet, p.summary.requiredTotal), metText(p.summary.preferredMet, p.summary.preferredTotal), truncate(requiredGaps(p.requirements).slice(0, 3).join(', ') || '—', 34)]);
  }
  return t.toString();
}

function gaps(p: PostingResult, c: ChalkInstance): string {
  const out = [`${c.bold(`${p.rank}. ${postingTitle(p)}`)}  ${c.dim(p.source)}`, `Score ${c.bold(scoreText(p.score))} / 100`];
  const open = gapsOf(p);
  if (open.length === 0) out.push(c.green('  every requirement met'));
  for (const r of open) {
    const mark = r.status === 'missing' ? c.red(STATUS_SYMBOL.missing) : c.yellow(STATUS_SYMBOL.partial);
    out.push(`  ${mark} ${r.tier.padEnd(9)} ${truncate(requirementLabel(r), 50)}${r.why ? c.dim(` — ${r.why}`) : ''}`);
  }
  return out.join('\n');
}
