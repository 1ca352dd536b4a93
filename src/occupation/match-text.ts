import type { OccupationData, OccupationMatch } from '../types.js';
import { contentStems, sortedIndex, titleWords } from './words.js';

/** Occupations returned by matchText. */
const TOP = 3;

/**
 * Reads a text with no clear title (a posting's lines) as the occupations whose O*NET task
 * statements it resembles: cosine similarity of the text's stems (tf · idf) against each
 * occupation's most telling task stems (idf). `via` lists the shared stems that weigh most.
 */
export function matchText(data: OccupationData, lines: string[]): OccupationMatch[] {
  const likeness = taskLikeness(data, lines);
  if (!likeness) return [];
  const scored: { occ: number; score: number }[] = [];
  likeness.scores.forEach((score, occ) => {
    if (score) scored.push({ occ, score });
  });
  scored.sort((a, b) => b.score - a.score || a.occ - b.occ);
  return firstNamed(data, likeness, scored.map((s) => s.occ), TOP).map((occ) => likenessMatch(data, likeness, occ, likeness.scores[occ]!));
}

/**
 * A title word names an occupation when fewer than this many occupations use it in any of their
 * titles ("passenger", "wind", "estimator", "nurse"); "first", "line", "supervisor", "manager",
 * "specialist" and "project" name none.
 */
const NAMING_TITLES = 40;

/** Per occupation, the stems of its O*NET title's naming words that its task statements also tell by. */
const namingByData = new WeakMap<OccupationData, (string[] | undefined)[]>();

/** The stems a text must share with an occupation for a reading from its words alone (see namesOccupation). */
export function namingStems(data: OccupationData, occ: number): string[] {
  let table = namingByData.get(data);
  if (!table) namingByData.set(data, (table = []));
  let stems = table[occ];
  if (!stems) {
    const floor = Math.log((data.codes.length + 1) / NAMING_TITLES);
    const telling = new Set([...data.taskStems[occ]!].map((id) => data.stems[id]!));
    const found = new Set<string>();
    for (const word of titleWords(data.names[occ]!)) {
      const id = sortedIndex(data.words, word);
      if (id < 0 || data.wordIdf[id]! < floor) continue;
      for (const stem of contentStems(word)) if (telling.has(stem)) found.add(stem);
    }
    stems = table[occ] = [...found];
  }
  return stems;
}

/**
 * The first `count` of `occs` (best first) that the text names (namesOccupation). A loop, not a
 * filter: naming words are worked out per occupation on first use, and a one-resume run paid for
 * a thousand of them.
 */
export function firstNamed(data: OccupationData, likeness: TaskLikeness, occs: readonly number[], count: number): number[] {
  const named: number[] = [];
  for (const occ of occs) {
    if (named.length === count) break;
    if (namesOccupation(data, likeness, occ)) named.push(occ);
  }
  return named;
}

/** Whether two stems are one word's: the same, or one a prefix of the other of at least 4 letters ("plumb", "plumber"). */
function sameStem(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Whether a text read as an occupation's tasks also says a word that names it: one of its
 * title's naming words that its tasks use too ("wind" for Wind Energy Development Managers,
 * "passenger" for First-Line Supervisors of Passenger Attendants, "estimat" for Cost Estimators).
 * Niche occupations whose task statements are mostly generic ("document", "status", "update",
 * "support") otherwise win readings of texts that never mention their field. An occupation whose
 * title has no naming word (Project Management Specialists) needs none.
 */
export function namesOccupation(data: OccupationData, likeness: TaskLikeness, occ: number): boolean {
  const naming = namingStems(data, occ);
  if (naming.length === 0) return true;
  likeness.present ??= [...likeness.weight.keys()].filter((id) => likeness.weight[id]! > 0).map((id) => data.stems[id]!);
  return likeness.present.some((stem) => naming.some((name) => sameStem(stem, name)));
}

/** Each task stem's id, by stem: a text's stems were each looked up by binary search. */
const stemIdsOf = new WeakMap<OccupationData, Map<string, number>>();

function stemIds(data: OccupationData): Map<string, number> {
  let ids = stemIdsOf.get(data);
  if (!ids) {
    ids = new Map();
    // The stems are unique (a sorted list without repeats), so this is the id sortedIndex finds.
    data.stems.forEach((stem, id) => ids!.has(stem) || ids!.set(stem, id));
    stemIdsOf.set(data, ids);
  }
  return ids;
}

/**
 * An occupation with fewer task stems than this has no task statements: O*NET gives its "All
 * Other" groups only a title and a one-line definition ("All personal service managers not
 * listed separately": the stems "person", "separ", "list"), so any text sharing a word or two
 * reads like it almost fully. It has no task likeness; its titles still read.
 */
const MIN_TASK_STEMS = 10;

/** A text's tf·idf weights over task stems, and its cosine with every occupation's task stems. */
export interface TaskLikeness {
  weight: Float64Array;
  scores: Float64Array;
  /** The text's task stems, listed once asked for (namesOccupation). */
  present?: string[];
}

