import type { Storage } from 'botbuilder';
import { createMemoryRecordStore } from './memoryRecordStore.js';
import type { RecordStore } from './recordStore.js';
import { recordStoreAsBotStorage, stateKeyPrefix } from './recordStoreBotStorage.js';
import { openSqliteRecordStore } from './sqliteRecordStore.js';

/** Where conversation state, the submission records and the outbox live. */
export type StorageSettings =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'blob'; connectionString: string; container: string };

/** The bot's storage: its records, botbuilder's view of conversation state, and how to close. */
export interface BotStorage {
  kind: StorageSettings['kind'];
  records: RecordStore;
  /** Conversation state (the dialog stack and draft), for botbuilder's ConversationState. */
  state: Storage;
  /**
   * Deletes conversation state and submission records last written before `cutoff` (epoch ms):
   * finished and abandoned conversations. A record written meanwhile is left alone.
   */
  expire(cutoff: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * The records that belong to a conversation's life and expire with it: its state, its drafts'
 * submission records, results kept for a next message that never came, and the lock of a turn
 * whose instance died. The outbox and the lease never expire: a draft waits there through any
 * outage until it is created.
 */
const recordExpiringPrefixes = ['submission/', 'notice/', 'turnlock/'];
const expiringPrefixes = [stateKeyPrefix, ...recordExpiringPrefixes];

/**
 * Opens the configured storage. SQLite keeps state and records in one file; Azure Blob Storage
 * keeps state through botbuilder's own `BlobsStorage` and the records as JSON blobs beside it,
 * in one container (created when missing).
 */
export async function openStorage(settings: StorageSettings): Promise<BotStorage> {
  if (settings.kind === 'blob') {
    // Loaded only when used: the Azure SDK is a few hundred milliseconds of every start-up.
    const { openBlobStorage } = await import('./blobStorage.js');
    return openBlobStorage(settings, recordExpiringPrefixes);
  }
  const records =
    settings.kind === 'sqlite' ? openSqliteRecordStore(settings.path) : createMemoryRecordStore();
  return {
    kind: settings.kind,
    records,
    state: recordStoreAsBotStorage(records),
    async expire(cutoff) {
      let deleted = 0;
      for (const prefix of expiringPrefixes) {
        for await (const record of records.list(prefix)) {
          if (record.updatedAt >= cutoff) continue;
          await records.delete(record.key, record.eTag);
          deleted += 1;
        }
      }
      return deleted;
    },
    close: () => records.close(),
  };
}
