import { contentWords, idf, sameWord } from '../../match/text-evidence.js';
import type { Background, JobProfile, Requirement } from '../../types.js';

/**
 * A requirement named in most resumes ("communication", "documentation") tells candidates
 * apart less than one named in few ("roofing", "Kubernetes"). Each weight is scaled by how rare
 * its name is in the background corpus (the idf of its rarest member, against REFERENCE_IDF: a
 * word in about one document in twenty), within [MIN_FACTOR, MAX_FACTOR]. Computed from fixed
 * data, so a weight never depends on the other files of a batch.
 */
const REFERENCE_IDF = Math.log(30);
export const MIN_FACTOR = 0.15;
export const MAX_FACTOR = 1.25;
/**
 * A soft skill's name is rare in resumes because resumes show it in verbs and roles ("led a
 * team", "liaised with"), not because it is specific: "teamwork" and "adaptability" are asked
 * by every kind of posting. Its rarity never raises it above a common word's weight, so a soft
 * skill that almost no resume states in the posting's words is no flat penalty on everyone.
 */
export const SOFT_MAX_FACTOR = 0.5;
/**
 * A name the taxonomy does not know (a phrase of the open vocabularies, a clause's own words:
 * kind 'unknown') is matched on resumes by its words alone, so common words ("best practices",
 * "make decisions") meet it by chance in most resumes, where a taxonomy name of the same words
 * would still be a deliberate claim. Its rarity counts twice: factor = (idf / REFERENCE_IDF)^2,
 * within the same bounds, so a phrase of common words weighs little and "quantity takeoffs"
 * (a rare word) fully.
 */
export const WORDS_ONLY_POWER = 2;

function nameIdf(background: Background, name: string): number | null {
  const words = contentWords(name);
  if (words.length === 0) return null;
  // The words of a name together: "infection control" is as telling as its rarer word.
  return Math.max(...words.map((w) => idf(background, w.stem)));
}

export function specificityFactor(background: Background, requirement: Requirement): number | null {
  // The posting's own words for a member ("docs" for Documentation) are the same skill, no rarer.
  const said = new Set(requirement.said ?? []);
  const idfs = requirement.anyOf.filter((name) => !said.has(name)).map((name) => nameIdf(background, name)).filter((x): x is number => x !== null);
  if (idfs.length === 0) return null;
  const ceiling = requirement.kind === 'soft' ? SOFT_MAX_FACTOR : MAX_FACTOR;
  const rarity = Math.max(...idfs) / REFERENCE_IDF;
  const power = requirement.kind === 'unknown' ? WORDS_ONLY_POWER : 1;
  const factor = Math.min(ceiling, Math.max(MIN_FACTOR, rarity ** power));
  return Math.round(factor * 100) / 100;
}

/** The content words of a text as written, lower-case, with their stems. */
function writtenWords(text: string): { stem: string; word: string }[] {
  return contentWords(text).map((w) => ({ stem: w.stem, word: text.slice(w.start, w.end).toLowerCase() }));
}

/**
 * A requirement the posting's title names (its head, before any dash or comma) is the job itself ("Accounting" for a "Senior
 * Accounting/Audit Specialist", "Teaching" for a "Preschool Teacher", "Customer Service" for a
 * "Customer Service Representative"): it tells this posting's candidates apart however common it
 * is across all resumes, so commonness never weighs it down.
 */
export function namedInTitle(title: string | null, requirement: Requirement): boolean {
  if (!title) return false;
  // The job's name only: what follows a dash, a bar, a comma or a parenthesis is a list of
  // keywords ("HR Generalist - outlook, excel, customer service"), not the job.
  const inTitle = writtenWords(title.split(/\s[-–—|]|[,(|]/)[0]!);
  return requirement.anyOf.some((name) => {
    const words = writtenWords(name);
    return words.length > 0 && words.every((w) => inTitle.some((t) => t.stem === w.stem || sameWord(t.word, w.word)));
  });
}

/** The posting with each requirement's weight scaled by its specificity, the reason added. */
export function weighBySpecificity(job: JobProfile, background: Background): JobProfile {
  const requirements = job.requirements.map((r) => {
    const factor = specificityFactor(background, r);
    if (factor !== null && factor < 1 && namedInTitle(job.title, r)) {
      return { ...r, weightReasons: [...(r.weightReasons ?? []), 'named in the posting title (×1)'] };
    }
    if (factor === null || factor === 1) return r;
    const how = (factor < 1 ? 'common in resumes' : 'rare in resumes') + (r.kind === 'unknown' && factor < 1 ? ', matched by its words (rarity²)' : '');
    return { ...r, weight: Math.round(r.weight * factor * 100) / 100, weightReasons: [...(r.weightReasons ?? []), `${how} (×${factor})`] };
  });
  return { ...job, requirements };
}
