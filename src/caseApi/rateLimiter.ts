/** The verdict for one request: go ahead, or wait this long. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** A sliding-window limit of `limit` requests per `windowMs` for each key. */
export interface RateLimiter {
  take(key: string): RateDecision;
}

/**
 * Keeps the times of recent requests per key; exact, and small at 60 a minute. The client uses
 * it to stay under the API's per-account limit (the sandbox enforces that limit with its own).
 */
export function createRateLimiter(
  limit: number,
  windowMs: number,
  clock: () => number = Date.now,
): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    take(key) {
      const now = clock();
      const times = (recent.get(key) ?? []).filter((time) => time > now - windowMs);
      recent.set(key, times);
      const oldest = times[0];
      if (times.length >= limit && oldest !== undefined) {
        return { allowed: false, retryAfterMs: oldest + windowMs - now };
      }
      times.push(now);
      return { allowed: true };
    },
  };
}
