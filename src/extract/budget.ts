/**
 * What one file may still cost to read: a deadline, and the config's limits with what was
 * spent against them. Readers check the clock inside their long loops (a reader that never
 * yields cannot be stopped by a timer) and stop short at a limit, keeping what they read.
 */
import { type Cut, cutMessage, diagnostic } from '../messages.js';
import type { Diagnostic, Limits } from '../types.js';
import { type ExtractError, extractError } from './errors.js';

/** Loop steps between two looks at the clock: a look costs ~30 ns, a step of a content stream ~100 ns. */
export const CLOCK_EVERY = 2048;

export class ReadBudget {
  private readonly deadline: number;
  /** Bytes inflated so far. */
  inflated = 0;
  /** Characters of text kept so far. */
  chars = 0;
  /** Objects (PDF objects, XML elements) parsed so far. */
  objects = 0;
  /** Paragraphs read so far. */
  paragraphs = 0;
  /** Where reading stopped short, each once (keyed by its wording). */
  private readonly cut = new Map<string, Cut>();

  constructor(
    readonly limits: Limits,
    /** Aborted when the time cap's timer fires. */
    readonly signal: AbortSignal = new AbortController().signal,
  ) {
    this.deadline = performance.now() + limits.timeoutMs;
  }

  /** Throws TIMEOUT once the file's time is up (or the read was aborted). */
  checkTime(): void {
    if (performance.now() > this.deadline || this.signal.aborted) throw this.timeout();
  }

  timeout(): ExtractError {
    return extractError('over-time-cap', { ms: this.limits.timeoutMs });
  }

  /** Bytes a stream may still inflate to: what is left of maxInflatedBytes. */
  get inflateRoom(): number {
    return Math.max(0, this.limits.maxInflatedBytes - this.inflated);
  }

  /** Notes that reading stopped short at a limit. */
  truncate(cut: Cut): void {
    this.cut.set(cutMessage(cut), cut);
  }

  get truncated(): boolean {
    return this.cut.size > 0;
  }

  /** TRUNCATED, naming each limit reached, or nothing. */
  warnings(): Diagnostic[] {
    if (this.cut.size === 0) return [];
    return [diagnostic({ code: 'TRUNCATED', cuts: [...this.cut.values()] })];
  }
}
