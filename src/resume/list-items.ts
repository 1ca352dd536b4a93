/**
 * Items of a skills list named by the open vocabularies (ESCO, O*NET) but not by the curated
 * taxonomy: "customer service", "PBX", "LinkedIn". A name counts only as a whole item of a
 * skills section's line or of a list line (the list is its context); inside prose the same
 * words are a topic, not a claim.
 */
import { looksLikeList } from '../match/index.js';
import type { ListCompounds } from '../taxonomy/list-skills.js';

/** One item found: the vocabulary's name and where it stands in the line. */
export interface ListItem {
  name: string;
  start: number;
  end: number;
}

/**
 * Separators of a skills line's items: commas, semicolons, bullets, pipes, wide gaps, and the end
 * of a sentence ("Excel 2010 and 2003. UltiPro"; not "St. Louis" nor "U.S. Army").
 */
const SEPARATOR = /\s*(?:[,;|•·▪●◦]|\s{3,}|\t|\s[-–—]\s|(?<=\p{Ll}{2}|\d)\.(?=\s+\p{Lu}))\s*/gu;

/** "Social Media: LinkedIn, Twitter", "Programs - Photoshop": a label before a colon names the group, not an item. */
const LABEL = /^[^:]{1,40}:\s*/u;

/** A label inside an item: words, a colon and a space ("Social Media: "; not "10:30" nor "http://"). */
const SUB_LABEL = /^[^:\d/]{1,40}:\s+(?=\S)/u;

/**
 * An item's leading "and"/"or" and its closing "etc." or period are not the item; nor is a mark
 * that sends the reader to a note ("rvm†" with "† daily use" below, "Git*") or a trademark's
 * sign ("QuickBooks®").
 */
const LEAD = /^(?:and|or|&)\s+/iu;
const TRAIL = /(?:\s+etc)?[.\s]*(?:[†‡*®™][.\s]*)*$/u;

/** One item of a line as written, with its offsets. */
export interface LineItem {
  text: string;
  start: number;
  end: number;
}

/** Whether `span` overlaps any of `taken`. */
export function overlapsAny(span: { start: number; end: number }, taken: readonly { start: number; end: number }[]): boolean {
  return taken.some((t) => t.start < span.end && span.start < t.end);
}

/** The items of a line, with their offsets: the text between separators, trimmed of a closing period or "and". */
export function listItems(text: string): LineItem[] {
  const label = LABEL.exec(text);
  const from = label ? label[0].length : 0;
  const out: LineItem[] = [];
  let last = from;
  const body = text.slice(from);
  const push = (s: number, e: number) => {
    let start = s;
    let end = e;
    const raw = text.slice(start, end);
    const lead = LEAD.exec(raw);
    if (lead) start += lead[0].length;
    // "Adobe Creative Suite; IBM Social Media: LinkedIn, Facebook": a group's label inside the line
    // stands before its first item, as the line's own label does.
    const sub = SUB_LABEL.exec(text.slice(start, end));
    if (sub) start += sub[0].length;
    const trail = TRAIL.exec(text.slice(start, end));
    if (trail) end -= trail[0].length;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  for (const m of body.matchAll(SEPARATOR)) {
    push(last, from + m.index!);
    last = from + m.index! + m[0].length;
  }
  push(last, text.length);
  return out;
}

/**
 * The items of a list line the vocabulary names, whole ("Customer service", not "service" in
 * "customer service skills"), and not already read at `taken` (offsets of the taxonomy's hits).
 */
export function namedListItems(items: readonly LineItem[], vocabulary: { get(form: string): string | undefined }, taken: readonly { start: number; end: number }[], besidePartial = false): ListItem[] {
  const out: ListItem[] = [];
  for (const whole of items) {
    // "Knowledge of immigration law", "Proficient in Opera PMS": the name after how it is held.
    const held = HELD_AS.exec(whole.text);
    const heldItem = held ? { text: whole.text.slice(held[0].length), start: whole.start + held[0].length, end: whole.end } : whole;
    for (const item of itemForms(heldItem)) {
      if (item.text.split(/\s+/).length > 4) continue;
      const name = vocabulary.get(item.text.toLowerCase().replace(/\s+/g, ' ')) ?? joinedName(item.text, vocabulary);
      if (!name) continue;
      // In a skills section (`besidePartial`), "Oracle ADF" beside the Oracle read in it: the whole
      // item's name is read too. A skill read over all of it, or all but its version ("SQL Server"
      // in "SQL Server 2005"), is the item. Elsewhere a skill read in the item is its reading.
      const end = item.start + item.text.replace(NUMBER_TAIL, '').length;
      const read = besidePartial ? taken.some((t) => t.start <= item.start && t.end >= end) : overlapsAny(item, taken);
      if (!read) out.push({ name: nameAsWritten(name, item.text), start: item.start, end: item.end });
      break;
    }
  }
  return out;
}

/**
 * A vocabulary's name as the list writes it when the writing is the name's own ("DBeaver",
 * "Oracle ADF": capitals inside, same letters), else the name with its first letter capitalised.
 */
function nameAsWritten(name: string, written: string): string {
  const same = written.toLowerCase() === name.toLowerCase();
  // "DBeaver", "Oracle ADF", "B2B": capitals inside a word, or a short name all in capitals.
  if (same && ((/\p{Ll}\p{Lu}|\p{Lu}{2}/u.test(written) && /\p{Ll}/u.test(written)) || (!/\p{Ll}/u.test(written) && written.length <= 5))) return written;
  // "Adobe Analytics" for "adobe analytics": a name the vocabulary holds in lower case, written with its capitals.
  if (same && name === name.toLowerCase() && /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}[\p{Ll}\d]*)+$/u.test(written)) return written;
  return /^\p{Ll}/u.test(name) ? name[0]!.toUpperCase() + name.slice(1) : name;
}

