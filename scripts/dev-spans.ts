/**
 * Do clause requirements and the blurb filter agree with annotators? Over SkillSpan (posting
 * sentences with skill and knowledge spans marked) and Decorte (posting sentences, each with a skill):
 * - names: of the asking clauses the taxonomy leaves unread, how many get a name (clauseName)
 *   and how many of those names share a content word with an annotated span of their sentence;
 * - fallback: the same for the clause requirements analyzeJob adds to whole postings;
 * - blurb: of the sentences the blurb/boilerplate filter drops, how many hold an annotated span,
 *   beside the same share among the sentences it keeps; of Decorte's skill sentences, how many it drops;
 * - clause phrases (src/job/clause-phrases.ts): span recall of the taxonomy alone and with the
 *   phrases, and the share of found phrases (and taxonomy hits) that overlap an annotated span,
 *   over SkillSpan's split (its train split built data/posting-phrases.txt) and Decorte's test sentences.
 *   npx tsx scripts/dev-spans.ts [dev|test]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeJob, clauseName, findClausePhrases, lineTier, splitJobSections, type PhraseVocabulary } from '../src/job/index.js';
import { isBoilerplate } from '../src/job/line-tier.js';
import type { Document, SkillFinder } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const datasets = path.resolve(repoRoot, '../shared/corpus/datasets');

interface Sentence {
  text: string;
  /** Lower-cased tokens inside an annotated skill or knowledge span. */
  spanWords: Set<string>;
}

/** SkillSpan postings: sentences grouped by posting, each with the words its spans cover. */
export function readSkillSpan(split: 'dev' | 'test' | 'train'): Sentence[][] {
  const file = path.join(datasets, 'skillspan', `${split}.json`);
  const postings = new Map<string, Sentence[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { idx: number; source: string; tokens: string[]; tags_skill: string[]; tags_knowledge: string[] };
    const spanWords = new Set(row.tokens.filter((_, i) => row.tags_skill[i] !== 'O' || row.tags_knowledge[i] !== 'O').map((t) => t.toLowerCase()));
    const key = `${row.source}:${row.idx}`;
    postings.set(key, [...(postings.get(key) ?? []), { text: row.tokens.join(' '), spanWords }]);
  }
  return [...postings.values()];
}

/** Decorte's sentences that annotators gave a skill (not UNDERSPECIFIED). */
export function readDecorte(): string[] {
  const dir = path.join(datasets, 'decorte_skill_extraction_benchmark');
  const out = new Set<string>();
  for (const name of ['house_test_annotations.csv', 'tech_test_annotations.csv', 'techwolf_test_annotations.csv']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const m = /^"((?:[^"]|"")*)",|^([^,]*),/.exec(line);
      const sentence = (m?.[1] ?? m?.[2] ?? '').replace(/""/g, '"');
      if (sentence && !/,UNDERSPECIFIED\s*$/.test(line)) out.add(sentence);
    }
  }
  return [...out];
}

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'with', 'for', 'on', 'skills', 'skill', 'experience', 'knowledge']);
const agrees = (name: string, s: Sentence): boolean =>
  name.toLowerCase().split(/\s+/).some((w) => !STOP.has(w) && s.spanWords.has(w));

export interface SpanFigures {
  postings: number;
  /** Asking clauses the taxonomy left unread; of them named; of those, agreeing with a span. */
  unread: number;
  named: number;
  namedAgree: number;
  /** Named clauses whose sentence holds a span (agreement is possible). */
  namedWithSpan: number;
  /** Of the unread asking clauses, how many hold any span at all (the ceiling for `namedAgree`). */
  unreadWithSpan: number;
  fallback: number;
  fallbackAgree: number;
  /** Sentences the blurb/boilerplate filter drops, and how many of them hold a span. */
  dropped: number;
  droppedWithSpan: number;
  kept: number;
  keptWithSpan: number;
  decorte: number;
  decorteDropped: number;
}

export function spanFigures(postings: Sentence[][], decorte: string[], finder: SkillFinder): SpanFigures {
  const f: SpanFigures = {
    postings: postings.length, unread: 0, named: 0, namedAgree: 0, namedWithSpan: 0, unreadWithSpan: 0, fallback: 0, fallbackAgree: 0,
    dropped: 0, droppedWithSpan: 0, kept: 0, keptWithSpan: 0, decorte: decorte.length, decorteDropped: 0,
  };
  for (const sentences of postings) {
    const doc: Document = {
      source: 'skillspan', format: 'txt', hidden: [], warnings: [],
      lines: sentences.map((s, i) => ({ n: i + 1, page: 1, text: s.text })),
    };
    for (const seg of splitJobSections(doc.lines)) {
      const s = sentences[seg.line - 1]!;
      const hasSpan = s.spanWords.size > 0;
      if (seg.kind === 'about' || isBoilerplate(seg.text)) {
        f.dropped++;
        if (hasSpan) f.droppedWithSpan++;
      } else {
        f.kept++;
        if (hasSpan) f.keptWithSpan++;
      }
      if (!lineTier(seg.text, seg.kind, seg) || finder(seg.text).length > 0) continue;
      f.unread++;
      if (hasSpan) f.unreadWithSpan++;
      const name = clauseName(seg.text);
      if (!name) continue;
      f.named++;
      if (hasSpan) f.namedWithSpan++;
      if (agrees(name, s)) f.namedAgree++;
    }
    for (const r of analyzeJob(doc, finder).requirements.filter((x) => x.clause)) {
      f.fallback++;
      if (agrees(r.anyOf[0]!, sentences[r.source.line - 1]!)) f.fallbackAgree++;
    }
  }
  for (const sentence of decorte) if (isBoilerplate(sentence)) f.decorteDropped++;
  return f;
}

