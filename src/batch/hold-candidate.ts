/**
 * A scored candidate held until its batch is ranked. Ranking needs every candidate's score
 * before the first one can be written, so a batch holds them all; held whole, the 2,484
 * livecareer reports were ~35 MB of small objects (of ~100 MB live on this thread) and peak
 * RSS rose with the batch. Ranking, duplicates and the gate read only a candidate's light
 * fields, so those stay as they are, in place, and the rest (requirements, breakdown,
 * suggestions, advice: nine tenths of a report) is packed into ~1.5 KB of bytes off the heap,
 * unpacked one candidate at a time as the report is written.
 *
 * Exact by construction: the packed fields go through V8's structured-clone format (key
 * order, undefined, -0 kept), and a held candidate keeps every key in its place (a packed
 * field's key holds a placeholder), so markDuplicates and rank change it as they would the
 * whole report, and unpacking puts each value back at its key.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { deserialize, serialize } from 'node:v8';
import type { Fingerprint } from '../trust/index.js';
import type { CandidateReport, JobProfile } from '../types.js';
import { type Lent, lendJobParts, requirementsById, restoreJobParts } from './shared-job.js';

/** The fields packed: all but what ranking, duplicates, the gate and progress read. */
const PACKED_FIELDS = ['requirements', 'breakdown', 'suggestions', 'advice'] as const;
type PackedField = (typeof PACKED_FIELDS)[number];

/**
 * A symbol key: copied by the spread rankCandidates makes of each candidate, never written
 * by JSON.stringify, never listed by Object.keys.
 */
const PACKED = Symbol('packed candidate');

interface Packed {
  bytes: Buffer;
  /** What the candidate lent of the posting's own objects (shared-job.ts). */
  lent: Lent;
  byId: ReturnType<typeof requirementsById>;
  /** The bytes were compressed against it (none for the batch's first candidate). */
  dictionary: Buffer | undefined;
}

type Held = CandidateReport & { [PACKED]?: Packed };

/** For one posting's batch: holds each candidate packed (the posting's own objects are not copied, only referred to). */
export function candidateHolder(job: JobProfile): (candidate: CandidateReport) => CandidateReport {
  const byId = requirementsById(job);
  // The first candidate's packed fields: later ones compress against them (they share the posting's words).
  let first: Buffer | undefined;
  return (candidate) => {
    // The posting's names and lines become holes, filled again from the posting on unpacking.
    const lent = lendJobParts(candidate, byId);
    const fields: Partial<Pick<CandidateReport, PackedField>> = {};
    for (const key of PACKED_FIELDS) if (key in candidate) fields[key] = candidate[key] as never;
    const raw = serialize(fields);
    // Level 1: a few times smaller at a fraction of a millisecond per candidate.
    // Copied out: zlib answers with a view of its 16 KB output chunk, which would be held whole.
    const bytes = Buffer.from(deflateRawSync(raw, first ? { level: 1, dictionary: first } : { level: 1 }));
    const dictionary = first;
    first ??= raw;
    const held: Held = {} as Held;
    for (const key of Object.keys(candidate) as (keyof CandidateReport)[]) {
      (held as unknown as Record<string, unknown>)[key] = isPacked(key) ? placeholder(key) : candidate[key];
    }
    held[PACKED] = { bytes, lent, byId, dictionary };
    return held;
  };
}

const isPacked = (key: string): key is PackedField => (PACKED_FIELDS as readonly string[]).includes(key);
const placeholder = (key: PackedField) => (key === 'requirements' || key === 'suggestions' || key === 'advice' ? [] : undefined);

/** The whole candidate: its packed fields back in their places (a candidate never held is returned as is). */
export function unpackCandidate(candidate: CandidateReport): CandidateReport {
  const packed = (candidate as Held)[PACKED];
  if (!packed) return candidate;
  const { dictionary } = packed;
  const fields = deserialize(inflateRawSync(packed.bytes, dictionary ? { dictionary } : {})) as Pick<CandidateReport, PackedField>;
  const whole = {} as Record<string, unknown>;
  for (const key of Object.keys(candidate)) whole[key] = isPacked(key) ? fields[key] : (candidate as unknown as Record<string, unknown>)[key];
  const report = whole as unknown as CandidateReport;
  restoreJobParts(report, packed.lent, packed.byId);
  return report;
}

/** A resume's fingerprint (Step 4's duplicates) held until the batch is in: its 32-bit hashes in 4 bytes each, not 8 to 16. */
export interface HeldFingerprint {
  words: number;
  sketch: Uint32Array;
}

export const holdFingerprint = (f: Fingerprint): HeldFingerprint => ({ words: f.words, sketch: Uint32Array.from(f.sketch) });

export const unholdFingerprint = (f: HeldFingerprint): Fingerprint => ({ words: f.words, sketch: Array.from(f.sketch) });
