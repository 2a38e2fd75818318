import type { Storage, StoreItems } from 'botbuilder';
import type { RecordStore } from './recordStore.js';

/** Where botbuilder's state items live among the records. */
export const stateKeyPrefix = 'state/';

/**
 * botbuilder's `Storage` over a record store, with botbuilder's eTag rules: an item written with
 * the eTag it was read at replaces it only if nobody wrote since (else the write throws); an
 * item with no eTag, or `*`, is written whatever is there. Each item written gets the eTag it
 * was written at, so a writer can write it again without reading it back.
 */
export function recordStoreAsBotStorage(records: RecordStore): Storage {
  return {
    async read(keys: string[]): Promise<StoreItems> {
      const items: StoreItems = {};
      for (const key of keys) {
        const found = await records.get<Record<string, unknown>>(stateKeyPrefix + key);
        if (found) items[key] = { ...found.value, eTag: found.eTag };
      }
      return items;
    },
    async write(changes: StoreItems): Promise<void> {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = item as { eTag?: string };
        if (eTag && eTag !== '*') {
          const written = await records.replace(stateKeyPrefix + key, value, eTag);
          if (!written.ok) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          item.eTag = written.eTag;
        } else {
          item.eTag = (await records.put(stateKeyPrefix + key, value)).eTag;
        }
      }
    },
    async delete(keys: string[]): Promise<void> {
      for (const key of keys) await records.delete(stateKeyPrefix + key);
    },
  };
}
