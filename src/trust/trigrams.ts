/**
 * franc-min's `franc(value, { minLength })`, answer for answer, at a fraction of the cost.
 *
 * franc scores a sample against every language of its script by looking each of the sample's
 * distinct trigrams up in every language model (some 44 models × 1,000 trigrams for Latin):
 * a third of the whole analysis stage. Here each model trigram is indexed once per process
 * with the languages that hold it, so a sample trigram visits only those. The data, the script
 * expressions, the cleaning and the distance are franc-min 6's own; the unit tests compare the
 * two on text in many languages and scripts, so an upgrade that changes franc shows there.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc reads at most this many characters of a sample. */
const MAX_LENGTH = 2048;
/** The distance a trigram adds when a language's model lacks it. */
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  /** Language codes in franc's order: on equal distance the first wins, as franc's stable sort has it. */
  languages: string[];
  /**
   * Per model trigram (its key), the languages holding it: `slot` gives j, and pairs[bounds[2j]]
   * to pairs[bounds[2j + 1]] are (language index, rank of the trigram in that language's model).
   * One flat array keeps a sample's lookups close together in memory.
   */
  slot: Map<TrigramKey, number>;
  bounds: Int32Array;
  pairs: Int32Array;
}

/**
 * A trigram of three Latin-1 units packed in a small integer, any other by its text: a number
 * key spares the string a slice and a hash, and the two kinds never meet.
 */
type TrigramKey = number | string;

function keyOf(text: string, at: number): TrigramKey {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 0x100 ? a | (b << 8) | (c << 16) : text.slice(at, at + 3);
}

/** A model's trigram as keyOf would key it; one of another length matches no sample trigram. */
const modelKey = (trigram: string): TrigramKey => (trigram.length === 3 ? keyOf(trigram, 0) : trigram);

const indexes = new Map<string, ScriptModels>();

function modelsOf(script: string): ScriptModels {
  let index = indexes.get(script);
  if (!index) indexes.set(script, (index = buildModels(data[script]!)));
  return index;
}

function buildModels(models: Record<string, string>): ScriptModels {
  const languages = Object.keys(models);
  const postings = new Map<TrigramKey, number[]>();
  languages.forEach((language, li) => {
    const trigrams = models[language]!.split('|');
    for (let r = 0; r < trigrams.length; r++) {
      const key = modelKey(trigrams[r]!);
      const list = postings.get(key);
      if (!list) postings.set(key, [li, r]);
      // franc keeps a trigram's first rank when a model lists it twice.
      else if (list.at(-2) !== li) list.push(li, r);
    }
  });
  const slot = new Map<TrigramKey, number>();
  const bounds = new Int32Array(2 * postings.size);
  const pairs = new Int32Array([...postings.values()].reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const [key, list] of postings) {
    const j = slot.size;
    slot.set(key, j);
    bounds[2 * j] = at;
    pairs.set(list, at);
    at += list.length;
    bounds[2 * j + 1] = at;
  }
  return { languages, slot, bounds, pairs };
}

/** The script whose expression matches the largest share of the sample; the first on a tie. */
function topScript(sample: string): [script: string | undefined, share: number] {
  let top: string | undefined;
  let topShare = -1;
  for (const script of Object.keys(expressions)) {
    const share = (sample.match(expressions[script]!)?.length ?? 0) / sample.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/** trigram-utils' cleaning and trigrams: ASCII punctuation and digits out, spaces collapsed, lower case, one space each side. */
function trigramCounts(sample: string): Map<TrigramKey, number> {
  const padded = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<TrigramKey, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = keyOf(padded, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * franc's distance of a language: per distinct sample trigram, |count − rank − 1| when the
 * model holds it (franc 6 compares the sample's count, not its rank), MAX_DIFFERENCE when not.
 * Every trigram starts at MAX_DIFFERENCE and the models holding it take the difference back.
 */
function closestLanguage(counts: Map<TrigramKey, number>, models: ScriptModels): string {
  const { slot, bounds, pairs } = models;
  const distances = new Array<number>(models.languages.length).fill(MAX_DIFFERENCE * counts.size);
  counts.forEach((count, trigram) => {
    const j = slot.get(trigram);
    if (j === undefined) return;
    for (let k = bounds[2 * j]!; k < bounds[2 * j + 1]!; k += 2) {
      distances[pairs[k]!]! += Math.abs(count - pairs[k + 1]! - 1) - MAX_DIFFERENCE;
    }
  });
  let best = 0;
  for (let i = 1; i < distances.length; i++) if (distances[i]! < distances[best]!) best = i;
  return models.languages[best]!;
}

/** ISO 639-3 code of the sample's language as franc would give it, 'und' when it cannot tell. */
export function francLanguage(value: string, minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  // A script franc has no models for names its one language (Han → cmn), unless nothing matched.
  if (!script || !(script in data)) return !script || share === 0 ? 'und' : script;
  return closestLanguage(trigramCounts(sample), modelsOf(script));
}
