import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './cli.js';

/** The livecareer pool (2,484 real resumes, anonymised); absent where the corpus is not. */
export const livecareerPool = path.join(sharedDir, 'corpus/livecareer');
export const hasLivecareer = existsSync(livecareerPool);

/**
 * The fixed sample the livecareer corpus tests read: every PDF whose sha256 of its name starts
 * with 0 (about one in 16, ~155 files), so it stays the same as the pool and the code change.
 * File names, sorted.
 */
export function livecareerSample(): string[] {
  return readdirSync(livecareerPool)
    .filter((f) => f.endsWith('.pdf') && createHash('sha256').update(f).digest('hex').startsWith('0'))
    .sort();
}
