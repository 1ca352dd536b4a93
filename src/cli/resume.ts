/** `jobfit resume`: what was read from a resume (Steps 1, 3 and 4 of the pipeline). */
import { problemLine } from '../messages.js';
import { analyzePath, makeContext } from '../pipeline.js';
import type { ResumeFormat } from '../render/formats.js';
import { renderResume } from '../render/index.js';
import { EXIT } from './exit-codes.js';
import { look } from './look.js';
import { writeAll } from './output.js';
import { traceLine } from './progress.js';
import { type CommonOptions, readSettings } from './settings.js';

export async function runResume(path: string, options: CommonOptions & { format: ResumeFormat }): Promise<void> {
  const ctx = makeContext(await readSettings(options));
  const read = await analyzePath(path, ctx);
  if (options.verbose) process.stderr.write(`${traceLine(path, read.trace, read.ok ? undefined : read.error)}\n`);
  if (!read.ok) {
    process.stderr.write(`jobfit: ${problemLine(read.error.source, read.error)}\n`);
    process.exitCode = EXIT.inputs;
    return;
  }
  await writeAll(options.output, renderResume(read.analysis.resume, options.format, look(options)));
}
