import type { ConditionalWrite, ListedRecord, RecordStore, StoredRecord } from './recordStore.js';

interface Entry {
  json: string;
  eTag: string;
  updatedAt: number;
}

/** Records in this process's memory: for tests and `STORAGE=memory`; lost on restart. */
export function createMemoryRecordStore(clock: () => number = Date.now): RecordStore {
  const entries = new Map<string, Entry>();
  // One store, one process: a counter is a unique version, and a short string (a UUID from
  // randomUUID is kept as a rope of pieces, about 450 bytes per record).
  let version = 0;
  const write = (key: string, value: unknown): { ok: true; eTag: string } => {
    version += 1;
    const eTag = version.toString(36);
    entries.set(key, { json: JSON.stringify(value), eTag, updatedAt: clock() });
    return { ok: true, eTag };
  };
  const conflict: ConditionalWrite = { ok: false, reason: 'conflict' };
  return {
    async get<Value>(key: string): Promise<StoredRecord<Value> | undefined> {
      const entry = entries.get(key);
      return entry && { value: JSON.parse(entry.json) as Value, eTag: entry.eTag };
    },
    async create(key, value) {
      return entries.has(key) ? conflict : write(key, value);
    },
    async replace(key, value, eTag) {
      return entries.get(key)?.eTag === eTag ? write(key, value) : conflict;
    },
    async put(key, value) {
      return write(key, value);
    },
    async delete(key, eTag) {
      if (eTag === undefined || entries.get(key)?.eTag === eTag) entries.delete(key);
    },
    async *list(prefix): AsyncIterable<ListedRecord> {
      for (const [key, entry] of [...entries]) {
        if (key.startsWith(prefix)) yield { key, updatedAt: entry.updatedAt, eTag: entry.eTag };
      }
    },
    async ping() {},
    async close() {},
  };
}
