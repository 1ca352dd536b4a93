import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rmSync } from 'node:fs';
import { once } from 'node:events';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type UsageError, usageError } from '../errors.js';
import { systemReason } from '../messages.js';

export interface Output {
  write(text: string): void;
  close(): Promise<void>;
}

/**
 * stdout, or a file written atomically: text goes to a temporary file beside the target,
 * renamed over it only when complete, so a failed run never leaves a partial report.
 */
export async function openOutput(path: string | undefined): Promise<Output> {
  if (!path) {
    return {
      write: (text) => void process.stdout.write(text),
      close: () => new Promise((resolve) => (process.stdout.writableNeedDrain ? process.stdout.once('drain', resolve) : resolve())),
    };
  }
  await checkOutputPath(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failed: Error | undefined;
  stream.on('error', (error) => (failed = error));
  // The folder must take a new file (permission, read-only disk): found now, as a usage error.
  await Promise.race([once(stream, 'open'), once(stream, 'error')]).catch(() => {});
  if (failed) throw cannotWrite(path, failed);
  let renamed = false;
  process.once('exit', () => {
    if (!renamed) rmSync(temp, { force: true });
  });
  return {
    write: (text) => void stream.write(text),
    close: async () => {
      await new Promise<void>((resolve) => stream.end(resolve));
      if (failed) {
        await rm(temp, { force: true });
        throw cannotWrite(path, failed);
      }
      try {
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw cannotWrite(path, error as Error);
      }
      renamed = true;
    },
  };
}

function cannotWrite(path: string, error: Error): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return usageError('cannot-write', { path, reason: systemReason(code) ?? code ?? error.message }, { cause: error });
}

/**
 * Every path error is a usage error (exit 2) before any work: a folder given as the file, a
 * folder that does not exist, a file that cannot be replaced.
 */
export async function checkOutputPath(path: string): Promise<void> {
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory() || /[\\/]$/.test(path)) {
    throw usageError('output-is-folder', { path, example: join(path, 'report.html') });
  }
  const folder = await stat(dirname(path)).catch((error: NodeJS.ErrnoException) => error);
  if (folder instanceof Error) throw cannotWrite(path, folder);
  if (!folder.isDirectory()) throw cannotWrite(path, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }));
}

/** The whole text to stdout or a file. */
export async function writeAll(path: string | undefined, text: string): Promise<void> {
  const out = await openOutput(path);
  out.write(text);
  await out.close();
}

/** Pieces of text written in blocks of ~64 KB: few writes, and never the whole text at once. */
export function writeChunks(out: Output, chunks: Iterable<string>): void {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length >= 65_536) {
      out.write(block);
      block = '';
    }
  }
  if (block) out.write(block);
}
