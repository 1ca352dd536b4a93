import { builtin, builtinFile } from '../builtin/index.js';
import type { OccupationData, OccupationReading, OccupationRef, OccupationRelation } from '../types.js';
import { postingReadings } from './read-posting.js';
import { closeTitleByDuties, titleReading, type TitleReading } from './read-resume.js';

export { matchTitle, titleCandidates } from './match-title.js';
export { knowledgeSimilarity, matchText, namesOccupation, namingStems, taskLikeness, taskSimilarity } from './match-text.js';
export { postingReadings } from './read-posting.js';
export { closeTitleByDuties, headlineOccupation, positionLinesOccupation, titleInLines, titleReading } from './read-resume.js';

/**
 * Occupations: reading a title or a posting as an O*NET occupation, and how two occupations
 * stand to each other. Pure: the tables are loaded once by the caller (loadOccupations) and
 * passed in.
 *   Step 1 loadOccupations  data/occupations.json → OccupationData (indexes built once)
 *   Step 2 matchTitle       "Sr. Software Engineer II" → 15-1252.00 Software Developers
 *          matchText        a posting's lines → the occupations its tasks read like
 *   Step 3 relation         same / related (O*NET rank) / family (SOC group) / unrelated
 *          carries          whether holding one occupation meets what another requires
 */

export const OCCUPATIONS_FILE = builtinFile('occupations.json');

/** The shape of data/occupations.json (see scripts/build-occupations.mjs); strings are base64 typed arrays. */
export interface OccupationsFile {
  version: number;
  occupations: [code: string, title: string, zone: number][];
  words: string[];
  wordIdf: string;
  endsTitle: string;
  titleCounts: number[];
  titleStart: string;
  titleWords: string;
  titleWeights: string;
  postingStart: string;
  postings: string;
  related: number[][];
  stems: string[];
  stemIdf: string;
  taskStart: string;
  tasks: string;
  knowledgeAreas: string[];
  knowledge: string;
}

let cached: OccupationData | undefined;

/** The built-in occupation tables, read and indexed once per process. */
export function loadOccupations(): OccupationData {
  cached ??= indexOccupations(builtin.occupations<OccupationsFile>());
  return cached;
}

/** A typed array from base64 of its little-endian bytes (copied, so it is aligned). */
function decode<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  // Large decodes get a buffer of their own; small ones may sit unaligned in Node's pool.
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
  return make((own ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) as ArrayBuffer);
}

/**
 * The lookup tables: the build computed them all (idf, postings, offsets), so this decodes
 * them and computes only the task vectors' norms; a few milliseconds.
 */
export function indexOccupations(file: OccupationsFile): OccupationData {
  const n = file.occupations.length;
  const titleOccupation = new Int32Array(decode(file.titleWeights, (b) => b.byteLength));
  for (let occ = 0, t = 0; occ < n; occ++) titleOccupation.fill(occ, t, (t += file.titleCounts[occ]!));
  const stemIdf = decode(file.stemIdf, (b) => new Float32Array(b));
  const taskStart = decode(file.taskStart, (b) => new Uint32Array(b));
  const stemIds = decode(file.tasks, (b) => new Uint16Array(b));
  const taskStems: Uint16Array[] = [];
  const taskNorm = new Float64Array(n);
  for (let occ = 0; occ < n; occ++) {
    let sum = 0;
    for (let at = taskStart[occ]!; at < taskStart[occ + 1]!; at++) sum += stemIdf[stemIds[at]!]! ** 2;
    taskStems.push(stemIds.subarray(taskStart[occ]!, taskStart[occ + 1]!));
    taskNorm[occ] = Math.sqrt(sum);
  }
  return {
    codes: file.occupations.map((o) => o[0]),
    names: file.occupations.map((o) => o[1]),
    zones: file.occupations.map((o) => o[2]),
    byCode: new Map(file.occupations.map((o, i) => [o[0], i])),
    related: file.related,
    words: file.words,
    wordIdf: decode(file.wordIdf, (b) => new Float32Array(b)),
    endsTitle: decode(file.endsTitle, (b) => new Uint8Array(b)),
    titleStart: decode(file.titleStart, (b) => new Uint32Array(b)),
    titleWords: decode(file.titleWords, (b) => new Uint16Array(b)),
    titleOccupation,
    titleWeight: decode(file.titleWeights, (b) => new Uint8Array(b)),
    postingStart: decode(file.postingStart, (b) => new Uint32Array(b)),
    postings: decode(file.postings, (b) => new Uint32Array(b)),
    stems: file.stems,
    stemIdf,
    taskStems,
    taskNorm,
    knowledgeAreas: file.knowledgeAreas,
    knowledge: decode(file.knowledge, (b) => new Int8Array(b)),
  };
}

/** O*NET's job zone of an occupation (1 little preparation … 5 extensive), or null. */
export function jobZone(data: OccupationData, code: string): number | null {
  const i = data.byCode.get(code) ?? data.byCode.get(baseCode(code));
  return i === undefined || !data.zones[i] ? null : data.zones[i]!;
}