/**
 * "Code Blocks", "Power Query": a name the vocabulary holds as one word ("codeblocks", "powerquery"),
 * written in two or three; named as the resume writes it, since either spelling is in use. Only
 * a name no English word is, of five letters or more, so that two words are not read as another
 * ("Data Base" is not a product).
 */
function joinedName(text: string, vocabulary: { get(form: string): string | undefined }): string | undefined {
  const joined = joinedWords(text);
  const name = joined && vocabulary.get(joined.toLowerCase());
  return name && !name.includes(' ') ? text : undefined;
}

/**
 * An item of two or three words as one word ("Sonar Qube" → "SonarQube", capitals kept), to be
 * looked up as a product's name; undefined for one word, a word of one letter, or under five letters.
 */
export function joinedWords(text: string): string | undefined {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[\p{L}\d]{2,}$/u.test(w))) return undefined;
  const joined = words.join('');
  return joined.length >= 5 ? joined : undefined;
}

/** "- JIRA", "❖ Self-Motivator", "* Git", "✓ MS Office": a mark that opens an item is not its name. */
const ITEM_MARK = /^(?:[-–*~❖➢►▶✓✔→»>]+|o(?=\s))\s*/u;

/**
 * "Ethernet (3 years)", "Python (advanced)", "Tosca (Less than 1 year)", "Spring(Basics)": a closing
 * parenthesis says how long or how well the skill is held, or what it abbreviates; the name stands before it.
 */
const QUALIFIER = /\s*\([^()]*\)?$/u;

/**
 * "Oracle 10g", "HP QC 10", "WinRunner 7.5": a version after the name. Not a year: "Spring 2014" is
 * a season, and a product named by its year ("SQL Server 2012") is read by the taxonomy as written.
 */
const VERSION = /\s+(?!(?:19|20)\d\d$)[vV]?\d+(?:\.\d+)*[a-z]?(?:\.x)?$/u;

/** A version or a year closing an item ("SQL Server 2005"): what a name read before it leaves. */
const NUMBER_TAIL = /\s+[vV]?\d+(?:\.\d+)*[a-z]?(?:\.x)?$/u;

/**
 * An item and, when it is not a name as written, the name inside it: without a mark opening it,
 * a qualifier in parentheses closing it, then a version number. Offsets stay the line's; the
 * item as written comes first, so "Office 365" is read before "Office".
 */
export function itemForms(item: LineItem): LineItem[] {
  const out: LineItem[] = [item];
  let { text, start, end } = item;
  const mark = ITEM_MARK.exec(text);
  if (mark && mark[0].length < text.length) {
    start += mark[0].length;
    text = text.slice(mark[0].length);
    out.push({ text, start, end });
  }
  for (const tail of [QUALIFIER, VERSION]) {
    const m = tail.exec(text);
    if (!m || m.index === 0) continue;
    text = text.slice(0, m.index);
    end = start + text.length;
    out.push({ text, start, end });
  }
  return out;
}

