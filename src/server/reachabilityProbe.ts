import { Agent, request } from 'undici';

/** What one probe of a host found. */
export interface Reachability {
  /** Any HTTP answer, even a 404, means the host is reachable. */
  reachable: boolean;
  durationMs: number;
  /** The answer's status, when there was one. */
  httpStatus?: number;
  /** Why there was no answer: `timeout`, or the connection's error code (`ECONNREFUSED`…). */
  error?: string;
  /** How long ago the probe ran: results are reused for a while. */
  ageMs: number;
}

/** Checks, now and then, that a host answers HTTP at all. */
export interface ReachabilityProbe {
  check(): Promise<Reachability>;
  close(): Promise<void>;
}

/** Options of a probe; the defaults suit a readiness check. */
export interface ReachabilityProbeOptions {
  /** How long to wait for an answer. */
  timeoutMs?: number;
  /** How long a result is reused, so frequent checks cannot become a flood of requests. */
  reuseMs?: number;
  /** A monotonic clock in milliseconds. */
  now?: () => number;
}

/**
 * Probes a host with one HEAD request to its origin: no credentials and no API path, so it
 * creates nothing and spends nothing of an account's request budget. Concurrent checks share one
 * probe, and a result is reused for `reuseMs`.
 */
export function createReachabilityProbe(
  url: string,
  {
    timeoutMs = 1_000,
    reuseMs = 10_000,
    now = () => performance.now(),
  }: ReachabilityProbeOptions = {},
): ReachabilityProbe {
  const origin = new URL(url).origin;
  const pool = new Agent({ connect: { timeout: timeoutMs } });
  let last: { at: number; result: Promise<Omit<Reachability, 'ageMs'>> } | undefined;

  async function probe(): Promise<Omit<Reachability, 'ageMs'>> {
    const started = now();
    const durationMs = () => Math.round(now() - started);
    try {
      const response = await request(origin, {
        method: 'HEAD',
        dispatcher: pool,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body.dump();
      return { reachable: true, durationMs: durationMs(), httpStatus: response.statusCode };
    } catch (error) {
      return { reachable: false, durationMs: durationMs(), error: failure(error) };
    }
  }

  return {
    async check() {
      if (!last || now() - last.at >= reuseMs) last = { at: now(), result: probe() };
      const { at, result } = last;
      return { ...(await result), ageMs: Math.round(now() - at) };
    },
    close: () => pool.close(),
  };
}

/** A short, fixed name for why a probe failed: never the error's message, which names the host. */
function failure(error: unknown): string {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return 'timeout';
    const code = (cause as { code?: unknown }).code;
    if (code === 'UND_ERR_CONNECT_TIMEOUT') return 'timeout';
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
  }
  return 'error';
}
