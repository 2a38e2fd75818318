import { type ContainerClient, RestError } from '@azure/storage-blob';
import type { ConditionalWrite, ListedRecord, RecordStore, StoredRecord } from './recordStore.js';

const conflict: ConditionalWrite = { ok: false, reason: 'conflict' };

/** Keys become blob names segment by segment, so any text is a valid, prefix-preserving name. */
function blobName(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

function keyOf(name: string): string {
  return name.split('/').map(decodeURIComponent).join('/');
}

/** A write that lost a race: the blob exists (create) or moved on or went (replace). */
function isConflict(error: unknown): boolean {
  return error instanceof RestError && [404, 409, 412].includes(error.statusCode ?? 0);
}

/**
 * Records as JSON blobs in one container of an Azure storage account, shared by every instance.
 * The conditions are the service's own: "create if absent" is `If-None-Match: *`, "replace if
 * still at this eTag" is `If-Match`; a lost race is a 409 or 412, never an overwrite.
 */
export function createBlobRecordStore(container: ContainerClient): RecordStore {
  const blob = (key: string) => container.getBlockBlobClient(blobName(key));
  const upload = async (key: string, value: unknown, conditions: object) => {
    const body = JSON.stringify(value);
    const written = await blob(key).upload(body, Buffer.byteLength(body), {
      conditions,
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
    return written.etag ?? '';
  };
  const conditional = async (write: () => Promise<string>): Promise<ConditionalWrite> => {
    try {
      return { ok: true, eTag: await write() };
    } catch (error) {
      if (isConflict(error)) return conflict;
      throw error;
    }
  };

  return {
    async get<Value>(key: string): Promise<StoredRecord<Value> | undefined> {
      try {
        // One request, so the body and its eTag are of the same version.
        const downloaded = await blob(key).download();
        const chunks: Buffer[] = [];
        for await (const chunk of downloaded.readableStreamBody ?? [])
          chunks.push(Buffer.from(chunk));
        return {
          value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Value,
          eTag: downloaded.etag ?? '',
        };
      } catch (error) {
        if (error instanceof RestError && error.statusCode === 404) return undefined;
        throw error;
      }
    },
    create: (key, value) => conditional(() => upload(key, value, { ifNoneMatch: '*' })),
    replace: (key, value, eTag) => conditional(() => upload(key, value, { ifMatch: eTag })),
    async put(key, value) {
      return { eTag: await upload(key, value, {}) };
    },
    async delete(key, eTag) {
      try {
        await blob(key).deleteIfExists(eTag === undefined ? {} : { conditions: { ifMatch: eTag } });
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    },
    async *list(prefix): AsyncIterable<ListedRecord> {
      for await (const item of container.listBlobsFlat({ prefix: blobName(prefix) })) {
        yield {
          key: keyOf(item.name),
          updatedAt: item.properties.lastModified.getTime(),
          eTag: item.properties.etag,
        };
      }
    },
    async ping() {
      await container.getProperties();
    },
    async close() {},
  };
}