/** How a listed skill is held, before its name: "Knowledge of", "Proficient in", "Experience with". */
const HELD_AS = /^(?:(?:working|strong|good|excellent|extensive|solid|basic|advanced|thorough|in-depth)\s+)?(?:knowledge|understanding|experience|proficiency|expertise|skills?|background)\s+(?:of|in|with)\s+|^(?:proficient|skilled|experienced|expert|versed|trained|certified|fluent)\s+(?:in|with|on)\s+|^familiar(?:ity)?\s+with\s+/iu;

/** Words that are English, names of people or places: never read as an unknown product. */
export interface PlainWords {
  commonWords: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Words of job titles ("Associate", "Integrator"): a capitalised one in a list is a role. */
  titleWords: ReadonlySet<string>;
  titleHeads: ReadonlySet<string>;
}

/**
 * "SQLMap", "ExifTool", "VirusTotal", "IPVoid": one word whose capitals stand inside it, as
 * products are named and English words, names and places ("Invoice", "Boston") are not.
 */
const PRODUCT_WORD = /^(?=[\p{L}\d]*\p{Ll})\p{Lu}[\p{L}\d]*?(?:\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll})[\p{L}\d]*$/u;

/** "Shodan", "Netcat": one capitalised word. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Products no vocabulary names ("Pentesting Tools: SQLMap, Netcat, Shodan, Nmap"): one word with
 * inner capitals, no given name or place, standing as an item of a list that
 * names a technical product the taxonomy knows and one more product, known or written so.
 */
export function unknownProducts(items: readonly LineItem[], technicalHits: number, taken: readonly { start: number; end: number }[], plain: PlainWords, vocabulary?: { opensAName(word: string): boolean }): ListItem[] {
  if (technicalHits < 1) return [];
  // In a list of engineers' products ("Netcat, Shodan, Nmap, Dirbuster, Metasploit"), a capitalised
  // word that is no English word, given name or place is a product too.
  // A sentence naming firms ("used daily by Facebook, Dropbox, Quora") is not such a list.
  const strong = technicalHits >= 2 && items.length >= 4 && items.every((item) => item.text.split(/\s+/).length <= 3);
  const candidates = items.filter((item) => item.text.length >= 4 && (PRODUCT_WORD.test(item.text) || (strong && item.text.length >= 5 && NAME_WORD.test(item.text))));
  // The list's context: a known product and another product beside the item, known or written so.
  if (technicalHits + candidates.length < 3 && !(technicalHits >= 2 && candidates.length)) return [];
  const out: ListItem[] = [];
  for (const item of candidates) {
    const key = item.text.toLowerCase();
    // "Microsoft" beside "Microsoft Office", or opening names of the open vocabularies ("Microsoft
    // Dynamics", "Magic Quadrant"): a vendor or a qualifier, not a product of its own.
    if (!PRODUCT_WORD.test(item.text) && (items.some((other) => other.text.startsWith(`${item.text} `)) || vocabulary?.opensAName(key))) continue;
    if (plain.commonWords.has(key) || plain.firstNames.has(key) || plain.places.has(key) || plain.titleWords.has(key) || plain.titleHeads.has(key)) continue;
    if (overlapsAny(item, taken)) continue;
    out.push({ name: item.text, start: item.start, end: item.end });
  }
  return out;
}

/**
 * "Crisis management", "Employee development", "Career planning": an item of a skills section no
 * vocabulary names whole, two or three words closed by an activity noun (`isHead`) after words
 * that qualify practices (`isModifier`), is that practice. Only a whole item of plain words: a
 * sentence, a number, or an adjective of degree before the noun ("Senior Management", "Strong
 * leadership") is none. Named as written, first letter capitalised.
 */
export function compoundItems(items: readonly LineItem[], compounds: ListCompounds, taken: readonly { start: number; end: number }[]): ListItem[] {
  const out: ListItem[] = [];
  for (const whole of items) {
    if (overlapsAny(whole, taken)) continue;
    const item = itemForms(whole).at(-1)!;
    const words = item.text.split(/[\s-]+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{L}+$/u.test(w))) continue;
    const lower = words.map((w) => w.toLowerCase());
    if (!compounds.isHead(lower.at(-1)!) || !lower.slice(0, -1).every((w) => compounds.isModifier(w))) continue;
    // "CRISIS MANAGEMENT" is the name in a heading's case: written as a name.
    const text = /\p{Ll}/u.test(item.text) ? item.text : item.text.toLowerCase();
    out.push({ name: text[0]!.toUpperCase() + text.slice(1), start: item.start, end: item.end });
  }
  return out;
}

