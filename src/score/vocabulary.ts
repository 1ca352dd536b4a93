import { contentWords, documentFrequency, idf, stemCounts } from '../match/text-evidence.js';
import type { Background, Evidence, JobProfile, Line, RequirementResult, VocabularyWord } from '../types.js';
import { lineEvidence } from './evidence.js';
import { round } from './match-requirement.js';
import { ROLE_LINE_WEIGHTS, roleLine } from './role-fit.js';

/**
 * The vocabulary line of role fit (`W`): how much of the posting's own words the resume uses,
 * each word weighted by how rare it is in the background corpus (idf) and by how often the
 * posting says it. A posting says what its field is by repeating it ("roofing" six times,
 * "construction" five); a resume from that field says it too, where a title or a taxonomy skill
 * may not ("Construction Project Coordinator" reads as a manager, "roof" names no skill).
 *
 * Each word's share saturates with the resume's count of it (BM25's k1 and b, against a fixed
 * resume length rather than the batch's, so a candidate's score never depends on the other
 * files): share = Σ count_in_posting × idf × sat(count_in_resume) / Σ count_in_posting × idf.
 * Credit = share ÷ VOCABULARY_FULL, at most 1. The words that weigh most are the evidence.
 */
const K1 = 1.5;
const B = 0.75;
/** Content words in a typical resume: the mean over the corpus's livecareer resumes (592). */
const TYPICAL_LENGTH = 590;
/** A share at this level earns the line in full: no resume uses most of a posting's words. */
const VOCABULARY_FULL = 0.15;
const SHOWN_WORDS = 8;
const EVIDENCE_LINES = 3;

interface Use {
  stem: string;
  /** The word as the resume first writes it. */
  word: string;
  asked: number;
  used: number;
  weight: number;
  gained: number;
  /** The first resume line that uses it. */
  line: Line;
}

/** The posting words kept: its heaviest by count × idf; the long tail is boilerplate and chance. */
const VOCABULARY_WORDS = 50;

/**
 * The posting's vocabulary: its content words (stemmed; shown as first written) with how often
 * it says each, the VOCABULARY_WORDS heaviest by count × idf. Read from the whole posting, the
 * employer's description too: "a commercial roofing contractor" says what field the work is in.
 * Words the background table lacks (names) are left out.
 */
export function postingVocabulary(background: Background, texts: readonly string[]): VocabularyWord[] {
  const counts = new Map<string, VocabularyWord>();
  for (const text of texts) {
    for (const w of contentWords(text)) {
      // A word the background corpus lacks (in fewer than 3 of its documents) is a name, the
      // employer's most often, or a typo: no field is told by it.
      if (documentFrequency(background, w.stem) === undefined) continue;
      const seen = counts.get(w.stem);
      if (seen) seen.count++;
      else counts.set(w.stem, { word: text.slice(w.start, w.end).toLowerCase(), count: 1 });
    }
  }
  const weight = (stem: string): number => counts.get(stem)!.count * idf(background, stem);
  return [...counts.keys()]
    .sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))
    .slice(0, VOCABULARY_WORDS)
    .map((stem) => counts.get(stem)!);
}

/**
 * A posting's vocabulary by stem, each with its count and weight (count × rarity), and the sum
 * of the weights: the same for every resume, so worked out once per posting.
 */
interface Asked {
  words: { stem: string; count: number; weight: number }[];
  total: number;
}

/** Stem → count of a posting's vocabulary (memoized per posting: every resume of a batch asks). */
const postingWords = new WeakMap<JobProfile, Map<string, number>>();
const askedOf = new WeakMap<JobProfile, Asked>();

function asked(background: Background, job: JobProfile): Asked {
  let out = askedOf.get(job);
  if (!out) {
    out = { words: [], total: 0 };
    for (const [stem, count] of wordsOf(background, job)) {
      const weight = count * idf(background, stem);
      out.total += weight;
      out.words.push({ stem, count, weight });
    }
    askedOf.set(job, out);
  }
  return out;
}

/**
 * The posting's words by stem: its `vocabulary`, else (a profile written without one) its title
 * and the lines its requirements and duties were read from, each line once.
 */
function wordsOf(background: Background, job: JobProfile): Map<string, number> {
  let counts = postingWords.get(job);
  if (!counts) {
    let vocabulary = job.vocabulary;
    if (!vocabulary) {
      const texts = new Map<number, string>();
      for (const source of [...job.requirements.map((r) => r.source), ...(job.duties ?? []), job.education?.source]) {
        if (source) texts.set(source.line, source.text);
      }
      vocabulary = postingVocabulary(background, [job.title ?? '', ...texts.values()]);
    }
    counts = new Map();
    for (const { word, count } of vocabulary) {
      for (const w of contentWords(word)) counts.set(w.stem, (counts.get(w.stem) ?? 0) + count);
    }
    postingWords.set(job, counts);
  }
  return counts;
}

/** The vocabulary line, or undefined for a posting with no content words (or no background table). */
export function vocabularyResult(background: Background | undefined, job: JobProfile, lines: readonly Line[]): RequirementResult | undefined {
  if (!background) return undefined;
  const { words, total } = asked(background, job);
  if (words.length === 0) return undefined;
  const { counts, first, total: length } = stemCounts(lines);
  const norm = K1 * (1 - B + (B * length) / TYPICAL_LENGTH);
  const uses: Use[] = [];
  for (const { stem, count, weight } of words) {
    const times = counts.get(stem);
    if (!times) continue;
    const saturation = times / (times + norm);
    const at = first.get(stem)!;
    uses.push({ stem, word: at.word.toLowerCase(), asked: count, used: times, weight, gained: weight * saturation, line: at.line });
  }
  const share = total ? uses.reduce((sum, u) => sum + u.gained, 0) / total : 0;
  const credit = round(Math.min(1, share / VOCABULARY_FULL));
  uses.sort((a, b) => b.gained - a.gained || (a.stem < b.stem ? -1 : 1));
  const shown = uses.slice(0, SHOWN_WORDS).map((u) => `${u.word} (${u.used}× here, ${u.asked}× in the posting)`);
  const evidence: Evidence[] = [];
  for (const u of uses) {
    if (evidence.length >= EVIDENCE_LINES) break;
    if (!evidence.some((e) => e.line === u.line.n)) evidence.push(lineEvidence(u.line, 'other'));
  }
  return roleLine(
    {
      id: 'W',
      kind: 'vocabulary',
      anyOf: [`the posting's ${words.length} distinct words`],
      weight: ROLE_LINE_WEIGHTS.vocabulary,
      credit,
      matched: credit > 0 ? `${uses.length} of ${words.length} words` : null,
      evidence: credit > 0 ? evidence : [],
      why:
        credit > 0
          ? `text evidence: the resume uses ${Math.round(share * 100)}% of the posting's words, weighted by rarity and by how often the posting says them (${Math.round(VOCABULARY_FULL * 100)}% earns it all); most: ${shown.join(', ')}`
          : "text evidence: the resume uses none of the posting's rarer words",
    },
    'text',
  );
}
