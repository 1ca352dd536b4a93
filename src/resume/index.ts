import { detectAssertion, draftsWriting, looksLikeList } from '../match/index.js';
import type { Document, Evidence, Line, Position, ResumeProfile, ResumeSection, SkillCategory, SkillFinder, SkillHit, YearMonth } from '../types.js';
import { analyzeStructure, classifyLines, loadNameData } from './structure/index.js';
import { DEGREE_RULES } from './structure/find-education.js';
import { PRODUCT_CATEGORIES } from '../taxonomy/index.js';
import { loadListCompounds, loadListVocabulary } from '../taxonomy/list-skills.js';
import { acronymItems, compoundItems, coordinatedSkills, itemForms, joinedParts, joinedWords, listedParts, listItems, namedListItems, opensAnItemsName, overlapsAny, unknownProducts, type AcronymRefusals, type LineItem } from './list-items.js';
import { claimedInProse, loadProseSkills, proseForm, verbHits, type ProseSkills } from './prose-claims.js';
import { languagesHeadingOtherNames, loadSpokenLanguages, spokenLanguages } from './spoken-languages.js';
import { impliedPlatform, loadPlatformProducts } from './implied-platforms.js';
import { contactLines } from './structure/headings.js';
import { findEchoList } from './echo-list.js';
import { credentialNames } from './credentials.js';
import { describesThePerson, loadTraitSkills } from './traits.js';
import { heldByPhrase, settingOfWork } from './held-claims.js';
import { namesItself } from './names-itself.js';
import { engineersSkillsSection, fieldNamedInWork } from './field-claims.js';
import { groupLabel, profileLink, opensOrganization, organizationKey, purposeOfWork, requirementLine, rowLabel, subjectOfWork, taughtToOthers, useOfProduct } from './claim-context.js';

/** What other stages may read of the structure reader (trust reads postings' shape with them). */
export { analyzeStructure, cellsOf, classifyLines } from './structure/index.js';
export { monthIndex } from './structure/months.js';
export { claimHeadlineField } from './own-occupation.js';
/** The months a set of positions covers (score counts a requirement's relevant experience with it). */
export { mergedMonths } from './skill-tally.js';
import { addEvidence, claimEchoedReadOutside, claimFieldsInWork, claimImpliedPlatforms, entryFor, finalSkillLists, mergeSkillForms, unclaimEchoedLanguages, type SkillEntry, type SkillTally } from './skill-tally.js';

/** Categories of named things (products, languages, credentials): naming one is a claim. */
const NAMED: ReadonlySet<SkillCategory> = new Set([...PRODUCT_CATEGORIES, 'hardware', 'certification', 'healthcare', 'finance']);

/** "Hadoop", "CPR", "PBX": a name of a product or credential, or an abbreviation. */
function isNamed(hit: SkillHit): boolean {
  return NAMED.has(hit.category) || isAcronym(hit.surface);
}

/** "Office365", "QuickBooks": a word written as a product is named (capitals or digits inside it). */
const PRODUCT_WRITTEN = /^\p{Lu}[\p{L}\d]*(?:\p{Ll}\p{Lu}|\p{L}\d)[\p{L}\d]*$/u;

function isAcronym(surface: string): boolean {
  return surface.length <= 5 && surface === surface.toUpperCase() && /[A-Z]/.test(surface);
}

/**
 * A resume claims a skill when it names a product or credential, writes an acronym, or
 * lists the skill; a concept met in prose ("improved monitoring") is evidence, not a claim.
 */
function isClaim(hit: SkillHit, section: ResumeSection, listLine: boolean, text: string, previous = ''): boolean {
  if (namesADegree(hit.skill)) return false;
  if (section !== 'skills' && !listLine && namesAUnit(hit, text)) return false;
  return isNamed(hit) || section === 'skills' || listLine || shownInWork(hit, section) || (!hit.byStem && (detectAssertion(text, hit.start) || namedAsSkills(hit, text))) || heldByPhrase(hit, text, previous) || settingOfWork(hit, text);
}

/**
 * "strong communication skills", "organizational and analytical skills", "communication,
 * interpersonal, time management and problem solving skills": a concept the sentence itself
 * calls one of the candidate's skills is claimed, however it is placed. "skills" must close the
 * coordination the concept stands in; "communication plan" or "skills in Excel" say nothing of it.
 */
const SKILLS_AFTER = /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[&/]\s*)[\p{L}-]+(?:\s+[\p{L}-]+)?)*\s+skills?\b/iu;

export function namedAsSkills(hit: Pick<SkillHit, 'surface' | 'end'>, text: string): boolean {
  if (/\bskills?$/i.test(hit.surface)) return true;
  return SKILLS_AFTER.test(text.slice(hit.end));
}