/** What joins two items written as one: a slash, "and", "&". */
const JOINER = /\s*\/\s*|\s+(?:and|&)\s+/gu;

/**
 * "GAAP/JSOX/ISO/SOX", "EZLabor and EasyPay", "Sales and Marketing": the items an item joins, with
 * their offsets; none when it joins nothing, or more than four parts or parts of over three words
 * (a phrase, not a list).
 */
export function joinedParts(item: LineItem): LineItem[] {
  const out: LineItem[] = [];
  let last = 0;
  for (const m of item.text.matchAll(JOINER)) {
    out.push({ text: item.text.slice(last, m.index), start: item.start + last, end: item.start + m.index! });
    last = m.index! + m[0].length;
  }
  if (!out.length) return [];
  out.push({ text: item.text.slice(last), start: item.start + last, end: item.end });
  if (out.length > 4 || out.some((p) => p.text.length < 2 || p.text.split(/\s+/).length > 3)) return [];
  return out;
}

/** Words coordinated before "skills", and what coordinates them. */
const COORDINATED = /((?:[\p{L}-]+(?: [\p{L}-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*))+[\p{L}-]+(?: [\p{L}-]+)?)\s+skills\b/giu;
const COORDINATOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*/giu;

/** The [start, end) spans of `text` between the matches of `separator` (a global regex). */
export function spansBetween(text: string, separator: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  let last = 0;
  for (const m of text.matchAll(separator)) {
    spans.push([last, m.index!]);
    last = m.index! + m[0].length;
  }
  spans.push([last, text.length]);
  return spans;
}

/**
 * "organizational and analytical skills", "communication, interpersonal and problem solving
 * skills": each word (or two) coordinated before "skills", with its offsets, to be read as
 * "<word> skills" ("Organizational Skills", "Analytical Skills").
 */
export function coordinatedSkills(text: string): LineItem[] {
  const out: LineItem[] = [];
  for (const m of text.matchAll(COORDINATED)) {
    const group = m[1]!;
    for (const [a, b] of spansBetween(group, COORDINATOR)) out.push({ text: group.slice(a, b), start: m.index! + a, end: m.index! + b });
  }
  return out;
}

/**
 * "EDR", "SHRM", "FMLA", "HAZCOM", "AS/400", "ISO9001": an item written in capitals, three letters
 * or more, as standards, laws, credentials and products are abbreviated. Two letters name too many
 * things to be read without a vocabulary ("TV", "PC", "HP", "OS"), and a letter outside A-Z is a
 * misread character ("DRAKEÂ").
 */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){3})[A-Z\d](?:[A-Z\d]|[&/+-](?=[A-Z\d])){2,7}\+?$/u;

/** "II", "IV": a course's or a level's number ("Composition II"), not a name. */
const ROMAN = /^[IVX]+$/;

/** The postal codes of the states of the USA, as an address or a place of work writes them ("CA", "NY"). */
const US_STATES: ReadonlySet<string> = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'.split(' '));

/** Months written short in capitals ("JAN", "SEPT"). */
const MONTH = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)$/;

export interface AcronymRefusals extends PlainWords {
  /** Whether a text names a degree ("MBA", "BSN"): the education reader reads it as a level. */
  namesADegree: (text: string) => boolean;
}

/**
 * Abbreviations listed as items of a skills list ("Compliance: FMLA, HAZCOM, OSHA", "SIEM: Sequretek
 * EDR, ArcSight"): names no vocabulary holds, but a list of skills written in capitals names
 * standards, laws, credentials and products. An abbreviation that is a word, a
 * given name, a place, a state, a month, a job title ("RN", "VP"), a degree ("MBA") or a roman
 * numeral is not taken.
 */
