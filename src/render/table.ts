import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CandidateReport, JobProfile, RequirementResult, ResumeProfile, ScoreReport } from '../types.js';
import type { RenderOptions } from './index.js';
import {
  EXPLAIN_FOOTNOTE,
  KNOCKED_OUT,
  STATUS_SYMBOL,
  TIERS,
  TIER_TITLE,
  displayName,
  evidenceWhere,
  fileName,
  jobTitle,
  metText,
  requirementLabel,
  requirementsOf,
  scoreBand,
  scoreText,
  topMissingRequired,
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

function bar(score: number, c: ChalkInstance, width = 20): string {
  const filled = Math.round((score / 100) * width);
  const colour = { good: c.green, fair: c.yellow, poor: c.red }[scoreBand(score)];
  return colour('█'.repeat(filled)) + c.dim('░'.repeat(width - filled));
}

export function scoreTable(report: ScoreReport, options: RenderOptions): string {
  const c = palette(options);
  const out: string[] = [c.bold(jobTitle(report)) + c.dim(`  (${report.job.requirements.length} requirements)`), ''];
  if (report.candidates.length === 1) {
    out.push(gapReport(report.candidates[0]!, options));
  } else if (report.candidates.length > 1) {
    out.push(rankingTable(report.candidates, c));
    if (options.details) for (const cand of report.candidates) out.push('', gapReport(cand, options));
  } else {
    out.push(c.dim('No candidates scored.'));
  }
  for (const e of report.errors) out.push(c.red(`✗ ${e.source}: ${e.code} — ${e.message}`));
  return finish(`${out.join('\n')}\n`, options);
}

function rankingTable(candidates: CandidateReport[], c: ChalkInstance): string {
  // 80 columns: widths plus 8 borders.
  const t = table(['#', 'Candidate', 'Score', 'Req', 'Pref', 'Yrs', 'Missing required'], [4, 20, 7, 7, 7, 6, 21], c);
  for (const cand of candidates) {
    const flags = cand.warnings.length ? ` ${c.yellow('!')}` : '';
    t.push([
      String(cand.rank),
      truncate(displayName(cand), 17) + flags,
      scoreText(cand.score),
      metText(cand.summary.requiredMet, cand.summary.requiredTotal),
      metText(cand.summary.preferredMet, cand.summary.preferredTotal),
      yearsText(cand.summary.years),
      truncate(topMissingRequired(cand).join(', ') || '—', 36),
    ]);
  }
  return t.toString();
}

function gapReport(cand: CandidateReport, options: RenderOptions): string {
  const c = palette(options);
  const out: string[] = [];
  out.push(`${c.bold(displayName(cand))}  ${c.dim(cand.source)}`);
  out.push(`Score ${c.bold(cand.score.toFixed(1))} / 100  ${bar(cand.score, c)}`);
  out.push(
    c.dim(
      `Required ${cand.summary.requiredMet}/${cand.summary.requiredTotal} met · preferred ${cand.summary.preferredMet}/${cand.summary.preferredTotal} · ` +
        `years ${cand.summary.years ?? '–'}${cand.summary.minYears ? ` (asks ${cand.summary.minYears}+)` : ''}`,
    ),
  );
  for (const w of cand.warnings) out.push(c.yellow(`! ${w.code}: ${w.message}`));
  if (cand.knockedOut) out.push(c.red(`✗ ${KNOCKED_OUT}`));
  for (const tier of TIERS) {
    const rows = requirementsOf(cand, tier);
    if (rows.length === 0) continue;
    out.push('', c.bold(TIER_TITLE[tier]));
    const t = table(['', 'Requirement', 'Evidence / why'], [3, 26, 47], c);
    for (const r of rows) t.push([statusMark(r, c), truncate(requirementLabel(r), 60), explainRow(r)]);
    out.push(t.toString());
  }
  if (options.explain && cand.breakdown) {
    out.push('', c.bold('How the score was reached'));
    for (const t of cand.breakdown.tiers) {
      out.push(`  ${t.tier.padEnd(9)} ${t.earned} of ${t.possible} weight × ${t.share} points = ${t.points}`);
    }
    for (const p of cand.breakdown.penalties) out.push(`  penalty ${p.code}: −${p.points}`);
    out.push(`  total ${scoreText(cand.score)}  (${EXPLAIN_FOOTNOTE})`);
  }
  if (cand.suggestions?.length) {
    out.push('', c.bold('Suggestions'));
    for (const s of cand.suggestions) out.push(`  • ${s}`);
  }
  return out.join('\n');
}

function statusMark(r: RequirementResult, c: ChalkInstance): string {
  const mark = STATUS_SYMBOL[r.status];
  return r.status === 'met' ? c.green(mark) : r.status === 'partial' ? c.yellow(mark) : c.red(mark);
}

function explainRow(r: RequirementResult): string {
  const credit = r.status === 'met' ? '' : ` [${r.credit}]`;
  if (r.status === 'missing') return `not found${r.source ? ` — asked on line ${r.source.line}` : ''}${r.why ? `: ${r.why}` : ''}`;
  const ev = r.evidence[0];
  const where = ev ? `${evidenceWhere(ev.page, ev.line)}: "${truncate(ev.text, 70)}"` : (r.matched ?? '');
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
    t.push([r.id, r.tier, r.anyOf.join(' | ') + (r.kind !== 'skill' ? c.dim(` (${r.kind})`) : ''), String(r.weight), r.years ? String(r.years) : '', truncate(`${r.source.line}: ${r.source.text}`, 19)]);
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
  for (const s of profile.skills) t.push([s.name + (s.hedged ? c.dim(' (hedged)') : ''), String(s.mentions), s.months === null ? '' : String(s.months), (s.sections ?? []).join(', ')]);
  out.push('', t.toString());
  return finish(`${out.join('\n')}\n`, options);
}
