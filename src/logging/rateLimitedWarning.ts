import type { Logger } from './logger.js';

/** A warning that is written at most once per interval per kind, however often it happens. */
export type RateLimitedWarning = (kind: string, details: Record<string, unknown>) => void;

/** Kinds are a fixed vocabulary (refusal reasons); past this many, the oldest are forgotten. */
const maxKinds = 64;

/**
 * Warnings about what any caller can trigger (refused tokens, bad bodies) must not let a caller
 * fill the disk: each kind is logged once per `intervalMs`, with how many were left out since.
 */
export function rateLimitedWarning(
  logger: Logger,
  message: string,
  { intervalMs, clock }: { intervalMs: number; clock: () => number },
): RateLimitedWarning {
  const lastWritten = new Map<string, { at: number; suppressed: number }>();
  return (kind, details) => {
    const now = clock();
    const last = lastWritten.get(kind);
    if (last && now - last.at < intervalMs) {
      last.suppressed += 1;
      return;
    }
    lastWritten.delete(kind);
    if (lastWritten.size >= maxKinds) {
      const oldest = lastWritten.keys().next().value;
      if (oldest !== undefined) lastWritten.delete(oldest);
    }
    lastWritten.set(kind, { at: now, suppressed: 0 });
    logger.warn({ kind, ...details, suppressedSinceLast: last?.suppressed ?? 0 }, message);
  };
}
