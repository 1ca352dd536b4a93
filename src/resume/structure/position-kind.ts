import type { Position } from '../../types.js';
import type { BlockKind } from './headings.js';
import { DEGREE_RULES } from './find-education.js';

export type PositionKind = NonNullable<Position['kind']>;

/** Words that name a role ("engineer", "representative"): a line holding one names a position. */
export const TITLE_WORD = /\b(engineer|developer|manager|intern|analyst|scientist|consultant|director|lead|architect|designer|specialist|assistant|administrator|officer|accountant|nurse|technician|coordinator|president|ceo|cto|cfo|founder|head|vp|vice president|programmer|researcher|writer|teacher|associate|representative|executive|supervisor|employee|member|fellow|contributor|editor|clerk|agent|advisor|owner|partner|trainee|webmaster|sre)\b/i;

/**
 * Titles of internships: the whole engagement is a trial or a summer placement. In Spanish,
 * Portuguese, French and German: "Practicante", "Pasante", "Becario", "Estagiário", "Estágio",
 * "Stagiaire", "Praktikant", "Praktikum".
 */
const INTERN = /\b(intern|interns?hip|co-?op|summer (analyst|associate|intern)|trainee|apprentice(ship)?|industrial placement|placement student|practicante|pasante|becari[oa]|estagi[aá]ri[oa]|est[aá]gio|stagiaire|praktikant(?:in)?|praktikum)\b/i;

/** Roles held as a student: research and teaching assistantships, lab helpers, club roles. */
const STUDENT_ROLE = /\b((research|teaching|lab(oratory)?|student|graduate|undergraduate|course) (assistant|aide|researcher|fellow)|research (and|&) teaching assistant|undergraduate research(er)?|student (worker|employee|ambassador)|\bTA\b|tutor|peer mentor|(club|society|chapter) (president|member|officer))/i;

/**
 * A teaching or postdoctoral post held, which a tutoring or fellow's role beside it does not make
 * a student's ("Adjunct Instructor & Tutor", "Post-doctoral Research Fellow").
 */
const TEACHING_POST = /\b(adjunct|instructor|lecturer|teacher)\b|\b(?:assistant|associate|adjunct|visiting|full)\s+professor\b|\bprofessor of\b|\bpost-?\s?doc(?:toral)?\b/i;

/** A dated line that is a course of study listed among jobs ("08/2013-12/2015, Student, ASN"). */
const STUDY = /\b(student|GPA|coursework)\b/i;

/**
 * "Senior Student Finance Specialist", "Student Services Coordinator": a university's staff post
 * named after the service it gives students, a word or two between "student" and the role.
 * Not "Student Teacher" (a practicum), a post of the students' own ("Student Body President",
 * "Student Government Representative"), nor a student's campus job ("Student Administrative
 * Assistant", "Student Activities Office Assistant"), which the convention leaves out as it does
 * a "Student Worker".
 */
const STUDENT_SERVICE = new RegExp(
  String.raw`\bstudents?\s+(?!(?:body|government|council|union|association|club|senate|chapter)\b)(?:[\w&-]+\s+){1,2}` +
    String.raw`(?!(?:assistant|member|employee)\b)` + TITLE_WORD.source,
  'gi',
);

const namesStudy = (head: string): boolean => STUDY.test(head.replace(STUDENT_SERVICE, ' '));

/**
 * A school-leaving qualification ("Higher Secondary", "High School Diploma"): in a two-column
 * layout the education column's school and years can sit in the experience block, as can a
 * degree written out ("B.Tech - Artificial Intelligence 2024 - 2025").
 */
const SCHOOLING = /\b(higher secondary|senior secondary|high school diploma|secondary school certificate)\b/i;

function namesSchooling(head: string): boolean {
  const text = head.replace(/\s+/g, ' ');
  if (TITLE_WORD.test(text)) return false;
  if (SCHOOLING.test(text)) return true;
  // A degree only on the dated line itself: a line above may be another column's degree.
  const dated = head.split('\n').filter((line) => /\b(19|20)\d\d\b/.test(line));
  return dated.some((line) => DEGREE_RULES.some((rule) => rule.strict.some((re) => re.test(line))));
}

/**
 * A project of one's own listed among jobs ("xxx Projects  Jan. 2015 – Present" over "C, Python,
 * Django Individual Projects"): not a position held, unless a role is named with it.
 */
const OWN_PROJECT = /\b(?:individual|personal|side|academic|course|class|capstone|hobby|pet|open[- ]source)\s+projects?\b/i;

