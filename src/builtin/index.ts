/**
 * Where jobfit's built-in data files live. This module sits two folders below the project, as
 * every dist/<stage>/ module and the one-file bundle (dist/bundle/) do, so one relative URL
 * serves both; modules deeper in the tree ask here instead of counting '../' themselves.
 */
import { fileURLToPath } from 'node:url';

/** The absolute path of a file in the project's data/ folder. */
export function builtinFile(name: string): string {
  return fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
}
