import { type EducationEntry, type EducationLevel, type Line, type YearMonth, educationRank } from '../../types.js';
import type { LineClass } from './classify-sections.js';
import { findDateRanges, tokenizeDates } from './parse-date-range.js';

interface DegreeRule {
  level: EducationLevel;
  /** Read anywhere in the education section. */
  loose: RegExp[];
  /** Read outside it too: only unmistakable spellings ("Bachelor of", "M.S. in"). */
  strict: RegExp[];
}

/** What follows a degree abbreviation that is a degree ("MS in", "B.S.,", "MBA (…)"). */
const OF_IN = String.raw`\.?\s*(?:in|of|,|:|\(|-|–)\s`;
const ci = (source: string): RegExp => new RegExp(source, 'i');

/**
 * A degree abbreviation straight before the name of its school, outside the education section
 * ("MBA DANIEL WEBSTER COLLEGE" in a summary a flattened column ran into): up to four capitalised
 * words, then College, University or Institute.
 */
const atSchool = (abbreviation: string): RegExp =>
  new RegExp(String.raw`\b(?:${abbreviation})\s+(?:(?:of\s+|the\s+)?\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:COLLEGE|UNIVERSITY|INSTITUTE|College|University|Institute)\b`, 'u');

/** "Specialist degree", "Diploma of Specialist", "Engineer's degree", "Dipl.-Ing.", "Laurea Magistrale". */
const SPECIALIST = ci(
  String.raw`\bspecialist(?:['’]s)?\s+(?:degree|diploma)\b|\bdiploma\s+(?:of|as)\s+(?:a\s+)?specialist\b|\bengineer['’]s\s+(?:degree|diploma)\b|\bdipl(?:om)?\.?[- ]?ing\b|\bdiplom[- ]ingenieur\b|\blaurea\s+magistrale\b`,
);

/** "Honours degree", "Bachelor's Honours degree": a first degree with honours (UK, Commonwealth). */
const HONOURS = ci(String.raw`\bhonou?rs\s+degree\b`);

/**
 * Highest first. Abbreviations that are also ordinary words or products ("MS Office",
 * "BA" in a postcode, "Boston, MA") are case-sensitive and need a following "in"/"of".
 */
