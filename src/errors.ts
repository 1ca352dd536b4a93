import { type UsageArgs, type UsageKey, usageMessage } from './messages.js';

/**
 * The few fatal errors. Each carries the exit code the CLI uses; anything else that
 * reaches the CLI is a bug and is reported as one.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** A configuration, taxonomy or job-profile file that cannot be used: names file, line and reason. */
export class ConfigError extends Error {
  readonly exitCode = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** The usage error for a key of messages.ts: its line and hint worded there. */
export function usageError<K extends UsageKey>(key: K, args: UsageArgs<K>, options?: { cause?: unknown }): UsageError {
  const { message, hint } = usageMessage(key, args);
  return new UsageError(message, hint, options);
}

/** The configuration error for a key of messages.ts (a settings, skills or profile file). */
export function configError<K extends UsageKey>(key: K, args: UsageArgs<K>): ConfigError {
  return new ConfigError(usageMessage(key, args).message);
}
