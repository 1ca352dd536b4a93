import type { Line, ResumeSection } from '../../types.js';
import { namesDegree } from './find-education.js';
import { claimsBySuffix, HEADING_LEAD, headingKey, headingRule, heldBlock, listedName, suffixOnly, type BlockKind } from './headings.js';
import { findDateRanges } from './parse-date-range.js';

export interface LineClass {
  section: ResumeSection;
  block: BlockKind;
  /** The line is a section heading itself. */
  heading: boolean;
  /**
   * On a heading line of a label column ("LEADERSHIP President, Pi Mu Epsilon  2014"): where the
   * section's first line starts after its label, which is content (a position, a degree) as any.
   */
  label?: number;
}

/** Cells of a laid-out line: columns and right-aligned dates sit after a wide gap or a tab. */
export function cellsOf(text: string): string[] {
  return text
    .split(/\t|\s{3,}|\s\|\s/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

const MAX_HEADING_INDENT = 20;


/** Any month: only whether a line holds a span of dates is asked, not which months. */
const ANY_MONTH = '2099-12';

/** "II. FORMACIÓN", "IV EXPERIENCIA", "3. Skills": a heading numbered in roman or arabic figures. */
const NUMBERING = /^(?:[IVX]{1,4}|\d{1,2})(?:[.)]\s*|\s+)(?=\p{Lu})/u;

/** "EDUCACIÓN (03/2019-EN CURSO)", "Volunteer Work (March 2015 to Current)": a heading with its span of dates in brackets. */
const SPAN_REMARK = /^(.{2,40}?)\s*\(([^(),;]{5,30})\)$/u;

function asHeading(cell: string): ReturnType<typeof headingRule> {
  let text = cell.replace(HEADING_LEAD, '').replace(NUMBERING, '').trim();
  // Only a span of dates, as a block's dates: "Leadership (14 years)" is a skill rated, "… and
  // ECS Experience (9-12)" the end of a wrapped line.
  const remark = SPAN_REMARK.exec(text);
  if (remark && findDateRanges(remark[2]!, ANY_MONTH).some((r) => !r.single && r.index === 0)) text = remark[1]!;
  if (text.length > 45 || /[.;,]/.test(text) || /\d/.test(text)) return null;
  return headingRule(text);
}

/**
 * A heading far to the right of a laid-out line is a sidebar's, not the main column's,
 * unless it is centred on the page (as some templates set every heading).
 */
function inMainColumn(text: string, width: number): boolean {
  const indent = text.length - text.trimStart().length;
  if (indent <= MAX_HEADING_INDENT) return true;
  const centre = indent + text.trim().length / 2;
  return Math.abs(centre - width / 2) <= width * 0.08;
}

/** "Skills: Python, Go": a label naming a section, then that section's content. */
function inlineLabel(text: string): ReturnType<typeof headingRule> {
  const m = text.replace(HEADING_LEAD, '').match(/^([^:]{2,40}):\s*\S/);
  return m?.[1] ? headingRule(m[1]) : null;
}

/** A word written in capitals, as a label column sets its labels: "LEADERSHIP", "AWARDS", "&". */
const CAPITALS_WORD = /^[\p{Lu}&][\p{Lu}&'’-]*$/u;

/**
 * The words in capitals that open a cell when words not in capitals follow them: "LEADERSHIP" of
 * "LEADERSHIP President, Pi Mu Epsilon …", "AND AWARDS" of "AND AWARDS University of …". Returns
 * them and where the rest of the cell starts.
 */
function leadingCapitals(cell: string): { text: string; at: number } | null {
  const words = cell.split(' ');
  let k = 0;
  while (k < words.length && CAPITALS_WORD.test(words[k]!)) k++;
  if (k === 0 || k === words.length || !/^[^\p{L}]|\p{Ll}/u.test(words[k]!)) return null;
  const text = words.slice(0, k).join(' ');
  return { text, at: text.length + 1 };
}

/**
 * "LEADERSHIP President, Pi Mu Epsilon …", "SKILLS Python, R": a label column's heading, in
 * capitals, that the text layer runs into the first line of its section. The words in capitals
 * that open the cell must be a heading's name, and the next word must not be in capitals ("RESEARCH
 * ASSISTANT, Lab" is a title).
 */
function leadingLabel(cell: string): { text: string; rule: NonNullable<ReturnType<typeof headingRule>>; at: number } | null {
  const caps = leadingCapitals(cell);
  if (!caps || caps.text.replace(/[^\p{L}]/gu, '').length < 4) return null;
  const rule = asHeading(caps.text);
  return rule ? { ...caps, rule } : null;
}

/** Labels run into their content a resume has: with two, it sets its headings in a label column. */
const LABEL_COLUMN = 2;

/**
 * The section and block of every line. A heading (a short line, or the first cell of a
 * laid-out line, naming a known section) opens a block that runs to the next heading; lines
 * before the first heading are the header. An inline label ("Skills: Python") marks only its
 * own line.
 */
export function classifyLines(lines: readonly Line[]): LineClass[] {
  const known = classified.get(lines);
  if (known && sameTexts(lines, known.texts)) return known.classes.slice();
  const classes = qualificationsAsSkills(lines, classifyAll(lines));
  classified.set(lines, { texts: lines.map((l) => l.text), classes });
  return classes.slice();
}

/**
 * The reading of each lines array, kept while the array lives: the trust checks classify the
 * lines the resume stage just did. The texts are kept too, so a line changed in place since
 * is read afresh; a classification depends on nothing else.
 */
const classified = new WeakMap<readonly Line[], { texts: string[]; classes: LineClass[] }>();

function sameTexts(lines: readonly Line[], texts: readonly string[]): boolean {
  return lines.length === texts.length && lines.every((line, i) => line.text === texts[i]);
}

/** A line that ends inside a list: "Java, TypeScript, C#;" goes on below. */
const endsInList = (text: string): boolean => /[,;]\s*$/.test(text);

/** A run of short items: "Maven, Gradle, Gulp" (three or more, a few words each). */
function listOfItems(text: string): boolean {
  const items = text.split(/[,;]/).map((i) => i.trim()).filter((i) => i.length > 0);
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 4 && !/[.!?]$/.test(i));
}

/** How many lines of another column may sit between two lines of a labelled list. */
const MAX_INTERLEAVED = 1;

/** A cell that opens in lower case ("portfolio", "oriented projects"). */
const lowerCase = (cell: string): boolean => /^\p{Ll}/u.test(cell.replace(HEADING_LEAD, ''));

/** Capitalised headings a resume has: with two, it writes its headings so. */
const CAPITALISED_STYLE = 2;

function classifyAll(lines: readonly Line[]): LineClass[] {
  let current: LineClass = { section: 'header', block: 'none', heading: false };
  const width = Math.max(0, ...lines.map((l) => l.text.trimEnd().length));
  const firsts = lines.map((line) => (inMainColumn(line.text, width) ? cellsOf(line.text)[0] ?? '' : ''));
  // Where the resume capitalises its headings, a heading's name in lower case is the end of a
  // wrapped sentence ("… complete turnover of $400 million investment" / "portfolio").
  const capitalised = firsts.filter((cell) => cell && !lowerCase(cell) && asHeading(cell)).length >= CAPITALISED_STYLE;
  // A label column ("EDUCATION Master of Science …", "LEADERSHIP President, …"): its labels open
  // their sections; a label wrapped over two lines ("VOLUNTEER" / "EXPERIENCE") is read whole.
  const labels = firsts.map((cell) => (cell && !asHeading(cell) ? leadingLabel(cell) : null));
  const labelColumn = labels.filter(Boolean).length >= LABEL_COLUMN;
  // The capitals of the line before, when it was a heading: a label wrapped onto this line goes on from them.
  let above: string | null = null;
  // A labelled list that ends in a separator ("Skills: Java, Go;") goes on over the next lines;
  // in a sidebar read beside another column, those lines may alternate with the other column's.
  let labelled: ResumeSection | null = null;
  let gap = 0;
  // Whether the current block's heading was read by its last word alone.
  let bySuffix = false;
  return lines.map((line, i) => {
    const first = firsts[i]!;
    const rule = first && !(capitalised && lowerCase(first)) ? asHeading(first) : null;
    // Inside a block of positions a heading opened by name, "Good oral/communication skills" is a
    // skill the position used, not a heading. A block a line opened by its last word alone ("Diverse
    // management experience" in a list) may be closed so, as before.
    const claim = rule && heldBlock(current.block) && !bySuffix && claimsBySuffix(first);
    const wasAbove = above;
    above = null;
    if (rule && !claim && !employerLine(lines, i, first, rule.section, current.block) && !labelsProse(line.text, first, current.block)) {
      labelled = null;
      bySuffix = suffixOnly(first);
      above = first;
      current = { section: rule.section, block: rule.block, heading: false };
      return { section: rule.section, block: rule.block, heading: true };
    }
    // The second line of a wrapped label ("VOLUNTEER" / "EXPERIENCE", "EDUCATION" / "AND AWARDS"):
    // the whole label names the block the line above opened.
    // Only where the second line's capitals go on with "and", name nothing alone, or make with the
    // first a name we list ("EXPERIENCE" over "LEADERSHIP President, …" are two labels).
    const caps = labelColumn && wasAbove !== null && first ? leadingCapitals(first) : null;
    const joined = caps ? `${wasAbove} ${caps.text}` : '';
    const whole = caps && (/^(?:AND|&)\s/.test(caps.text) || listedName(joined) || !asHeading(caps.text)) ? asHeading(joined) : null;
    if (whole) {
      labelled = null;
      bySuffix = false;
      current = { section: whole.section, block: whole.block, heading: false };
      return current;
    }
    const lead = labelColumn ? labels[i] : null;
    if (lead && !labelsProse(line.text, lead.text, current.block)) {
      labelled = null;
      bySuffix = false;
      above = lead.text;
      current = { section: lead.rule.section, block: lead.rule.block, heading: false };
      return { section: lead.rule.section, block: lead.rule.block, heading: true, label: line.text.indexOf(first) + lead.at };
    }
    const label = inlineLabel(line.text);
    if (label && label.section !== current.section && current.section !== 'experience') {
      labelled = label.section === 'skills' && endsInList(line.text) ? label.section : null;
      gap = 0;
      return { section: label.section, block: current.block, heading: false };
    }
    if (labelled && !label && (endsInList(line.text) || listOfItems(line.text))) {
      gap = 0;
      return { section: labelled, block: current.block, heading: false };
    }
    if (labelled && line.text.trim() !== '' && ++gap > MAX_INTERLEAVED) labelled = null;
    return current;
  });
}

/**
 * A block headed "Qualifications" (livecareer's layouts) is mostly a list of what one can do
 * ("Customer service", "Cash handling", "Microsoft Office"), sometimes the degrees held. Its
 * content decides: a block none of whose lines names a degree, as the education reader spells
 * them, is skills; one that names a degree stays education, so no degree is lost.
 */
function qualificationsAsSkills(lines: readonly Line[], classes: LineClass[]): LineClass[] {
  classes.forEach((c, i) => {
    if (!c.heading || c.section !== 'education' || headingKey(cellsOf(lines[i]!.text)[0] ?? '') !== 'qualifications') return;
    let end = i + 1;
    while (end < classes.length && !classes[end]!.heading) end++;
    if (lines.slice(i, end).some((line) => namesDegree(line.text))) return;
    for (let j = i; j < end; j++) if (classes[j]!.section === 'education') classes[j] = { ...classes[j]!, section: 'skills', block: 'none' };
  });
  return classes;
}

/**
 * "LEADERSHIP | Reports directly to the Board of Directors …", "STRATEGIC PLANNING • Works with …":
 * inside a block of positions held, a heading's name set off by a bar or a bullet before a
 * sentence labels a paragraph of the position's description; it opens no section. A list or a
 * line of names after it ("EDUCATION | B.S. Computer Science, Stanford University") still does.
 */
function labelsProse(text: string, first: string, within: BlockKind): boolean {
  if (!heldBlock(within)) return false;
  const after = /^\s*\|\s*(.*)$/su.exec(text.slice(text.indexOf(first) + first.length));
  if (!after) return false;
  const words = after[1]!.split(/\s+/).filter(Boolean);
  return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}

/**
 * "StartupXYZ Technologies" between a role and its dates ("Palo Alto, CA | June 2018 - December
 * 2019"): a firm's name ending in a heading's last word ("Technologies", "Solutions Skills") is
 * read by the suffix rules as a heading of another block. Inside a block of positions held, a
 * name matched only by its suffix, with a span of dates on one of the next two lines, names the
 * employer of the position those dates open. Names we list ("Technologies", "Skills & Expertise")
 * stay headings.
 */
function employerLine(lines: readonly Line[], i: number, cell: string, section: ResumeSection, within: BlockKind): boolean {
  // Only a skills heading's word: a firm is "… Technologies", while "Course Projects" over
  // dates are projects.
  if (!heldBlock(within) || section !== 'skills' || !suffixOnly(cell)) return false;
  return lines.slice(i + 1, i + 3).some((l) => findDateRanges(l.text, ANY_MONTH).some((r) => !r.single));
}

/** The section of each line, index-aligned with `lines`. */
export function classifySections(lines: readonly Line[]): ResumeSection[] {
  return classifyLines(lines).map((c) => c.section);
}
