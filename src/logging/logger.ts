import { pino } from 'pino';

/** One level of the logger: structured details first, then a fixed message. */
export type LogMethod = (details: Record<string, unknown>, message: string) => void;

/** The logging surface the bot uses; pino's logger satisfies it, and so can any other. */
export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  child(bindings: Record<string, unknown>): Logger;
}

/**
 * A JSON logger. Headers and fields that can carry secrets or personal data are redacted here
 * as a second line of defence; the code logs ids and kinds, never message text or contacts.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        '*.auth',
        '*.authorization',
        '*.emailId',
        '*.phoneNumber',
        '*.text',
        '*.password',
        // The storage account's connection string holds its key: `storage.connectionString`.
        '*.connectionString',
      ],
      censor: '[redacted]',
    },
  });
}
