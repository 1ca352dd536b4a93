import { type ErrorArgs, type ErrorKey, errorArity, errorCode, errorMessage } from '../messages.js';
import type { ErrorCode } from '../types.js';

/** A file that cannot be read: a key of messages.ts with its arguments, worded there in one line without the file name. */
export class ExtractError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly key: ErrorKey,
    readonly args: object | undefined,
    options?: { cause?: unknown },
  ) {
    super(errorMessage(key, ...((args === undefined ? [] : [args]) as ErrorArgs<typeof key>)), options);
    this.code = errorCode(key);
    this.name = 'ExtractError';
  }
}

/**
 * The error for a key (messages.ts): its arguments when the wording takes some, then the
 * underlying error, if any: `extractError('corrupt-zip', err)`, `extractError('over-time-cap', { ms }, err)`.
 */
export function extractError<K extends ErrorKey>(key: K, ...rest: [...ErrorArgs<K>, cause?: unknown]): ExtractError {
  const arity = errorArity(key);
  const args = arity > 0 ? (rest[0] as object) : undefined;
  const cause = rest.length > arity ? rest[arity] : undefined;
  return new ExtractError(key, args, cause === undefined ? undefined : { cause });
}
