import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OccupationData, OccupationRelation } from '../types.js';

export { matchTitle } from './match-title.js';
export { matchText, taskSimilarity } from './match-text.js';

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

export const OCCUPATIONS_FILE = fileURLToPath(new URL('../../data/occupations.json', import.meta.url));

/** The shape of data/occupations.json (see scripts/build-occupations.mjs). */
export interface OccupationsFile {
  version: number;
  occupations: [code: string, title: string, zone: number][];
  words: string[];
  wordOccupations: number[];
  titleCounts: number[];
  /** base64 of Uint8Array, Uint8Array, Uint16Array. */
  titleLengths: string;
  titleWeights: string;
  titleWords: string;
  wordTitles: number[];
  /** base64 of Uint32Array. */
  postings: string;
  related: number[][];
  stems: string[];
  taskCounts: number[];
  /** base64 of Uint16Array. */
  tasks: string;
}

let cached: OccupationData | undefined;

/** The built-in occupation tables, read and indexed once per process. */
export function loadOccupations(): OccupationData {
  cached ??= indexOccupations(JSON.parse(readFileSync(OCCUPATIONS_FILE, 'utf8')) as OccupationsFile);
  return cached;
}

/** A typed array from base64 of its little-endian bytes (copied, so it is aligned). */
function decode<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
}

/** Builds the lookup indexes: a few typed-array passes over ~66,000 titles. */
export function indexOccupations(file: OccupationsFile): OccupationData {
  const n = file.occupations.length;
  const wordCount = file.words.length;
  const lengths = decode(file.titleLengths, (b) => new Uint8Array(b));
  const titleWeight = decode(file.titleWeights, (b) => new Uint8Array(b));
  const titleWords = decode(file.titleWords, (b) => new Uint16Array(b));
  const titleCount = lengths.length;
  const titleStart = new Int32Array(titleCount + 1);
  for (let t = 0; t < titleCount; t++) titleStart[t + 1] = titleStart[t]! + lengths[t]!;
  const titleOccupation = new Int32Array(titleCount);
  for (let occ = 0, t = 0; occ < n; occ++) titleOccupation.fill(occ, t, (t += file.titleCounts[occ]!));
  const postings = decode(file.postings, (b) => new Uint32Array(b));
  const postingStart = new Int32Array(wordCount + 1);
  for (let w = 0; w < wordCount; w++) postingStart[w + 1] = postingStart[w]! + file.wordTitles[w]!;
  const endsTitle = new Uint8Array(wordCount);
  for (let t = 0; t < titleCount; t++) endsTitle[titleWords[titleStart[t + 1]! - 1]!] = 1;
  const wordIdf = new Float64Array(wordCount);
  for (let w = 0; w < wordCount; w++) wordIdf[w] = Math.log((n + 1) / file.wordOccupations[w]!);

  const stemIds = decode(file.tasks, (b) => new Uint16Array(b));
  const taskStems: Uint16Array[] = [];
  for (let occ = 0, at = 0; occ < n; occ++) taskStems.push(stemIds.subarray(at, (at += file.taskCounts[occ]!)));
  const stemDf = new Int32Array(file.stems.length);
  for (let s = 0; s < stemIds.length; s++) stemDf[stemIds[s]!]!++;
  const stemIdf = new Float64Array(file.stems.length);
  for (let id = 0; id < stemIdf.length; id++) stemIdf[id] = Math.log((n + 1) / Math.max(1, stemDf[id]!));
  const taskNorm = new Float64Array(n);
  for (let occ = 0; occ < n; occ++) {
    let sum = 0;
    for (const id of taskStems[occ]!) sum += stemIdf[id]! ** 2;
    taskNorm[occ] = Math.sqrt(sum);
  }

  return {
    codes: file.occupations.map((o) => o[0]),
    names: file.occupations.map((o) => o[1]),
    zones: file.occupations.map((o) => o[2]),
    byCode: new Map(file.occupations.map((o, i) => [o[0], i])),
    related: file.related,
    words: file.words,
    wordIdf,
    endsTitle,
    titleStart,
    titleWords,
    titleOccupation,
    titleWeight,
    postingStart,
    postings,
    stems: file.stems,
    stemIdf,
    taskStems,
    taskNorm,
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
  if (a.slice(0, 7) === b.slice(0, 7)) return { kind: 'same' };
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
export function carries(data: OccupationData, holder: string, asked: string): boolean {
  const rel = relation(data, holder, asked);
  if (rel.kind === 'same') return true;
  if (rel.kind !== 'related' || rel.rank! > CARRIES_MAX_RANK) return false;
  const held = jobZone(data, holder);
  const needed = jobZone(data, asked);
  return held !== null && needed !== null && held >= needed;
}
