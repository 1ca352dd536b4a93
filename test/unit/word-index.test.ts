import { describe, expect, it } from 'vitest';
import { exportWordIndex, findSoftSkillEvidence, findTextEvidence, loadBackground, loadSoftSkillCues, stemCounts, useWordIndex, verbBase } from '../../src/match/text-evidence.js';
import type { Line, WordIndex } from '../../src/types.js';

const background = loadBackground();
const cues = loadSoftSkillCues();

const TEXTS = [
  'PROFESSIONAL EXPERIENCE',
  'Registered Nurse, St. Mary’s Hospital — 2016 – Present',
  'Monitored vital signs and administered medications to 30+ patients; communicated with the clinical staff',
  'Led a team of 6 nurses; coached new hires on infection control',
  'EDUCATION',
  'Patient care, EHR (Epic), İstanbul office, naïve café, C++ and Node.js, 2019 2021',
  '',
];
/** A fresh copy each time: the index is remembered per lines array, as a stored analysis is parsed anew. */
const fresh = (): Line[] => TEXTS.map((text, i) => ({ n: i + 1, page: 1, text }));

/** Everything text evidence reads from a resume's lines, for comparing two indexes of the same lines. */
function readings(lines: Line[]) {
  const phrases = ['vital signs', 'infection control', 'clinical staff communication', 'administer medication', 'patient care', 'Epic'];
  const counts = stemCounts(lines);
  return {
    text: phrases.map((p) => findTextEvidence(background, p, lines, { sameWord: true, skipHeadings: true })),
    joined: phrases.map((p) => findTextEvidence(background, p, lines)),
    soft: ['Leadership', 'Communication', 'Mentoring'].map((s) => findSoftSkillEvidence(cues, s, lines)),
    counts: { counts: [...counts.counts], first: [...counts.first], total: counts.total },
  };
}

describe('a stored word index', () => {
  it('reads back, through JSON, to the same evidence as indexing the lines from their text', () => {
    const stored = JSON.parse(JSON.stringify(exportWordIndex(fresh()))) as WordIndex;
    const lines = fresh();
    expect(useWordIndex(lines, stored)).toBe(true);
    expect(readings(lines)).toEqual(readings(fresh()));
    // Something was found, so the comparison means something.
    expect(readings(lines).text.filter(Boolean).length).toBeGreaterThan(3);
  });

  it('is compact: each word written once, a word that is its own stem stored as 0', () => {
    const stored = exportWordIndex(fresh());
    expect(new Set(stored.words).size).toBe(stored.words.length);
    expect(stored.stems[stored.words.indexOf('epic')]).toBe(0);
    expect(stored.stems[stored.words.indexOf('monitored')]).toBe('monitor');
    expect(stored.lines).toHaveLength(TEXTS.length);
    expect(stored.headings).toEqual([0, 4]);
  });

  it('is refused when damaged, and the lines are then indexed from their text', () => {
    const good = exportWordIndex(fresh());
    const damaged: unknown[] = [
      { ...good, lines: good.lines.slice(1) },
      { ...good, stems: good.stems.slice(1) },
      { ...good, lines: good.lines.map((l, i) => (i === 2 ? [...l.slice(0, -1), 10_000] : l)) },
      { ...good, lines: good.lines.map((l, i) => (i === 2 ? [good.words.length, ...l.slice(1)] : l)) },
      { ...good, lines: good.lines.map((l, i) => (i === 2 ? l.map(String) : l)) },
      { ...good, headings: [99] },
      { ...good, words: good.words.map((w, i) => (i === 0 ? 7 : w)) },
      { ...good, stems: good.stems.map((s) => (s === 0 ? '' : s)) },
      { words: 'x' },
      null,
    ];
    for (const bad of damaged) {
      const lines = fresh();
      expect(useWordIndex(lines, bad as WordIndex)).toBe(false);
      expect(readings(lines)).toEqual(readings(fresh()));
    }
  });
});

describe('verbBase', () => {
  it('takes what /^(.{3,}?)(?:ing|ed|es|s|e)$/ takes', () => {
    const regex = (w: string) => /^(.{3,}?)(?:ing|ed|es|s|e)$/.exec(w)?.[1] ?? w;
    const words = ['managed', 'manages', 'managing', 'management', 'supervised', 'uses', 'use', 'sing', 'bring', 'string', 'bed', 'beds', 'needed', 'es', 'ees', 'ess', 'abing', 'abed', 'led', 'lead', 'coached', 'ing', 'xxxing', 'e', 's', ''];
    for (const w of words) expect(verbBase(w)).toBe(regex(w));
    // Every word of up to six letters from a small alphabet.
    const alphabet = 'degins';
    let all = [''];
    for (let n = 1; n <= 6; n++) {
      all = all.flatMap((w) => (w.length === n - 1 ? [...alphabet].map((c) => w + c) : []));
      for (const w of all) expect(verbBase(w)).toBe(regex(w));
    }
  });
});