/**
 * "Bachelor of Science in Nursing", "Associate Degree in Nursing" (BSN, ADN): a degree is read
 * by the education reader, as a level; listed again as a skill it is counted twice. Which names
 * are degrees is what the education reader reads as one.
 */
function namesADegree(skill: string): boolean {
  return DEGREE_RULES.some((rule) => rule.strict.some((re) => re.test(skill)));
}

/** Products, languages and credentials: a name of one before "team" is still the product ("the Kafka team"). */
const HELD_PRODUCTS: ReadonlySet<SkillCategory> = new Set([...PRODUCT_CATEGORIES, 'hardware', 'certification']);

/** "with the marketing team", "to the accounting and payroll departments": a unit met, after a preposition. */
const UNIT_BEFORE = /\b(?:with|to|from|between|across|among|alongside|for|by)\s+(?:the\s+|our\s+|their\s+|its\s+|other\s+|various\s+|multiple\s+|several\s+|all\s+)?(?:[\p{L}&-]+\s*(?:,|\/|&|and)\s*)*$/iu;
const UNIT_AFTER = /^(?:\s*(?:,|\/|&|and)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)*\s+(?:departments?|dept\.?|teams?|staff|personnel|offices?|divisions?|units?|groups?|managers?|directors?)\b/iu;

/**
 * "Worked with the marketing team", "liaised with HR and payroll departments": a function named
 * as the unit someone worked with is where the work went, not the candidate's own skill. Only
 * for fields and functions; a product before "team" is named as itself.
 */
function namesAUnit(hit: SkillHit, text: string): boolean {
  if (HELD_PRODUCTS.has(hit.category)) return false;
  return UNIT_BEFORE.test(text.slice(0, hit.start)) && UNIT_AFTER.test(text.slice(hit.end));
}

/**
 * Context that makes a name no claim at all, however it is categorised: outside a list, the
 * subject of a system built ("fraud detection systems"), a long-tail tag or a word annotators
 * mostly leave unmarked ("PDF", "UTC"); in a skills table, the label of a row; before a colon,
 * the name of a group of items, unless it is a product.
 */
function notAClaim(hit: SkillHit, section: ResumeSection, listLine: boolean, text: string, products: readonly SkillHit[], prose: ProseSkills): boolean {
  if (!HELD_PRODUCTS.has(hit.category) && groupLabel(hit, text)) return true;
  if (section === 'skills') return rowLabel(hit, products.filter((p) => p !== hit), text);
  if (requirementLine(text)) return true;
  if (listLine) return false;
  // A product named by one word that annotators mostly leave unmarked in running text ("Slack",
  // "Word", "Access", "Box"): prose does not vouch for it.
  if (HELD_PRODUCTS.has(hit.category)) return prose.refused.has(proseForm(hit.surface));
  // In a position's work; a summary's line may join two items a layout wrote apart.
  if (WORK_SECTIONS.has(section) && useOfProduct(hit, products, text)) return true;
  if (namedAsSkills(hit, text) && taughtToOthers(hit, text)) return true;
  // The candidate's work, not a summary of what they specialise in ("built eCommerce platforms").
  return WORK_SECTIONS.has(section) ? subjectOfWork(hit, text) : section === 'summary' && purposeOfWork(hit, text);
}

const WORK_SECTIONS: ReadonlySet<ResumeSection> = new Set(['experience', 'projects']);

/** The most words a line of pastimes runs to when it is not a list ("Cooking and hiking with my family"). */
const PASTIME_WORDS = 12;

/** Where an engineer's resume writes sentences about the work. */
const ENGINEERS_PROSE: ReadonlySet<ResumeSection> = new Set(['experience', 'projects', 'summary']);

/** A name annotators mostly leave outside their spans, as written or as the taxonomy names it. */
function refusedInProse(hit: SkillHit, prose: ProseSkills): boolean {
  return prose.refused.has(proseForm(hit.surface)) || prose.refused.has(proseForm(hit.skill));
}

/**
 * A field or method named in the work a position describes ("built machine learning models",
 * "formed a scrum team") is a claim a recruiter reads. Which concepts qualify is data
 * (`claimInProse`, from the taxonomy build); a word met only by its stem ("automating",
 * "containers") is the verb or another noun, not the concept.
 */
function shownInWork(hit: SkillHit, section: ResumeSection): boolean {
  return WORK_SECTIONS.has(section) && Boolean(hit.claimInProse) && !hit.byStem && namesItself(hit);
}

/**
 * "New Jersey", "Spring Valley": a capitalised name that is one word of a place's name, beside
 * the others, is the place (JAX-RS is also called Jersey). The places are the name reader's list.
 */
