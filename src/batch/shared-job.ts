/**
 * The posting, sent to the workers with every task at no cost per task: serialized once (V8's
 * structured-clone format, so it reads back exactly as a posted message would) into shared
 * memory, which a message passes by reference; each worker deserializes it once.
 */
import { randomUUID } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { CandidateReport, JobProfile } from '../types.js';

export interface SharedJob {
  /** Tells postings apart, so a worker reads each one once. */
  id: string;
  bytes: SharedArrayBuffer;
}

export function shareJob(job: JobProfile): SharedJob {
  const serialized = serialize(job);
  const bytes = new SharedArrayBuffer(serialized.length);
  new Uint8Array(bytes).set(serialized);
  return { id: randomUUID(), bytes };
}

export function readSharedJob(shared: SharedJob): JobProfile {
  // deserialize reads from a Buffer: copy the bytes out of shared memory first.
  return deserialize(Buffer.from(new Uint8Array(shared.bytes))) as JobProfile;
}

/**
 * A candidate's requirement results hold the posting's own requirement names and source lines
 * (a third of a report's bytes). A worker sends them back as holes, and this thread fills the
 * holes with its own posting's objects: each report is sent at half the size, and the posting's
 * lines are held once for the batch rather than once per candidate, as when scored in this
 * thread. The key of a hole stays in place, so the report serializes in the same key order.
 */
export type Lent = Uint8Array;

const SOURCE = 1;
const ANY_OF = 2;

export function requirementsById(job: JobProfile): Map<string, JobProfile['requirements'][number]> {
  return new Map(job.requirements.map((r) => [r.id, r]));
}

/** In the worker: leaves holes where the results hold the posting's objects; says which. */
export function lendJobParts(candidate: CandidateReport, byId: Map<string, JobProfile['requirements'][number]>): Lent {
  const lent = new Uint8Array(candidate.requirements.length);
  candidate.requirements.forEach((result, i) => {
    const req = byId.get(result.id);
    if (!req) return;
    if (result.source !== undefined && result.source === req.source) {
      result.source = undefined;
      lent[i]! |= SOURCE;
    }
    if (result.anyOf === req.anyOf) {
      result.anyOf = undefined as unknown as string[];
      lent[i]! |= ANY_OF;
    }
  });
  return lent;
}

/** In this thread: fills the holes from the same posting. */
export function restoreJobParts(candidate: CandidateReport, lent: Lent, byId: Map<string, JobProfile['requirements'][number]>): void {
  candidate.requirements.forEach((result, i) => {
    const req = lent[i] ? byId.get(result.id) : undefined;
    if (!req) return;
    if (lent[i]! & SOURCE) result.source = req.source;
    if (lent[i]! & ANY_OF) result.anyOf = req.anyOf;
  });
}
