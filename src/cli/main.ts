import { ConfigError, UsageError } from '../errors.js';
import { keepEngineOutputOffStderr } from '../extract/engine-console.js';
import { buildProgram } from './program.js';

/**
 * The one try/catch: a known error prints one line and a hint (exit 2); anything else is a
 * bug, so it prints the stack and asks for a report. bin/jobfit.js calls it.
 */
export async function main(): Promise<void> {
  keepEngineOutputOffStderr();
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      // One line per problem (a config file can have several), each naming file and line.
      process.stderr.write(`${error.message.split('\n').map((line) => `jobfit: ${line}`).join('\n')}\n`);
      if (error instanceof UsageError && error.hint) process.stderr.write(`hint: ${error.hint}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    if (isCommanderExit(error)) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`jobfit: unexpected error — please report it with the command you ran.\n${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}

function isCommanderExit(error: unknown): error is { exitCode: number } {
  return typeof error === 'object' && error !== null && 'code' in error && String((error as { code: unknown }).code).startsWith('commander.');
}

/**
 * `jobfit score … | head` closes the pipe early: that is the reader's choice, not an error,
 * so stop quietly as other Unix tools do rather than crash on the next write.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
