/** How the terminal renderer should draw: colour, and Unicode or plain ASCII. */
export interface Look {
  color: boolean;
  ascii: boolean;
}

export function look(options: { color: boolean; ascii?: boolean | undefined; output?: string | undefined }): Look {
  return { color: useColor(options), ascii: options.ascii === true || process.env.TERM === 'dumb' };
}

/** Colour only on a terminal (or when FORCE_COLOR asks), never in a file, never with NO_COLOR. */
function useColor(options: { color: boolean; output?: string | undefined }): boolean {
  if (!options.color || options.output || process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY) || Boolean(process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0');
}
