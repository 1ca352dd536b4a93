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