/** How much a text reads like each occupation's O*NET tasks (cosine, by occupation index); null for a text with no task stems. */
export function taskLikeness(data: OccupationData, lines: readonly string[]): TaskLikeness | null {
  const tf = new Map<number, number>();
  const ids = stemIds(data);
  for (const stem of contentStems(lines.join('\n'))) {
    const id = ids.get(stem);
    if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const weight = new Float64Array(data.stems.length);
  let norm = 0;
  for (const [id, n] of tf) {
    weight[id] = (1 + Math.log(n)) * data.stemIdf[id]!;
    norm += weight[id]! ** 2;
  }
  if (!norm) return null;
  norm = Math.sqrt(norm);
  const scores = new Float64Array(data.codes.length);
  const { stemIdf, taskStems, taskNorm } = data;
  // An indexed loop: this runs over every occupation's task stems for each resume, and a
  // for…of over a typed array stays slow until V8 optimizes it (late, under the run flags).
  for (let occ = 0; occ < taskStems.length; occ++) {
    const stems = taskStems[occ]!;
    if (stems.length < MIN_TASK_STEMS) continue;
    let dot = 0;
    for (let i = 0; i < stems.length; i++) dot += weight[stems[i]!]! * stemIdf[stems[i]!]!;
    if (dot) scores[occ] = dot / (norm * taskNorm[occ]!);
  }
  return { weight, scores };
}

/**
 * A title reading counts this much of its confidence on its own; the rest comes from how much
 * the lines under it read like that occupation's tasks (dutyShare). A title that several
 * occupations share ("Underwriter": insurance or loans) is settled by the duties; a clear title
 * with unusual duties still wins. The posting reader and the resume's position titles weigh alike.
 */
export const TITLE_ALONE = 0.7;

/** A title reading's confidence weighed by its duties: TITLE_ALONE of it on its own, the rest by `share` (0..1). */
export function withDuties(titleScore: number, share: number): number {
  return titleScore * (TITLE_ALONE + (1 - TITLE_ALONE) * share);
}

/**
 * How much lines read like each occupation relative to the one they read likeliest of all,
 * 0..1 by occupation index; null when they read like none. Relative, so lines that read little
 * like anything move no title reading far.
 */
export function dutyShare(likeness: TaskLikeness | null): ((occ: number) => number) | null {
  if (!likeness) return null;
  let top = 0;
  for (const score of likeness.scores) top = Math.max(top, score);
  return top > 0 ? (occ) => likeness.scores[occ]! / top : null;
}

/** An occupation as a text reads like it, with the shared task stems that weigh most as `via`. */
export function likenessMatch(data: OccupationData, likeness: TaskLikeness, occ: number, score: number): OccupationMatch {
  const { weight } = likeness;
  const telling = (id: number): number => weight[id]! * data.stemIdf[id]!;
  return {
    code: data.codes[occ]!,
    title: data.names[occ]!,
    score: Math.round(score * 1000) / 1000,
    via: [...data.taskStems[occ]!]
      .filter((id) => weight[id]! > 0)
      .sort((a, b) => telling(b) - telling(a))
      .slice(0, 5)
      .map((id) => data.stems[id])
      .join(' '),
  };
}

/**
 * How alike two occupations' work is, 0..1: the cosine of their task stems (idf-weighted).
 * Denser than O*NET's related lists (which leave, say, insurance and wholesale sales agents
 * unrelated), for grading occupations the lists do not link.
 */
export function taskSimilarity(data: OccupationData, a: string, b: string): number {
  const i = data.byCode.get(a);
  const j = data.byCode.get(b);
  if (i === undefined || j === undefined) return 0;
  if (i === j) return 1;
  let dot = 0;
  const other = data.taskStems[j]!;
  for (const id of data.taskStems[i]!) if (other.includes(id)) dot += data.stemIdf[id]! ** 2;
  return dot / (data.taskNorm[i]! * data.taskNorm[j]!);
}

/**
 * How alike two occupations' knowledge is, -1..1: the cosine of their O*NET knowledge profiles
 * (the importance of 33 areas such as Building and Construction, Economics and Accounting,
 * Sales and Marketing, each as a standard score over all occupations). Null when either has no
 * ratings. Task statements name an occupation's own objects ("valves", "ledgers"), so two
 * trades that share a field share few of them; what they must know is shared: a roofer and a
 * cost estimator both know building and construction.
 */
export function knowledgeSimilarity(data: OccupationData, a: string, b: string): number | null {
  const i = data.byCode.get(a);
  const j = data.byCode.get(b);
  if (i === undefined || j === undefined) return null;
  const areas = data.knowledgeAreas.length;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let k = 0; k < areas; k++) {
    const x = data.knowledge[i * areas + k]!;
    const y = data.knowledge[j * areas + k]!;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : null;
}
