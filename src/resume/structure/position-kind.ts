import type { Position } from '../../types.js';
import type { BlockKind } from './headings.js';

export type PositionKind = NonNullable<Position['kind']>;

/** Titles of internships: the whole engagement is a trial or a summer placement. */
const INTERN = /\b(intern|interns?hip|co-?op|summer (analyst|associate|intern)|trainee|apprentice(ship)?|industrial placement|placement student)\b/i;

/** Roles held as a student: research and teaching assistantships, lab helpers, club roles. */
const STUDENT_ROLE = /\b((research|teaching|lab(oratory)?|student|graduate|undergraduate|course) (assistant|aide|researcher|fellow)|research (and|&) teaching assistant|undergraduate research(er)?|student (worker|employee|ambassador)|\bTA\b|tutor|peer mentor|(club|society|chapter) (president|member|officer))/i;

/** A dated line that is a course of study listed among jobs ("08/2013-12/2015, Student, ASN"). */
const STUDY = /\b(student|GPA|coursework)\b/i;

/** Unpaid roles: volunteering, and contributing to an open-source project ("Open Source Contributor"). */
const VOLUNTEER = /\bvolunteer(ing)?\b|\bcontributor\b/i;

/** Titles that make a research role a job rather than a student's assistantship. */
const PROFESSIONAL_RESEARCH = /\b(post-?doc(toral)?|scientist|professor|lecturer|engineer|fellow(ship)? at|staff|principal investigator|director)\b/i;

/**
 * How a dated entry counts. The block it sits in decides first (education, activities, internships),
 * then its heading text: interns are internships, student assistantships and volunteering
 * are not professional, and a summer-only engagement is read as an internship.
 */
export function positionKind(block: BlockKind, head: string, season: boolean): PositionKind {
  if (block === 'education') return 'education';
  if (block === 'activity') return 'volunteer';
  if (block === 'internship') return 'internship';
  if (INTERN.test(head)) return 'internship';
  if (STUDENT_ROLE.test(head) || VOLUNTEER.test(head)) return 'volunteer';
  if (STUDY.test(head)) return 'education';
  if (block === 'research') return PROFESSIONAL_RESEARCH.test(head) ? 'job' : 'volunteer';
  if (season) return 'internship';
  return 'job';
}
