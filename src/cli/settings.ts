/** The flags every command shares, and the settings they make with the config file. */
import { type Settings, loadSettings } from '../config/settings.js';

export interface CommonOptions {
  config?: string;
  ascii?: boolean;
  ocr?: boolean;
  skills?: string;
  asOf?: string;
  output?: string;
  color: boolean;
  quiet?: boolean;
  /** On stderr: which reader read each file and the time of each step (never on stdout). */
  verbose?: boolean;
}

/** Config file + flags → settings. Flags override the file. */
export function readSettings(options: CommonOptions): Promise<Settings> {
  return loadSettings({ config: options.config, skills: options.skills, asOf: options.asOf, ocr: options.ocr });
}
