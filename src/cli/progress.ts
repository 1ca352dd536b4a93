/** A one-line progress count on stderr, for a terminal and a batch worth watching. */
export interface Progress {
  tick(error?: unknown): void;
  done(): void;
}

export function makeProgress(total: number, options: { quiet?: boolean | undefined }): Progress {
  const show = process.stderr.isTTY && !options.quiet && total > 5;
  let done = 0;
  let failed = 0;
  const started = Date.now();
  return {
    tick(error) {
      done++;
      if (error) failed++;
      if (!show) return;
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      const eta = Math.round((total - done) / Math.max(rate, 0.001));
      process.stderr.write(`\r${done}/${total} files · ${rate.toFixed(1)}/s · ETA ${eta}s${failed ? ` · ${failed} unreadable` : ''}   `);
    },
    done() {
      if (show) process.stderr.write('\r\x1b[K');
    },
  };
}
