import { BlobServiceClient } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { createBlobRecordStore } from './blobRecordStore.js';
import type { BotStorage } from './openStorage.js';

/**
 * Storage in one Azure Blob Storage container, shared by every instance: conversation state
 * through botbuilder's own `BlobsStorage`, the records as JSON blobs beside it (the container is
 * created when missing). Expiry deletes state blobs and records under `expiringRecordPrefixes`.
 */
export async function openBlobStorage(
  settings: { connectionString: string; container: string },
  expiringRecordPrefixes: readonly string[],
): Promise<BotStorage> {
  const container = BlobServiceClient.fromConnectionString(
    settings.connectionString,
  ).getContainerClient(settings.container);
  await container.createIfNotExists();
  const records = createBlobRecordStore(container);
  return {
    kind: 'blob',
    records,
    state: new BlobsStorage(settings.connectionString, settings.container),
    // BlobsStorage encodes each key whole, so its blobs are the names without a "/"; records
    // keep theirs (`outbox/…`), and only those of a conversation's life expire.
    async expire(cutoff) {
      let deleted = 0;
      for await (const blob of container.listBlobsFlat()) {
        const isState = !blob.name.includes('/');
        const expires =
          isState || expiringRecordPrefixes.some((prefix) => blob.name.startsWith(prefix));
        if (!expires || blob.properties.lastModified.getTime() >= cutoff) continue;
        const gone = await container
          .getBlobClient(blob.name)
          .deleteIfExists({ conditions: { ifMatch: blob.properties.etag } })
          .catch(() => ({ succeeded: false }));
        if (gone.succeeded) deleted += 1;
      }
      return deleted;
    },
    close: () => records.close(),
  };
}
