import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { inputError } from '../messages.js';
import type { InputError } from '../types.js';

/** Extensions picked up when walking a folder; files named explicitly are always tried. */
export const RESUME_EXTENSIONS = new Set(['.pdf', '.docx', '.txt', '.md', '.odt', '.rtf', '.doc']);

/** Postings are documents too, or YAML job profiles (`jobfit job --format yaml`). */
export const POSTING_EXTENSIONS = new Set([...RESUME_EXTENSIONS, '.yaml', '.yml']);

export interface CollectedInputs {
  files: string[];
  errors: InputError[];
  /** Files inside folders skipped for their type (".png", ".pages"): said, not silently dropped. */
  skipped: string[];
}

/**
 * Expands files and folders (recursively, following links once: a folder reached twice
 * through a symlink loop is skipped) into a sorted list of files. Hidden files, Office
 * owner files ("~$cv.docx") and files of other types inside folders are skipped; the last
 * are listed in `skipped`. A file named twice ("x.pdf", "./x.pdf", or inside a folder also
 * given) is one file; paths are kept as given, normalized ("./x.pdf" → "x.pdf").
 */
export async function collectInputs(paths: string[], extensions: ReadonlySet<string> = RESUME_EXTENSIONS): Promise<CollectedInputs> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const skipped: string[] = [];

  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch (error) {
      errors.push(inputError(dir, 'cannot-list-folder', { reason: (error as NodeJS.ErrnoException).code ?? 'error' }));
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      if (!info) continue;
      if (info.isDirectory()) await walk(path);
      else if (info.isFile() && extensions.has(extname(name).toLowerCase())) add(path);
      else if (info.isFile()) skipped.push(normalize(path));
    }
  }

  function add(path: string): void {
    const key = resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(normalize(path));
  }

  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      errors.push(inputError(path, info.code === 'EACCES' ? 'permission-denied' : 'no-such-path'));
    } else if (info.isDirectory()) await walk(path);
    else add(path);
  }
  return { files, errors, skipped };
}

/** A deterministic 1/N slice: the same file always lands in the same shard. */
export function shardOf(files: string[], shard: { index: number; count: number } | undefined): string[] {
  if (!shard || shard.count <= 1) return files;
  return files.filter((_, i) => i % shard.count === shard.index - 1);
}
