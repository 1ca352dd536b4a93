import { type EducationEntry, type EducationLevel, type Line, educationRank } from '../../types.js';
import type { LineClass } from './classify-sections.js';

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
    ],
    strict: [
      ci(String.raw`\bph\.?\s?d\.?\s*(?:in|,|\()|\bdoctor of (philosophy|science|engineering)\b|\bdoctorate in\b`),
      ci(String.raw`\bdoctorado en\b|\bdoutorado em\b|\bdoctorat (?:en|de|d['’]|ès)|\bdoktor der\b`),
    ],
  },
  {
    level: 'master',
    loose: [
      ci(String.raw`\bmasters?\b|\bmaster['’]s\b|\bm\.?b\.?a\b|\bm\.?\s?tech\b|\bm\.?\s?eng\b|\bm\.?\s?sc\b|\bm\.s\.|\bm\.?\s?ed\b|\bm\.?p\.?h\b|\bll\.?m\b|\bm\.?c\.?a\b|\bm\.?f\.?a\b|\bm\.?p\.?a\b`),
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
      /\bJ\.?D\b(?=\s*(?::|,|\(|$))|\bJuris Doctor(?:ate)?\b/,
      // Master of Philosophy, and the Indian Master of Commerce ("M.Com", not "M.Commerce").
      ci(String.raw`\bm\.?\s?phil\b`),
      /\bM\.\s?Com\b|\bMCom\b/,
      // Degrees of five or six years that ISCED files with the master's (level 7): the Russian and
      // Ukrainian specialist degree, the engineer's degree, the German Diplom, the Italian laurea magistrale.
      SPECIALIST,
      // Spanish "Maestría", "Máster", Latin American "Magíster", Portuguese "Mestrado", French
      // "Mastère" and "Diplôme d'ingénieur" (five years, ISCED 7), the German university
      // "Diplom" and "Staatsexamen".
      ci(String.raw`\bmaestr[ií]a\b|\bm[aá]ster\b|\bmag[ií]ster\b|\bmestrado\b|\bmast[eè]re\b|\bdipl[oô]me d['’]ing[eé]nieur\b|\bdiplom\b|\bstaatsexamen\b`),
    ],
    strict: [
      // "Master of Science", "MASTERS IN FINANCE", "master's degree"; not "scrum masters of the team".
      /\b(?:[Mm]aster|MASTER)(?:['’]?[sS])?\s+(?:of|in|OF|IN)\s+[A-Z]/,
      ci(String.raw`\bmaster(?:['’]?s)?\s+(?:degree|(?:of|in)\s+(?:science|arts|business|engineering|education|commerce|computer|public|social|fine)\b)`),
      ci(String.raw`\b(?:m\.s|m\.?sc|m\.?eng|m\.?tech|mba|m\.b\.a)${OF_IN}`),
      // Spanish: "Máster en Ciencia de Datos".
      ci(String.raw`m[aá]ster\s+(?:en|universitario)\b|\bmaestr[ií]a\s+en\b|\bmag[ií]ster\s+en\b|\bmestrado\s+(?:em|profissional)\b|\bmestre\s+em\b|\bdipl[oô]me d['’]ing[eé]nieur\b`),
      new RegExp(String.raw`\bMS${OF_IN}`),
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
      // A diploma in a field after school (a polytechnic's "Diploma in Electrical Engineering").
      ci(String.raw`(?<!(?:high school|secondary|graduate|pg)\s*)\bdiploma in\b`),
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
      // School-leaving: the Latin American and Spanish "Bachillerato", "Preparatoria",
      // "Secundaria", the Brazilian "Ensino Médio", the French "Baccalauréat" (not the English
      // "baccalaureate", a bachelor's), the German "Abitur".
      ci(String.raw`\bbachillerato\b|\bpreparatoria\b|\bsecundaria\b|\bensino m[eé]dio\b|\bbaccalaur[eé]at\b|\babitur\b`),
    ],
    strict: [/\b[Hh]igh [Ss]chool [Dd]iploma\b|\bGED\b/],
  },
];

/** "en curso", "cursando", "em andamento", "en cours", "laufend": the other languages' "in progress". */
const IN_PROGRESS = /\b(expected|anticipated|candidate|pursuing|in progress|current(ly)?|ongoing|present|en curso|cursando|em andamento|en cours|laufend)\b/i;
const INSTITUTION = /\b(universit(y|ät|é|à)|universidad|universidade|facultad|faculdade|escuela|escola|hochschule|instituto|institut|college|institute|school|academy|polytechnic|iit|mit|ucla|postech)\b/i;

/** The degree a line names, with where the mention starts; the earliest mention wins. */
function degreeOn(text: string, strict: boolean): { level: EducationLevel; at: number; match: string } | null {
  let best: { level: EducationLevel; at: number; match: string } | null = null;
  for (const rule of DEGREE_RULES) {
    for (const pattern of strict ? rule.strict : rule.loose) {
      const m = pattern.exec(text);
      if (m && (!best || m.index < best.at)) best = { level: rule.level, at: m.index, match: m[0] };
    }
  }
  return best;
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
export function findEducation(lines: readonly Line[], classes: readonly LineClass[]): EducationEntry[] {
  const entries: EducationEntry[] = [];
  lines.forEach((line, i) => {
    const inEducation = classes[i]?.section === 'education';
    const degree = degreeOn(line.text, !inEducation);
    if (!degree) return;
    const near = [line.text, lines[i + 1]?.text ?? ''].join(' ');
    const entry: EducationEntry = {
      level: degree.level,
      field: fieldAfter(line.text, degree.at, degree.match),
      institution: institutionNear(lines, i),
    };
    if (IN_PROGRESS.test(near) || /\bexpected\b/i.test(lines[i - 1]?.text ?? '')) entry.inProgress = true;
    entries.push(entry);
  });
  return entries;
}

/** The highest level among the entries (a degree in progress counts at its level). */
export function highestLevel(entries: readonly EducationEntry[]): EducationLevel {
  return entries.reduce<EducationLevel>((best, e) => (educationRank(e.level) > educationRank(best) ? e.level : best), 'none');
}
