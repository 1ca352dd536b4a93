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
