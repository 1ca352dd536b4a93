/** What a run says on stderr as it goes: a progress count, and --verbose's lines. */
import { problemLine } from '../messages.js';
import type { FileTrace } from '../pipeline.js';
import type { InputError } from '../types.js';

/** A one-line progress count, for a terminal and a batch worth watching. */
export interface Progress {
  tick(error?: unknown): void;
  /** A line for stderr (an unreadable file) that must not be overwritten by the count. */
  note(line: string): void;
  done(): void;
}

export function makeProgress(total: number, options: { quiet?: boolean | undefined }): Progress {
  const show = Boolean(process.stderr.isTTY) && !options.quiet && total > 5;
  let done = 0;
  let failed = 0;
  let drawn = '';
  const started = Date.now();
  const clear = () => {
    if (drawn) process.stderr.write('\r\x1b[K');
    drawn = '';
  };
  return {
    tick(error) {
      done++;
      if (error) failed++;
      if (!show) return;
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      const eta = Math.round((total - done) / Math.max(rate, 0.001));
      clear();
      drawn = `${done}/${total} files · ${rate.toFixed(1)}/s · ETA ${eta}s${failed ? ` · ${failed} unreadable` : ''}`;
      process.stderr.write(drawn);
    },
    note(line) {
      // Clear the count first, so the line stands on its own; the next tick redraws the count.
      clear();
      process.stderr.write(`${line}\n`);
    },
    done() {
      clear();
    },
  };
}

/**
 * How a run speaks on stderr between the progress count's redraws: `say` for what every run
 * tells (an unreadable file), silenced by --quiet; `trace` for --verbose's lines, which were
 * asked for, so --quiet does not silence them.
 */
export function voiceOf(progress: Progress, options: { quiet?: boolean | undefined; verbose?: boolean | undefined }) {
  return {
    say: (line: string) => void (options.quiet ? undefined : progress.note(line)),
    trace: (line: string) => void (options.verbose ? progress.note(line) : undefined),
  };
}

/** The stderr line of a file that could not be read or found. */
export const errorLine = (e: InputError): string => `jobfit: ${problemLine(e.source, e)}`;

const millis = (ms: number): string => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;

/**
 * --verbose: one line for a file: the reader or engine that read it (a cache hit marked, an
 * unreadable file's code instead), then the time of each of its steps.
 */
export function traceLine(file: string, trace: FileTrace, error?: { code: string }): string {
  const read = error ? `not read (${error.code})` : trace.reader || trace.cached ? `read by ${trace.reader ?? 'an earlier run'}${trace.cached ? ` (cached ${trace.cached})` : ''}` : undefined;
  const steps = Object.entries(trace.ms).map(([step, ms]) => `${step} ${millis(ms)}`);
  return `jobfit: ${file}: ${[read, ...steps].filter(Boolean).join(' · ')}`;
}

/** --verbose: the run's own steps (ranking, the whole run), after the files. */
export function runLine(files: number, ms: Record<string, number>): string {
  return `jobfit: ${files} file${files === 1 ? '' : 's'} · ${Object.entries(ms).map(([step, t]) => `${step} ${millis(t)}`).join(' · ')}`;
}
