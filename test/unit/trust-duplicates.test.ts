import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/types.js';
import { findDuplicates, fingerprint } from '../../src/trust/index.js';
import { groupDuplicates, similarity, similarAtLeast } from '../../src/trust/fingerprint.js';
import { prng } from '../helpers/prng.js';

const doc = (source: string, ...texts: string[]): Document => ({
  source,
  format: source.endsWith('.pdf') ? 'pdf' : 'docx',
  lines: texts.map((text, i) => ({ n: i + 1, page: 1, text })),
  hidden: [],
  warnings: [],
});

const jane = [
  'Jane Smith',
  'jane.smith@example.com | (312) 555-0147 | Chicago, IL',
  'EXPERIENCE',
  'Senior Accountant, Northwind Traders, Chicago, IL 2019 – Present',
  'Own the month-end close for three subsidiaries and the consolidation into the parent ledger.',
  'Rebuilt the fixed-asset register in NetSuite and cleared a two-year backlog of disposals.',
  'Staff Accountant, Contoso Foods, Evanston, IL 2015 – 2019',
  'Prepared bank reconciliations, accruals and the quarterly sales-tax filings for nine states.',
  'EDUCATION',
  'B.S. Accounting, DePaul University, 2015',
];

const omar = [
  'Omar Haddad',
  'omar.haddad@example.com | (312) 555-0199 | Oak Park, IL',
  'EXPERIENCE',
  'Senior Accountant, Fabrikam Logistics, Chicago, IL 2018 – Present',
  'Lead the audit preparation with the external auditors and keep the lease schedules under ASC 842.',
  'Automated the intercompany eliminations with Excel Power Query and saved four days a quarter.',
  'Accountant, Litware Retail, Naperville, IL 2014 – 2018',
  'Handled accounts payable for 300 vendors and the weekly cash-flow forecast.',
  'EDUCATION',
  'B.S. Accounting, Loyola University Chicago, 2014',
];

/** The DOCX of Jane's resume: one paragraph per bullet, header lines in another order, bullets and tabs. */
const janeDocx = [
  'jane.smith@example.com\t(312) 555-0147\tChicago, IL',
  'JANE SMITH',
  'Experience',
  'Senior Accountant\tNorthwind Traders\tChicago, IL\t2019 – Present',
  '• Own the month-end close for three subsidiaries and the consolidation into the parent ledger.',
  '• Rebuilt the fixed-asset register in NetSuite and cleared a two-year backlog of disposals.',
  'Staff Accountant\tContoso Foods\tEvanston, IL\t2015 – 2019',
  '• Prepared bank reconciliations, accruals and the quarterly sales-tax filings for nine states.',
  'Education',
  'B.S. Accounting\tDePaul University\t2015',
];

describe('fingerprint', () => {
  it('stays small however long the document', () => {
    const long = doc('long.pdf', ...Array.from({ length: 2000 }, (_, i) => `line ${i} with words number ${i * 7} and more ${i * 13}`));
    expect(fingerprint(long).sketch.length).toBeLessThanOrEqual(300);
  });
});

describe('findDuplicates', () => {
  it('groups the PDF and DOCX of one resume, keeping the first source in sort order', () => {
    const groups = findDuplicates([
      { source: 'jane.pdf', fingerprint: fingerprint(doc('jane.pdf', ...jane)) },
      { source: 'omar.pdf', fingerprint: fingerprint(doc('omar.pdf', ...omar)) },
      { source: 'jane.docx', fingerprint: fingerprint(doc('jane.docx', ...janeDocx)) },
    ]);
    expect(groups).toEqual([{ keep: 'jane.docx', duplicates: ['jane.pdf'] }]);
  });

  it('keeps apart two people on one template', () => {
    const groups = findDuplicates([
      { source: 'a.pdf', fingerprint: fingerprint(doc('a.pdf', ...jane)) },
      { source: 'b.pdf', fingerprint: fingerprint(doc('b.pdf', ...omar)) },
    ]);
    expect(groups).toEqual([]);
  });

  it('groups three copies into one group', () => {
    const groups = findDuplicates(['c.pdf', 'a.docx', 'b.odt'].map((source) => ({ source, fingerprint: fingerprint(doc(source, ...jane)) })));
    expect(groups).toEqual([{ keep: 'a.docx', duplicates: ['b.odt', 'c.pdf'] }]);
  });

  it('never groups empty documents', () => {
    const empty = fingerprint(doc('x.pdf'));
    expect(findDuplicates([{ source: 'x.pdf', fingerprint: empty }, { source: 'y.pdf', fingerprint: empty }])).toEqual([]);
  });
});

