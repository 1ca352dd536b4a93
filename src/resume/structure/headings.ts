import type { ResumeSection } from '../../types.js';

/**
 * What a block under a heading holds for experience counting:
 * - work: employment; dated entries are jobs unless their title says otherwise;
 * - internship: a block of internships and traineeships; every dated entry is one;
 * - research: research roles, mostly while a student; counted only for professional titles;
 * - activity: clubs, leadership, volunteering, community: never professional months;
 * - education: degrees and schools;
 * - none: no positions (skills, projects, awards…).
 */
export type BlockKind = 'work' | 'internship' | 'research' | 'activity' | 'education' | 'none';

/** Blocks whose dated entries are positions held (jobs or internships). */
export const heldBlock = (block: BlockKind): boolean => block === 'work' || block === 'internship';

export interface HeadingRule {
  section: ResumeSection;
  block: BlockKind;
  /** Heading texts, lower-cased, without punctuation; matched whole. */
  names: string[];
}

/**
 * Headings of what the candidate enjoys ("Interests", "Hobbies"): painting, cooking and
 * photography written there are pastimes, not skills offered to an employer.
 */
export const PASTIME_HEADINGS: ReadonlySet<string> = new Set([
  'interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'personal interests', 'outside interests', 'pastimes',
]);

export const HEADING_RULES: HeadingRule[] = [
  {
    section: 'experience',
    block: 'work',
    names: [
      'experience', 'work experience', 'professional experience', 'employment', 'employment history',
      'work history', 'relevant experience', 'career history', 'professional background', 'career',
      'experience and employment', 'professional employment', 'industry experience', 'job experience',
      'relevant work experience', 'work', 'positions', 'professional history', 'employment experience',
      'technical experience', 'related experience',
      'military experience', 'military service', 'consulting experience', 'teaching experience',
    ],
  },
  {
    // A student's placements under their own heading: "Internships", "Legal Trainee / Internships".
    section: 'experience',
    block: 'internship',
    names: ['internships', 'internship experience', 'internship', 'internships and trainings', 'internship and training',
      'traineeships', 'traineeship', 'industrial training', 'industrial placements'],
  },
  {
    section: 'experience',
    block: 'research',
    names: ['research', 'research experience', 'academic experience', 'research and teaching experience'],
  },
  {
    section: 'other',
    block: 'activity',
    names: [
      'other experience', 'leadership', 'leadership experience', 'activities', 'extracurricular activities',
      'extracurricular', 'extra curricular activities', 'extracurricular activity', 'extra curricular activity',
      'extra curricular', 'co curricular activities', 'other activities', 'volunteer', 'volunteering', 'volunteer experience',
      'volunteer work', 'community', 'community involvement', 'involvement', 'campus involvement',
      'organizations', 'leadership and activities', 'leadership activities', 'student activities',
      'professional affiliations', 'affiliations', 'memberships', 'service',
    ],
  },
  {
    section: 'education',
    block: 'education',
    names: [
      'education', 'academic background', 'education and training', 'educational background',
      'academic qualifications', 'educational qualifications', 'qualifications', 'academics',
      'education and certifications', 'academic history', 'schooling', 'degrees',
    ],
  },
  {
    section: 'skills',
    block: 'none',
    names: [
      'skills', 'technical skills', 'core competencies', 'competencies', 'skill highlights', 'key skills',
      'skills summary', 'technologies', 'technical proficiencies', 'expertise', 'areas of expertise',
      'tools', 'technical expertise', 'skill set', 'skillset', 'tech stack', 'programming', 'strengths',
      'computer skills', 'it skills', 'core skills', 'technical summary', 'proficiencies', 'abilities',
      'languages and technologies', 'tools and technologies', 'technical competencies', 'highlights', 'tech',
      // livecareer's other names of the list: "Summary of Skills" (a phrase by its "of"), "Personal Traits".
      'summary of skills', 'personal traits',
      // "Fields": a sidebar's list of fields of work ("Consulting", "Project Management"), rated as skills are.
      'fields',
    ],
  },
  {
    section: 'projects',
    block: 'none',
    names: ['projects', 'project', 'personal projects', 'academic projects', 'selected projects', 'side projects',
      'key projects', 'project experience', 'open source', 'portfolio', 'projects at work'],
  },
  {
    section: 'certifications',
    block: 'none',
    names: ['certifications', 'certificates', 'certification', 'licenses', 'licenses and certifications',
      'certifications and licenses', 'licences', 'courses', 'training', 'courses and certifications',
      'professional development', 'trainings'],
  },
  {
    section: 'summary',
    block: 'none',
    names: ['summary', 'profile', 'objective', 'professional summary', 'career objective', 'about me', 'about',
      'career summary', 'professional profile', 'executive summary', 'personal statement', 'status',
      'summary of qualifications', 'overview', 'introduction', 'experience summary', 'personal profile',
      // livecareer's "Career Focus": an objective or a summary paragraph.
      'career focus'],
  },
  {
    section: 'other',
    block: 'none',
    names: [
      'awards', 'honors', 'honours', 'honors and awards', 'awards and honors', 'selected honors', 'achievements',
      'accomplishments', 'publications', 'references', 'languages', 'patents',
      'invited talks', 'talks', 'presentations', 'coursework', 'relevant coursework', 'additional information',
      'links', 'contact', 'personal information', 'personal details', 'referees', 'life philosophy',
      'most proud of', 'a day of my life', 'operating systems', 'domestic awards',
      'international awards', 'scholarships', 'conferences', 'declaration',
      'other', 'misc', 'miscellaneous', 'additional', 'awards and recognition', 'recognition',
      'papers presented', 'paper presentations', 'papers', 'blog', 'blogs', 'articles',
      ...PASTIME_HEADINGS,
    ],
  },
];