export function describeFigures(f: SpanFigures): string {
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  return [
    `postings ${f.postings}`,
    `clause names: ${f.named}/${f.unread} unread asking clauses named; ${pct(f.namedAgree, f.named)} of names share a word with an annotated span (ceiling: ${pct(f.unreadWithSpan, f.unread)} of those clauses hold a span); where the sentence holds one, ${pct(f.namedAgree, f.namedWithSpan)} (${f.namedAgree}/${f.namedWithSpan})`,
    `fallback clause requirements: ${f.fallback}, ${pct(f.fallbackAgree, f.fallback)} agree`,
    `blurb filter: drops ${f.dropped} sentences, ${pct(f.droppedWithSpan, f.dropped)} with a span (kept: ${pct(f.keptWithSpan, f.kept)} of ${f.kept})`,
    `decorte: drops ${f.decorteDropped}/${f.decorte} skill sentences (${pct(f.decorteDropped, f.decorte)})`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { devFinder } = await import('./dev-job.js');
  const split = (process.argv[2] ?? 'dev') as 'dev' | 'test';
  const { finder } = devFinder();
  console.log(describeFigures(spanFigures(readSkillSpan(split), readDecorte(), finder)));
  const { loadPostingPhrases } = await import('../src/taxonomy/posting-phrases.js');
  console.log(describePhraseFigures(`skillspan ${split}`, phraseFigures(readSkillSpanRanges(split).flat(), finder, loadPostingPhrases())));
  console.log(describePhraseFigures('decorte house+tech test', phraseFigures(readDecorteRanges(), finder, loadPostingPhrases())));
}

// ── The clause-phrase reader against annotated spans ─────────────────────────

/** A sentence with its annotated spans as character ranges. */
export interface SpannedSentence {
  text: string;
  spans: { start: number; end: number }[];
}

/** SkillSpan sentences (tokens joined by spaces) with each skill or knowledge span's characters, by posting. */
export function readSkillSpanRanges(split: 'dev' | 'test' | 'train'): SpannedSentence[][] {
  const file = path.join(datasets, 'skillspan', `${split}.json`);
  const postings = new Map<string, SpannedSentence[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { idx: number; source: string; tokens: string[]; tags_skill: string[]; tags_knowledge: string[] };
    const starts: number[] = [];
    let at = 0;
    for (const t of row.tokens) {
      starts.push(at);
      at += t.length + 1;
    }
    const spans: { start: number; end: number }[] = [];
    for (const tags of [row.tags_skill, row.tags_knowledge]) {
      let open: { start: number; end: number } | null = null;
      tags.forEach((tag, i) => {
        const range = { start: starts[i]!, end: starts[i]! + row.tokens[i]!.length };
        if (tag.startsWith('B')) {
          if (open) spans.push(open);
          open = range;
        } else if (tag.startsWith('I') && open) open.end = range.end;
        else if (open) {
          spans.push(open);
          open = null;
        }
      });
      if (open) spans.push(open);
    }
    const key = `${row.source}:${row.idx}`;
    postings.set(key, [...(postings.get(key) ?? []), { text: row.tokens.join(' '), spans }]);
  }
  return [...postings.values()];
}

/** Decorte's HOUSE and TECH test sentences with their marked spans (the span text found in the sentence). */
export function readDecorteRanges(): SpannedSentence[] {
  const dir = path.join(datasets, 'decorte_skill_extraction_benchmark');
  const bySentence = new Map<string, SpannedSentence>();
  for (const name of ['house_test_annotations.csv', 'tech_test_annotations.csv']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
      const [sentence, span] = fields;
      if (!sentence) continue;
      const s = bySentence.get(sentence) ?? { text: sentence, spans: [] };
      bySentence.set(sentence, s);
      const at = span ? sentence.indexOf(span.replace(/\s*\.$/, '')) : -1;
      const end = at + (span ?? '').replace(/\s*\.$/, '').length;
      if (at >= 0 && !s.spans.some((x) => x.start === at && x.end === end)) s.spans.push({ start: at, end });
    }
  }
  return [...bySentence.values()];
}

