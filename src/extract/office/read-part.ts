/**
 * A package part inflated as a stream, counted against limits.maxInflatedBytes as it comes:
 * a part whose declared size lies (a few KB declared, gigabytes inside) stops at the limit
 * instead of being inflated whole first.
 */
import type JSZip from 'jszip';
import type { ReadBudget } from '../budget.js';
import { extractError } from '../errors.js';

/** JSZip's chunked reading of one entry (in its code, not in its types). */
interface Chunks {
  on(event: 'data', callback: (chunk: Uint8Array) => void): Chunks;
  on(event: 'end', callback: () => void): Chunks;
  on(event: 'error', callback: (error: Error) => void): Chunks;
  resume(): Chunks;
  pause(): Chunks;
}

/** The part's text (UTF-8), or TOO_LARGE once it inflates past what the budget has room for. */
export function readPartText(file: JSZip.JSZipObject, budget: ReadBudget): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder();
    let text = '';
    let done = false;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): Chunks }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        budget.inflated += chunk.length;
        if (budget.inflated > budget.limits.maxInflatedBytes) {
          done = true;
          stream.pause();
          reject(extractError('part-inflates-past-cap', { max: budget.limits.maxInflatedBytes }));
          return;
        }
        text += decoder.decode(chunk, { stream: true });
      })
      .on('error', (error) => {
        if (!done) (done = true), reject(error);
      })
      .on('end', () => {
        if (!done) (done = true), resolve(text + decoder.decode());
      })
      .resume();
  });
}
