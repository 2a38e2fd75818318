import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  type BotStorage,
  openStorage,
  type StorageSettings,
} from '../../src/storage/openStorage.js';

const backends: [string, () => StorageSettings][] = [
  ['memory', () => ({ kind: 'memory' })],
  [
    'sqlite',
    () => ({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'expiry-')), 'bot.sqlite') }),
  ],
  [
    'blob (Azurite)',
    () => ({
      kind: 'blob',
      connectionString: inject('azuriteConnectionString'),
      container: `expiry-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    }),
  ],
];

const minute = 60_000;

async function withConversation(storage: BotStorage) {
  await storage.state.write({ 'emulator/conversations/c1/': { dialogState: { step: 2 } } });
  await storage.records.put('submission/draft-1', { state: 'created' });
  await storage.records.put('notice/c1/n1', { activity: { text: 'Your case CS000001…' } });
  // A draft the outbox still holds (an outage longer than the time to live): never expires.
  await storage.records.put('outbox/draft-2', { attempts: 900 });
  // State of a channel named like a record prefix must not be taken for the outbox's records.
  await storage.state.write({ 'outbox/conversations/c2/': { dialogState: { step: 1 } } });
}

describe.each(backends)('expiring conversations on %s', (_name, settings) => {
  it('keeps what was written after the cutoff', async () => {
    const storage = await openStorage(settings());
    await withConversation(storage);
    expect(await storage.expire(Date.now() - minute)).toBe(0);
    expect(Object.keys(await storage.state.read(['emulator/conversations/c1/']))).toHaveLength(1);
    expect(await storage.records.get('submission/draft-1')).toBeDefined();
    expect(await storage.records.get('notice/c1/n1')).toBeDefined();
    await storage.close();
  });

  it('deletes the state, submission records and kept notices older than the cutoff', async () => {
    const storage = await openStorage(settings());
    await withConversation(storage);
    expect(await storage.expire(Date.now() + minute)).toBe(4);
    expect(await storage.state.read(['emulator/conversations/c1/'])).toEqual({});
    expect(await storage.state.read(['outbox/conversations/c2/'])).toEqual({});
    expect(await storage.records.get('submission/draft-1')).toBeUndefined();
    expect(await storage.records.get('notice/c1/n1')).toBeUndefined();
    await storage.close();
  });

  it('never expires a draft waiting in the outbox, however old', async () => {
    const storage = await openStorage(settings());
    await withConversation(storage);
    await storage.expire(Date.now() + minute);
    expect(await storage.records.get('outbox/draft-2')).toMatchObject({ value: { attempts: 900 } });
    await storage.close();
  });
});
