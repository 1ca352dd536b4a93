import path from 'node:path';
import { analyzeStructure, highestLevel, loadNameData, type ResumeStructure } from '../../src/resume/structure/index.js';
import { readCorpusDocument } from './corpus-document.js';

/** How many of a pool's resumes get a dated position, months of experience and a degree. */
export interface StructureCounts {
  read: number;
  positions: number;
  months: number;
  degree: number;
}

/**
 * Reads each file of `dir` and counts what its structure holds, as of `asOf`; `each` sees every
 * file's structure for what a test counts besides (names, the files with no months).
 */
export async function countStructure(dir: string, files: readonly string[], asOf: string, each?: (file: string, s: ResumeStructure) => void): Promise<StructureCounts> {
  const names = loadNameData();
  const counts: StructureCounts = { read: 0, positions: 0, months: 0, degree: 0 };
  for (const file of files) {
    const doc = await readCorpusDocument(path.join(dir, file));
    if (!doc) continue;
    counts.read++;
    const s = analyzeStructure(doc.lines, asOf, names);
    counts.positions += Number(s.positions.length > 0);
    counts.months += Number((s.totalMonths ?? 0) > 0);
    counts.degree += Number(highestLevel(s.education) !== 'none');
    each?.(file, s);
  }
  return counts;
}
