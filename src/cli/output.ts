import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

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
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failed: Error | undefined;
  stream.on('error', (error) => (failed = error));
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
        throw new UsageError(`cannot write ${path} (${(failed as NodeJS.ErrnoException).code ?? failed.message})`);
      }
      await rename(temp, path);
      renamed = true;
    },
  };
}

/** The whole text to stdout or a file. */
export async function writeAll(path: string | undefined, text: string): Promise<void> {
  const out = await openOutput(path);
  out.write(text);
  await out.close();
}
