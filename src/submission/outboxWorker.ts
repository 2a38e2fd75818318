import { errorDetails } from '../logging/errorDetails.js';
import type { Logger } from '../logging/logger.js';
import type { Lease } from '../storage/lease.js';
import type { RecordStore, StoredRecord } from '../storage/recordStore.js';
import {
  type Delivery,
  isFinal,
  type OutboxEntry,
  type OutboxNews,
  outboxPrefix,
} from './caseOutbox.js';
import type { CaseSubmission, SubmissionOutcome } from './caseSubmission.js';

/** Tells a person about their draft outside their turn (proactively, or next time). */
export type Deliver = (delivery: Delivery | undefined, news: OutboxNews) => Promise<void>;

/** What the worker needs, and how often it looks. */
export interface OutboxWorkerOptions {
  store: RecordStore;
  submission: CaseSubmission;
  lease: Lease;
  deliver: Deliver;
  logger: Logger;
  /** How often it looks at the outbox (and renews its lease). */
  tickMs: number;
  /** How long after a turn stopped waiting the worker takes over telling the person. */
  graceMs: number;
  /**
   * After how long in the outbox a draft that is still failing is "taking longer" than the
   * person was told, and they hear why; at once when the API refuses the bot's credentials.
   */
  delayNoticeAfterMs: number;
  clock?: () => number;
}

/** The running worker: wake it for a new draft, stop it on shutdown. */
export interface OutboxWorker {
  nudge(): void;
  /** Finishes the draft in hand, stops, and gives the lease up. */
  stop(): Promise<void>;
}

const maxBackoffMs = 60_000;

/**
 * Drains the outbox: on every instance it tries for the lease, and the one holding it sends
 * the due drafts through `CaseSubmission` (one case per draft, searches before any resend),
 * oldest first, within the client's per-minute budget. A draft that fails for a while (an
 * outage, the budget, an unknown outcome still inside the commit window) waits with backoff; a
 * created or finally refused one is delivered to the person once their turn has stopped waiting.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, lease, logger } = options;
  const clock = options.clock ?? Date.now;
  let stopped = false;
  /** While the budget is spent, nothing is sent (results are still delivered). */
  let sendNotBefore = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(tick).finally(() => schedule(options.tickMs));
    }, ms);
  };

  async function tick(): Promise<void> {
    try {
      if (!(await lease.hold())) return;
      const listed = [];
      for await (const record of store.list(outboxPrefix)) listed.push(record);
      listed.sort((a, b) => a.updatedAt - b.updatedAt);
      for (const { key } of listed) {
        if (stopped) return;
        const entry = await store.get<OutboxEntry>(key);
        if (entry && (await handle(key, entry)) === 'out_of_budget') return;
      }
    } catch (error) {
      logger.warn({ err: errorDetails(error) }, 'outbox worker tick failed');
    }
  }

  async function handle(
    key: string,
    entry: StoredRecord<OutboxEntry>,
  ): Promise<'done' | 'out_of_budget'> {
    const value = entry.value;
    if (value.deliveredBy) {
      await store.delete(key, entry.eTag);
      return 'done';
    }
    if (value.result) {
      if (clock() >= value.waitUntil + options.graceMs) await deliver(key, entry, value.result);
      return 'done';
    }
    if (value.nextAttemptAt > clock()) return 'done';
    if (sendNotBefore > clock()) return 'out_of_budget';
    const draftKey = key.slice(outboxPrefix.length);
    const outcome = await options.submission.submitUnlessBusy(
      draftKey,
      value.request,
      value.language,
    );
    if (isFinal(outcome)) {
      if (outcome.kind === 'unconfirmed') {
        logger.warn(
          { draftKey, sentAt: new Date(outcome.sentAt).toISOString() },
          'a draft sent once cannot be confirmed by any search: not sent again, the person is told to ask support',
        );
      }
      await settle(key, outcome);
      return 'done';
    }
    if (outcome.kind !== 'failed') return 'done';
    const { error } = outcome;
    const backoff =
      error.kind === 'rate_limited'
        ? error.retryAfterMs
        : Math.min(maxBackoffMs, 1000 * 2 ** Math.min(value.attempts, 6));
    const now = clock();
    const tellDelay =
      !value.toldDelayed &&
      now >= value.waitUntil + options.graceMs &&
      (error.kind === 'auth' || now - value.enqueuedAt >= options.delayNoticeAfterMs);
    const written = await store.replace(
      key,
      {
        ...value,
        attempts: value.attempts + 1,
        nextAttemptAt: now + backoff,
        lastError: error.kind,
        ...(tellDelay ? { toldDelayed: true } : {}),
      },
      entry.eTag,
    );
    const details = { errorKind: error.kind, attempts: value.attempts + 1, backoffMs: backoff };
    if (error.kind === 'auth') {
      logger.error(details, 'the case API refuses the bot credentials: drafts wait until fixed');
    } else {
      logger.info(details, 'outbox draft waits to be sent again');
    }
    if (tellDelay && written.ok) await tell(value.delivery, { ok: false, kind: 'delayed', error });
    if (error.kind !== 'rate_limited') return 'done';
    sendNotBefore = clock() + error.retryAfterMs;
    return 'out_of_budget';
  }

  /** Records the final outcome, whatever else wrote the entry meanwhile (a turn's claim). */
  async function settle(key: string, outcome: SubmissionOutcome): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await store.get<OutboxEntry>(key);
      if (!current || current.value.deliveredBy) return;
      const written = await store.replace(key, { ...current.value, result: outcome }, current.eTag);
      if (written.ok) {
        if (clock() >= current.value.waitUntil + options.graceMs) {
          await deliver(
            key,
            { value: { ...current.value, result: outcome }, eTag: written.eTag },
            outcome,
          );
        }
        return;
      }
    }
  }

  async function deliver(
    key: string,
    entry: StoredRecord<OutboxEntry>,
    outcome: SubmissionOutcome,
  ): Promise<void> {
    const claimed = await store.replace(key, { ...entry.value, deliveredBy: 'worker' }, entry.eTag);
    if (!claimed.ok) return;
    await tell(entry.value.delivery, outcome);
    await store.delete(key, claimed.eTag);
  }

  async function tell(delivery: Delivery | undefined, news: OutboxNews): Promise<void> {
    try {
      await options.deliver(delivery, news);
    } catch (error) {
      logger.warn({ err: errorDetails(error) }, 'could not deliver news of an outbox draft');
    }
  }

  schedule(0);
  return {
    nudge: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await lease.release().catch(() => undefined);
    },
  };
}
