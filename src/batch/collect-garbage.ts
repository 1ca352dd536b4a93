import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { FileResult } from '../pipeline.js';

/**
 * A full garbage collection, on demand. Scoring a resume leaves ~50–100 KB of short-lived
 * indexes (its lines tokenized for text evidence) that live long enough to reach V8's old
 * space, which V8 lets grow long before collecting it: peak RSS rose with the batch
 * (339 MB at 1,000 resumes, 425 MB at 2,484) though the live heap stays under 150 MB. A
 * collection every so many files keeps the peak flat for a few ms each.
 */
let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** Files analysed between two full collections: flat memory for a few ms each (a worker's old space stays small). */
const GC_EVERY = 100;

/** A file stopped at a reading limit may have left hundreds of MB behind: collect before the next. */
function stoppedAtLimit(result: FileResult): boolean {
  return result.ok ? result.candidate.warnings.some((w) => w.code === 'TRUNCATED') : result.error.code === 'TIMEOUT' || result.error.code === 'TOO_LARGE';
}

/**
 * For a thread that analyses files: call it after each file; it collects every GC_EVERY files
 * analysed and after one stopped at a limit. A file answered by its stored analysis (a second
 * posting from the cache) is not counted: parsing and scoring it leaves nothing that outlives
 * V8's own young collections, and there a full collection every 100 files was a tenth of a
 * worker's time.
 */
export function collectorOfFiles(): (result: FileResult, cached?: 'text' | 'analysis' | undefined) => void {
  let done = 0;
  return (result, cached) => {
    if (stoppedAtLimit(result)) collectGarbage();
    else if (cached !== 'analysis' && ++done % GC_EVERY === 0) collectGarbage();
  };
}
