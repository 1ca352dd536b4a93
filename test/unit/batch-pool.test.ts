import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPool, timeoutError, workerFailure } from '../../src/batch/pool.js';
import type { ReadOutcome } from '../../src/batch/cache.js';

/**
 * A fake worker: the "file name" says what to do. `sleep:N:x` answers after N ms, `stuck:x`
 * spins forever in synchronous code (what a pathological PDF does to a parser), `crash:x`
 * throws; anything else answers at once (after workerData.delayMs, when given). Each answer
 * names the file and the worker's tag.
 */
const fakeWorker = `
import { threadId, workerData } from 'node:worker_threads';
export default async function (file) {
  const [kind, arg] = file.split(':');
  if (kind === 'stuck') for (;;) {}
  if (kind === 'crash') throw new Error('boom in ' + file);
  if (kind === 'sleep') await new Promise((r) => setTimeout(r, Number(arg)));
  if (workerData.delayMs) await new Promise((r) => setTimeout(r, workerData.delayMs));
  return { ok: true, doc: { source: file, tag: workerData.tag, thread: threadId, lines: [] } };
}
`;

const dir = mkdtempSync(join(tmpdir(), 'jobfit-pool-test-'));
const workerFile = join(dir, 'fake-worker.mjs');
writeFileSync(workerFile, fakeWorker);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  files: string[],
  options: { concurrency?: number; timeoutMs?: number; cores?: number; analyzeMs?: number } = {},
): Promise<{ results: (ReadOutcome | undefined)[]; finished: number[] }> {
  const results: (ReadOutcome | undefined)[] = new Array<ReadOutcome | undefined>(files.length);
  const finished: number[] = [];
  await runPool<ReadOutcome>(files, { filename: workerFile, workerData: { tag: 'w' }, concurrency: options.concurrency ?? 2, cores: options.cores ?? 4, timeoutMs: options.timeoutMs ?? 10_000 }, (index, result) => {
    expect(results[index]).toBeUndefined();
    results[index] = result;
    finished.push(index);
    // This thread's analysis of the document, as a busy wait.
    for (const end = performance.now() + (options.analyzeMs ?? 0); performance.now() < end; );
  });
  return { results, finished };
}

/** How many worker threads read the files. */
const readers = (results: (ReadOutcome | undefined)[]): number => new Set(results.map((r) => (r?.ok && 'doc' in r ? (r.doc as unknown as { thread: number }).thread : undefined))).size;
const many = (n: number, file: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => file(i));

const sourceOf = (r: ReadOutcome | undefined): string | undefined => (r?.ok ? ('doc' in r ? r.doc.source : r.analysis.resume.source) : r?.error.source);

describe('worker pool', () => {
  it('reports every file once, under its own index, whatever order they finish in', async () => {
    const files = ['sleep:300:a', 'sleep:1:b', 'sleep:150:c', 'd', 'sleep:50:e', 'f'];
    const { results, finished } = await run(files);
    expect(results.map(sourceOf)).toEqual(files);
    expect([...finished].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.every((r) => r?.ok && 'doc' in r && (r.doc as unknown as { tag: string }).tag === 'w')).toBe(true);
  });

  it('stops a worker stuck on a file, reports TIMEOUT, and goes on with the rest', async () => {
    const files = ['a', 'stuck:1', 'b', 'c', 'stuck:2', 'd', 'e'];
    const { results } = await run(files, { timeoutMs: 1000 });
    expect(results.map(sourceOf)).toEqual(files);
    const codes = results.map((r) => (r?.ok ? 'ok' : r?.error.code));
    expect(codes).toEqual(['ok', 'TIMEOUT', 'ok', 'ok', 'TIMEOUT', 'ok', 'ok']);
    const stuck = results[1];
    expect(stuck?.ok === false && stuck.error.message).toMatch(/took longer than 1 s; raise limits\.timeoutMs/);
  });

  it('recovers when the reader and the one after it are both stuck', async () => {
    const { results } = await run(['stuck:1', 'stuck:2', 'a', 'b'], { timeoutMs: 1000, concurrency: 2 });
    expect(results.map((r) => (r?.ok ? 'ok' : r?.error.code))).toEqual(['TIMEOUT', 'TIMEOUT', 'ok', 'ok']);
  });

  it('turns a worker that throws into an UNREADABLE file, not a failed batch', async () => {
    const { results } = await run(['a', 'crash:x', 'b', 'c']);
    expect(results.map((r) => (r?.ok ? 'ok' : r?.error.code))).toEqual(['ok', 'UNREADABLE', 'ok', 'ok']);
    const crashed = results[1];
    expect(crashed?.ok === false && crashed.error.message).toContain('boom in crash:x');
  });

  it('runs with one worker as with many', async () => {
    const files = ['sleep:20:a', 'b', 'c'];
    const { results, finished } = await run(files, { concurrency: 1 });
    expect(results.map(sourceOf)).toEqual(files);
    expect(finished).toEqual([0, 1, 2]);
  });
});

describe('readers start as the batch needs them', () => {
  it('adds a reader while this thread waits for documents and a core is free', async () => {
    const { results } = await run(many(80, (i) => `sleep:15:${i}`), { cores: 4, concurrency: 3 });
    expect(results.every((r) => r?.ok)).toBe(true);
    expect(readers(results)).toBe(3);
  });

  it('keeps one reader while this thread is the slower side', async () => {
    const { results } = await run(many(40, (i) => `quick:${i}`), { cores: 4, concurrency: 3, analyzeMs: 20 });
    expect(readers(results)).toBe(1);
  });

  it('without a free core, adds one only when enough files are left to repay its start', async () => {
    const short = await run(many(24, (i) => `sleep:20:${i}`), { cores: 2, concurrency: 2 });
    expect(readers(short.results)).toBe(1);
    const long = await run(many(250, (i) => `sleep:15:${i}`), { cores: 2, concurrency: 2 });
    expect(readers(long.results)).toBe(2);
  });
});

describe('pool errors', () => {
  it('words a timeout in seconds with what to do', () => {
    expect(timeoutError('cv.pdf', 20_000)).toEqual({
      source: 'cv.pdf',
      code: 'TIMEOUT',
      message: 'parsing took longer than 20 s; raise limits.timeoutMs or check the file',
    });
  });

  it('reads a worker out of memory as TOO_LARGE', () => {
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(workerFailure('big.pdf', oom).code).toBe('TOO_LARGE');
  });

  it('shares the files with another pool through one cursor: each file taken once, by whichever pool is free', async () => {
    // A slow pool and a fast one over the same files, as run-batch.ts runs a reader beside an analysing worker.
    const files = many(24, (i) => `file:${i}`);
    const cursor = { next: 0 };
    const seen: { index: number; tag: string }[] = [];
    const pool = (tag: string, delayMs: number) =>
      runPool<ReadOutcome>(files, { filename: workerFile, workerData: { tag, delayMs }, concurrency: 1, cores: 4, timeoutMs: 10_000, cursor }, (index, result) => {
        seen.push({ index, tag: result.ok && 'doc' in result ? (result.doc as unknown as { tag: string }).tag : '' });
      });
    await Promise.all([pool('slow', 60), pool('fast', 5)]);
    expect(seen.map((s) => s.index).sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    const fast = seen.filter((s) => s.tag === 'fast').length;
    expect(fast).toBeGreaterThan(seen.length - fast);
    expect(fast).toBeLessThan(seen.length);
  });
});