describe('similarity', () => {
  /** The definition: of the k smallest hashes of the union, the share both sketches hold. */
  const byDefinition = (a: number[], b: number[], k: number): number => {
    if (a.length === 0 || b.length === 0) return 0;
    const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, k);
    return union.filter((h) => a.includes(h) && b.includes(h)).length / union.length;
  };

  it('agrees with its definition on random sketches of every overlap', () => {
    const next = prng(7);
    const random = (n: number): number => Math.floor(next() * n);
    const sketch = (pool: number[], size: number): number[] => [...new Set(Array.from({ length: size }, () => pool[random(pool.length)]!))].sort((x, y) => x - y);
    for (let round = 0; round < 300; round++) {
      const pool = Array.from({ length: 20 + random(400) }, () => random(1_000_000));
      const a = sketch(pool, random(40));
      const b = sketch(pool, random(40));
      const k = 1 + random(32);
      expect(similarity({ words: 0, sketch: a }, { words: 0, sketch: b }, k)).toBeCloseTo(byDefinition(a, b, k), 12);
    }
  });

  it('answers "at least the threshold" exactly as the full walk does, stopping early or not', () => {
    const next = prng(11);
    const random = (n: number): number => Math.floor(next() * n);
    const sketch = (pool: number[], size: number): number[] => [...new Set(Array.from({ length: size }, () => pool[random(pool.length)]!))].sort((x, y) => x - y);
    let similar = 0;
    for (let round = 0; round < 2000; round++) {
      const pool = Array.from({ length: 20 + random(120) }, () => random(1_000_000));
      const a = { words: 0, sketch: sketch(pool, random(60)) };
      const b = { words: 0, sketch: sketch(pool, random(60)) };
      const k = 1 + random(48);
      const threshold = [0.5, 0.75, 0.8, 0.9][random(4)]!;
      const full = similarity(a, b, k) >= threshold;
      if (full) similar++;
      expect(similarAtLeast(a, b, k, threshold), `round ${round}`).toBe(full);
    }
    expect(similar).toBeGreaterThan(30);
  });
});

describe('groupDuplicates without comparing every pair', () => {
  // Every pair compared, as before the candidate index: the groups must be the same.
  function bruteForce(items: { source: string; fingerprint: { words: number; sketch: number[] } }[], rules: { sketchSize: number; threshold: number; shingle: number }) {
    const sorted = [...items].sort((a, b) => (a.source < b.source ? -1 : 1));
    const parent = sorted.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++)
        if (similarAtLeast(sorted[i]!.fingerprint, sorted[j]!.fingerprint, rules.sketchSize, rules.threshold)) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    const groups = new Map<number, string[]>();
    sorted.forEach((item, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), item.source]));
    return [...groups.values()].filter((g) => g.length > 1).map(([keep, ...duplicates]) => ({ keep: keep!, duplicates }));
  }

  it('finds the same groups as comparing every pair, on planted near-copies, shared common words and tiny sketches', () => {
    const next = prng(21);
    const common = Array.from({ length: 300 }, () => Math.floor(next() * 2 ** 32));
    const words = () => [...common.filter(() => next() < 0.6), ...Array.from({ length: 50 + Math.floor(next() * 600) }, () => Math.floor(next() * 2 ** 32))];
    const sketchOf = (set: number[], k: number) => [...new Set(set)].sort((a, b) => a - b).slice(0, k);
    for (const rules of [{ shingle: 1, sketchSize: 256, threshold: 0.8 }, { shingle: 1, sketchSize: 16, threshold: 0.5 }, { shingle: 1, sketchSize: 64, threshold: 0.95 }]) {
      const items: { source: string; fingerprint: { words: number; sketch: number[] } }[] = [];
      for (let d = 0; d < 150; d++) {
        const set = words();
        items.push({ source: `r${String(d).padStart(3, '0')}.pdf`, fingerprint: { words: set.length, sketch: sketchOf(set, rules.sketchSize) } });
        // A near-copy: some words dropped, a few added, as a PDF and DOCX of one resume differ.
        if (d % 5 === 0) {
          const drop = next() * 0.3;
          const copy = [...set.filter(() => next() > drop), ...Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 2 ** 32))];
          items.push({ source: `r${String(d).padStart(3, '0')}.docx`, fingerprint: { words: copy.length, sketch: sketchOf(copy, rules.sketchSize) } });
        }
      }
      items.push({ source: 'tiny-a.txt', fingerprint: { words: 2, sketch: [5, 9] } }, { source: 'tiny-b.txt', fingerprint: { words: 2, sketch: [5, 9] } }, { source: 'empty.txt', fingerprint: { words: 0, sketch: [] } });
      const expected = bruteForce(items, rules);
      expect(expected.length).toBeGreaterThan(3);
      expect(groupDuplicates(items, rules)).toEqual(expected);
    }
  });
});
