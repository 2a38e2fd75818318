import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConversationLock } from '../../src/bot/conversationLock.js';
import type { RecordStore } from '../../src/storage/recordStore.js';
import { recordStoreBackends, type TestStore } from '../support/recordStores.js';

const timings = { holdMs: 30_000, maxWaitMs: 10_000, pollMs: 5 };

/** A turn that notes when it starts and ends, and ends when the test lets it. */
function turnLog() {
  const events: string[] = [];
  const turn =
    (name: string, finished: Promise<unknown> = Promise.resolve()) =>
    async () => {
      events.push(`${name} starts`);
      await finished;
      events.push(`${name} ends`);
      return name;
    };
  return { events, turn };
}

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** `store`, counting the times a lock was asked for: a waiting turn asks again every poll. */
function countingLockRequests(store: RecordStore) {
  let requests = 0;
  return {
    store: {
      ...store,
      create: (key: string, value: unknown) => {
        if (key.startsWith('turnlock/')) requests += 1;
        return store.create(key, value);
      },
    } satisfies RecordStore,
    /** Until the lock was asked for `count` times in all. */
    asked: (count: number) => expect.poll(() => requests).toBeGreaterThanOrEqual(count),
  };
}

describe.each(recordStoreBackends)('the conversation lock, records on %s', (_name, openStore) => {
  let stores: TestStore;
  beforeEach(async () => {
    stores = await openStore();
  });
  afterEach(async () => {
    await stores.dispose();
  });

  /** Two instances on the store; the first runs a turn of conv-1 until `release.open()`. */
  async function aTurnHeldOpenOnTheFirst() {
    const first = createConversationLock(stores.store, 'instance-a', timings);
    const counted = countingLockRequests(stores.reopen());
    const second = createConversationLock(counted.store, 'instance-b', timings);
    const { events, turn } = turnLog();
    const release = gate();
    const a = first('conv-1', turn('a', release.opened));
    await expect.poll(() => events).toEqual(['a starts']);
    return { second, events, turn, release, a, asked: counted.asked };
  }

  it('runs two instances’ turns of one conversation one after the other', async () => {
    const { second, events, turn, release, a, asked } = await aTurnHeldOpenOnTheFirst();
    const b = second('conv-1', turn('b'));
    // b waits for a's turn however long it takes (within the wait allowed): it keeps asking.
    await asked(3);
    expect(events).toEqual(['a starts']);
    release.open();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
    // Both gave the conversation up: nothing is left behind.
    const left = [];
    for await (const record of stores.store.list('turnlock/')) left.push(record.key);
    expect(left).toEqual([]);
  });

  it('runs turns of different conversations side by side', async () => {
    const { second, events, turn, release, a } = await aTurnHeldOpenOnTheFirst();
    expect(await second('conv-2', turn('b'))).toBe('b');
    release.open();
    await a;
    expect(events).toEqual(['a starts', 'b starts', 'b ends', 'a ends']);
  });

  it('takes over a conversation whose holder died mid-turn once its hold has run out', async () => {
    let now = Date.now();
    const clock = () => now;
    await stores.store.put('turnlock/conv-1', { holder: 'dead-instance', until: now + 30_000 });
    const counted = countingLockRequests(stores.store);
    const lock = createConversationLock(counted.store, 'instance-a', timings, clock);
    const { events, turn } = turnLog();
    const waiting = lock('conv-1', turn('a'));
    await counted.asked(3);
    expect(events).toEqual([]);
    now += 30_001;
    expect(await waiting).toBe('a');
  });

  it('runs a turn anyway after waiting its longest, and still gives up nothing it did not hold', async () => {
    let now = Date.now();
    const clock = () => now;
    await stores.store.put('turnlock/conv-1', { holder: 'slow-instance', until: now + 30_000 });
    const counted = countingLockRequests(stores.store);
    const lock = createConversationLock(counted.store, 'instance-a', timings, clock);
    let ran = false;
    const waiting = lock('conv-1', async () => {
      ran = true;
      return 'ran';
    });
    await counted.asked(3);
    expect(ran).toBe(false);
    now += 10_000;
    expect(await waiting).toBe('ran');
    expect(await stores.store.get('turnlock/conv-1')).toMatchObject({
      value: { holder: 'slow-instance' },
    });
  });

  it('gives the conversation up when the turn throws', async () => {
    const lock = createConversationLock(stores.store, 'instance-a', timings);
    await expect(
      lock('conv-1', async () => {
        throw new Error('turn failed');
      }),
    ).rejects.toThrow('turn failed');
    expect(await stores.store.get('turnlock/conv-1')).toBeUndefined();
  });
});
