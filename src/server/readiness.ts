import type { Request, Response } from 'restify';
import { errorDetails } from '../logging/errorDetails.js';
import type { RateLimitedWarning } from '../logging/rateLimitedWarning.js';
import type { RecordStore } from '../storage/recordStore.js';
import type { OutboxStats } from '../submission/caseOutbox.js';
import type { ReachabilityProbe } from './reachabilityProbe.js';
import { TimeLimitExceeded, withinMs } from './timeLimit.js';

/** What readiness is checked against. */
export interface ReadinessParts {
  records: Pick<RecordStore, 'ping'>;
  /** Reaches the case API's host without calling the API (see createReachabilityProbe). */
  caseApi: ReachabilityProbe;
  outboxStats?: () => Promise<OutboxStats>;
  /** Whether the recognizers are warm: until then a turn would pay their start-up. */
  recognizersWarm?: () => boolean;
  /** How long the storage (and the outbox figures) may take to answer. */
  timeoutMs?: number;
  /** For failed checks: any caller can ask, so the warning is rate-limited. */
  warnNotReady: RateLimitedWarning;
}

/** One check's result: statuses, durations and error codes, never addresses or secrets. */
type Check =
  | { status: 'ok'; durationMs: number; [detail: string]: unknown }
  | { status: 'failed'; durationMs: number; error: string; [detail: string]: unknown };

/**
 * GET /readyz: 200 `{ status: 'ready', checks }` when the storage answers, the case API's host
 * is reachable and the recognizers are warm, 503 `{ status: 'not_ready', checks }` otherwise.
 * The outbox's depth and age are reported but never fail readiness: a queue is what the outbox
 * is for.
 */
export function readinessEndpoint(parts: ReadinessParts) {
  const timeoutMs = parts.timeoutMs ?? 1_000;
  return async (_req: Request, res: Response): Promise<void> => {
    const [storage, caseApi, outbox] = await Promise.all([
      timed(() => parts.records.ping(), timeoutMs),
      parts.caseApi.check().then(
        ({ reachable, durationMs, httpStatus, error, ageMs }): Check =>
          reachable
            ? { status: 'ok', durationMs, httpStatus, checkedSecondsAgo: seconds(ageMs) }
            : {
                status: 'failed',
                durationMs,
                error: error ?? 'error',
                checkedSecondsAgo: seconds(ageMs),
              },
      ),
      parts.outboxStats
        ? timed(parts.outboxStats, timeoutMs)
        : Promise.resolve({ status: 'not_configured' as const }),
    ]);
    if (storage.status === 'failed') parts.warnNotReady('storage', storage);
    if (caseApi.status === 'failed') parts.warnNotReady('caseApi', caseApi);
    const warm = parts.recognizersWarm?.() ?? true;
    const ready = storage.status === 'ok' && caseApi.status === 'ok' && warm;
    res.send(ready ? 200 : 503, {
      status: ready ? 'ready' : 'not_ready',
      checks: { storage, caseApi, recognizers: { status: warm ? 'ok' : 'warming' }, outbox },
    });
  };
}

/** Runs one check within `timeoutMs`; a value it yields (outbox figures) joins the details. */
async function timed(work: () => Promise<unknown>, timeoutMs: number): Promise<Check> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const value = await withinMs(work(), timeoutMs);
    return { status: 'ok', durationMs: durationMs(), ...(isRecord(value) ? value : {}) };
  } catch (error) {
    return { status: 'failed', durationMs: durationMs(), error: errorName(error) };
  }
}

/** An error's code or name only: a message can hold a storage URL or a file path. */
function errorName(error: unknown): string {
  if (error instanceof TimeLimitExceeded) return 'timeout';
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^\w{1,64}$/.test(code)) return code;
  return errorDetails(error).name as string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
