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
}

describe.each(backends)('expiring conversations on %s', (_name, settings) => {
  it('keeps what was written after the cutoff', async () => {
    const storage = await openStorage(settings());
    await withConversation(storage);
    expect(await storage.expire(Date.now() - minute)).toBe(0);
    expect(Object.keys(await storage.state.read(['emulator/conversations/c1/']))).toHaveLength(1);
    expect(await storage.records.get('submission/draft-1')).toBeDefined();
    await storage.close();
  });

  it('deletes the state and submission records of conversations older than the cutoff', async () => {
    const storage = await openStorage(settings());
    await withConversation(storage);
    expect(await storage.expire(Date.now() + minute)).toBe(2);
    expect(await storage.state.read(['emulator/conversations/c1/'])).toEqual({});
    expect(await storage.records.get('submission/draft-1')).toBeUndefined();
    await storage.close();
  });
});
