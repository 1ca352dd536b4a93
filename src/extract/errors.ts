import type { ErrorCode } from '../types.js';

/** A file that cannot be read; the message is one line, without the file name. */
export class ExtractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExtractError';
  }
}

/** One line per code: what failed and what to do. Callers may override the detail. */
export const defaultMessages: Record<ErrorCode, string> = {
  NOT_FOUND: 'file not found; check the path',
  UNSUPPORTED: 'unsupported format; save as PDF, DOCX or plain text',
  UNREADABLE: 'corrupt or truncated file; re-export it from the original',
  ENCRYPTED: 'password-protected; save an unprotected copy',
  NO_TEXT: 'no text layer (scanned image?); try --ocr',
  EMPTY: 'empty file (0 bytes)',
  TOO_LARGE: 'file is over the size cap; raise limits.maxBytes in a --config file, or shrink the file',
  TIMEOUT: 'parsing took too long; raise the time cap or re-export the file',
};

export function extractError(code: ErrorCode, message = defaultMessages[code], cause?: unknown): ExtractError {
  return new ExtractError(code, message, cause === undefined ? undefined : { cause });
}
