import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { OptimisticConversationState } from '../../src/bot/optimisticConversationState.js';
import { recordStoreAsBotStorage } from '../../src/storage/recordStoreBotStorage.js';
import { openSqliteRecordStore } from '../../src/storage/sqliteRecordStore.js';

const adapter = new TestAdapter();
const turn = () =>
  new TurnContext(adapter, {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'Ann' },
    recipient: { id: 'bot', name: 'bot' },
  });

const sqliteStorage = () =>
  recordStoreAsBotStorage(
    openSqliteRecordStore(join(mkdtempSync(join(tmpdir(), 'optimistic-state-')), 'bot.sqlite')),
  );

/**
 * The record stores tell the writer the new eTag; botbuilder's MemoryStorage (like its
 * BlobsStorage) does not, so the state is read back.
 */
describe.each([
  ['SQLite records', sqliteStorage],
  ['botbuilder MemoryStorage', () => new MemoryStorage() as Storage],
])('conversation state that refuses to overwrite a newer write (%s)', (_name, storageOf) => {
  async function stepOf(state: OptimisticConversationState, context: TurnContext) {
    return (await state.load(context)).step;
  }

  it('saves twice in one turn, the second against the first one’s version', async () => {
    const state = new OptimisticConversationState(storageOf());
    const context = turn();
    const draft = await state.load(context);
    draft.step = 'submitting';
    await state.saveChanges(context);
    draft.step = 'submitted';
    await state.saveChanges(context);

    expect(await stepOf(state, turn())).toBe('submitted');
  });

  it('refuses a save over a write made since the turn read the state, and keeps that write', async () => {
    const state = new OptimisticConversationState(storageOf());
    const first = turn();
    (await state.load(first)).step = 'started';
    await state.saveChanges(first);

    const slow = turn();
    const slowDraft = await state.load(slow);
    const quick = turn();
    (await state.load(quick)).step = 'quick answer';
    await state.saveChanges(quick);
    slowDraft.step = 'slow answer';

    await expect(state.saveChanges(slow)).rejects.toThrow(/eTag/);
    expect(await stepOf(state, turn())).toBe('quick answer');
  });

  it('refuses a second save of a turn when another wrote between its two saves', async () => {
    const state = new OptimisticConversationState(storageOf());
    const context = turn();
    const draft = await state.load(context);
    draft.step = 'submitting';
    await state.saveChanges(context);

    const other = turn();
    (await state.load(other)).step = 'other';
    await state.saveChanges(other);
    draft.step = 'submitted';

    await expect(state.saveChanges(context)).rejects.toThrow(/eTag/);
    expect(await stepOf(state, turn())).toBe('other');
  });

  it('does not write a state the turn left as it was', async () => {
    const storage = storageOf();
    const state = new OptimisticConversationState(storage);
    const context = turn();
    (await state.load(context)).step = 'started';
    await state.saveChanges(context);
    const [key] = Object.keys(await storage.read(['test/conversations/conversation-1/']));
    const before = key ? (await storage.read([key]))[key]?.eTag : undefined;

    const next = turn();
    await state.load(next);
    await state.saveChanges(next);

    expect(before).toBeDefined();
    expect(key && (await storage.read([key]))[key]?.eTag).toBe(before);
  });

  it('writes what is changed through a property accessor, and a cleared state as empty', async () => {
    const state = new OptimisticConversationState(storageOf());
    const step = state.createProperty<string>('step');
    const context = turn();
    await step.set(context, 'started');
    await state.saveChanges(context);
    expect(await step.get(turn())).toBe('started');

    const clearing = turn();
    await state.load(clearing);
    await state.clear(clearing);
    await state.saveChanges(clearing);
    expect(await step.get(turn())).toBeUndefined();
  });

  it('reads the state again when forced, seeing a write made since', async () => {
    const state = new OptimisticConversationState(storageOf());
    const context = turn();
    await state.load(context);
    const other = turn();
    (await state.load(other)).step = 'other';
    await state.saveChanges(other);

    expect((await state.load(context)).step).toBeUndefined();
    expect((await state.load(context, true)).step).toBe('other');
  });
});
