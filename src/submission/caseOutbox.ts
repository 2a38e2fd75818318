import type { CaseApiError, CaseApiErrorKind } from '../caseApi/caseApiError.js';
import type { CaseRequest } from '../cases/caseRequest.js';
import type { RecordStore } from '../storage/recordStore.js';
import type { SubmissionOutcome, SubmissionRecord } from './caseSubmission.js';

/** How a person hears of a result their turn did not wait for; the bot fills it in. */
export type Delivery = Record<string, unknown>;

/** The draft is in the outbox: it will be created, and the person told, when the budget allows. */
export interface QueuedOutcome {
  ok: false;
  kind: 'queued';
  /** Roughly how long until it is created, from the queue's depth and the per-minute budget. */
  estimatedMinutes: number;
}

/** How submitting a confirmed draft ended, as far as the turn knows. */
export type OutboxOutcome = SubmissionOutcome | QueuedOutcome;

/**
 * A queued draft is taking longer than the person was told, and why (the last failure): told
 * once, while the draft stays in the outbox.
 */
export interface DelayedNews {
  ok: false;
  kind: 'delayed';
  error: CaseApiError;
}

/** What the outbox tells a person outside their turn: the outcome, or why it is late. */
export type OutboxNews = SubmissionOutcome | DelayedNews;

/** Anything that takes confirmed drafts: the outbox, or a `CaseSubmission` that sends at once. */
export interface CaseSubmitter {
  submit(
    key: string,
    request: CaseRequest,
    language: string,
    delivery?: Delivery,
  ): Promise<OutboxOutcome>;
}

/** A confirmed draft waiting in the outbox, and what became of it. */
export interface OutboxEntry {
  request: CaseRequest;
  language: string;
  enqueuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** Until then the turn that confirmed it is waiting to answer with the result itself. */
  waitUntil: number;
  delivery?: Delivery;
  /** The kind of the last failure, while it waits to be sent again. */
  lastError?: CaseApiErrorKind;
  /** The person has been told the draft is taking longer than they were told. */
  toldDelayed?: boolean;
  /** The final outcome: created, found, refused for good, or unconfirmed. */
  result?: SubmissionOutcome;
  /** Who took it upon themselves to tell the person; the entry goes once they have. */
  deliveredBy?: 'turn' | 'worker';
}

/** The outbox's size, for readiness and metrics. */
export interface OutboxStats {
  depth: number;
  oldestAgeSeconds: number;
  /** How many drafts wait after a failure, by its kind: `auth` means the credentials need fixing. */
  waitingAfter: Partial<Record<CaseApiErrorKind, number>>;
}

/** The outbox a turn submits into. */
export interface CaseOutbox extends CaseSubmitter {
  stats(): Promise<OutboxStats>;
}

/** Where outbox entries live among the records. */
export const outboxPrefix = 'outbox/';

/**
 * Outcomes after which the draft leaves the outbox and the person is told: a case, a refusal
 * that sending again cannot mend, or an attempt that can be neither confirmed nor repeated.
 */
export function isFinal(outcome: SubmissionOutcome): boolean {
  return outcome.ok || outcome.kind === 'unconfirmed' || outcome.error.kind === 'rejected';
}

/**
 * The durable outbox in front of the case API. A confirmed draft is queued ("create if absent",
 * so a second "yes" joins the first), and the turn waits up to `waitMs` for the worker (the one
 * instance holding the outbox lease, which alone spends the account's budget) to create it. If
 * it is created (or refused for good) by then, the turn answers with it, as before; otherwise
 * the person is told it is queued and roughly when, and the worker delivers the result later
 * (`delivery`). Whoever tells the person first claims the entry at its eTag, so exactly one does.
 */
export function createCaseOutbox(options: {
  store: RecordStore;
  waitMs: number;
  pollMs: number;
  requestsPerMinute: number;
  /** Wakes the worker in this process, if it runs here, so a new draft need not wait a tick. */
  nudge?: () => void;
  clock?: () => number;
}): CaseOutbox {
  const { store, waitMs, pollMs } = options;
  const clock = options.clock ?? Date.now;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Depth, and the age of the oldest draft since it was queued (not since its last attempt). */
  async function stats(): Promise<OutboxStats> {
    const now = clock();
    let depth = 0;
    let oldest = now;
    const waitingAfter: OutboxStats['waitingAfter'] = {};
    for await (const listed of store.list(outboxPrefix)) {
      const entry = await store.get<OutboxEntry>(listed.key);
      if (!entry) continue;
      depth += 1;
      oldest = Math.min(oldest, entry.value.enqueuedAt);
      const { lastError, result } = entry.value;
      if (lastError && !result) waitingAfter[lastError] = (waitingAfter[lastError] ?? 0) + 1;
    }
    return { depth, oldestAgeSeconds: (now - oldest) / 1000, waitingAfter };
  }

  async function queued(): Promise<QueuedOutcome> {
    // Counted from the listing alone: every queued turn asks, so it must stay cheap.
    let depth = 0;
    for await (const _ of store.list(outboxPrefix)) depth += 1;
    return {
      ok: false,
      kind: 'queued',
      estimatedMinutes: Math.max(1, Math.ceil(depth / options.requestsPerMinute)),
    };
  }

  return {
    stats,
    async submit(key, request, language, delivery) {
      const entryKey = `${outboxPrefix}${key}`;
      const earlier = await store.get<SubmissionRecord>(`submission/${key}`);
      if (earlier?.value.state === 'created') {
        return { ok: true, kind: 'created', receipt: earlier.value.receipt, repeated: true };
      }
      const now = clock();
      const entry: OutboxEntry = {
        request,
        language,
        enqueuedAt: now,
        attempts: 0,
        nextAttemptAt: now,
        waitUntil: now + waitMs,
        ...(delivery ? { delivery } : {}),
      };
      const fresh = (await store.create(entryKey, entry)).ok;
      options.nudge?.();
      for (;;) {
        const current = await store.get<OutboxEntry>(entryKey);
        if (!current) {
          const settled = await store.get<SubmissionRecord>(`submission/${key}`);
          if (settled?.value.state === 'created') {
            return { ok: true, kind: 'created', receipt: settled.value.receipt, repeated: true };
          }
          return queued();
        }
        const { result, deliveredBy } = current.value;
        if (result && deliveredBy) return result.ok ? { ...result, repeated: true } : result;
        if (result) {
          const claimed = await store.replace(
            entryKey,
            { ...current.value, deliveredBy: 'turn' },
            current.eTag,
          );
          if (!claimed.ok) continue;
          await store.delete(entryKey, claimed.eTag);
          return result.ok ? { ...result, repeated: result.repeated || !fresh } : result;
        }
        if (clock() >= now + waitMs) return queued();
        await wait(pollMs);
      }
    },
  };
}
