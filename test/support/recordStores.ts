import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { inject } from 'vitest';
import { createBlobRecordStore } from '../../src/storage/blobRecordStore.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import type { RecordStore } from '../../src/storage/recordStore.js';
import { openSqliteRecordStore } from '../../src/storage/sqliteRecordStore.js';

/** A store of one backend, fresh for a test, and how to throw it away. */
export interface TestStore {
  store: RecordStore;
  /** Another handle on the same data, as a second process would open it. */
  reopen(): RecordStore;
  dispose(): Promise<void>;
}

/** Every backend, so the same tests run against each: memory, a SQLite file, Azurite. */
export const recordStoreBackends: [string, () => Promise<TestStore>][] = [
  [
    'memory',
    async () => {
      const store = createMemoryRecordStore();
      return { store, reopen: () => store, dispose: () => store.close() };
    },
  ],
  [
    'sqlite',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'records-'));
      const path = join(folder, 'bot.sqlite');
      const opened = [openSqliteRecordStore(path)];
      return {
        store: opened[0] as RecordStore,
        reopen: () => {
          const another = openSqliteRecordStore(path);
          opened.push(another);
          return another;
        },
        dispose: async () => {
          for (const store of opened) await store.close();
          rmSync(folder, { recursive: true, force: true });
        },
      };
    },
  ],
  [
    'blob (Azurite)',
    async () => {
      const container = await freshAzuriteContainer();
      return {
        store: createBlobRecordStore(container),
        reopen: () => createBlobRecordStore(container),
        dispose: async () => {
          await container.deleteIfExists();
        },
      };
    },
  ],
];

/** A new, empty container in the Azurite the tests' global setup started. */
export async function freshAzuriteContainer() {
  const service = BlobServiceClient.fromConnectionString(inject('azuriteConnectionString'));
  const container = service.getContainerClient(`test-${randomUUID()}`);
  await container.create();
  return container;
}
