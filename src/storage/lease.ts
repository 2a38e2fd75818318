import type { RecordStore } from './recordStore.js';

interface LeaseRecord {
  holder: string;
  /** Epoch milliseconds after which another holder may take it. */
  until: number;
}

/** A named lease in the shared store: at most one holder at a time among all instances. */
export interface Lease {
  /** Takes the lease if it is free or expired, or renews it if held; true while held. */
  hold(): Promise<boolean>;
  /** Gives the lease up (if still held), so another instance can take it at once. */
  release(): Promise<void>;
}

/**
 * A lease as a record with a deadline, taken with "create if absent" or "replace an expired
 * one at its eTag", and renewed the same way. The same on SQLite and Azure Blob Storage, so
 * one rule decides which instance drains the outbox. A holder that stops renewing (it died)
 * loses the lease after `ttlMs`.
 */
export function createLease(
  store: RecordStore,
  name: string,
  holder: string,
  ttlMs: number,
  clock: () => number = Date.now,
): Lease {
  const key = `lease/${name}`;
  let heldAt: string | undefined;
  let heldUntil = 0;
  let nextTryAt = 0;
  return {
    async hold() {
      const now = clock();
      // Renew only past half its time, and look at someone else's no more than thrice a term:
      // every instance asks on every tick, and each question is a request to the store.
      if (heldAt && heldUntil - now > ttlMs / 2) return true;
      if (!heldAt && now < nextTryAt) return false;
      nextTryAt = now + ttlMs / 3;
      const record: LeaseRecord = { holder, until: now + ttlMs };
      heldUntil = record.until;
      if (heldAt) {
        const renewed = await store.replace(key, record, heldAt);
        heldAt = renewed.ok ? renewed.eTag : undefined;
        if (heldAt) return true;
      }
      const created = await store.create(key, record);
      if (created.ok) {
        heldAt = created.eTag;
        return true;
      }
      const current = await store.get<LeaseRecord>(key);
      if (!current || current.value.until > now) return false;
      const taken = await store.replace(key, record, current.eTag);
      heldAt = taken.ok ? taken.eTag : undefined;
      return taken.ok;
    },
    async release() {
      if (heldAt) await store.delete(key, heldAt);
      heldAt = undefined;
      nextTryAt = 0;
    },
  };
}
