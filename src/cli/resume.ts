/** `jobfit resume`: what was read from a resume (Steps 1, 3 and 4 of the pipeline). */
import { analyzeDocument, makeContext, readDocument } from '../pipeline.js';
import type { ResumeFormat } from '../render/formats.js';
import { renderResume } from '../render/index.js';
import { EXIT } from './exit-codes.js';
import { look } from './look.js';
import { writeAll } from './output.js';
import { type CommonOptions, readSettings } from './settings.js';

export async function runResume(path: string, options: CommonOptions & { format: ResumeFormat }): Promise<void> {
  const ctx = makeContext(await readSettings(options));
  const read = await readDocument(path, ctx.config);
  if (!read.ok) {
    process.stderr.write(`jobfit: ${read.error.source}: ${read.error.code} — ${read.error.message}\n`);
    process.exitCode = EXIT.inputs;
    return;
  }
  await writeAll(options.output, renderResume(analyzeDocument(read.doc, ctx), options.format, look(options)));
}
