/** The sandbox's verdict on one request: serve it, or answer 429 with this `Retry-After`. */
export type SandboxAdmission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/** The case API's request limit as the sandbox enforces it. */
export interface SandboxRateLimit {
  admit(accountId: string): SandboxAdmission;
}

const minuteMs = 60_000;

/**
 * Allows `perMinute` requests per account in any minute, as case-api.md describes the API's limit
 * (60 a minute per account, shared by all its endpoints): the times of the requests served in the
 * last minute are kept, a request over the limit is refused without counting, and told to retry
 * when the oldest of them leaves the minute. `perMinute` 0 lifts the limit. Written apart from
 * the client's own limiter (`caseApi/rateLimiter.ts`), so that the sandbox checks the client
 * instead of agreeing with it.
 */
export function createSandboxRateLimit(perMinute: number, clock: () => number): SandboxRateLimit {
  const servedAt = new Map<string, number[]>();
  return {
    admit(accountId) {
      if (perMinute === 0) return { admitted: true };
      const now = clock();
      const lastMinute = (servedAt.get(accountId) ?? []).filter((time) => now - time < minuteMs);
      servedAt.set(accountId, lastMinute);
      const [oldest] = lastMinute;
      if (oldest === undefined || lastMinute.length < perMinute) {
        lastMinute.push(now);
        return { admitted: true };
      }
      return { admitted: false, retryAfterSeconds: Math.ceil((oldest + minuteMs - now) / 1000) };
    },
  };
}