type Language = 'es' | 'pt' | 'fr' | 'de';

/**
 * The common headings of resumes written in Spanish, Portuguese, French and German, by the
 * English name whose section and block they share. ESCO's labels here are English only, so the
 * list is written by hand: the headings CV templates and writing guides of each language use
 * (Europass's "Experiencia laboral", "Educación y formación", "Competencias"…), whole, written
 * as a resume does; accents may be left out, as keys drop them (headingKey).
 */
const TRANSLATED: Record<string, Record<Language, string[]>> = {
  'experience': {
    es: ['experiencia', 'experiencia laboral', 'experiencia profesional', 'experiencia de trabajo', 'experiencia relevante',
      'historial laboral', 'trayectoria profesional', 'trayectoria laboral', 'antecedentes laborales'],
    pt: ['experiência', 'experiências', 'experiência profissional', 'experiências profissionais', 'experiência de trabalho',
      'histórico profissional', 'trajetória profissional'],
    fr: ['expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles', 'parcours professionnel'],
    de: ['berufserfahrung', 'erfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'berufspraxis', 'praxiserfahrung'],
  },
  'internships': {
    es: ['prácticas', 'prácticas profesionales', 'pasantías', 'pasantía'],
    pt: ['estágios', 'estágio'],
    fr: ['stages'],
    de: ['praktika', 'praktikum'],
  },
  'research': {
    es: ['investigación', 'experiencia en investigación', 'experiencia investigadora'],
    pt: ['pesquisa', 'experiência em pesquisa', 'iniciação científica'],
    fr: ['recherche', 'expérience de recherche'],
    de: ['forschung', 'forschungserfahrung'],
  },
  'activities': {
    es: ['actividades', 'actividades extracurriculares', 'voluntariado', 'liderazgo'],
    pt: ['atividades', 'atividades extracurriculares', 'atividades complementares', 'voluntariado'],
    fr: ['activités', 'bénévolat', 'vie associative', 'activités extra professionnelles'],
    de: ['ehrenamt', 'ehrenamtliches engagement'],
  },
  'education': {
    es: ['educación', 'formación', 'formación académica', 'estudios', 'estudios realizados', 'educación y formación',
      'formación profesional', 'formación educativa', 'títulos'],
    pt: ['formação', 'formação acadêmica', 'formação académica', 'educação', 'escolaridade'],
    fr: ['formation', 'formations', 'éducation', 'études', 'formation académique', 'parcours académique', 'diplômes'],
    de: ['ausbildung', 'bildung', 'bildungsweg', 'schulbildung', 'studium', 'akademischer werdegang', 'hochschulbildung',
      'aus und weiterbildung'],
  },
  'skills': {
    es: ['habilidades', 'competencias', 'conocimientos', 'aptitudes', 'habilidades técnicas', 'conocimientos técnicos',
      'competencias técnicas', 'conocimientos informáticos', 'herramientas', 'tecnologías'],
    pt: ['competências', 'habilidades', 'conhecimentos', 'competências técnicas', 'conhecimentos técnicos',
      'habilidades técnicas', 'conhecimentos de informática', 'ferramentas', 'tecnologias'],
    fr: ['compétences', 'compétences techniques', 'compétences informatiques', 'connaissances', 'savoir faire', 'outils'],
    de: ['kenntnisse', 'fähigkeiten', 'kompetenzen', 'fachkenntnisse', 'it kenntnisse', 'edv kenntnisse', 'technische kenntnisse'],
  },
  'projects': {
    es: ['proyectos', 'proyectos personales', 'proyectos académicos'],
    pt: ['projetos', 'projectos', 'projetos pessoais', 'projetos acadêmicos'],
    fr: ['projets', 'projets personnels', 'projets académiques'],
    de: ['projekte', 'projekterfahrung'],
  },
  'certifications': {
    es: ['certificaciones', 'certificados', 'cursos', 'cursos y certificaciones', 'formación complementaria'],
    pt: ['certificações', 'certificados', 'cursos', 'cursos complementares', 'formação complementar'],
    fr: ['certificats', 'formation continue'],
    de: ['zertifikate', 'zertifizierungen', 'weiterbildung', 'weiterbildungen', 'fortbildungen'],
  },
  'summary': {
    es: ['perfil', 'perfil profesional', 'resumen', 'resumen profesional', 'objetivo', 'objetivo profesional', 'sobre mí', 'acerca de mí'],
    pt: ['perfil', 'perfil profissional', 'resumo', 'resumo profissional', 'objetivo', 'objetivo profissional', 'sobre mim'],
    fr: ['profil', 'profil professionnel', 'objectif', 'objectif professionnel'],
    de: ['profil', 'kurzprofil', 'über mich', 'zusammenfassung'],
  },
  'awards': {
    es: ['idiomas', 'logros', 'premios', 'reconocimientos', 'publicaciones', 'intereses', 'aficiones', 'referencias',
      'información adicional', 'datos personales', 'información personal', 'otros'],
    pt: ['idiomas', 'línguas', 'prêmios', 'prémios', 'conquistas', 'publicações', 'interesses', 'referências',
      'informações adicionais', 'dados pessoais', 'informações pessoais'],
    fr: ['langues', 'distinctions', 'prix', 'publications', 'centres d\'intérêt', 'loisirs', 'intérêts', 'références',
      'informations complémentaires', 'informations personnelles', 'divers'],
    de: ['sprachen', 'sprachkenntnisse', 'auszeichnungen', 'publikationen', 'veröffentlichungen', 'interessen', 'hobbys',
      'referenzen', 'persönliche daten', 'sonstiges'],
  },
};

/** Suffixes that make an unlisted heading readable ("Industry Experience", "Cloud Skills"). */
const SUFFIX_RULES: [RegExp, string][] = [
  // "Web Dev Positions", "Previous Positions": the positions held; "Community Leadership
  // Positions" are activities.
  [/\b(leadership|community|volunteer|campus|student|club)\b.* positions$/, 'leadership'],
  [/ (experience|employment|history|positions)$/, 'experience'],
  // "Core Strengths", "Core Qualifications", "Key Strengths" (livecareer's layouts): lists of what one can do.
  [/ (skills|competencies|technologies|strengths|qualifications)$/, 'skills'],
  // "Personal Qualities", "Key Qualities": a sidebar's list of soft skills.
  [/ qualities$/, 'skills'],
  [/ projects$/, 'projects'],
  // "Career Overview", "Professional Overview", "Career Profile": a summary under another name.
  [/ (overview|profile)$/, 'summary'],
  [/ (education)$/, 'education'],
  [/ (certifications|certificates|licenses|trainings)$/, 'certifications'],
  [/ (awards|honors|publications|interests)$/, 'awards'],
];

const BY_NAME = new Map<string, HeadingRule>();
for (const rule of HEADING_RULES) for (const name of rule.names) BY_NAME.set(name, rule);
for (const [english, byLanguage] of Object.entries(TRANSLATED)) {
  const rule = BY_NAME.get(english)!;
  for (const name of Object.values(byLanguage).flat()) if (!BY_NAME.has(headingKey(name))) BY_NAME.set(headingKey(name), rule);
}

/**
 * Lower-case, accents dropped ("Educación" as "educacion", "ß" as "ss"), "&" and the "and" of
 * the other languages as "and", punctuation and letter-spacing ("E X P E R I E N C E") removed.
 */
export function headingKey(text: string): string {
  let t = text.replace(/[\u{1F000}-\u{1FFFF}\u2600-\u27BF\uE000-\uF8FF]/gu, ' ');
  if (/^(?:[A-Za-z] ){3,}[A-Za-z]$/.test(t.trim())) t = t.replace(/ /g, '');
  return t
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the text reads as a heading only by its last word ("Cloud Technologies", "StartupXYZ
 * Technologies"): not a name we list, nor names we list joined.
 */
export function suffixOnly(text: string): boolean {
  const key = headingKey(text.replace(HEADING_LEAD, ''));
  return !BY_NAME.has(key) && !compoundRule(key) && SUFFIX_RULES.some(([pattern]) => pattern.test(key));
}

/** Whether the text is a heading name we list, whole ("Volunteer Experience"), in any of our languages. */
export function listedName(text: string): boolean {
  return BY_NAME.has(headingKey(text));
}

/** Known names with their spaces removed: "TECHNICALCOMPETENCIES" lost its space in a text box. */
const BY_GLUED = new Map<string, HeadingRule>();
for (const [name, rule] of BY_NAME) if (name.includes(' ')) BY_GLUED.set(name.replace(/ /g, ''), rule);

/** The rule a heading text names, or null when the text is not a heading we know. */
export function headingRule(text: string): HeadingRule | null {
  const key = headingKey(text);
  if (!key) return null;
  const rule = ruleOfKey(key, mixedCase(text));
  if (rule) return rule;
  // Small capitals read as a capital and a smaller run: "T ECHNICAL S KILLS", "E DUCATION".
  const joined = text.replace(/\b([A-Z]) (?=[A-Z]{2,}\b)/g, '$1');
  if (joined !== text && text === text.toUpperCase()) return ruleOfKey(headingKey(joined));
  // Two columns' headings side by side ("EXPERIENCE SKILLS"), or a name misspelt ("WORK
  // EXPIRIENCE"): read only on a line set as headings are, every word capitalised.
  if (key.split(' ').length > 5 || /(?:^|\s)[^\p{Lu}\d\s&/,:|•-]/u.test(text.replace(HEADING_LEAD, '').trim())) return null;
  const mended = mendSpelling(key);
  return (mended !== key ? ruleOfKey(mended) : null) ?? sideBySide(mended);
}

/**
 * Words of the English heading names, for mending a misspelt heading: an English word one
 * letter from another language's heading ("studios", "estudios") is no misspelling of it.
 */
const HEADING_WORDS: readonly string[] = [...new Set(HEADING_RULES.flatMap((rule) => rule.names).flatMap((name) => name.split(' ')).filter((w) => w.length >= 7))];

/** "expirience" → "experience": a word of seven letters or more one edit from a heading's word. */
function mendSpelling(key: string): string {
  return key.split(' ').map((w) => (w.length < 7 || HEADING_WORDS.includes(w) ? w : HEADING_WORDS.find((h) => oneEdit(w, h)) ?? w)).join(' ');
}

/**
 * One substitution, insertion, deletion or swap of neighbours apart, inside the word: an ending
 * changed makes another word ("experienced", "presentation").
 */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= Math.min(a.length, b.length) - 1) return false;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "EXPERIENCE SKILLS", "EDUCATION SKILLS": the headings of two columns that a Word layout set
 * on one line. Both halves must be names we know; the one holding dated entries decides, as in
 * a compound heading.
 */
function sideBySide(key: string): HeadingRule | null {
  const words = key.split(' ');
  for (let k = 1; k < words.length; k++) {
    const left = BY_NAME.get(words.slice(0, k).join(' '));
    const right = BY_NAME.get(words.slice(k).join(' '));
    if (left && right) return [left, right].find((rule) => rule.block !== 'none') ?? left;
  }
  return null;
}

/** Words a heading names no section with: they make a line a phrase ("estimation of projects"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['of', 'a', 'an', 'the', 'for', 'to', 'with', 'in', 'on', 'by', 'as', 'at', 'from', 'i', 'we']);

/**
 * "Excellent communication skills", "Good oral/communication skills", "Strong interpersonal skills":
 * a line opening with how good a skill is claims the skill; a heading names a kind ("Technical
 * Skills", "Core Strengths"). Asked inside a block of positions only (classify-sections.ts): under
 * a heading the reader does not know ("Summary of Qualifications", "Qualifications" read as
 * education), such a line still opens the skills block the list it stands in is.
 */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['excellent', 'good', 'great', 'strong', 'solid', 'effective', 'exceptional', 'outstanding', 'superior', 'superb', 'proven', 'extensive', 'thorough', 'sound', 'keen', 'impeccable', 'polished', 'remarkable', 'highly', 'very']);

/**
 * Words after the first both capitalised and not ("CMS Updates and guidelines/trainings"): a
 * heading is set in title case or in sentence case, a line of prose in neither.
 */
function mixedCase(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter((w) => w !== '' && !PHRASE_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'and');
  const rest = words.slice(1);
  return rest.some((w) => /^\p{Lu}/u.test(w)) && rest.some((w) => /^\p{Ll}/u.test(w));
}

/**
 * A phrase a wrapped sentence left on a line of its own ("Planning and estimation of projects",
 * "ensuring a positive experience", "CMS Updates and guidelines/trainings"): it holds a word of
 * a sentence, or mixes its case. Only the suffix rules ask, as the names listed are matched
 * whole ("Professional Teaching & Writing Experience" is a heading).
 */
function phrase(words: readonly string[], mixed: boolean): boolean {
  return mixed || words.some((w) => PHRASE_WORDS.has(w));
}

/**
 * Whether a line read as a heading only by its last word opens with a word of degree ("Good
 * oral/communication skills" under a position's "Skills Used:"): a skill claimed, not a heading.
 */
export function claimsBySuffix(text: string): boolean {
  const key = headingKey(text.replace(HEADING_LEAD, ''));
  return DEGREE_WORDS.has(key.split(' ')[0]!) && suffixOnly(text);
}

function ruleOfKey(key: string, mixed = false): HeadingRule | null {
  const words = key.split(' ');
  if (words.length > 5) return null;
  const exact = BY_NAME.get(key) ?? (words.length === 1 ? BY_GLUED.get(key) : undefined);
  if (exact) return exact;
  if (!phrase(words, mixed)) for (const [pattern, name] of SUFFIX_RULES) if (pattern.test(key)) return BY_NAME.get(name) ?? null;
  return compoundRule(key);
}

/**
 * "Tools & Tech", "Education & Courses", "Languages & Tools": names we know joined into one
 * heading (sidebars do this). Every part must be a name we know, so a title such as "Research
 * and Development Manager" opens no block. A part holding dated entries (experience, education)
 * decides, as their readers need the block; else a skills part, as the block lists what one
 * can do ("Languages & Tools" are programming languages); else the first.
 */
function compoundRule(key: string): HeadingRule | null {
  // "and" as the other languages write it too: "Formação e Cursos", "Aus- und Weiterbildung".
  const parts = key.split(/ (?:and|y|e|et|und) /).map((p) => BY_NAME.get(p.trim()));
  if (parts.length < 2 || !parts.every((rule): rule is HeadingRule => rule !== undefined)) return null;
  return parts.find((rule) => rule.block !== 'none') ?? parts.find((rule) => rule.section === 'skills') ?? parts[0]!;
}

/** Headings of a block of contact details and profile links. */
const CONTACT_HEADINGS: ReadonlySet<string> = new Set([
  'contact', 'contacts', 'contact information', 'contact info', 'contact details', 'contact me', 'links', 'profiles',
  'online profiles', 'social', 'social links', 'personal information', 'personal details', 'find me online', 'online presence',
  // Spanish, Portuguese, French, German (keys, accents dropped).
  'contacto', 'datos de contacto', 'informacion de contacto', 'contato', 'coordonnees', 'kontakt', 'kontaktdaten',
]);

/** Bullets, icons and numbering that may precede a heading. */
export const HEADING_LEAD = /^[\s•◦▪‣·●○■□►▶➢✓✔\-–*#>|:]+/u;

/** A line as a heading would be written: without what leads it or a closing colon ("• Languages:"). */
export function headingCell(text: string): string {
  return text.replace(HEADING_LEAD, '').replace(/:\s*$/, '').trim();
}

/**
 * Whether each line sits in a block of contact details: from a heading such as CONTACT or
 * LINKS to the next heading we know. The section reader files these lines under 'other'; a
 * profile link there is no claim (resume/claim-context.ts profileLink).
 */
export function contactLines(texts: readonly string[]): boolean[] {
  let inside = false;
  return texts.map((text) => {
    const cell = headingCell(text);
    if (cell.length <= 45) {
      const key = headingKey(cell);
      if (CONTACT_HEADINGS.has(key)) {
        inside = true;
        return false;
      }
      if (headingRule(cell)) inside = false;
    }
    return inside;
  });
}
