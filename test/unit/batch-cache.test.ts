import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, cacheKey, cachedReader } from '../../src/batch/cache.js';
import type { DocumentReader } from '../../src/read-document.js';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import type { Config, Document } from '../../src/types.js';

const config: Config = { ...DEFAULT_CONFIG, asOf: '2025-01' };

function docFor(path: string, text: string): Document {
  return { source: path, format: 'txt', lines: [{ n: 1, page: 1, text }], hidden: [], warnings: [] };
}

/** A reader that counts its calls and reads the file as one line, as an extractor would. */
function countingReader(): DocumentReader & { calls: number } {
  const read = async (path: string) => {
    read.calls++;
    return { ok: true as const, doc: docFor(path, await readFile(path, 'utf8')) };
  };
  read.calls = 0;
  return read;
}

async function cacheFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of await readdir(dir)) for (const f of await readdir(join(dir, sub))) out.push(join(dir, sub, f));
  return out;
}

let work: string;
let cacheDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'jobfit-cache-test-'));
  cacheDir = join(work, 'cache');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('document cache', () => {
  it('reads a file once and serves the second read from the cache', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'Python and Go');
    const inner = countingReader();
    const read = cachedReader(inner, { dir: cacheDir });
    const first = await read(file, config);
    const second = await read(file, config);
    expect(inner.calls).toBe(1);
    // The same document; the hit says it came from the cache and what reading the entry took (--verbose).
    const { cached, ms, ...hit } = second;
    expect(hit).toEqual({ ...first, ms: undefined });
    expect(cached).toBe('text');
    expect(Object.keys(ms ?? {})).toEqual(['cache']);
    expect(first.cached).toBeUndefined();
    expect(second.ok && second.doc.lines[0]!.text).toBe('Python and Go');
  });

  it('keys entries by content, so a copy under another name hits and reports its own path', async () => {
    const a = join(work, 'a.txt');
    const b = join(work, 'b.txt');
    writeFileSync(a, 'same bytes');
    writeFileSync(b, 'same bytes');
    const inner = countingReader();
    const read = cachedReader(inner, { dir: cacheDir });
    await read(a, config);
    const hit = await read(b, config);
    expect(inner.calls).toBe(1);
    expect(hit.ok && hit.doc.source).toBe(b);
  });

  it('misses when the bytes change', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'version one');
    const inner = countingReader();
    const read = cachedReader(inner, { dir: cacheDir });
    await read(file, config);
    writeFileSync(file, 'version two');
    const again = await read(file, config);
    expect(inner.calls).toBe(2);
    expect(again.ok && again.doc.lines[0]!.text).toBe('version two');
  });

  it('misses after an extractor version bump', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'Kubernetes');
    const inner = countingReader();
    await cachedReader(inner, { dir: cacheDir, version: EXTRACTOR_VERSION })(file, config);
    await cachedReader(inner, { dir: cacheDir, version: EXTRACTOR_VERSION + 1 })(file, config);
    expect(inner.calls).toBe(2);
    expect(cacheKey(Buffer.from('x'), 1)).not.toBe(cacheKey(Buffer.from('x'), 2));
  });

  it('ignores a corrupt entry, reads the file again and repairs the entry', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'Terraform');
    const inner = countingReader();
    const read = cachedReader(inner, { dir: cacheDir });
    await read(file, config);
    const [entry] = await cacheFiles(cacheDir);
    writeFileSync(entry!, '{"version": 1, "doc": {"lines": [tru');
    const again = await read(file, config);
    expect(inner.calls).toBe(2);
    expect(again.ok && again.doc.lines[0]!.text).toBe('Terraform');
    await read(file, config);
    expect(inner.calls).toBe(2);
  });

  it('ignores a well-formed entry of the wrong shape', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'AWS');
    const inner = countingReader();
    const read = cachedReader(inner, { dir: cacheDir });
    await read(file, config);
    const [entry] = await cacheFiles(cacheDir);
    writeFileSync(entry!, JSON.stringify({ version: EXTRACTOR_VERSION, doc: { lines: 'not an array' } }));
    const again = await read(file, config);
    expect(inner.calls).toBe(2);
    expect(again.ok).toBe(true);
  });

  it('stores no errors and leaves no temp files behind', async () => {
    const file = join(work, 'cv.txt');
    writeFileSync(file, 'unreadable for this test');
    let calls = 0;
    const failing: DocumentReader = async (path) => {
      calls++;
      return { ok: false, error: { source: path, code: 'UNREADABLE', message: 'broken' } };
    };
    const read = cachedReader(failing, { dir: cacheDir });
    await read(file, config);
    await read(file, config);
    expect(calls).toBe(2);
    const ok = join(work, 'ok.txt');
    writeFileSync(ok, 'fine');
    await cachedReader(countingReader(), { dir: cacheDir })(ok, config);
    const files = await cacheFiles(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/[0-9a-f]{64}\.json$/);
  });

  it('passes empty and over-cap files to the reader untouched, so their errors are unchanged', async () => {
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    const inner = countingReader();
    const read = cachedReader(inner, { dir: cacheDir });
    await read(empty, config);
    await read(empty, config);
    expect(inner.calls).toBe(2);
    expect(readdirSync(work)).not.toContain('cache');
  });
});
