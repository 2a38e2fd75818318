import type { RecordStore } from '../storage/recordStore.js';

/** How long a turn may hold a conversation, and how long another waits for it. */
export interface ConversationLockTimings {
  /** A holder that died mid-turn loses the conversation after this long. */
  holdMs: number;
  /** How long a turn waits for the conversation before it runs anyway (its save stays safe). */
  maxWaitMs: number;
  /** How often a waiting turn looks again. */
  pollMs: number;
}

export const defaultConversationLockTimings: ConversationLockTimings = {
  holdMs: 30_000,
  maxWaitMs: 10_000,
  pollMs: 25,
};

interface LockRecord {
  holder: string;
  until: number;
}

/** Runs `turn` while holding the conversation, as far as the wait allows. */
export type ConversationLock = <T>(conversationId: string, turn: () => Promise<T>) => Promise<T>;

/** Where turn locks live among the records; they expire with their conversation (openStorage). */
const conversationLockPrefix = 'turnlock/';

/**
 * Runs a conversation's turns one at a time across every instance sharing the records: a turn
 * takes the conversation's lock ("create if absent", or replace one whose holder died), and
 * gives it up when it ends. Two messages sent quickly through a load balancer to two instances
 * are then taken one after the other, as they are within one process, instead of one of them
 * losing its eTag race and asking the person to send it again. A turn that waits longer than
 * `maxWaitMs` runs anyway: its state save still refuses to overwrite a newer one.
 */
export function createConversationLock(
  records: RecordStore,
  holder: string,
  timings: ConversationLockTimings = defaultConversationLockTimings,
  clock: () => number = Date.now,
): ConversationLock {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function take(key: string): Promise<string | undefined> {
    const started = clock();
    for (;;) {
      const record: LockRecord = { holder, until: clock() + timings.holdMs };
      const created = await records.create(key, record);
      if (created.ok) return created.eTag;
      const current = await records.get<LockRecord>(key);
      if (current && current.value.until < clock()) {
        const taken = await records.replace(key, record, current.eTag);
        if (taken.ok) return taken.eTag;
      }
      if (clock() - started >= timings.maxWaitMs) return undefined;
      await wait(timings.pollMs);
    }
  }

  return async function inConversation<T>(conversationId: string, turn: () => Promise<T>) {
    const key = `${conversationLockPrefix}${encodeURIComponent(conversationId)}`;
    const eTag = await take(key);
    try {
      return await turn();
    } finally {
      // Not given up (the store failing) only delays the next turn until the hold runs out.
      if (eTag) await records.delete(key, eTag).catch(() => undefined);
    }
  };
}