function partOfPlace(text: string, hit: SkillHit, places: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}/u.test(hit.surface)) return false;
  const before = text.slice(0, hit.start).match(/(?:\p{Lu}[\p{L}.'-]*\s+){1,2}$/u)?.[0].trim().split(/\s+/) ?? [];
  const after = text.slice(hit.end).match(/^(?:\s+\p{Lu}[\p{L}.'-]*){1,2}/u)?.[0].trim().split(/\s+/) ?? [];
  const surface = hit.surface.toLowerCase();
  for (let k = 1; k <= before.length; k++) if (places.has(`${before.slice(-k).join(' ')} ${surface}`.toLowerCase())) return true;
  for (let k = 1; k <= after.length; k++) if (places.has(`${surface} ${after.slice(0, k).join(' ')}`.toLowerCase())) return true;
  return false;
}

/** A product, language, credential or security tool: the company an unknown name on a list keeps. */
const heldProduct = (h: SkillHit) => HELD_PRODUCTS.has(h.category) || h.category === 'security';

/**
 * "Splunk, ArcSight", "Sequretek EDR, Symantec": two short names beside each other, one a product
 * the taxonomy knows, are a list of products too short for the list test (three items), as tool
 * tables write them under a label ("SIEM", "Endpoint Security").
 */
function pairOfProducts(text: string, found: readonly SkillHit[]): boolean {
  // "Terraform Associate (003), HashiCorp": a credential and its issuer, dated, are no pair of products.
  if (/[\d()]/.test(text)) return false;
  const items = listItems(text);
  return items.length === 2 && items.every((item) => item.text.split(/\s+/).length <= 3) && found.some(heldProduct);
}

/** A hit for a list item named by the open vocabularies: a field of practice, claimed by its place in the list. */
function listHit(name: string, text: string, item: { start: number; end: number }): SkillHit {
  return { skill: name, category: 'practice', surface: text.slice(item.start, item.end), start: item.start, end: item.end };
}

/**
 * Step 1: sections, positions, dates and education from the lines (structure/).
 * Step 2: skills per line, each mention with its section, page and line as evidence.
 * Step 3: per skill, months = the merged months of the positions that mention it, and the
 *         last month it was used.
 */
export function analyzeResume(doc: Document, findSkills: SkillFinder, asOf: YearMonth): ResumeProfile {
  return readResume(doc, findSkills, asOf).profile;
}

/** Where the lines of a resume sit, as the resume stage read them (the trust checks use it rather than read it again). */
export interface ResumeLayout {
  /** The section of each line, index-aligned with the document's lines. */
  sections: ResumeSection[];
  /** The sections that open with a heading line. */
  headed: ResumeSection[];
}

/** The layout alone, for a caller holding a profile read elsewhere (tests, tools). */
export function readLayout(lines: Line[]): ResumeLayout {
  const classes = classifyLines(lines);
  return { sections: classes.map((c) => c.section), headed: [...new Set(classes.filter((c) => c.heading).map((c) => c.section))] };
}

/** What the whole resume tells the reading of each of its lines: read once, before the lines. */
interface ResumeContext {
  doc: Document;
  structure: ReturnType<typeof analyzeStructure>;
  findSkills: SkillFinder;
  nameData: ReturnType<typeof loadNameData>;
  prose: ProseSkills;
  acronymRefusals: AcronymRefusals;
  languageData: ReturnType<typeof loadSpokenLanguages>;
  /** The languages read as spoken on each line. */
  spoken: ReturnType<typeof spokenLanguages>;
  platformProducts: ReturnType<typeof loadPlatformProducts>;
  /** Which lines are contact details. */
  contact: ReturnType<typeof contactLines>;
  echoList: ReturnType<typeof findEchoList>;
  traits: ReturnType<typeof loadTraitSkills>;
  /** Position titles: a line that holds one is a title line, not prose about the work. */
  titles: string[];
  /** An engineer's resume by its skills section: a capitalised product inside its work's sentences is named as itself. */
  engineersDocument: boolean;
  isEmployer: (surface: string) => boolean;
}

/** A skills line as the next line continues it: its last item, perhaps cut by a wrap, and its products. */
interface CarryOver {
  /** The last item, when it ends the line and is short enough to be half of a name ("customer" / "service"). */
  carry: string;
  /** Whether a hit covered that last item. */
  carryRead: boolean;
  /** How many products the line read: the technical company of the next line's unknown names. */
  technicalBefore: number;
}

const NO_CARRY: CarryOver = { carry: '', carryRead: false, technicalBefore: 0 };

/** One line, read: its place and the hits to record, in the order they were read. */
interface LineReading {
  line: Line;
  index: number;
  section: ResumeSection;
  /** The line before in the same section, which a wrapped sentence continues from. */
  previousText: string;
  /** On a generated keyword list (echo-list.ts). */
  echoLine: boolean;
  /** Two or more taxonomy hits on a line shaped as a list. */
  listLine: boolean;
  /**
   * A line of what the candidate enjoys ("Interests: painting, cooking"): no skill offered. A
   * site's form can file a position's sentences under the heading: those are read as written.
   */
  pastime: boolean;
  /** The hits of a list a line holds among its sentences (listedParts), when it holds two or more. */
  listed: ReadonlySet<SkillHit>;
  /** The list items of the line, when it was read as a list. */
  items: LineItem[];
  hits: SkillHit[];
  /** The products among the hits: the company a name is used in (useOfProduct, rowLabel). */
  products: SkillHit[];
  /** The positions (not education) whose lines hold this line. */
  positions: Position[];
}

/** analyzeResume, with the layout it found. */
export function readResume(doc: Document, findSkills: SkillFinder, asOf: YearMonth): { profile: ResumeProfile; layout: ResumeLayout } {
  const context = readContext(doc, findSkills, asOf);
  const tally: SkillTally = { skills: new Map(), implied: new Map(), spokenKeys: new Set() };
  let carryOver = NO_CARRY;
  doc.lines.forEach((line, index) => {
    const read = readLine(context, line, index, carryOver);
    carryOver = read.carryOver;
    for (const hit of read.reading.hits) recordHit(context, tally, read.reading, hit);
  });
  // Decisions that need the whole resume read (skill-tally.ts): languages that only head a phrase,
  // the fields of a resume that is not an engineer's, platforms shown by their products, one skill
  // under two forms, and a generated list's words the work also reads.
  unclaimEchoedLanguages(tally, languagesHeadingOtherNames(doc.lines.map((l) => l.text), context.languageData));
  claimFieldsInWork(tally);
  claimImpliedPlatforms(tally);
  mergeSkillForms(tally);
  claimEchoedReadOutside(tally);
  const { skills, concepts, byPosition } = finalSkillLists(tally, asOf, context.nameData.commonWords);
  const structure = context.structure;
  const profile: ResumeProfile = {
    schemaVersion: 1,
    source: doc.source,
    format: doc.format,
    name: structure.name,
    skills,
    concepts,
    experience: {
      totalMonths: structure.totalMonths,
      positions: structure.positions.filter((p) => p.kind !== 'education').map((p) => ({ ...p, skills: [...new Set(byPosition.get(p))].sort() })),
      internshipMonths: structure.internshipMonths,
    },
    education: structure.education,
    ...(structure.studying.length ? { studying: structure.studying } : {}),
    warnings: [...doc.warnings],
  };
  return { profile, layout: { sections: structure.sections, headed: structure.headed } };
}

/** The structure of the resume and the data every line's reading consults. */
function readContext(doc: Document, findSkills: SkillFinder, asOf: YearMonth): ResumeContext {
  const structure = analyzeStructure(doc.lines, asOf);
  const nameData = loadNameData();
  const prose = loadProseSkills();
  // An employer named like a product ("Notion", "Stripe") is where the candidate worked, not a skill;
  // in a skills section the name is the product listed (notASkillHere): an organization misread
  // from a position's line ("2016-2017: HTML markup") must not hide the HTML the list names.
  const employers = [...new Set(structure.positions.flatMap((p) => (p.organization ? [organizationKey(p.organization)] : [])))];
  const isEmployer = (surface: string) => {
    const s = organizationKey(surface);
    return s !== '' && employers.some((e) => e === s || e.startsWith(`${s} `));
  };
  // "BA", "MS": an abbreviation that names a degree when a field follows it ("BA in Science") is the degree.
  const acronymRefusals: AcronymRefusals = { ...nameData, namesADegree: (text) => DEGREE_RULES.some((rule) => rule.loose.some((re) => re.test(text) || re.test(`${text} in Science`))) };
  // Languages the candidate speaks, read over the lines (a LANGUAGES block spans several).
  const languageData = loadSpokenLanguages();
  const texts = doc.lines.map((l) => l.text);
  const engineersDocument = engineersSkillsSection(doc.lines, structure.sections, findSkills);
  return {
    doc,
    structure,
    // Every reading of a line knows whose resume it is: a non-engineer's "Next" is a word.
    findSkills: (text, lineContext) => findSkills(text, { ...lineContext, engineersDocument }),
    nameData,
    prose,
    acronymRefusals,
    languageData,
    spoken: spokenLanguages(texts, languageData),
    platformProducts: loadPlatformProducts(),
    contact: contactLines(texts),
    echoList: findEchoList(texts, structure.sections),
    traits: loadTraitSkills(),
    titles: structure.positions.flatMap((p) => (p.title ? [p.title] : [])),
    engineersDocument,
    isEmployer,
  };
}

/**
 * Every hit on one line, in reading order: the taxonomy's, the conjuncts of "… skills", a list's
 * items, skills said with their verb, spoken languages. Returns what the next line continues.
 */
function readLine(context: ResumeContext, line: Line, index: number, carryOver: CarryOver): { reading: LineReading; carryOver: CarryOver } {
  const { doc, structure, findSkills } = context;
  const section: ResumeSection = structure.sections[index] ?? 'other';
  const previousText = index > 0 && structure.sections[index - 1] === section ? doc.lines[index - 1]!.text : '';
  const found = findSkills(line.text, { skillsSection: section === 'skills', ...(context.engineersDocument && ENGINEERS_PROSE.has(section) ? { engineersProse: true } : {}) });
  const listShaped = looksLikeList(line.text);
  const listLine = found.length >= 2 && listShaped;
  const hits = [...found];
  if (section !== 'skills' && !listShaped) hits.push(...wrappedHits(previousText, line.text, found, findSkills));
  if (/\bskills\b/i.test(line.text)) hits.push(...coordinatedSkillHits(line.text, hits, findSkills));
  if (section === 'certifications') hits.push(...unknownCredentialHits(line.text, hits, context.nameData.commonWords));
  // Items of a skills list that the open vocabularies name ("PBX", "LinkedIn", "Immigration law"),
  // and an item a wrapped line cut in two ("customer" / "service"): read only in a list.
  const pair = section !== 'skills' && !listShaped && pairOfProducts(line.text, found);
  let items: LineItem[] = [];
  let next = NO_CARRY;
  if (section === 'skills' || listShaped || pair) {
    items = listItems(line.text);
    next = readListLine(context, { text: line.text, section, found, items, pair, echo: context.echoList.lines.has(index) }, hits, carryOver);
  }
  // Skills said with their verb ("analyzed survey data"): read in prose only, not in a list.
  if (!listLine && section !== 'skills') readVerbHits(context, line.text, found, hits);
  readSpokenLanguages(context.spoken[index] ?? [], hits);
  const reading: LineReading = {
    line,
    index,
    section,
    previousText,
    echoLine: context.echoList.lines.has(index),
    listLine,
    pastime: context.structure.pastimes[index] === true && (listShaped || line.text.split(/\s+/).length <= PASTIME_WORDS),
    listed: listShaped || section === 'skills' ? NONE_LISTED : listedHits(line.text, hits, !WORK_SECTIONS.has(section)),
    items,
    hits,
    products: hits.filter((h) => HELD_PRODUCTS.has(h.category)),
    positions: structure.positions.filter((p) => p.lines && p.kind !== 'education' && line.n >= p.lines[0] && line.n <= p.lines[1]),
  };
  return { reading, carryOver: next };
}

const NONE_LISTED: ReadonlySet<SkillHit> = new Set();

/** The hits inside the list a line holds among its sentences, when that list reads two or more (as a list line must). */
function listedHits(text: string, hits: readonly SkillHit[], sentences: boolean): ReadonlySet<SkillHit> {
  // A position's sentences name tools in passing ("a monitoring system with Kafka, Telegraf,
  // InfluxDB, Grafana."): only a summary's or a header's sentence of names is a list.
  const parts = listedParts(text, sentences);
  if (!parts.length) return NONE_LISTED;
  const inside = hits.filter((h) => parts.some((p) => p.start <= h.start && h.end <= p.end));
  return inside.length >= 2 ? new Set(inside) : NONE_LISTED;
}

/**
 * "Built a classroom tool using Meteor" / "and React": a line that goes on with the sentence the
 * line before left open is read with it, so a name that needs its neighbours ("React" beside
 * "Meteor") has them. Only the hits on this line are kept.
 */
function wrappedHits(previousText: string, text: string, found: readonly SkillHit[], findSkills: SkillFinder): SkillHit[] {
  // Only a capitalised name is kept: a line with no capital letter is not read again.
  if (!previousText || /[.!?:;]\s*$/.test(previousText) || !/^\s*(?:[a-z]|&)/.test(text) || !/\p{Lu}/u.test(text)) return [];
  const offset = previousText.length + 1;
  const joined = findSkills(`${previousText} ${text}`, {});
  // The neighbour that vouches for a name stands at the end of the line before ("using Meteor").
  const neighbour = joined.some((h) => PRODUCT_CATEGORIES.has(h.category) && h.end < offset && h.end >= previousText.length - 30);
  if (!neighbour) return [];
  return joined
    .filter((h) => h.start >= offset && PRODUCT_CATEGORIES.has(h.category) && /^\p{Lu}/u.test(h.surface))
    .map((h) => ({ ...h, start: h.start - offset, end: h.end - offset }))
    .filter((h) => !overlapsAny(h, found));
}

/** The credentials of a certifications line the taxonomy does not name ("AWS Certified Advanced Networking Specialty"). */
function unknownCredentialHits(text: string, hits: readonly SkillHit[], commonWords: ReadonlySet<string>): SkillHit[] {
  const known = hits.filter((h) => h.category === 'certification');
  return credentialNames(text, (w) => commonWords.has(w))
    .filter((c) => !overlapsAny(c, known))
    .map((c) => ({ skill: c.name, category: 'certification' as const, surface: c.text, start: c.start, end: c.end }));
}

/** "organizational and analytical skills": each conjunct read as "<conjunct> skills", where nothing read it yet. */
function coordinatedSkillHits(text: string, hits: readonly SkillHit[], findSkills: SkillFinder): SkillHit[] {
  const added: SkillHit[] = [];
  for (const part of coordinatedSkills(text)) {
    if (overlapsAny(part, [...hits, ...added])) continue;
    const words = part.text.split(' ');
    for (const tail of [words.join(' '), words.at(-1)!]) {
      const form = `${tail} skills`;
      const hit = findSkills(form, {}).find((h) => h.start === 0 && h.end === form.length);
      if (hit) {
        const start = part.end - tail.length;
        added.push({ ...hit, surface: text.slice(start, part.end), start, end: part.end });
        break;
      }
    }
  }
  return added;
}

/** A line read as a list: its text, section, the taxonomy's hits and its items. */
interface ListLine {
  text: string;
  section: ResumeSection;
  found: readonly SkillHit[];
  items: LineItem[];
  /** Two short names one of which is a product (pairOfProducts): the other is a product too. */
  pair: boolean;
  /** On a generated keyword list (echo-list.ts). */
  echo: boolean;
}

/**
 * The items of a list line the taxonomy did not read whole, pushed onto `hits`: a name a wrap
 * cut across two lines, the items the open vocabularies name, and the parts of joined items.
 * Returns what the next line continues.
 */
function readListLine(context: ResumeContext, list: ListLine, hits: SkillHit[], carryOver: CarryOver): CarryOver {
  const { text, section, found, items } = list;
  const first = items[0];
  // Two names each read on its own, one a line ("Jenkins" over "Groovy"), were not cut by a wrap.
  if (carryOver.carry && first && section === 'skills' && !(carryOver.carryRead && overlapsAny(first, found))) {
    const across = wrappedItemHit(context.findSkills, carryOver.carry, text, first);
    if (across) hits.push(across);
  }
  readItems(context, list, items, hits, carryOver, true);
  // "GAAP/JSOX/ISO/SOX", "EZLabor and EasyPay": names joined in one item of a skills section, read
  // apart when nothing read the whole ("Research and Development" is one name, read whole). Only
  // as names, abbreviations and products: a plain word joined ("design and construction") is prose.
  // The other items unread stay beside the parts, as the company the parts are read in.
  const unread = section === 'skills' ? items.filter((item) => !hits.some((h) => h.start <= item.start && h.end >= item.end)) : [];
  const apart = unread.flatMap((item) => {
    const parts = joinedParts(item);
    return parts.length ? parts : [item];
  });
  if (apart.length > unread.length) readItems(context, list, apart, hits, carryOver, false);
  const lastItem = items.at(-1);
  return {
    technicalBefore: section === 'skills' ? hits.filter(heldProduct).length : 0,
    carry: section === 'skills' && lastItem && lastItem.end === text.trimEnd().length && lastItem.text.split(/\s+/).length <= 3 ? lastItem.text : '',
    carryRead: Boolean(lastItem && hits.some((h) => h.start <= lastItem.start && h.end >= lastItem.end)),
  };
}

/** The name a wrap cut in two: the last item of the line before joined to this line's first ("customer" / "service"). */
function wrappedItemHit(findSkills: SkillFinder, carry: string, text: string, first: LineItem): SkillHit | undefined {
  const joined = `${carry} ${first.text}`;
  const across = [...findSkills(joined, { skillsSection: true }).filter((h) => h.start < carry.length && h.end > carry.length + 1 && h.start === 0 && h.end === joined.length)];
  const name = loadListVocabulary().get(joined.toLowerCase());
  if (across[0]) return { ...across[0], surface: text.slice(first.start, first.end), start: first.start, end: first.end };
  if (name) return listHit(name, text, first);
  return undefined;
}

/**
 * The items of a list named by the open vocabularies, read alone in a skills section, written as
 * abbreviations, or unknown names in a product's company, pushed onto `hits`. `alone`: the items
 * are whole items of the line, not the parts of a joined one.
 */
function readItems(context: ResumeContext, list: ListLine, items: readonly LineItem[], hits: SkillHit[], carryOver: CarryOver, alone: boolean): void {
  const { text, section, found, pair } = list;
  const { technicalBefore } = carryOver;
  const vocabulary = loadListVocabulary();
  // Beside a product in a pair, the other name is a product as well (claimed as one, wherever the pair stands).
  for (const item of namedListItems(items, section === 'skills' ? vocabulary : vocabulary.withoutTags, found, section === 'skills')) hits.push({ ...listHit(item.name, text, item), ...(pair ? { category: 'tool' as const } : {}) });
  // An item of a skills section read on its own, as it would be on a line of its own ("Marketing"
  // in a long comma list is the item, as it is alone under SKILLS): the section is its context.
  if (section === 'skills' && alone) {
    for (const whole of items) {
      if (overlapsAny(whole, hits)) continue;
      const hit = itemAloneHit(context.findSkills, whole);
      if (hit) hits.push(hit);
    }
    // A practice named in words no vocabulary holds whole ("Crisis management", "Network support"),
    // in a list a person wrote: a generated keyword list's phrase is one a program cut from a
    // sentence ("software support" from "on implementations, software support, and …"), and
    // that sentence says whether it is held. Not the end of a word a hyphen wrapped
    // ("Organizational Re-" / "Engineering Management").
    const wrapped = /\p{L}-$/u.test(carryOver.carry);
    if (!list.echo) for (const item of compoundItems(wrapped ? items.slice(1) : items, loadListCompounds(), hits)) hits.push(listHit(item.name, text, item));
  }
  // Abbreviations listed beside skills ("FMLA, HAZCOM, OSHA"): in a skills section, or in a list the taxonomy reads skills in.
  if (section === 'skills' || found.length >= 2) for (const item of acronymItems(items, text, hits, context.acronymRefusals)) hits.push(listHit(item.name, text, item));
  // The products read on the line so far are the technical company of its unknown ones; a skills
  // line that continues another ("Python, SQL," / "DenseNet, VGG16") has that line's too.
  const technical = hits.filter(heldProduct).length + (section === 'skills' && technicalBefore ? 1 : 0);
  for (const item of unknownProducts(items, technical, hits, context.nameData, vocabulary)) hits.push({ ...listHit(item.name, text, item), category: 'tool' });
}

/** A skills section's item read as if it stood on a line of its own, by the first of its forms the taxonomy reads whole. */
function itemAloneHit(findSkills: SkillFinder, whole: LineItem): SkillHit | undefined {
  // "Ethernet (3 years)", "- Jenkins": the item's name without what marks or qualifies it.
  for (const item of itemForms(whole)) {
    // "Time-Management": a hyphen between the words of an item is a space written otherwise (same length, same offsets).
    const spaced = item.text.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
    const alone = [item.text, ...(spaced === item.text ? [] : [spaced])]
      .map((form) => findSkills(form, { skillsSection: true }).find((h) => h.start === 0 && h.end === form.length))
      .find(Boolean);
    if (alone) return { ...alone, start: item.start + alone.start, end: item.start + alone.end };
    // "Sonar Qube", "Tortoise SVN", "Web logic": a product named as one word, written in two or three.
    const joined = joinedWords(item.text);
    const one = joined && findSkills(joined, { skillsSection: true }).find((h) => h.start === 0 && h.end === joined.length && HELD_PRODUCTS.has(h.category));
    if (one) return { ...one, surface: item.text, start: item.start, end: item.end };
  }
  return undefined;
}

/** Skills said with their verb, onto `hits`: the verb's reading stands for a stem's reading of the same words ("resolved conflicts"). */
function readVerbHits(context: ResumeContext, text: string, found: readonly SkillHit[], hits: SkillHit[]): void {
  for (const v of verbHits(text, context.prose, context.findSkills, found)) {
    const same = hits.findIndex((h) => h.skill === v.skill);
    if (same >= 0 && !(hits[same]!.byStem && hits[same]!.start < v.end && hits[same]!.end > v.start)) continue;
    if (same >= 0) hits.splice(same, 1);
    hits.push(v);
  }
}

/** A language read as spoken stands for the taxonomy's reading of the same words. */
function readSpokenLanguages(languages: ReturnType<typeof spokenLanguages>[number], hits: SkillHit[]): void {
  if (!languages.length) return;
  for (let i = hits.length - 1; i >= 0; i--) if (overlapsAny(hits[i]!, languages)) hits.splice(i, 1);
  for (const l of languages) hits.push({ skill: l.name, category: 'business', surface: l.surface, start: l.start, end: l.end, spoken: true });
}

/** A name that is something else here: negated, the employer, part of a place, the head of an item's name or of an organization. */
function notASkillHere(context: ResumeContext, reading: LineReading, hit: SkillHit): boolean {
  if (hit.spoken) return false;
  const text = reading.line.text;
  if (hit.hedge === 'negated' || (reading.section !== 'skills' && context.isEmployer(hit.surface)) || partOfPlace(text, hit, context.nameData.places)) return true;
  if (!HELD_PRODUCTS.has(hit.category) && opensAnItemsName(hit, reading.items, reading.hits)) return true;
  // An item read alone is judged again on its line: "Drafting, Editing" is the writer's drafting.
  if (draftsWriting(hit, hit.category, text)) return true;
  return reading.section !== 'skills' && opensOrganization(hit, text);
}

/** One hit into its skill's entry: a mention, its evidence and positions, and whether and how the line claims it. */
function recordHit(context: ResumeContext, tally: SkillTally, reading: LineReading, hit: SkillHit): void {
  if (notASkillHere(context, reading, hit)) return;
  const { line, section } = reading;
  const { key, writtenAs } = entryFor(tally, hit, context.nameData.commonWords);
  let entry = tally.skills.get(key);
  if (!entry) {
    entry = { name: hit.skill, mentions: 0, months: null, lastUsed: null, evidence: [], sections: [], hedges: 0, positions: new Set(), forms: new Set(), claimed: false, proseClaimed: false, echoed: false, readOutside: false, category: hit.category, ...(writtenAs ? { writtenAs } : {}) };
    tally.skills.set(key, entry);
  }
  // A concept met in a context that makes it no claim still counts its mention.
  if (hit.spoken) tally.spokenKeys.add(key);
  const claimedHere = Boolean(hit.spoken) || judgeClaim(context, reading, hit, entry, key);
  if (claimedHere) entry.claimed = true;
  if (!reading.echoLine) entry.readOutside = true;
  entry.mentions++;
  if (hit.hedge === 'hedged') entry.hedges++;
  if (!entry.sections!.includes(section)) entry.sections!.push(section);
  // How the resume writes the skill: a phrase read by its verb or a spoken language is the skill's name.
  entry.forms.add(hit.byVerb || hit.spoken ? entry.name : hit.surface.replace(/\s+/g, ' ').trim());
  const evidence: Evidence = { section, page: line.page, line: line.n, ...(line.fileLine ? { fileLine: line.fileLine } : {}), text: line.text, start: hit.start, end: hit.end };
  addEvidence(entry.evidence, evidence);
  for (const p of reading.positions) entry.positions.add(p);
  if (claimedHere && !hit.hedge) recordImpliedPlatform(context, tally, reading, hit, evidence);
}

/**
 * Whether the line claims a hit that is not a spoken language. A claim on a generated list, a
 * claim by prose alone and a field named in work are marked on the entry instead, for decisions
 * made once the whole resume is read.
 */
function judgeClaim(context: ResumeContext, reading: LineReading, hit: SkillHit, entry: SkillEntry, key: string): boolean {
  const { line, index, section, echoLine } = reading;
  const listLine = reading.listLine || reading.listed.has(hit);
  const { prose } = context;
  // A profile link among the contact details ("GitHub: @jdoe") says where to find the candidate.
  const inContact = context.contact[index] === true;
  const link = (section === 'header' || inContact) && profileLink(hit, line.text, reading.hits, inContact);
  if (reading.pastime || link || describesThePerson(hit, line.text, context.traits) || notAClaim(hit, section, listLine, line.text, reading.products, prose)) return false;
  if (isClaim(hit, section, listLine, line.text, reading.previousText)) {
    // On a generated list, a word the resume writes elsewhere was taken from there.
    // A product, a credential or an abbreviation is named wherever it is written, unless the resume
    // writes it only as the end of another name ("American Express"); a word written as a product
    // ("Office365", "WordPerfect") is no English word another name could end with.
    const echo = echoLine && !PRODUCT_WRITTEN.test(hit.surface) && (isNamed(hit) ? context.echoList.insideAName(hit.surface) : context.echoList.echoes(hit.surface));
    // A generated list's item is claimed by the sentence it was taken from, not by the list.
    if (!echo) return true;
    entry.echoed = true;
  } else if (claimedInProse(hit, section, prose, line.text)) entry.proseClaimed = true;
  // A language is claimed as spoken, not as a field ("German IT" is a firm's name); a name
  // annotators seldom mark ("onboarding", "recruiting") is a word of the sentence.
  else if (!listLine && !echoLine && !namesAUnit(hit, line.text) && !context.languageData.names.has(key) && !refusedInProse(hit, prose) && fieldNamedInWork(hit, section, line.text, context.titles)) entry.fieldInWork = true;
  return false;
}

/** A claimed product that shows its platform ("GKE" → Google Cloud Platform): the platform keeps its evidence. */
function recordImpliedPlatform(context: ResumeContext, tally: SkillTally, reading: LineReading, hit: SkillHit, evidence: Evidence): void {
  const platform = impliedPlatform(hit, context.platformProducts);
  if (!platform) return;
  const shown = tally.implied.get(platform.platform) ?? { readings: [], mentions: 0, evidence: [], sections: [], positions: new Set<Position>() };
  shown.readings.push(platform);
  shown.mentions++;
  addEvidence(shown.evidence, evidence);
  if (!shown.sections.includes(reading.section)) shown.sections.push(reading.section);
  for (const p of reading.positions) shown.positions.add(p);
  tally.implied.set(platform.platform, shown);
}
