import type { Line, ResumeProfile, ResumeSection, ResumeSkill } from '../types.js';
import type { Finding } from '../messages.js';
import { type StuffingRules, trustRules } from './rules.js';
import { countWords, isList } from './words.js';
import { countWholeName } from './whole-name.js';

/** Sections where a skill is shown at work rather than claimed. */
const SHOWN: ReadonlySet<ResumeSection> = new Set(['experience', 'projects']);
/** Sections that only claim a skill. */
const CLAIMED: ReadonlySet<ResumeSection> = new Set(['skills', 'summary']);

export interface StuffingFigures {
  totalWords: number;
  /** Words in the skills section. */
  skillsWords: number;
  /** Words in experience and projects. */
  shownWords: number;
  skillCount: number;
  listedOnly: number;
  /** The line naming one skill most often, and that line's words. */
  worstLine: { skill: string; count: number; line: number; words: number } | null;
  /** The most-mentioned skill against the median skill's mentions. */
  topSkill: { skill: string; mentions: number; typical: number } | null;
}

/** Skills named only in a skills/summary list and never in a position or project. */
export function claimedNotShown(profile: ResumeProfile, rules: StuffingRules = trustRules().stuffing): string[] {
  return profile.skills.filter((skill) => isListedOnly(skill, rules)).map((s) => s.name);
}

function isListedOnly(skill: ResumeSkill, rules: StuffingRules): boolean {
  const sections = skill.sections ?? [...new Set(skill.evidence.map((e) => e.section))];
  if (!sections.some((s) => CLAIMED.has(s)) || sections.some((s) => SHOWN.has(s))) return false;
  // A sentence filed under "skills" is a position read under a misread heading.
  return !skill.evidence.some((e) => e.section === 'skills' && describesWork(e.text, rules));
}

/**
 * The lower-cased lines joined by newlines, and where each line starts: one indexOf over the
 * whole text finds the lines holding a skill name, where a test per line per skill cost a
 * call for every pair.
 */
interface LowerText {
  lines: string[];
  text: string;
  starts: number[];
}

function lowerText(lines: readonly Line[]): LowerText {
  const starts: number[] = [];
  let at = 0;
  const lower = lines.map((l) => {
    const text = l.text.toLowerCase();
    starts.push(at);
    at += text.length + 1;
    return text;
  });
  return { lines: lower, text: lower.join('\n'), starts };
}

/** Index of the line holding offset `at`: the last line starting at or before it. */
function lineAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indexes of the lines whose lower-cased text contains `needle`, ascending, each once. */
function linesContaining(lower: LowerText, needle: string): number[] {
  const found: number[] = [];
  // A name with a newline would match across lines: test those line by line.
  if (needle.includes('\n')) {
    lower.lines.forEach((line, i) => line.includes(needle) && found.push(i));
    return found;
  }
  for (let at = lower.text.indexOf(needle); at !== -1; ) {
    const i = lineAt(lower.starts, at);
    found.push(i);
    // The next line that can hold it starts after this one.
    const next = lower.starts[i + 1];
    if (next === undefined) break;
    at = lower.text.indexOf(needle, next);
  }
  return found;
}

function worstRepeatedLine(lines: readonly Line[], skills: readonly ResumeSkill[]): StuffingFigures['worstLine'] {
  let worst: StuffingFigures['worstLine'] = null;
  const lower = lowerText(lines);
  // One-letter names ("C", "R") are initials in author lists and bullets; they prove nothing.
  for (const skill of skills.filter((s) => s.name.length > 1)) {
    // A substring test first: the name is counted only on the few lines that can hold it.
    for (const i of linesContaining(lower, skill.name.toLowerCase())) {
      const line = lines[i]!;
      const count = countWholeName(line.text, skill.name);
      if (count > (worst?.count ?? 1)) worst = { skill: skill.name, count, line: line.n, words: countWords(line.text) };
    }
  }
  return worst;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function topSkill(skills: readonly ResumeSkill[]): StuffingFigures['topSkill'] {
  if (skills.length === 0) return null;
  const top = skills.reduce((a, b) => (b.mentions > a.mentions ? b : a));
  return { skill: top.name, mentions: top.mentions, typical: Math.max(1, median(skills.map((s) => s.mentions))) };
}

/** Work described, not listed: a sentence, or a position's dated line. */
function describesWork(text: string, rules: StuffingRules): boolean {
  if (/\b(19|20)\d{2}\b/.test(text)) return true;
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length >= rules.proseMinWords && !isList(text, 3) && words.some((w) => rules.proseWords.includes(w));
}

/** The figures the stuffing rules read; `sections` is index-aligned with `lines`. */
export function measureStuffing(
  lines: readonly Line[],
  sections: readonly ResumeSection[],
  profile: ResumeProfile,
  rules: StuffingRules,
): StuffingFigures {
  let totalWords = 0;
  let skillsWords = 0;
  let shownWords = 0;
  lines.forEach((line, i) => {
    const words = countWords(line.text);
    const section = sections[i] ?? 'other';
    totalWords += words;
    if (SHOWN.has(section) || (section === 'skills' && describesWork(line.text, rules))) shownWords += words;
    else if (section === 'skills') skillsWords += words;
  });
  return {
    totalWords,
    skillsWords,
    shownWords,
    skillCount: profile.skills.length,
    listedOnly: claimedNotShown(profile, rules).length,
    worstLine: worstRepeatedLine(lines, profile.skills),
    topSkill: topSkill(profile.skills),
  };
}

/** The stuffing findings the figures support, strongest evidence first. */
export function stuffingFindings(f: StuffingFigures, rules: StuffingRules): Finding[] {
  const found: Finding[] = [];
  const line = f.worstLine;
  if (line && line.count >= rules.repeatInLine && line.count >= rules.repeatLineShare * line.words) {
    found.push({ code: 'KEYWORD_STUFFING', reason: 'repeated-in-line', skill: line.skill, count: line.count, line: line.line });
  }
  if (
    f.listedOnly >= rules.listedOnlyMin &&
    f.listedOnly >= rules.listedOnlyShare * f.skillCount &&
    f.shownWords >= rules.listedOnlyMinShownWords
  ) {
    found.push({ code: 'KEYWORD_STUFFING', reason: 'listed-only', listed: f.listedOnly, total: f.skillCount });
  }
  if (
    f.skillsWords >= rules.skillsBlockMinWords &&
    f.skillsWords > rules.skillsBlockShare * f.totalWords &&
    f.shownWords < rules.skillsBlockMaxShownWords
  ) {
    found.push({ code: 'KEYWORD_STUFFING', reason: 'skills-block', skillsWords: f.skillsWords, totalWords: f.totalWords });
  }
  const top = f.topSkill;
  if (
    top &&
    top.mentions >= rules.repeatMentionsMin &&
    top.mentions >= rules.repeatOverTypical * top.typical &&
    top.mentions >= rules.repeatDensity * f.totalWords
  ) {
    found.push({ code: 'KEYWORD_STUFFING', reason: 'over-mentioned', ...top });
  }
  return found;
}