export const DEGREE_RULES: DegreeRule[] = [
  {
    level: 'phd',
    loose: [
      ci(String.raw`\bph\.?\s?d\b|\bdoctorate\b|\bdoctor of\b|\bd\.phil\b`),
      // Spanish, Portuguese, French, German: "Doctorado", "Doutorado", "Doctorat", "Doktor der …", "Promotion" (ambiguous) left out.
      ci(String.raw`\bdoctorado\b|\bdoutorado\b|\bdoctorat\b|\bdoktor(?:at|and(?:in)?)?\b`),
      // "M.D. : 2011 Windsor University School of Medicine": the dotted Doctor of Medicine leading its
      // line or before the layout's colon (a bare "MD" is Maryland; "Levine, MD," a reference's title).
      /^\s*M\.D\.|\bM\.D\.?(?=\s*:)/,
    ],
    strict: [
      ci(String.raw`\bph\.?\s?d\.?\s*(?:in|,|\()|\bdoctor of (philosophy|science|engineering)\b|\bdoctorate in\b`),
      ci(String.raw`\bdoctorado en\b|\bdoutorado em\b|\bdoctorat (?:en|de|d['’]|ès)|\bdoktor der\b`),
      atSchool(String.raw`Ph\.?D\.?`),
    ],
  },
  {
    level: 'master',
    loose: [
      // "Master" as a degree, not a title or a certificate: "Scrum Master", "Certified Master Chef",
      // "Master Certificate in Six Sigma" (or "Master Certficate"), "master carpenter", "Master Resiliency Trainers Course".
      ci(String.raw`(?<!\b(?:scrum|certified|chief)\s+)\bmasters?\b(?!\s+(?:cert|trainers?\b|chef|carpenter|electrician|plumber|mechanic|technician|gardener|sergeant|schedul|class(?:es)?\b|data\b))|\bmaster['’]s\b|\bm\.?b\.?a\b|\bm\.?\s?tech\b|\bm\.?\s?eng\b|\bm\.?\s?sc\b|\bm\.s\.|\bm\.?p\.?h\b|\bll\.?m\b|\bm\.?c\.?a\b|\bm\.?f\.?a\b|\bm\.?p\.?a\b`),
      // Master of Education as written ("M.Ed", "MEd", "M. Ed", "M.ED"); "Med Surgical Floor" is medical.
      /\bM\.\s?E[dD]\b|\bMEd\b/,
      // Master of Social Work, of Library and Information Science, of Health
      // Administration, of Architecture; "M. S : Computer Science" with a space in the abbreviation.
      /\b(?:MSW|MLIS|MHA|M\.H\.A|M\.\s?Arch|MSEd)\b|\bM\s?\.\s?S(?=\s*(?::|,|\(|$))/,
      // "MA , Education": the livecareer layout's degree, a spaced comma and the field.
      /\bMA(?=\s+,\s*\p{Lu})/u,
      /\bMS\b(?!\s*(Office|Access|Excel|Word|SQL|Project|Dynamics|Teams|Outlook|Windows|Visio|PowerPoint|-))|\bM\.A\.|\bMA\b(?= in)|\bM\.S\b(?=\s+in\b)/,
      // Indian post-graduate diplomas in management (PGDM, PGDBM) stand for an MBA.
      ci(String.raw`\bpost[- ]?graduate diploma in (?:business|management)\b|\bpgd(?:b)?m\b`),
      // "M.S : Project Management", "M.A, English", "M.S" alone: the closing dot dropped, as the
      // livecareer layout writes them; an M.A before a name is initials.
      /\bM\.[SA](?=\s*(?::|,|\(|$|in\s|of\s))/,
      // "MA : Film & Media Production": the livecareer layout's degree and field ("Boston, MA"
      // is followed by a comma or a postcode, never a colon).
      /\bMA(?=\s*:\s*\p{Lu})/u,
      // Professional doctorates of law: a graduate degree, counted as a master's at least.
      /\bJ\.?D\b\.?(?=\s*(?::|,|\(|$))|\bJuris Doctor(?:ate)?\b/,
      // Master of Philosophy, and the Indian Master of Commerce ("M.Com", not "M.Commerce").
      ci(String.raw`\bm\.?\s?phil\b`),
      /\bM\.\s?Com\b|\bMCom\b/,
      // Degrees of five or six years that ISCED files with the master's (level 7): the Russian and
      // Ukrainian specialist degree, the engineer's degree, the German Diplom, the Italian laurea magistrale.
      SPECIALIST,
      // Spanish "Maestría", "Máster", Latin American "Magíster", Portuguese "Mestrado", French
      // "Mastère" and "Diplôme d'ingénieur" (five years, ISCED 7), the German university
      // "Diplom" and "Staatsexamen".
      ci(String.raw`\bmaestr[ií]a\b|\bmáster\b|\bmag[ií]ster\b|\bmestrado\b|\bmast[eè]re\b|\bdipl[oô]me d['’]ing[eé]nieur\b|\bdiplom\b|\bstaatsexamen\b`),
    ],
    strict: [
      // "Master of Science", "MASTERS IN FINANCE", "master's degree"; not "scrum masters of the team".
      /\b(?:[Mm]aster|MASTER)(?:['’]?[sS])?\s+(?:of|in|OF|IN)\s+[A-Z]/,
      ci(String.raw`\bmaster(?:['’]?s)?\s+(?:degree|(?:of|in)\s+(?:science|arts|business|engineering|education|commerce|computer|public|social|fine)\b)`),
      ci(String.raw`\b(?:m\.s|m\.?sc|m\.?eng|m\.?tech|mba|m\.b\.a)${OF_IN}`),
      // Spanish: "Máster en Ciencia de Datos".
      ci(String.raw`m[aá]ster\s+(?:en|universitario)\b|\bmaestr[ií]a\s+en\b|\bmag[ií]ster\s+en\b|\bmestrado\s+(?:em|profissional)\b|\bmestre\s+em\b|\bdipl[oô]me d['’]ing[eé]nieur\b`),
      new RegExp(String.raw`\bMS${OF_IN}`),
      // "M.Sc Physics" leading its line, out of its column (as "B.Tech …" for the bachelor's).
      /^\s*M\.\s?(?:Tech|Sc|E\.)\.?\s+\p{Lu}/u,
      // "M.S. Physics", "M.A. Economics" leading the line: the dotted M.S. and M.A. with a field in
      // capitals, read where a column out of order put the degree under another heading.
      /^\s*M\.\s?[SA]\.\s+(?=\p{Lu}\p{Ll})/u,
      atSchool(String.raw`MBA|M\.B\.A\.?|M\.S\.|MSc|M\.A\.`),
      // "Hold M.A. in Translation": the dotted M.A. with its field (bare "M.A." may be initials).
      /\bM\.A\.\s*(?:in|of)\s/,
      ci(String.raw`\bm\.?\s?phil\.?\s*(?:in|of)\s`),
      SPECIALIST,
    ],
  },
  {
    level: 'bachelor',
    // "Batchelor of Technology" is a common misspelling; "BA : Justice Studies" the livecareer layout.
    loose: [
      ci(String.raw`\bbat?chelors?\b|\bbat?chelor['’]s\b|\bb\.?\s?tech\b|\bb\.?\s?eng\b|\bb\.?b\.?a\b|\bb\.?s\.?n\b|\bb\.?com\b|\bb\.?c\.?a\b|\bb\.?f\.?a\b|\bundergraduate degree\b|\bb\.s\.|\bb\.?\s?sc\b`),
      // "BSEE", "BSME", "BSCS": a bachelor of science with its field's initials.
      /\bBS\b|\bBS(?:EE|ME|CS|CE|ChE|IE|IT|BA)\b|\bB\.A\.|\bBA\b(?=\s*(in|of|,|\(|:))|\bB\.E\.?|\bBE\b(?= in)|\bA\.?B\.? in\b/,
      // "B-Tech", "B E in", "B. E. in", and "BE" alone on its line of an education section.
      ci(String.raw`\bb-\s?tech\b`),
      /\bB\.?\s[EB]\.?\s+in\b|^\s*BE\s*(?:\(|$)/,
      // "B.S : Business Finance", "B.S Professional studies", "B.A : Political Science": the closing dot dropped.
      /\bB\.S(?=\s|:|,|$)|\bB\.A(?=\s*(?::|,|\(|$|in\s|of\s))/,
      // "B.A University of Oregon", "USA B.A Sociology": a capitalised word after it too, unless a
      // sentence leads into it ("Coursework with B.A Jones" names a person by initials).
      /(?<!\b[a-z][\w'’]*\s+)\bB\.A(?=\s+\p{Lu})/u,
      // Bachelor of Laws, alone or after an arts degree ("B.A. LL.B. (Hons.)").
      /\bLL\.?\s?B\b/,
      HONOURS,
      // Bachelor of Social Work, of Business Management (India), of Science in Business Management, of
      // Computer Information Systems, of Civil Engineering, of Education, of Architecture, of Pharmacy.
      /\b(?:BSW|BBM|BSBM|BCIS|B\.C\.E|B\.\s?Ed|B\.?\s?Arch|B\.\s?Pharm)\b/,
      // "B. S : Computer Science", "B .S (Computer Science)": a space inside the abbreviation.
      /\bB\s?\.\s?[SA](?=\s*(?::|,|\(|$))/,
      // "BA Human Resources", "BA SYRACUSE UNIVERSITY", "BA GPA: 3.6": BA before a capitalised word
      // (", BA" after a city is a Brazilian state).
      /(?<!,\s*)\bBA\b(?=\s+\p{Lu})/u,
      // The English "Baccalaureate of Science", "baccalaureate degree"; the International
      // Baccalaureate is a school-leaving diploma.
      /(?<!International\s+)\b[Bb]accalaureate\b|\bBACCALAUREATE\b/,
      // "Ing. Industrial", "ING SOFTWARE 9 CICLO", "Lic. en Administración": the Spanish abbreviations
      // of Ingeniero/Ingeniería and Licenciado, before a field.
      /\bIng\.\s*(?:en\s+|de\s+)?\p{Lu}|\bING\.?\s+(?:EN\s+|DE\s+)?\p{Lu}{4,}|\bLic\.\s*en\s/u,
      // Spanish and Portuguese first degrees: "Licenciatura", "Licenciado en", "Grado en",
      // "Ingeniería"/"Ingeniero" (not a faculty's name), "Diplomatura", "Bacharelado",
      // "Graduação", "Engenharia"; the French "Licence" (not a driving licence).
      ci(String.raw`\blicenciatura\b|\blicenciad[oa]\b|\bgrado en\b|\bgraduad[oa] en\b|\bdiplomatura\b|(?<!(?:facultad|escuela|departamento|instituto|facultade|escola)\s+de\s+)\bingenier(?:[ií]a|[oa])\b|\bbacharel(?:ado)?\b|\bgradua[cç][aã]o\b|(?<!(?:faculdade|escola|departamento)\s+de\s+)\bengenharia\b|\blicence\s+(?:professionnelle|en|de|d['’]|ès|es)\b(?!\s*conduire)`),
    ],
    strict: [
      ci(String.raw`\bbat?chelor(?:['’]?s)?\s+(?:of|in|degree)\b|\b(?:b\.s|b\.?sc|b\.?tech|b\.e|b\.?eng|bba|bsn)${OF_IN}`),
      // Spanish: "Grado en Ingeniería Informática", "Licenciatura en …".
      ci(String.raw`\b(?:grado|licenciatura|licenciad[oa]|graduad[oa]|ingenier[ií]a)\s+en\b|\b(?:bacharelado|licenciatura|gradua[cç][aã]o)\s+em\b|\blicence\s+(?:professionnelle|en|ès)\b`),
      new RegExp(String.raw`\bBS${OF_IN}|\bB\.A\.\s*(?:in|of)\s`),
      // A dotted degree leading its line before a capitalised field ("B.Tech Artificial Intelligence",
      // "M.Sc Physics"), where a column read out of order put the degree under another heading.
      /^\s*B\.\s?(?:Tech|Sc|E\.)\.?\s+\p{Lu}/u,
      // "B.S. Physics", "B.A. History" leading the line, as "M.S. Physics".
      /^\s*B\.\s?[SA]\.\s+(?=\p{Lu}\p{Ll})/u,
      atSchool(String.raw`BBA|B\.S\.|BSc|B\.A\.`),
      /\bLL\.\s?B\.|\bLLB\b/,
      HONOURS,
    ],
  },
  {
    level: 'associate',
    loose: [
      ci(String.raw`\bassociate['’]?s?\s+(degree|of (arts|science|applied|occupational|general|technical)|in)\b`),
      /\bA\.?A\.?S\b|\bA\.S\.?(?=\W|$)|\bA\.A\.|\bAAS\b/,
      // "A.A : Liberal Arts": the closing dot dropped.
      /\bA\.A(?=\s*(?::|,|\(|$|in\s))/,
      // "AA : General", "AS : Business Management", "Associate : Computer Science Technology".
      /\b(?:AA|AS)(?=\s*:\s*\p{Lu})|\b[Aa]ssociate['’]?s?(?=\s*:\s*\p{Lu})/u,
      // "Associates , Applied Science", "AS , Network Engineering": the same layout with a spaced
      // comma ("& Associates, Inc." is a firm, its comma unspaced).
      /(?<!&\s*)\b(?:[Aa]ssociate['’]?s?|AA|AS)(?=\s+,\s*\p{Lu}(?!nc\b))/u,
      // "Culinary Arts AA degree"; Associate Degree in Nursing; Associate of Occupational Studies.
      /\bA\.?[AS]\.?\s+[Dd]egree\b|\b(?:ADN|AOS|A\.O\.S)\b/,
      // A diploma in a field after school (a polytechnic's "Diploma in Electrical Engineering").
      ci(String.raw`(?<!(?:high school|secondary|graduate|pg)\s*)\bdiploma in\b`),
      // "Diploma : Medical Assisting , 2012", "Diploma : Accountancy National Institutes …": the
      // livecareer layout's degree, a colon and its field, as "Diploma in"; not a school's ("High
      // School Diploma : Business", "Diploma : General Studies … Denmark High School", "Diploma : 2004").
      /(?<!(?:[Hh]igh|HIGH|[Ss]chool|SCHOOL|[Ss]econdary|HS|[Gg]eneral|[Ss]tandard|[Aa]dvanced?|ADVANCED?|[Gg]raduat\w*|PG)\s*)\b(?:Diploma|DIPLOMA)\s*:\s*(?!(?:General|GENERAL|High|HIGH|Diploma|GED)\b)(?=\p{Lu})(?!.*\b(?:[Hh]igh|HIGH|[Ss]econdary)\b)/u,
      // Spanish and Portuguese two- or three-year degrees after school: "Técnico Superior en",
      // "Técnico en", "Tecnólogo em", "Tecnicatura"; the French "BTS" and "DUT" (two years).
      ci(String.raw`\bt[eé]cnico\s+(?:superior|universitario|en|em)\b|\btecn[oó]log[oa]\b|\btecnicatura\b`),
      /\b(?:BTS|DUT)\b/,
    ],
    strict: [
      ci(String.raw`\bassociate['’]?s?\s+(degree|of (arts|science|applied))\b|\bA\.A\.S\.?\s*(in|of)\b`),
      ci(String.raw`\bt[eé]cnico superior en\b|\btecn[oó]log[oa] (?:en|em)\b`),
    ],
  },
  {
    level: 'high_school',
    loose: [
      ci(String.raw`\bhigh school\b|\bGED\b|\bsecondary school\b|\bhigher secondary\b|\bsenior secondary\b|\bH\.?S\.?C\b|\bS\.?S\.?C\b|\b(?:10|12)th\b|\bCBSE\b|\bICSE\b|\bmatriculation\b`),
      ci(String.raw`(?<!post[- ]?graduate\s*|pg\s*)\bdiploma\b(?! in\b)`),
      // "H.S 2004 West Deptford High": the dotted abbreviation of high school.
      /\bH\.S\b\.?(?!\.?C)/,
      // School-leaving: the Latin American and Spanish "Bachillerato", "Preparatoria",
      // "Secundaria", the Brazilian "Ensino Médio", the French "Baccalauréat" (not the English
      // "baccalaureate", a bachelor's), the German "Abitur".
      ci(String.raw`\bbachillerato\b|\bpreparatoria\b|\bsecundaria\b|\bensino m[eé]dio\b|\bbaccalaur[eé]at\b|\babitur\b`),
    ],
    strict: [/\b[Hh]igh [Ss]chool [Dd]iploma\b|\bGED\b/],
  },
];

/**
 * Whether a line names a degree as the education section reads them (every common spelling:
 * "BS", "Diploma", "High School"): asked of a block whose heading may hold degrees or not.
 */
export function namesDegree(text: string): boolean {
  return DEGREE_RULES.some((rule) => rule.loose.some((re) => re.test(text)));
}

/** "en curso", "cursando", "em andamento", "en cours", "laufend": the other languages' "in progress". */
const IN_PROGRESS = /\b(expected|anticipated|candidate|pursuing|in progress|current(ly)?|ongoing|present|en curso|cursando|em andamento|en cours|laufend)\b/i;
const INSTITUTION = /\b(universit(y|ät|é|à)|universidad|universidade|facultad|faculdade|escuela|escola|hochschule|instituto|institut|college|institute|school|academy|polytechnic|iit|mit|ucla|postech)\b/i;

/**
 * Course work short of a degree: "78 semester hours toward Bachelors degree", "Completed 57 credits
 * towards Associates of Arts Degree". The degree after it is not held ("working towards my
 * bachelors degree", with no credits counted, is a degree in progress and still read).
 */
const CREDITS_TOWARD = /\b(?:hours?|credits?|units|course\s?work|courses|classes|yrs?|years?)\b[^.;]{0,40}\btowards?\s+(?:a|an|my|the|his|her)?\s*$/i;

/**
 * Outside the education section, an abbreviation after a comma, a slash or a count is not the
 * resume's degree: an item of a keyword list ("Marcom, Mba, Media Planning"), a state among states
 * ("GA, FL, MS, AL"), another person's title ("Tana Healy, MBA, RN"), "LC/MS", "Supervised 6 PhD".
 * The header is left out: there "Jane Doe, MBA, PMP" is the candidate's own.
 */
const LIST_OR_TITLE_BEFORE = /(?:,|\/|\b\d+)\s*$/;
const ABBREVIATION = /^(?:\p{L}{1,4}\.?\s?){1,3}$/u;
const SPELLED_OUT = /bachelor|master|doctor|associate|diploma|school/i;

function refused(text: string, m: RegExpExecArray, listItemsRefused: boolean): boolean {
  const before = text.slice(0, m.index);
  if (CREDITS_TOWARD.test(before)) return true;
  if (!listItemsRefused) return false;
  const token = m[0].replace(/[\s,:(\-–]+(?:in|of)?\s*$/i, '');
  return ABBREVIATION.test(token) && !SPELLED_OUT.test(token) && LIST_OR_TITLE_BEFORE.test(before);
}

/** Each rule's pattern again with the g flag, to look past a refused mention (the rules stay stateless). */
const GLOBAL = new Map<RegExp, RegExp>();
function everywhere(pattern: RegExp): RegExp {
  let g = GLOBAL.get(pattern);
  if (!g) GLOBAL.set(pattern, (g = new RegExp(pattern.source, `${pattern.flags}g`)));
  g.lastIndex = 0;
  return g;
}

/** The degree a line names, with where the mention starts; the earliest mention wins. */
function degreeOn(text: string, strict: boolean, listItemsRefused = false): { level: EducationLevel; at: number; match: string } | null {
  let best: { level: EducationLevel; at: number; match: string } | null = null;
  for (const rule of DEGREE_RULES) {
    for (const pattern of strict ? rule.strict : rule.loose) {
      // Most lines name no degree: one plain search settles them before the global one is built.
      if (!pattern.test(text)) continue;
      for (const m of text.matchAll(everywhere(pattern))) {
        if (best && m.index >= best.at) break;
        if (refused(text, m, listItemsRefused)) continue;
        best = { level: rule.level, at: m.index, match: m[0] };
        break;
      }
    }
  }
  return best;
}

/**
 * Words a layout ran together: "High SchoolDiploma", "MBABusiness Administration", "B.AAccounting",
 * and a degree's word run into the "of" or "in" after it ("Masterof Science", "Bachelorof Arts",
 * "Associatein Nursing"), as a PDF's text layer writes them when it drops the space.
 * Read only when the line as written names no degree.
 */
function unglued(text: string): string {
  return text
    .replace(/\b(bat?chelor|master|associate|doctor)(['’]?s)?(of|in)(?=\s+\p{L})/giu, '$1$2 $3')
    .replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2')
    .replace(/(\.\p{Lu})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2');
}

function fieldAfter(text: string, at: number, match: string): string | null {
  // "in", "of", and the other languages' "en", "em", "de", "d'" ("Licenciatura en Economía").
  const rest = text.slice(at + match.length).replace(/^\s*(?:degree)?\s*(?:in|of|en|em|de|d['’]|:|,|-|–)?\s*/i, '');
  const field = rest.split(/\s{2,}|[;,|(]|\s[-–]\s|\bGPA\b|\d/)[0]?.trim() ?? '';
  return field.length >= 3 && field.length <= 60 ? field : null;
}

function institutionNear(lines: readonly Line[], i: number): string | null {
  for (const j of [i, i - 1, i + 1]) {
    const text = lines[j]?.text;
    if (!text) continue;
    const cell = text.split(/\s{3,}|\t|\s\|\s|,\s/).find((c) => INSTITUTION.test(c));
    if (cell) return cell.replace(/^[•◦▪*\-\s]+/, '').trim();
  }
  return null;
}

/**
 * Degrees named in the resume. Inside the education section every common spelling counts
 * ("BS", "MEng", "A.S"); elsewhere only unmistakable ones ("Bachelor of", "M.S. in"), so that
 * "MS Office" or a "Master" in a job title stays out. A line gives one entry: its first
 * degree, as a line like "A.S Nursing … BSN. South University" leads with the one held.
 */
export function findEducation(lines: readonly Line[], classes: readonly LineClass[], asOf?: YearMonth): EducationEntry[] {
  const entries: EducationEntry[] = [];
  /** The line of each entry. */
  const at: number[] = [];
  lines.forEach((line, i) => {
    const section = classes[i]?.section;
    const inEducation = section === 'education';
    const listItemsRefused = !inEducation && section !== 'header';
    let text = line.text;
    let degree = degreeOn(text, !inEducation, listItemsRefused);
    if (!degree) {
      const apart = unglued(text);
      if (apart !== text) degree = degreeOn((text = apart), !inEducation, listItemsRefused);
    }
    if (!degree) return;
    // The lines around a degree speak of it unless they name a degree of their own.
    const near = [line.text, own(lines[i + 1])].join(' ');
    const entry: EducationEntry = {
      level: degree.level,
      field: fieldAfter(text, degree.at, degree.match),
      institution: institutionNear(lines, i),
    };
    if ((IN_PROGRESS.test(near) || /\bexpected\b/i.test(own(lines[i - 1]))) && (!asOf || underway(lines, i, asOf))) entry.inProgress = true;
    entries.push(entry);
    at.push(i);
  });
  // A degree written again on the next line at the same level is the same degree ("… Bachelor of
  // Science : Information Technology" over "Pursuing Bachelor of Science in Information Technology
  // 10/2014 - Present", as the livecareer layout repeats it): underway if either line says so.
  for (let k = 1; k < entries.length; k++) {
    const [a, b] = [entries[k - 1]!, entries[k]!];
    if (at[k] === at[k - 1]! + 1 && a.level === b.level && a.inProgress !== b.inProgress) a.inProgress = b.inProgress = true;
  }
  return entries;
}

/** A neighbouring line's text, or nothing when it names a degree of its own (another entry). */
const own = (line: Line | undefined): string => (line && !namesDegree(line.text) ? line.text : '');

/** A line that is a date and little else ("May 2017", "2018", "12/2005"): the livecareer layout's degree date, above the degree. */
const DATE_ONLY = /^\s*(?:\S+\s+){0,2}(?:19|20)\d\d\s*$/;

const yearMonth = (year: number, month: number): YearMonth => `${year}-${String(month).padStart(2, '0')}`;

/**
 * Whether a degree a line marks as in progress ("Expected June 2015", "May 2022 – Present",
 * "currently enrolled") is still underway at `asOf`: its dates run to the present, or the
 * latest of them (the expected end) is not yet past; with no date, the words decide. A degree
 * whose expected or closing date has passed ("Aug 2014 - December 2015 … Current GPA", read in
 * 2021) is held. Dates are read on the degree's line, the line after it, and the line before
 * when that is a date alone or says "expected".
 */
function underway(lines: readonly Line[], i: number, asOf: YearMonth): boolean {
  const before = own(lines[i - 1]);
  const texts = [lines[i]!.text, own(lines[i + 1])];
  if (DATE_ONLY.test(before) || /\bexpected\b/i.test(before)) texts.push(before);
  let latest: YearMonth | null = null;
  for (const text of texts) {
    if (findDateRanges(text, asOf).some((r) => r.present)) return true;
    for (const t of tokenizeDates(text, asOf)) {
      const at = t.kind === 'month' ? yearMonth(t.year, t.month) : t.kind === 'season' ? yearMonth(t.year, t.to) : t.kind === 'year' ? yearMonth(t.year, 12) : null;
      if (at && (!latest || at > latest)) latest = at;
    }
  }
  return latest === null || latest >= asOf;
}

/**
 * The degrees held and those still underway. A degree underway above the highest one held
 * (a master's expected next year beside a bachelor's) is not yet the resume's level and is set
 * apart; a student's only degree, or one underway at or below a level held, stays.
 */
export function heldAndStudying(entries: readonly EducationEntry[]): { education: EducationEntry[]; studying: EducationEntry[] } {
  const top = highestLevel(entries.filter((e) => !e.inProgress));
  if (top === 'none') return { education: [...entries], studying: [] };
  const above = (e: EducationEntry): boolean => !!e.inProgress && educationRank(e.level) > educationRank(top);
  return { education: entries.filter((e) => !above(e)), studying: entries.filter(above) };
}

/** The highest level among the entries (a degree in progress counts at its level). */
export function highestLevel(entries: readonly EducationEntry[]): EducationLevel {
  return entries.reduce<EducationLevel>((best, e) => (educationRank(e.level) > educationRank(best) ? e.level : best), 'none');
}
