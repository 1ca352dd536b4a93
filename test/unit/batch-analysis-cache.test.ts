import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysesStored, analysisSeed, cachedAnalysisReader, storedDuplicates, writeAnalysis } from '../../src/batch/cache.js';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import type { DocumentReader } from '../../src/read-document.js';
import type { Config, DocumentAnalysis } from '../../src/types.js';

const config: Config = { ...DEFAULT_CONFIG, asOf: '2025-01' };

/** A reader that counts its calls and reads the file as one line, as an extractor would. */
function countingReader(): DocumentReader & { calls: number } {
  const read = async (path: string) => {
    read.calls++;
    return { ok: true as const, doc: { source: path, format: 'txt' as const, lines: [{ n: 1, page: 1, text: await readFile(path, 'utf8') }], hidden: [], warnings: [] } };
  };
  read.calls = 0;
  return read;
}

const analysisOf = (source: string, text: string): DocumentAnalysis => ({
  resume: { schemaVersion: 1, source, format: 'txt', name: 'Pat Lee', skills: [], experience: { totalMonths: 12, positions: [] }, education: [], warnings: [] },
  lines: [{ n: 1, page: 1, text }],
  fingerprint: { words: 2, sketch: [1, 2] },
});

let work: string;
let cacheDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'jobfit-analysis-cache-'));
  cacheDir = join(work, 'cache');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the analysis cache', () => {
  const seed = analysisSeed({ asOf: '2025-01', extraSkills: [] });

  it('answers a second read with the stored analysis, under the new file name, without reading', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'Pat Lee, Go developer');
    const read = countingReader();
    const reader = cachedAnalysisReader(read, { dir: cacheDir, seed });
    const first = await reader(file, config);
    expect(first.ok && 'doc' in first && first.analysisKey).toBeTruthy();
    if (!first.ok || !('doc' in first)) throw new Error('expected a document');
    await writeAnalysis(cacheDir, first.analysisKey!, seed, analysisOf(file, 'Pat Lee, Go developer'));

    const copy = join(work, 'copy.txt');
    writeFileSync(copy, 'Pat Lee, Go developer');
    const second = await reader(copy, config);
    expect(second.ok && 'analysis' in second).toBe(true);
    if (second.ok && 'analysis' in second) expect(second.analysis.resume.source).toBe(copy);
    expect(read.calls).toBe(1);
  });

  it('tells a folder whose analyses are stored (a second posting) from one read for the first time', async () => {
    const files = Array.from({ length: 6 }, (_, i) => join(work, `cv${i}.txt`));
    files.forEach((file, i) => writeFileSync(file, `Pat Lee ${i}, Go developer`));
    const reader = cachedAnalysisReader(countingReader(), { dir: cacheDir, seed });
    expect(analysesStored(files, config, { dir: cacheDir, seed })).toBe(false);
    for (const file of files.slice(0, 4)) {
      const read = await reader(file, config);
      if (read.ok && 'doc' in read) await writeAnalysis(cacheDir, read.analysisKey!, seed, analysisOf(file, 'x'));
    }
    expect(analysesStored(files, config, { dir: cacheDir, seed })).toBe(true);
    // Stored under another seed (other settings, another build): not stored for this run.
    expect(analysesStored(files, config, { dir: cacheDir, seed: analysisSeed({ asOf: '2024-01', extraSkills: [] }) })).toBe(false);
  });

  it('misses when a setting the analysis reads changes, and keeps the text', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'Pat Lee, Go developer');
    const read = countingReader();
    const first = await cachedAnalysisReader(read, { dir: cacheDir, seed })(file, config);
    if (!first.ok || !('doc' in first)) throw new Error('expected a document');
    await writeAnalysis(cacheDir, first.analysisKey!, seed, analysisOf(file, 'x'));
    for (const other of [analysisSeed({ asOf: '2025-02', extraSkills: [] }), analysisSeed({ asOf: '2025-01', language: 'deu', extraSkills: [] }), analysisSeed({ asOf: '2025-01', extraSkills: [{ name: 'Zephyrion' }] })]) {
      expect(other).not.toBe(seed);
      const again = await cachedAnalysisReader(read, { dir: cacheDir, seed: other })(file, config);
      expect(again.ok && 'doc' in again).toBe(true);
    }
    // The text entry answered: the reader ran once.
    expect(read.calls).toBe(1);
    expect(analysisSeed({ asOf: '2025-01', extraSkills: [] })).toBe(seed);
  });

  it('treats a damaged entry as a miss', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'Pat Lee');
    const read = countingReader();
    const reader = cachedAnalysisReader(read, { dir: cacheDir, seed });
    const first = await reader(file, config);
    if (!first.ok || !('doc' in first)) throw new Error('expected a document');
    await writeAnalysis(cacheDir, first.analysisKey!, seed, { ...analysisOf(file, 'x'), lines: [{ bad: true }] } as unknown as DocumentAnalysis);
    const again = await reader(file, config);
    expect(again.ok && 'doc' in again).toBe(true);
    const sub = readdirSync(cacheDir);
    expect(sub.length).toBeGreaterThan(0);
  });
});

describe("a batch's stored duplicate groups", () => {
  const seed = analysisSeed({ asOf: '2025-01', extraSkills: [] });
  const items = [
    { source: 'a.pdf', fingerprint: { words: 3, sketch: [1, 2, 3] } },
    { source: 'b.docx', fingerprint: { words: 3, sketch: [1, 2, 3] } },
    { source: 'c.pdf', fingerprint: { words: 2, sketch: [4, 5] } },
  ];
  const counting = () => {
    const find = (list: typeof items) => {
      find.calls++;
      return list[0]!.fingerprint.sketch.join() === list[1]!.fingerprint.sketch.join() ? [{ keep: list[0]!.source, duplicates: [list[1]!.source] }] : [];
    };
    find.calls = 0;
    return find;
  };

  it('answers the same items again without grouping them, and other items or another seed by grouping', () => {
    const find = counting();
    const groups = storedDuplicates(cacheDir, seed, items, find);
    expect(groups).toEqual([{ keep: 'a.pdf', duplicates: ['b.docx'] }]);
    expect(storedDuplicates(cacheDir, seed, items, find)).toEqual(groups);
    expect(find.calls).toBe(1);
    const changed = items.map((item, i) => (i === 1 ? { ...item, fingerprint: { words: 3, sketch: [1, 2, 9] } } : item));
    expect(storedDuplicates(cacheDir, seed, changed, find)).toEqual([]);
    storedDuplicates(cacheDir, analysisSeed({ asOf: '2025-02', extraSkills: [] }), items, find);
    expect(find.calls).toBe(3);
  });

  it('groups again when the stored entry is damaged or names files not in the batch', () => {
    const find = counting();
    storedDuplicates(cacheDir, seed, items, find);
    const entries = readdirSync(cacheDir).flatMap((sub) => readdirSync(join(cacheDir, sub)).map((name) => join(cacheDir, sub, name)));
    expect(entries).toHaveLength(1);
    for (const bad of ['[{"keep":"a.pdf"', '[{"keep":"a.pdf","duplicates":["z.pdf"]}]', '[{"keep":"a.pdf","duplicates":["a.pdf"]}]', '{"keep":"a.pdf"}', '[{"keep":"a.pdf","duplicates":[]}]']) {
      writeFileSync(entries[0]!, bad);
      expect(storedDuplicates(cacheDir, seed, items, find)).toEqual([{ keep: 'a.pdf', duplicates: ['b.docx'] }]);
    }
    expect(find.calls).toBe(6);
  });
});
