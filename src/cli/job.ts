/** `jobfit job`: what was read from a posting (Step 2 of the pipeline). */
import { problemLine } from '../messages.js';
import { loadJob, makeContext, requireRequirements } from '../pipeline.js';
import type { JobFormat } from '../render/formats.js';
import { renderJob } from '../render/index.js';
import { look } from './look.js';
import { writeAll } from './output.js';
import { traceLine } from './progress.js';
import { type CommonOptions, readSettings } from './settings.js';

export async function runJob(jobPath: string, options: CommonOptions & { format: JobFormat | 'yaml' }): Promise<void> {
  const start = performance.now();
  const ctx = makeContext(await readSettings(options));
  const setup = performance.now() - start;
  const job = await loadJob(jobPath, ctx, (trace) => {
    if (options.verbose) process.stderr.write(`${traceLine(jobPath, { ...trace, ms: { setup, ...trace.ms } })}\n`);
  });
  if (!options.quiet) for (const w of job.warnings ?? []) process.stderr.write(`jobfit: ${problemLine(jobPath, w)}\n`);
  requireRequirements(job);
  if (options.format === 'yaml') {
    // The YAML writer loads only for this format.
    const { jobProfileToYaml } = await import('../profile/to-yaml.js');
    await writeAll(options.output, jobProfileToYaml(job));
  } else await writeAll(options.output, renderJob(job, options.format, look(options)));
}