/** "29-1141.03" → "29-1141.00": the 6-digit SOC occupation a detailed O*NET one belongs to. */
function baseCode(code: string): string {
  return `${code.slice(0, 7)}.00`;
}

/**
 * How occupation b stands to a. 'same': the same 6-digit SOC code. 'related': O*NET lists one
 * among the other's related occupations; O*NET's lists are one-way, so the better rank of both
 * directions counts, and a detailed code without a list of its own borrows its SOC parent's.
 * 'family': the same first four SOC digits (29-11: nurses, therapists…). Else 'unrelated'.
 */
export function relation(data: OccupationData, a: string, b: string): OccupationRelation {
  // An "All Other" SOC code (15-1299: blockchain engineers, web administrators…) gathers unlike
  // occupations: there only the detailed code is the same occupation.
  const residual = a.slice(5, 7) === '99';
  if (residual ? a === b : a.slice(0, 7) === b.slice(0, 7)) return { kind: 'same' };
  let best = Infinity;
  for (const from of [a, baseCode(a)]) {
    for (const to of [b, baseCode(b)]) {
      best = Math.min(best, rankOf(data, from, to), rankOf(data, to, from));
    }
  }
  if (best < Infinity) return { kind: 'related', rank: best };
  if (a.slice(0, 5) === b.slice(0, 5)) return { kind: 'family' };
  return { kind: 'unrelated' };
}

/** Position (1-based) of `to` in `from`'s related list, or Infinity. */
function rankOf(data: OccupationData, from: string, to: string): number {
  const i = data.byCode.get(from);
  const j = data.byCode.get(to);
  if (i === undefined || j === undefined) return Infinity;
  const at = data.related[i]!.indexOf(j);
  return at < 0 ? Infinity : at + 1;
}

/**
 * O*NET splits each related list into Primary-Short (1–5), Primary-Long (6–10) and
 * Supplemental (11–20) tiers; only the first is close enough for one occupation to hold what
 * the other requires (Registered Nurses–Nursing Assistants: 4; Registered Nurses–Respiratory
 * Therapists: 9, and neither holds the other's licence).
 */
export const CARRIES_MAX_RANK = 5;

/**
 * Whether holding one occupation meets what another requires: the same occupation, or a
 * closely related one (O*NET's Primary-Short tier) that needs at least as much preparation
 * (job zone). A Registered Nurse (zone 4) carries a Nursing Assistant's certificate (zone 3);
 * not the reverse. A shared SOC family alone is not enough: a registered nurse and a
 * respiratory therapist share 29-11.
 */
/**
 * Whether years in one occupation count toward another's: the same occupation, the same SOC
 * family, or one O*NET relates in its Primary-Short tier ("a Full stack PHP Developer has years
 * of software engineering").
 */
export function isCloseOccupation(data: OccupationData, a: string, b: string): boolean {
  const rel = relation(data, a, b);
  return rel.kind === 'same' || rel.kind === 'family' || (rel.kind === 'related' && rel.rank! <= CARRIES_MAX_RANK);
}

export function carries(data: OccupationData, holder: string, asked: string): boolean {
  const rel = relation(data, holder, asked);
  if (rel.kind === 'same') return true;
  if (rel.kind !== 'related' || rel.rank! > CARRIES_MAX_RANK) return false;
  const held = jobZone(data, holder);
  const needed = jobZone(data, asked);
  return held !== null && needed !== null && held >= needed;
}

/**
 * The occupation a posting is for: the best of its readings (postingReadings: its title weighed
 * against its duties). Null for a posting that reads as none.
 */
export function postingOccupation(data: OccupationData, title: string | null, lines: string[]): OccupationRef | null {
  return occupationOf(postingReadings(data, title, lines));
}

/** The posting's occupation: its best reading, or null. */
export function occupationOf(readings: OccupationReading[]): OccupationRef | null {
  const best = readings[0];
  return best ? { code: best.code, title: best.title, via: best.via } : null;
}

/** A title's reading and its close rivals, read once per table: a batch's resumes repeat the same few thousand position titles. */
const titlesRead = new WeakMap<OccupationData, Map<string, TitleReading>>();

/**
 * The occupation a position title names, when it names one clearly. A title that names several
 * occupations about as well ("Data Analyst") is settled by the position's own lines, when given
 * (closeTitleByDuties; `lines` is called only then).
 */
export function positionOccupation(data: OccupationData, title: string | null, lines: () => readonly string[] = () => []): OccupationRef | undefined {
  if (!title) return undefined;
  let byTitle = titlesRead.get(data);
  if (!byTitle) titlesRead.set(data, (byTitle = new Map()));
  let read = byTitle.get(title);
  if (read === undefined) {
    read = titleReading(data, title);
    if (byTitle.size < 20_000) byTitle.set(title, read);
  }
  // The lines are gathered only for a title with close rivals (a third of them).
  const texts = read.close.length > 1 ? lines() : [];
  const found = texts.length ? closeTitleByDuties(data, read, texts) : read.best;
  // A new object each time: a position owns its occupation.
  return found ? { code: found.code, title: found.title, via: found.via } : undefined;
}
