/**
 * The PDF and OCR engines (pdf.js, tesseract.js, the WebAssembly PDFium) write warnings and
 * errors to the console ("Warning: TT: undefined function", "Aborted(…)"). jobfit's stderr
 * carries coded one-line messages only, and jobfit itself never calls console: in a CLI
 * process or a reading worker, console output and Node's process warnings are kept in a
 * short ring instead of printed.
 */

const kept: string[] = [];
const keep = 20;

/** Routes console.* of this thread into the ring; idempotent. */
export function keepEngineOutputOffStderr(): void {
  const sink = (...args: unknown[]): void => {
    kept.push(args.map(String).join(' ').slice(0, 500));
    if (kept.length > keep) kept.shift();
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const) console[method] = sink;
  // Node prints process warnings (a deprecation inside an engine) through a listener of its own.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => sink(`${warning.name}: ${warning.message}`));
}

/** The last lines the engines wrote (for a bug report; never printed by jobfit). */
export function engineOutput(): readonly string[] {
  return kept;
}
