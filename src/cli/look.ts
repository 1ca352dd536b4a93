/** How the terminal renderer should draw: colour, Unicode or plain ASCII, and the width to fit. */
export interface Look {
  color: boolean;
  ascii: boolean;
  width: number;
}

export function look(options: { color: boolean; ascii?: boolean | undefined; output?: string | undefined }): Look {
  return { color: useColor(options), ascii: options.ascii === true || process.env.TERM === 'dumb', width: terminalWidth(options) };
}

/** Colour only on a terminal (or when FORCE_COLOR asks), never in a file, never with NO_COLOR. */
function useColor(options: { color: boolean; output?: string | undefined }): boolean {
  if (!options.color || options.output || process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY) || Boolean(process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0');
}

/**
 * The width to fit: COLUMNS when set (a user's or a script's explicit choice), else the
 * terminal's columns, else 80. A file (-o) gets 80 whatever the terminal.
 */
export function terminalWidth(options: { output?: string | undefined }, env: NodeJS.ProcessEnv = process.env, columns = process.stdout.columns): number {
  if (options.output) return 80;
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return columns && columns > 0 ? columns : 80;
}
