/** A record as read, with the version (eTag) it was read at. */
export interface StoredRecord<Value> {
  value: Value;
  eTag: string;
}

/** The outcome of a conditional write: the new version, or a conflict with another writer. */
export type ConditionalWrite = { ok: true; eTag: string } | { ok: false; reason: 'conflict' };

/** A key that was written, when, and at which version, for sweeps of expired records. */
export interface ListedRecord {
  key: string;
  /** Epoch milliseconds of the last write. */
  updatedAt: number;
  eTag: string;
}

/**
 * Durable JSON records shared by every instance of the bot, with optimistic concurrency: each
 * write returns a new eTag, and the conditional writes are how instances agree without a lock
 * server ("create if absent" to claim, "replace if still at this eTag" to move on). Keys are any
 * text; backends encode them as they need.
 */
export interface RecordStore {
  get<Value>(key: string): Promise<StoredRecord<Value> | undefined>;
  /** Creates the record only when no record has the key. */
  create(key: string, value: unknown): Promise<ConditionalWrite>;
  /** Replaces the record only when it is still at `eTag` (a deleted record is a conflict). */
  replace(key: string, value: unknown, eTag: string): Promise<ConditionalWrite>;
  /** Writes the record whatever is there. */
  put(key: string, value: unknown): Promise<{ eTag: string }>;
  /** Deletes the record, if it is still at `eTag` when one is given. */
  delete(key: string, eTag?: string): Promise<void>;
  /** The records whose keys start with `prefix`. */
  list(prefix: string): AsyncIterable<ListedRecord>;
  /** Checks the store answers; throws with the reason when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
