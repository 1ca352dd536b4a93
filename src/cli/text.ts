/** `jobfit text`: the normalized text analysis sees (Step 1 of the pipeline only). */
import { problemLine } from '../messages.js';
import { readDocument } from '../read-document.js';
import { EXIT } from './exit-codes.js';
import { writeAll } from './output.js';
import { traceLine } from './progress.js';
import { type CommonOptions, readSettings } from './settings.js';

export async function runText(path: string, options: CommonOptions & { showHidden?: boolean }): Promise<void> {
  // The config file's limits hold here too.
  const read = await readDocument(path, (await readSettings(options)).config);
  if (options.verbose) process.stderr.write(`${traceLine(path, { reader: read.ok ? read.doc.reader : undefined, ms: { ...read.ms } }, read.ok ? undefined : read.error)}\n`);
  if (!read.ok) {
    process.stderr.write(`jobfit: ${problemLine(read.error.source, read.error)}\n`);
    process.exitCode = EXIT.inputs;
    return;
  }
  let text = read.doc.lines.map((l) => l.text).join('\n') + '\n';
  if (options.showHidden && read.doc.hidden.length) text += `\n--- hidden text (not used for scoring) ---\n${read.doc.hidden.map((l) => l.text).join('\n')}\n`;
  for (const w of read.doc.warnings) if (!options.quiet) process.stderr.write(`jobfit: ${problemLine(path, w)}\n`);
  await writeAll(options.output, text);
}
