import { format } from 'node:util';
import type { Logger } from './logger.js';
import { rateLimitedWarning } from './rateLimitedWarning.js';
import { scrubPersonalData } from './scrubPersonalData.js';

/** How often a dependency's console warnings may reach the log, per console method. */
const warningIntervalMs = 10_000;

/**
 * Sends what dependencies write to the console through the project's logger, so LOG_LEVEL
 * governs them too and a caller cannot fill the disk through them: botbuilder prints a stack
 * trace for every token it fails to verify. Each line is its first line only, scrubbed of
 * e-mail addresses and numbers; warnings and errors are logged at `warn`, at most once per
 * interval per method, the rest at `debug`. For the process entry point only: it changes the
 * process's console.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const warnAtMost = rateLimitedWarning(logger, 'a dependency wrote to the console', {
    intervalMs: warningIntervalMs,
    clock: () => Date.now(),
  });
  const firstLine = (args: unknown[]) =>
    scrubPersonalData(
      format(
        ...args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : arg)),
      ).split('\n', 1)[0] ?? '',
    );
  for (const method of ['warn', 'error'] as const) {
    console[method] = (...args: unknown[]) =>
      warnAtMost(`console.${method}`, { line: firstLine(args) });
  }
  for (const method of ['log', 'info', 'debug', 'trace'] as const) {
    console[method] = (...args: unknown[]) =>
      logger.debug({ line: firstLine(args) }, `a dependency wrote to console.${method}`);
  }
}