/** Unpaid roles: volunteering, and contributing to an open-source project ("Open Source Contributor"). */
const VOLUNTEER = /\bvolunteer(ing)?\b|\bcontributor\b/i;

/**
 * A seat on a governing body: "Board Member", "Member of Board of Directors", "Trustee", "Committee
 * Member", "Board of Trustees / Board Vice President", "Founding member … Vice Chairman … Board
 * Member". A church's, a school district's or a nonprofit's board sits unpaid.
 */
const BOARD_SEAT = /\b(?:board|committee|council)\s+(?:member|trustee|chair\w*|(?:vice\s+)?president|secretary|treasurer)\b|\bmember\s+of\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,3}?(?:board|committee|council)\b|\bboard\s+of\s+(?:directors|trustees|governors|regents)\b|\btrustees?\b/i;

/** The words of a seat and its offices, which leave no other role in a title that is a seat only. */
const SEAT_WORDS = /\b(?:founding|life|elected|appointed|voting|board|committee|council|trustees?|members?|chair(?:man|woman|person)?|vice|president|secretary|treasurer|directors|governors|regents)\b/gi;

/**
 * A position's head lines that name only a seat on a board, committee or council ("TRUSTEE BOARD
 * MEMBER" over "Company Name - City"); a role held beside it ("General Manager and Board Member", "School Board - Substitute Teacher") keeps
 * the position a job.
 */
function seatOnly(head: string): boolean {
  return BOARD_SEAT.test(head) && !TITLE_WORD.test(head.replace(SEAT_WORDS, ' '));
}

/** Titles that make a research role a job rather than a student's assistantship. */
const PROFESSIONAL_RESEARCH = /\b(post-?doc(toral)?|scientist|professor|lecturer|engineer|fellow(ship)? at|staff|principal investigator|director)\b/i;

/**
 * "Intern, Claim Representative, HR Generalist, Superintendent 05/1988 to Current": one line
 * lists a career that began as an intern, so the span is the roles after it, not an internship.
 * "Software Engineer Intern, Google, Mountain View" names no role after the intern.
 */
const ROLES = new RegExp(TITLE_WORD.source, 'gi');

function laterRoles(head: string): boolean {
  const m = INTERN.exec(head);
  if (!m) return false;
  const rest = head.slice(m.index + m[0].length).split('\n')[0] ?? '';
  if (!/^\s*(?:,|→|->)/.test(rest)) return false;
  return (rest.match(ROLES) ?? []).some((role) => !INTERN.test(role));
}

/**
 * How a dated entry counts. The block it sits in decides first (education, activities, internships),
 * then its heading text: interns are internships, student assistantships and volunteering
 * are not professional, and a summer-only engagement is read as an internship.
 */
/** Words of study: a dated entry naming one is schooling, whatever role word it also holds. */
const STUDY_WORDS = /\b(universit(y|ies)|college|institute|school|academy|polytechnic|faculty|degree|diploma|bachelor|master|ph\.?d|student|course(s|work)?|certificat(e|ion)|graduat(e|ed|ion)|gpa|major|minor|studies|training|bootcamp|b\.?s\.?c?|m\.?s\.?c?|b\.?a|m\.?a|mba)\b/i;

/**
 * "Web-developer at Digital Dream LLC, Ulyanovsk" under a sidebar's "Education" heading that a
 * two-column Word layout put above the main column: a role held at an organisation, naming
 * nothing of study, is read as a position wherever it sits.
 */
function roleAt(head: string): boolean {
  return TITLE_WORD.test(head) && /\b(?:at|@)\s+\p{Lu}/u.test(head) && !STUDY_WORDS.test(head) && !DEGREE_RULES.some((rule) => rule.loose.some((re) => re.test(head)));
}

export function positionKind(block: BlockKind, head: string, season: boolean): PositionKind {
  if (block === 'education' && !roleAt(head)) return 'education';
  if (block === 'activity') return 'volunteer';
  if (block === 'internship') return 'internship';
  if (INTERN.test(head) && !laterRoles(head)) return 'internship';
  if ((STUDENT_ROLE.test(head) && !TEACHING_POST.test(head)) || VOLUNTEER.test(head) || seatOnly(head)) return 'volunteer';
  if (OWN_PROJECT.test(head) && !TITLE_WORD.test(head)) return 'volunteer';
  if (namesStudy(head) || namesSchooling(head)) return 'education';
  if (block === 'research') return PROFESSIONAL_RESEARCH.test(head) ? 'job' : 'volunteer';
  if (season) return 'internship';
  return 'job';
}