export interface PhraseFigures {
  sentences: number;
  spans: number;
  /** Spans a taxonomy hit overlaps; spans the taxonomy or a clause phrase overlaps. */
  taxonomyRecall: number;
  withPhrasesRecall: number;
  /** Clause phrases found, and how many overlap an annotated span. */
  phrases: number;
  phrasesInSpan: number;
  taxonomyHits: number;
  taxonomyInSpan: number;
}

/**
 * The clause-phrase reader over annotated sentences: each sentence read as an asking clause (as
 * collectAsks does for a requirement), the taxonomy's hits first, then phrases where it read
 * nothing. Recall counts annotated spans overlapped; precision, found phrases overlapping a span.
 * Sentences whose words are all outside spans count too: a phrase found there is a false one.
 */
export function phraseFigures(sentences: SpannedSentence[], finder: SkillFinder, phrases: PhraseVocabulary): PhraseFigures {
  const f: PhraseFigures = { sentences: 0, spans: 0, taxonomyRecall: 0, withPhrasesRecall: 0, phrases: 0, phrasesInSpan: 0, taxonomyHits: 0, taxonomyInSpan: 0 };
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const s of sentences) {
    f.sentences++;
    const hits = finder(s.text).filter((h) => h.hedge !== 'negated');
    const found = findClausePhrases(s.text, phrases, hits);
    f.taxonomyHits += hits.length;
    f.taxonomyInSpan += hits.filter((h) => s.spans.some((sp) => overlaps(h, sp))).length;
    f.phrases += found.length;
    f.phrasesInSpan += found.filter((h) => s.spans.some((sp) => overlaps(h, sp))).length;
    for (const sp of s.spans) {
      f.spans++;
      const byTaxonomy = hits.some((h) => overlaps(h, sp));
      if (byTaxonomy) f.taxonomyRecall++;
      if (byTaxonomy || found.some((h) => overlaps(h, sp))) f.withPhrasesRecall++;
    }
  }
  return f;
}

export function describePhraseFigures(what: string, f: PhraseFigures): string {
  const r = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
  return `${what}: ${f.sentences} sentences, ${f.spans} spans; span recall taxonomy ${r(f.taxonomyRecall, f.spans)} → with clause phrases ${r(f.withPhrasesRecall, f.spans)}; precision taxonomy ${r(f.taxonomyInSpan, f.taxonomyHits)} (${f.taxonomyHits}), clause phrases ${r(f.phrasesInSpan, f.phrases)} (${f.phrases})`;
}

// ── Whole postings against annotated spans ───────────────────────────────────

export interface PostingFigures {
  requirements: number;
  /** Requirements a name of which shares a content word with a span of its source sentence. */
  agreeing: number;
  /** Sentences holding a span; of them, the source of a requirement; of those, an agreeing one. */
  withSpan: number;
  read: number;
  readAgreeing: number;
}

/**
 * analyzeJob over SkillSpan's postings (one sentence a line, no headings): which sentences give a
 * requirement, and do its names share a word with what annotators marked there. A requirement
 * merged from several sentences counts at its first, so `read` understates; it is for comparing
 * a reading before and after a change (which sentences a posting reads), not against 1.0.
 */
export function postingFigures(postings: Sentence[][], finder: SkillFinder, options: Parameters<typeof analyzeJob>[2] = {}): PostingFigures {
  const f: PostingFigures = { requirements: 0, agreeing: 0, withSpan: 0, read: 0, readAgreeing: 0 };
  for (const sentences of postings) {
    const doc: Document = {
      source: 'skillspan', format: 'txt', hidden: [], warnings: [],
      lines: sentences.map((s, i) => ({ n: i + 1, page: 1, text: s.text })),
    };
    const byLine = new Map<number, boolean>();
    for (const r of analyzeJob(doc, finder, options).requirements) {
      const ok = r.anyOf.some((n) => agrees(n, sentences[r.source.line - 1]!));
      f.requirements++;
      if (ok) f.agreeing++;
      byLine.set(r.source.line, (byLine.get(r.source.line) ?? false) || ok);
    }
    sentences.forEach((s, i) => {
      if (s.spanWords.size === 0) return;
      f.withSpan++;
      if (!byLine.has(i + 1)) return;
      f.read++;
      if (byLine.get(i + 1)) f.readAgreeing++;
    });
  }
  return f;
}

export function describePostingFigures(what: string, f: PostingFigures): string {
  const r = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
  return `${what}: ${f.requirements} requirements, ${r(f.agreeing, f.requirements)} share a word with a span of their sentence; of ${f.withSpan} sentences with a span ${r(f.read, f.withSpan)} give a requirement, ${r(f.readAgreeing, f.withSpan)} an agreeing one`;
}
