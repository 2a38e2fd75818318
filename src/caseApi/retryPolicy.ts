/** How often and how patiently the client retries requests that are safe to repeat. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Wait before the first retry; doubles with each retry. */
  baseDelayMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
  /** A server asking to wait longer than this (Retry-After) is not retried automatically. */
  maxRetryAfterMs: number;
}

/** Three attempts, 0.5 s then 1 s, honouring Retry-After up to 10 s. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 10_000,
};

/** The wait before retry number `retry` (1 for the first), with jitter, within the cap. */
export function backoffDelay(policy: RetryPolicy, retry: number, random = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from `now`. */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
