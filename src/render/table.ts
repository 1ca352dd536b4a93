import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CandidateReport, JobProfile, RequirementResult, ResumeProfile, ScoreReport } from '../types.js';
import { suggestionsOf } from '../messages.js';
import type { RenderOptions } from './index.js';
import {
  EXPLAIN_FOOTNOTE,
  KNOCKED_OUT,
  MARK_LEGEND,
  STATUS_SYMBOL,
  TIERS,
  TIER_TITLE,
  displayName,
  evidenceWhere,
  fileName,
  isDuplicate,
  jobTitle,
  metText,
  postingLine,
  requirementLabel,
  requirementsOf,
  scoreBand,
  scoreText,
  snippet,
  thinTierNote,
  topRequiredGaps,
  wrapText,
  yearsText,
} from './labels.js';

function palette(options: RenderOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

function table(head: string[], colWidths: number[], c: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colWidths,
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
}

/** ASCII stand-ins for the box drawing, marks and bars, for terminals without Unicode. */
const ASCII: Record<string, string> = {
  '┌': '+', '┬': '+', '┐': '+', '├': '+', '┼': '+', '┤': '+', '└': '+', '┴': '+', '┘': '+', '─': '-', '│': '|',
  '╔': '+', '╗': '+', '╚': '+', '╝': '+', '═': '=', '║': '|', '╟': '+', '╢': '+', '╤': '+', '╧': '+', '╪': '+',
  '✓': '+', '✗': 'x', '█': '#', '░': '.', '…': '~', '•': '-', '·': '-', '—': '-', '–': '-', '×': 'x', '−': '-',
};
const asciiOnly = (text: string) => text.replace(/[^\x00-\x7F]/g, (ch) => ASCII[ch] ?? ch);
const finish = (text: string, options: RenderOptions) => (options.ascii ? asciiOnly(text) : text);

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
/** A path cut from the left, so the file name, which tells two candidates apart, stays. */
const truncateLeft = (s: string, n: number) => (s.length <= n ? s : `…${s.slice(s.length - n + 1)}`);

function bar(score: number, c: ChalkInstance, width = 20): string {
  const filled = Math.round((score / 100) * width);
  const colour = { good: c.green, fair: c.yellow, poor: c.red }[scoreBand(score)];
  return colour('█'.repeat(filled)) + c.dim('░'.repeat(width - filled));
}

/** The width to fit: the caller's (terminal columns), 80 when unknown, never below 40. */
const widthOf = (options: RenderOptions) => Math.max(40, Math.min(240, options.width ?? 80));

/** Below this many columns a table cannot hold its cells: each candidate becomes a short block. */
const STACK_BELOW = 70;

export function scoreTable(report: ScoreReport, options: RenderOptions): string {
  const c = palette(options);
  const width = widthOf(options);
  const out: string[] = [c.bold(jobTitle(report)) + c.dim(`  (${report.job.requirements.length} requirements)`), ''];
  if (report.candidates.length === 1) {
    out.push(gapReport(report.candidates[0]!, options));
  } else if (report.candidates.length > 1) {
    out.push(width < STACK_BELOW ? stackedRanking(report.candidates, c, width) : rankingTable(report.candidates, c, width));
    out.push(...legend(report.candidates, c));
    if (options.details) for (const cand of report.candidates) out.push('', gapReport(cand, options));
  } else {
    out.push(c.dim('No candidates scored.'));
  }
  if (options.errorsOnStderr && report.errors.length) out.push(c.red(`✗ ${report.errors.length} ${report.errors.length === 1 ? 'file' : 'files'} not scored (one line each on stderr)`));
  else for (const e of report.errors) out.push(c.red(`✗ ${e.source}: ${e.code} — ${e.message}`));
  return finish(`${out.join('\n')}\n`, options);
}

/** The marks beside a name: ✗ knocked out, ! warnings (a copy shows "=N" as its rank). */
function marks(cand: CandidateReport, c: ChalkInstance): string {
  const warned = cand.warnings.some((w) => w.code !== 'DUPLICATE_OF');
  return `${cand.knockedOut ? ` ${c.red('✗')}` : ''}${warned ? ` ${c.yellow('!')}` : ''}`;
}

/** One line per mark that the ranking shows, so no symbol is left to guess. */
function legend(candidates: CandidateReport[], c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (candidates.some((k) => isDuplicate(k))) lines.push(`=N ${MARK_LEGEND.duplicate}`);
  if (candidates.some((k) => k.knockedOut)) lines.push(`${c.red('✗')} ${MARK_LEGEND.knockedOut}`);
  if (candidates.some((k) => k.warnings.some((w) => w.code !== 'DUPLICATE_OF'))) lines.push(`${c.yellow('!')} ${MARK_LEGEND.warning}`);
  return lines.map((l) => c.dim(l));
}

/** A copy shares its original's rank: shown as "=3" so the numbering stays the originals'. */
const rankText = (cand: CandidateReport) => (isDuplicate(cand) ? `=${cand.rank}` : String(cand.rank));

function rankingTable(candidates: CandidateReport[], c: ChalkInstance, width: number): string {
  // Fixed columns (#, score, req, pref, yrs); the rest shared by name, file and the gaps.
  const wide = width >= 110;
  const fixed = 5 + 7 + 7 + 7 + 6;
  const borders = wide ? 9 : 8;
  const rest = width - fixed - borders;
  const nameW = Math.max(18, Math.round(rest * (wide ? 0.27 : 0.45)));
  const fileW = wide ? Math.max(14, Math.round(rest * 0.33)) : 0;
  const missW = rest - nameW - fileW;
  const head = wide ? ['#', 'Candidate', 'File', 'Score', 'Req', 'Pref', 'Yrs', 'Missing required'] : ['#', 'Candidate / file', 'Score', 'Req', 'Pref', 'Yrs', 'Missing required'];
  const widths = wide ? [5, nameW, fileW, 7, 7, 7, 6, missW] : [5, nameW, 7, 7, 7, 6, missW];
  const t = table(head, widths, c);
  for (const cand of candidates) {
    const mark = marks(cand, c);
    const markLen = mark.replace(/\u001b\[[0-9;]*m/g, '').length;
    const name = truncate(displayName(cand), nameW - 2 - markLen) + mark;
    const file = truncateLeft(cand.source, (wide ? fileW : nameW) - 2);
    const nameCell = wide ? name : `${name}\n${c.dim(file)}`;
    const missing = truncate(topRequiredGaps(cand).join(', ') || '—', (missW - 2) * 3);
    const row = [rankText(cand), nameCell, ...(wide ? [c.dim(file)] : []), scoreText(cand.score), metText(cand.summary.requiredMet, cand.summary.requiredTotal), metText(cand.summary.preferredMet, cand.summary.preferredTotal), yearsText(cand.summary.years), missing];
    t.push(row);
  }
  return t.toString();
}

/** Narrow terminals: one short block per candidate, every line wrapped to the width. */
function stackedRanking(candidates: CandidateReport[], c: ChalkInstance, width: number): string {
  const out: string[] = [];
  for (const cand of candidates) {
    const head = `${rankText(cand)}. ${displayName(cand)}${marks(cand, c)}`;
    out.push(`${c.bold(head)}  ${scoreText(cand.score)}`);
    const body = [
      // A path has no space to wrap at: its start gives way, as in the table's File column.
      truncateLeft(cand.source, width - 3),
      `req ${metText(cand.summary.requiredMet, cand.summary.requiredTotal)} · pref ${metText(cand.summary.preferredMet, cand.summary.preferredTotal)} · ${yearsText(cand.summary.years)} yrs`,
      `missing: ${topRequiredGaps(cand).join(', ') || '—'}`,
    ];
    for (const line of body) out.push(...wrapText(line, width - 3, '   ').map((l, i) => (i === 0 ? `   ${l}` : l)));
  }
  return out.join('\n');
}

function gapReport(cand: CandidateReport, options: RenderOptions): string {
  const c = palette(options);
  const width = widthOf(options);
  const out: string[] = [];
  const name = displayName(cand);
  if (name.length + 2 + cand.source.length <= width) out.push(`${c.bold(name)}  ${c.dim(cand.source)}`);
  else out.push(c.bold(truncate(name, width)), c.dim(truncateLeft(cand.source, width)));
  out.push(`Score ${c.bold(cand.score.toFixed(1))} / 100  ${bar(cand.score, c, width < STACK_BELOW ? 10 : 20)}`);
  out.push(
    ...wrapText(
      `Required ${cand.summary.requiredMet}/${cand.summary.requiredTotal} met · preferred ${cand.summary.preferredMet}/${cand.summary.preferredTotal} · ` +
        `years ${cand.summary.years ?? '–'}${cand.summary.minYears ? ` (asks ${cand.summary.minYears}+)` : ''}`,
      width,
    ).map((l) => c.dim(l)),
  );
  for (const w of cand.warnings) out.push(...wrapText(`! ${w.code}: ${w.message}`, width, '  ').map((l) => c.yellow(l)));
  if (cand.knockedOut) out.push(c.red(`✗ ${KNOCKED_OUT}`));
  // Requirement column ~35% of the width; evidence gets the rest and a snippet sized to it.
  const reqW = Math.max(20, Math.min(40, Math.round((width - 7) * 0.35)));
  const evW = width - 4 - 3 - reqW;
  for (const tier of TIERS) {
    const rows = requirementsOf(cand, tier);
    if (rows.length === 0) continue;
    out.push('', c.bold(TIER_TITLE[tier]));
    if (width < STACK_BELOW) {
      for (const r of rows) {
        const text = `${requirementLabel(r)} — ${explainRow(r, width, c)}`;
        out.push(...wrapText(`${STATUS_SYMBOL[r.status]} ${text}`, width, '  ').map((l, i) => (i === 0 ? `${statusMark(r, c)}${l.slice(1)}` : l)));
      }
      continue;
    }
    const t = table(['', 'Requirement', 'Evidence / why'], [3, reqW, evW], c);
    for (const r of rows) t.push([statusMark(r, c), truncate(requirementLabel(r), (reqW - 2) * 3), explainRow(r, Math.round(evW * 1.5), c)]);
    out.push(t.toString());
  }
  if (options.explain && cand.breakdown) {
    out.push('', c.bold('How the score was reached'));
    for (const t of cand.breakdown.tiers) {
      const note = thinTierNote(t);
      out.push(`  ${t.tier.padEnd(9)} ${t.earned} of ${t.possible} weight × ${t.share} points = ${t.points}${note ? ` (${note})` : ''}`);
    }
    for (const p of cand.breakdown.penalties) out.push(`  penalty ${p.code}: −${p.points}`);
    out.push(...wrapText(`  total ${scoreText(cand.score)}  (${EXPLAIN_FOOTNOTE})`, width, '  '));
  }
  const suggestions = suggestionsOf(cand);
  if (suggestions.length) {
    out.push('', c.bold('Suggestions'));
    for (const s of suggestions) out.push(...wrapText(s, width - 4, '    ').map((l, i) => (i === 0 ? `  • ${l}` : l)));
  }
  return out.join('\n');
}

function statusMark(r: RequirementResult, c: ChalkInstance): string {
  const mark = STATUS_SYMBOL[r.status];
  return r.status === 'met' ? c.green(mark) : r.status === 'partial' ? c.yellow(mark) : c.red(mark);
}

/** Why, credit and the first evidence, its snippet `room` characters long with the match in bold. */
function explainRow(r: RequirementResult, room: number, c: ChalkInstance): string {
  const credit = r.status === 'met' ? '' : ` [${r.credit}]`;
  if (r.status === 'missing') return `not found${r.source ? ` — asked on line ${postingLine(r.source)}` : ''}${r.why ? `: ${r.why}` : ''}`;
  const ev = r.evidence[0];
  let where = r.matched ?? '';
  if (ev) {
    const s = snippet(ev, Math.max(30, room));
    where = `${evidenceWhere(ev)}: "${s.before}${c.bold(s.match)}${s.after}"`;
  }
  return `${r.why ? `${r.why}${credit}. ` : credit ? `${credit} ` : ''}${where}`;
}

export function jobTable(profile: JobProfile, options: RenderOptions): string {
  const c = palette(options);
  const out: string[] = [c.bold(profile.title ?? fileName(profile.source))];
  const general: string[] = [];
  if (profile.minYears) general.push(`${profile.minYears}+ years`);
  if (profile.education) general.push(`${profile.education.level}${profile.education.fields.length ? ` in ${profile.education.fields.join(', ')}` : ''}${profile.education.orEquivalent ? ' or equivalent experience' : ''}`);
  if (general.length) out.push(c.dim(general.join(' · ')));
  const t = table(['Id', 'Tier', 'Requirement (any of)', 'Wt', 'Yrs', 'Posting line'], [5, 11, 26, 5, 5, 21], c);
  for (const r of profile.requirements) {
    t.push([r.id, r.tier, r.anyOf.join(' | ') + (r.kind !== 'skill' ? c.dim(` (${r.kind})`) : ''), String(r.weight), r.years ? String(r.years) : '', truncate(`${postingLine(r.source)}: ${r.source.text}`, 19)]);
  }
  out.push(t.toString());
  return finish(`${out.join('\n')}\n`, options);
}

export function resumeTable(profile: ResumeProfile, options: RenderOptions): string {
  const c = palette(options);
  const out: string[] = [c.bold(profile.name ?? fileName(profile.source)) + c.dim(`  ${profile.source} (${profile.format})`)];
  const months = profile.experience.totalMonths;
  out.push(`Experience: ${months === null ? 'no dated positions' : `${(months / 12).toFixed(1)} years (${months} months)`}`);
  for (const e of profile.education) out.push(`Education: ${e.level}${e.field ? `, ${e.field}` : ''}${e.institution ? `, ${e.institution}` : ''}`);
  for (const w of profile.warnings) out.push(c.yellow(`! ${w.code}: ${w.message}`));
  if (profile.experience.positions.length) {
    const t = table(['From', 'To', 'Mo', 'Position'], [9, 9, 5, 52], c);
    for (const p of profile.experience.positions) t.push([p.start, p.end, String(p.months), truncate([p.title, p.organization].filter(Boolean).join(' — ') || '(untitled)', 100) + (p.kind && p.kind !== 'job' ? c.dim(` (${p.kind})`) : '')]);
    out.push('', t.toString());
  }
  const t = table(['Skill', 'Mentions', 'Months', 'Sections'], [26, 10, 8, 31], c);
  // "Peachtree (Sage Accounting)": the name the resume writes, and the taxonomy's that requirements match.
  for (const s of profile.skills) t.push([s.name + (s.taxonomyName ? c.dim(` (${s.taxonomyName})`) : '') + (s.hedged ? c.dim(' (hedged)') : ''), String(s.mentions), s.months === null ? '' : String(s.months), (s.sections ?? []).join(', ')]);
  out.push('', t.toString());
  return finish(`${out.join('\n')}\n`, options);
}
