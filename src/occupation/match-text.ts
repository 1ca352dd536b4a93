import type { OccupationData, OccupationMatch } from '../types.js';
import { contentStems, sortedIndex } from './words.js';

/** Occupations returned by matchText. */
const TOP = 3;

/**
 * Reads a text with no clear title (a posting's lines) as the occupations whose O*NET task
 * statements it resembles: cosine similarity of the text's stems (tf · idf) against each
 * occupation's most telling task stems (idf). `via` lists the shared stems that weigh most.
 */
export function matchText(data: OccupationData, lines: string[]): OccupationMatch[] {
  const tf = new Map<number, number>();
  for (const stem of contentStems(lines.join('\n'))) {
    const id = sortedIndex(data.stems, stem);
    if (id >= 0) tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const weight = new Float64Array(data.stems.length);
  let norm = 0;
  for (const [id, n] of tf) {
    weight[id] = (1 + Math.log(n)) * data.stemIdf[id]!;
    norm += weight[id]! ** 2;
  }
  if (!norm) return [];
  norm = Math.sqrt(norm);
  const scored: { occ: number; score: number }[] = [];
  for (let occ = 0; occ < data.codes.length; occ++) {
    let dot = 0;
    for (const id of data.taskStems[occ]!) dot += weight[id]! * data.stemIdf[id]!;
    if (dot) scored.push({ occ, score: dot / (norm * data.taskNorm[occ]!) });
  }
  scored.sort((a, b) => b.score - a.score || a.occ - b.occ);
  const telling = (id: number): number => weight[id]! * data.stemIdf[id]!;
  return scored.slice(0, TOP).map(({ occ, score }) => ({
    code: data.codes[occ]!,
    title: data.names[occ]!,
    score: Math.round(score * 1000) / 1000,
    via: [...data.taskStems[occ]!]
      .filter((id) => weight[id]! > 0)
      .sort((a, b) => telling(b) - telling(a))
      .slice(0, 5)
      .map((id) => data.stems[id])
      .join(' '),
  }));
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