export function acronymItems(items: readonly LineItem[], line: string, taken: readonly { start: number; end: number }[], refuse: AcronymRefusals): ListItem[] {
  // A line in capitals holding an English word ("SKILLS AND ABILITIES") is a heading: its words are words.
  if (!/\p{Ll}/u.test(line) && (line.match(/\p{L}{2,}/gu) ?? []).some((w) => refuse.commonWords.has(w.toLowerCase()))) return [];
  // "BOLDR | ReactJS, Firebase": a name set apart by a bar before a list is the title of what the list is about.
  const titled = /^[^,;]*?\s\|\s[^|]*,/u.test(line);
  const out: ListItem[] = [];
  for (const [i, item] of items.entries()) {
    const text = item.text;
    if (i === 0 && titled) continue;
    if (!ACRONYM.test(text) || ROMAN.test(text) || US_STATES.has(text) || MONTH.test(text)) continue;
    const key = text.toLowerCase();
    if (refuse.commonWords.has(key) || refuse.firstNames.has(key) || refuse.places.has(key) || refuse.titleHeads.has(key) || refuse.namesADegree(text)) continue;
    if (overlapsAny(item, taken)) continue;
    out.push({ name: text, start: item.start, end: item.end });
  }
  return out;
}

/** "ERP Systems", "CRM Proficient", "QA Tools": words that say how the field is held, not another name. */
const STILL_THE_FIELD = /^ (?:Systems?|Software|Tools?|Skills?|Proficient|Proficiency|Experience|Knowledge|Expertise|Certified|Certification|Processes|Process|Management|Support|Reporting|Compliance|Analysis)$/u;

/**
 * "AP Style", "PR Newswire": an abbreviation opening a list item whose other words are a
 * capitalised name nothing else reads is that name's first word, not the field it abbreviates
 * elsewhere (Accounts Payable, Public Relations).
 */
export function opensAnItemsName(hit: { surface: string; start: number; end: number }, items: readonly LineItem[], hits: readonly { start: number; end: number }[]): boolean {
  if (!/^[A-Z]{2,3}$/.test(hit.surface)) return false;
  const item = items.find((i) => i.start === hit.start && i.end > hit.end);
  if (!item) return false;
  const rest = item.text.slice(hit.end - item.start);
  if (!/^ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(rest) || STILL_THE_FIELD.test(rest)) return false;
  return !hits.some((h) => h !== hit && h.start < item.end && hit.end < h.end);
}

/** A bar set between parts of a line, spaced ("Incident Response | ETL Pipelines"). */
const BAR = /\s\|\s/gu;

/** The end of a sentence the next one follows on the line ("… skill building. Flash, XML"). */
const SENTENCE_END = /(?<=\p{Ll}{2}\.)\s+(?=\p{Lu})/gu;

/** A date or "Present": the line heads a position ("Engineer | Acme | 2019 - Present"). */
const DATED = /\b(?:19|20)\d{2}\b|\b(?:present|current)\b/iu;

/** "Incident Response", "XML", "Experience Design": an item of three words or fewer opening with a capital or a digit, as names are written. */
function shortName(part: string): boolean {
  return /^[\p{Lu}\d]/u.test(part) && !/[.!?:]$/u.test(part) && part.split(/\s+/).length <= 3;
}

/**
 * The items of a line that is no list as a whole but holds one: a short capitalised name set
 * apart by bars among sentences ("Supervise a team of analysts | Incident Response | ETL
 * Pipelines | Use judgment, initiative, …"), and, when `sentences`, the short capitalised items
 * of a list sentence after a sentence of prose ("Leading a team of developers. Flash, XML,
 * Usability, Experience Design"). Each is as listed as on a line of its own. Not on a dated line,
 * which heads a position.
 */
export function listedParts(text: string, sentences: boolean): LineItem[] {
  if (DATED.test(text)) return [];
  const out: LineItem[] = [];
  const bars = spansBetween(text, BAR);
  if (bars.length >= 3) {
    for (const [a, b] of bars) {
      const raw = text.slice(a, b);
      const part = raw.trim();
      if (!shortName(part)) continue;
      const start = a + raw.indexOf(part);
      out.push({ text: part, start, end: start + part.length });
    }
  }
  const spans = sentences ? spansBetween(text, SENTENCE_END) : [];
  if (spans.length >= 2) {
    for (const [a, b] of spans) {
      const sentence = text.slice(a, b);
      if (!looksLikeList(sentence)) continue;
      const items = listItems(sentence);
      // Names, most of them: a sentence of duties with a name or two in it is prose.
      if (items.filter((i) => shortName(i.text)).length < 0.7 * items.length) continue;
      for (const item of items) if (shortName(item.text)) out.push({ text: item.text, start: a + item.start, end: a + item.end });
    }
  }
  return out;
}
