/** A one-line progress count on stderr, for a terminal and a batch worth watching. */
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
