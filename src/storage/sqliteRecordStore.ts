import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ConditionalWrite, ListedRecord, RecordStore, StoredRecord } from './recordStore.js';

/**
 * Records in one SQLite file: durable across restarts with no server, and shared by every
 * process on the machine that opens the same file (WAL mode; writers wait for each other).
 * Each statement is atomic, so "create if absent" and "replace if still at this eTag" are single
 * conditional statements, not read-then-write.
 */
export function openSqliteRecordStore(path: string, clock: () => number = Date.now): RecordStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID`);
  const select = db.prepare<[string], { etag: string; value: string }>(
    'SELECT etag, value FROM records WHERE key = ?',
  );
  const insert = db.prepare(
    'INSERT INTO records (key, etag, value, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING',
  );
  const update = db.prepare(
    'UPDATE records SET etag = ?, value = ?, updated_at = ? WHERE key = ? AND etag = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO records (key, etag, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM records WHERE key = ?');
  const removeAt = db.prepare('DELETE FROM records WHERE key = ? AND etag = ?');
  // Prefixes are matched as ranges, so no character in a key can act as a LIKE wildcard.
  const range = db.prepare<[string, string], { key: string; updated_at: number; etag: string }>(
    'SELECT key, updated_at, etag FROM records WHERE key >= ? AND key < ? ORDER BY key',
  );
  const conflict: ConditionalWrite = { ok: false, reason: 'conflict' };

  return {
    async get<Value>(key: string): Promise<StoredRecord<Value> | undefined> {
      const row = select.get(key);
      return row && { value: JSON.parse(row.value) as Value, eTag: row.etag };
    },
    async create(key, value) {
      const eTag = randomUUID();
      return insert.run(key, eTag, JSON.stringify(value), clock()).changes === 1
        ? { ok: true, eTag }
        : conflict;
    },
    async replace(key, value, eTag) {
      const next = randomUUID();
      return update.run(next, JSON.stringify(value), clock(), key, eTag).changes === 1
        ? { ok: true, eTag: next }
        : conflict;
    },
    async put(key, value) {
      const eTag = randomUUID();
      upsert.run(key, eTag, JSON.stringify(value), clock());
      return { eTag };
    },
    async delete(key, eTag) {
      if (eTag === undefined) remove.run(key);
      else removeAt.run(key, eTag);
    },
    async *list(prefix): AsyncIterable<ListedRecord> {
      const rows = range.all(prefix, `${prefix}\u{10ffff}`);
      for (const row of rows) yield { key: row.key, updatedAt: row.updated_at, eTag: row.etag };
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
