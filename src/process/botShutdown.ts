import { errorDetails } from '../logging/errorDetails.js';
import type { Logger } from '../logging/logger.js';

/** Why the bot process stops: a signal asks for a clean stop; a crash is a bug and a failure. */
export type ShutdownCause =
  | { signal: NodeJS.Signals }
  | { crash: 'uncaughtException' | 'unhandledRejection'; error: unknown };

/** What a shutdown closes, where it logs, and how it ends the process. */
export interface ShutdownOptions {
  logger: Logger;
  close(): Promise<void>;
  /** How long closing may take before the process exits anyway, with code 1. */
  deadlineMs?: number;
  exit?: (code: number) => void;
}

const defaultDeadlineMs = 10_000;
const exitGraceMs = 1_000;

/**
 * Returns the one way the bot process stops: it closes the bot once, however many signals or
 * crashes ask for it meanwhile, then exits with 0 after a clean stop on a signal and with 1 after
 * a crash, a failed close, or a close that outlives the deadline.
 */
export function createShutdown(options: ShutdownOptions): (cause: ShutdownCause) => void {
  const { logger, deadlineMs = defaultDeadlineMs, exit = exitWhenIdle } = options;
  let closing = false;
  let crashed = false;
  let exitCode: number | undefined;
  // A later, worse outcome (a crash after a clean close) still changes the exit code.
  const finish = (code: number) => {
    if (exitCode !== undefined && code <= exitCode) return;
    exitCode = code;
    exit(code);
  };
  return (cause) => {
    if ('crash' in cause) {
      crashed = true;
      logger.error(
        { crash: cause.crash, error: errorDetails(cause.error) },
        'crashed: shutting down',
      );
    } else if (closing) {
      logger.debug({ signal: cause.signal }, 'already shutting down');
    } else {
      logger.info({ signal: cause.signal }, 'shutting down');
    }
    if (closing) {
      if (crashed && exitCode !== undefined) finish(1);
      return;
    }
    closing = true;
    // Not unref'd: a close that hangs on nothing must still end in an exit, not in silence.
    const deadline = setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown took too long: exiting without a clean close');
      finish(1);
    }, deadlineMs);
    options.close().then(
      () => {
        clearTimeout(deadline);
        logger.info({}, 'bot closed');
        finish(crashed ? 1 : 0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.error({ error: errorDetails(error) }, 'shutdown could not close the bot');
        finish(1);
      },
    );
  };
}

/**
 * Ends the process with the code once nothing is left to run, or after a short grace when
 * something still holds the event loop. Not at once: pino writes asynchronously, and a forced
 * exit can reorder or drop the last log lines, the very ones that say why the process stopped.
 */
function exitWhenIdle(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), exitGraceMs).unref();
}
