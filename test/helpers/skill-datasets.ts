/**
 * Resume-skill readings scored against two annotated datasets under ../shared/corpus/datasets:
 * DataTurks resumes (Skills spans: the listed names) and SkillSpan posting sentences (knowledge
 * spans: the named technologies). Pure over the functions passed in, so a script can score
 * another build the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { proseForm, type ProseSkills } from '../../src/resume/prose-claims.js';
import type { Document, ResumeProfile, SkillFinder, Taxonomy } from '../../src/types.js';

export interface Scores {
  recall: number;
  precision: number;
  /** Items or spans the recall is over, and skills or hits the precision is over. */
  gold: number;
  found: number;
}

export interface Reader {
  taxonomy: Taxonomy;
  findSkills: SkillFinder;
  analyzeResume: (doc: Document, find: SkillFinder, asOf: string) => ResumeProfile;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "C (Less than 1 year), Java (3 years)" and bullet lists → ["C", "Java"]. */
export function listedItems(span: string): string[] {
  return span
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,\n•;|]|\s-\s|:/)
    .map((s) => s.replace(/^[\s*·-]+|[\s.]+$/g, ''))
    .filter((s) => s.length >= 1 && s.length <= 40 && /[a-z]/i.test(s));
}

interface DataturksResume {
  content: string;
  annotation: { label: string[]; points: { text: string }[] }[] | null;
}

/**
 * Recall: listed items (under the Skills label) that the reading names, by name or through the
 * taxonomy; precision: skills read that some listed item names. The annotation is noisy (a
 * Skills span may hold a sentence), so compare builds rather than read the figures as truth.
 */
export function scoreDataturks(dir: string, reader: Reader, limit: number): Scores {
  const rows = readFileSync(path.join(dir, 'traindata.json'), 'utf8').split('\n').filter(Boolean).slice(0, limit);
  let hit = 0, items = 0, correct = 0, found = 0;
  for (const row of rows) {
    const resume = JSON.parse(row) as DataturksResume;
    const listed = (resume.annotation ?? []).filter((a) => a.label.includes('Skills')).flatMap((a) => a.points.flatMap((p) => listedItems(p.text)));
    if (!listed.length) continue;
    const lines = resume.content.split('\n').map((text, i) => ({ n: i + 1, page: 1, text }));
    const doc: Document = { source: 'dataturks', format: 'txt', lines, hidden: [], warnings: [] };
    // A skill named as the resume writes it ("Peachtree") is also known by its taxonomy name (Sage Accounting).
    const skills = reader.analyzeResume(doc, reader.findSkills, '2019-01').skills.map((s) => [s.name, ...(s.taxonomyName ? [s.taxonomyName] : [])].map(norm));
    const canonical = (item: string) => reader.taxonomy.byForm.get(item.toLowerCase()) ?? item;
    const names = new Set(skills.flat());
    const listedNames = new Set(listed.map((i) => norm(canonical(i))));
    const listedText = norm(listed.join(' | '));
    hit += listed.filter((i) => names.has(norm(canonical(i))) || names.has(norm(i))).length;
    items += listed.length;
    correct += skills.filter((forms) => forms.some((s) => listedNames.has(s) || listedText.includes(s))).length;
    found += skills.length;
  }
  return { recall: hit / items, precision: correct / found, gold: items, found };
}

/** Sentences of a SkillSpan CoNLL file: tokens with skill and knowledge BIO tags. */
function conllSentences(file: string): { tokens: string[]; skill: string[]; knowledge: string[] }[] {
  const out: { tokens: string[]; skill: string[]; knowledge: string[] }[] = [];
  let cur = { tokens: [] as string[], skill: [] as string[], knowledge: [] as string[] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], skill: [], knowledge: [] };
      continue;
    }
    const [token, skill, knowledge] = line.split('\t');
    cur.tokens.push(token!);
    cur.skill.push(skill ?? 'O');
    cur.knowledge.push(knowledge ?? 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Character spans of BIO runs over tokens joined by single spaces. */
function spansOf(tags: string[], starts: number[], ends: number[]): [number, number][] {
  const spans: [number, number][] = [];
  tags.forEach((tag, i) => {
    if (tag.startsWith('B')) spans.push([starts[i]!, ends[i]!]);
    else if (tag.startsWith('I') && spans.length) spans[spans.length - 1]![1] = ends[i]!;
  });
  return spans;
}

/**
 * Recall: knowledge spans (named technologies, tools, fields) a hit overlaps; precision: hits
 * that overlap a knowledge or skill span. Sentences come from postings, read line by line as
 * the resume finder reads a line.
 */
export function scoreSkillSpan(file: string, findSkills: SkillFinder, limit: number): Scores {
  let hit = 0, spans = 0, correct = 0, found = 0;
  for (const s of conllSentences(file).slice(0, limit)) {
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    for (const t of s.tokens) {
      starts.push(at);
      ends.push(at + t.length);
      at += t.length + 1;
    }
    const text = s.tokens.join(' ');
    const knowledge = spansOf(s.knowledge, starts, ends);
    const any = [...knowledge, ...spansOf(s.skill, starts, ends)];
    const hits = findSkills(text).filter((h) => h.hedge !== 'negated');
    const overlaps = (a: [number, number], h: { start: number; end: number }) => h.start < a[1] && a[0] < h.end;
    hit += knowledge.filter((k) => hits.some((h) => overlaps(k, h))).length;
    spans += knowledge.length;
    correct += hits.filter((h) => any.some((a) => overlaps(a, h))).length;
    found += hits.length;
  }
  return { recall: hit / spans, precision: correct / found, gold: spans, found };
}

/** How often the occurrences of some forms lie wholly inside an annotated skill span, and inside any span. */
export interface SpanShare {
  seen: number;
  inSkill: number;
  inSpan: number;
}

/**
 * The prose reading's verdicts checked on sentences the build did not learn from (SkillSpan's
 * test split): occurrences of the claimed forms should lie inside skill spans far more often
 * than those of the refused forms, and than those of every taxonomy form (`all`).
 */
export function proseShares(file: string, prose: ProseSkills, all: ReadonlySet<string>): { claimed: SpanShare; refused: SpanShare; all: SpanShare } {
  const zero = (): SpanShare => ({ seen: 0, inSkill: 0, inSpan: 0 });
  const out = { claimed: zero(), refused: zero(), all: zero() };
  const longest = Math.max(...[...all].map((f) => f.split(' ').length));
  for (const s of conllSentences(file)) {
    const words = s.tokens.flatMap((t, i) => proseForm(t).split(' ').filter(Boolean).map((word) => ({ word, skill: s.skill[i] !== 'O', any: s.skill[i] !== 'O' || s.knowledge[i] !== 'O' })));
    for (let i = 0; i < words.length; i++) {
      let key = '';
      for (let n = 0; n < longest && i + n < words.length; n++) {
        key = n ? `${key} ${words[i + n]!.word}` : words[i]!.word;
        if (!all.has(key)) continue;
        const run = words.slice(i, i + n + 1);
        const inSkill = run.every((w) => w.skill) ? 1 : 0;
        const inSpan = run.every((w) => w.any) ? 1 : 0;
        for (const [bucket, on] of [[out.all, true], [out.claimed, prose.claimed.has(key)], [out.refused, prose.refused.has(key)]] as const) {
          if (!on) continue;
          bucket.seen++;
          bucket.inSkill += inSkill;
          bucket.inSpan += inSpan;
        }
      }
    }
  }
  return out;
}
